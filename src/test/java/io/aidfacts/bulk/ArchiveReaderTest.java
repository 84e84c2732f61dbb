package io.aidfacts.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aidfacts.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class ArchiveReaderTest {

  static final String AID = "民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书。";
  static final String HTML = "<html><head><title>捐书</title></head><body><div class=\"article\"><p>" + AID
      + "</p></div></body></html>";

  /** Everything the reader delivered, as "record SOURCE ID" and "error SOURCE: REASON" lines. */
  static List<String> read(Path file) throws InterruptedException {
    List<String> out = new ArrayList<>();
    AtomicLong bytes = new AtomicLong();
    ArchiveReader.read(Input.file(file), new ArchiveReader.Visitor() {
      @Override
      public void record(ArchiveRecord r) {
        out.add("record " + r.source() + " " + r.id() + (r.jsonLine() ? " line" : "")
            + (r.url() != null ? " " + r.url() + " " + r.published() : ""));
      }

      @Override
      public void error(String source, String reason) {
        out.add("error " + source + ": " + reason);
      }
    }, bytes);
    if (Files.exists(file)) {
      assertEquals(fileSize(file), bytes.get(), "every byte read is counted for progress");
    }
    return out;
  }

  static long fileSize(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new RuntimeException(e);
    }
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
      g.write(b);
    }
    return bo.toByteArray();
  }

  static String jsonl(int n, String prefix) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append("{\"id\":\"").append(prefix).append(i).append("\",\"body\":\"").append(AID).append("\"}\n");
    }
    return sb.toString();
  }

  @Test
  void documentsAndJsonLines(@TempDir Path dir) throws Exception {
    Path txt = Files.writeString(dir.resolve("a.txt"), AID);
    Path html = Files.writeString(dir.resolve("b.htm"), HTML);
    Path jl = Files.writeString(dir.resolve("c.jsonl"), jsonl(2, "c") + "\n  \n" + jsonl(1, "d"));
    // JSON Lines recognised from the content, whatever the name
    Path jlTxt = Files.writeString(dir.resolve("e.txt"), jsonl(2, "e"));
    assertEquals(List.of("record " + txt + " a"), read(txt));
    assertEquals(List.of("record " + html + " b"), read(html));
    assertEquals(List.of("record " + jl + ":1 c_1 line", "record " + jl + ":2 c_2 line",
        "record " + jl + ":5 c_5 line"), read(jl));
    assertEquals(List.of("record " + jlTxt + ":1 e_1 line", "record " + jlTxt + ":2 e_2 line"), read(jlTxt));
  }

  @Test
  void gzipFilesReadAsTheFormInside(@TempDir Path dir) throws Exception {
    Path jl = Files.write(dir.resolve("a.jsonl.gz"), gzip(jsonl(2, "a").getBytes(StandardCharsets.UTF_8)));
    Path txt = Files.write(dir.resolve("b.txt.gz"), gzip(AID.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("record " + jl + ":1 a_1 line", "record " + jl + ":2 a_2 line"), read(jl));
    assertEquals(List.of("record " + txt + " b"), read(txt));
  }

  @Test
  void truncatedGzipKeepsWhatCameBeforeAndNamesTheInput(@TempDir Path dir) throws Exception {
    byte[] whole = gzip(jsonl(3000, "a").getBytes(StandardCharsets.UTF_8));
    Path cut = Files.write(dir.resolve("a.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
    List<String> got = read(cut);
    String last = got.get(got.size() - 1);
    assertEquals("error " + cut + ": truncated: the data ends in the middle (Unexpected end of ZLIB input stream)", last);
    List<String> records = got.subList(0, got.size() - 1);
    assertEquals(true, records.size() > 100, got.size() + " records before the cut");
    for (int i = 0; i < records.size(); i++) {
      assertEquals("record " + cut + ":" + (i + 1) + " a_" + (i + 1) + " line", records.get(i));
    }
  }

  @Test
  void zipEntriesAnyFormReadmeLeftOut(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("pages.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      entry(z, "site/a.html", HTML.getBytes(StandardCharsets.UTF_8));
      entry(z, "README.md", "# not an article".getBytes(StandardCharsets.UTF_8));
      entry(z, "dump/b.jsonl", jsonl(2, "b").getBytes(StandardCharsets.UTF_8));
      entry(z, "c.txt.gz", Arrays.copyOf(gzip(jsonl(500, "c").getBytes(StandardCharsets.UTF_8)), 40));
      entry(z, "d.txt", AID.getBytes(StandardCharsets.UTF_8));
    }
    List<String> got = read(zip);
    assertEquals(List.of(
        "record " + zip + "!/site/a.html a",
        "record " + zip + "!/dump/b.jsonl:1 b_1 line",
        "record " + zip + "!/dump/b.jsonl:2 b_2 line",
        "error " + zip + "!/c.txt.gz: truncated: the data ends in the middle (Unexpected end of ZLIB input stream)",
        "record " + zip + "!/d.txt d"), got);
  }

  private static void entry(ZipOutputStream z, String name, byte[] b) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(b);
    z.closeEntry();
  }

  @Test
  void warcResponsesOfHtmlPagesWithUrlAndCaptureDate(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("crawl.warc.gz");
    Instant when = Instant.parse("2019-12-06T01:30:16Z");
    List<Long> offsets = new ArrayList<>();
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      offsets.add(w.position());
      w.write(response("http://news.example.cn/a.html", when, 200, "text/html; charset=utf-8", HTML));
      offsets.add(w.position());
      w.write(response("http://news.example.cn/logo.png", when, 200, "image/png", "PNG"));
      offsets.add(w.position());
      w.write(response("http://news.example.cn/gone.html", when, 404, "text/html", "<html>not found</html>"));
      offsets.add(w.position());
      w.write(response("http://news.example.cn/b.html", when, 200, "text/html", HTML));
    }
    assertEquals(List.of(
        "record " + warc + "@" + offsets.get(0) + " http://news.example.cn/a.html http://news.example.cn/a.html 2019-12-06T09:30:16",
        "record " + warc + "@" + offsets.get(3) + " http://news.example.cn/b.html http://news.example.cn/b.html 2019-12-06T09:30:16"),
        read(warc));
    // the capture date is only a fallback: the page's own date wins, and the URL is the article's
    List<Article> articles = new ArrayList<>();
    ArchiveReader.read(Input.file(warc), new ArchiveReader.Visitor() {
      @Override
      public void record(ArchiveRecord r) {
        articles.addAll(r.read().articles());
      }

      @Override
      public void error(String source, String reason) {}
    }, new AtomicLong());
    assertEquals(2, articles.size());
    assertEquals("http://news.example.cn/a.html", articles.get(0).url());
    assertEquals("2019-12-06T09:30:16", articles.get(0).published());
    assertEquals(AID, articles.get(0).body());
  }

  static WarcResponse response(String url, Instant date, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), b).build();
    return new WarcResponse.Builder(url).date(date).body(http).build();
  }

  @Test
  void badPartsCostOnlyThemselves(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nope.txt");
    assertEquals(List.of("error " + missing + ": no such file or folder"), read(missing));
    // a line over the limit is skipped unread; the lines around it still come
    Path big = dir.resolve("big.jsonl");
    try (OutputStream o = Files.newOutputStream(big)) {
      o.write(jsonl(1, "x").getBytes(StandardCharsets.UTF_8));
      byte[] huge = new byte[ArchiveReader.MAX_LINE_BYTES + 10];
      Arrays.fill(huge, (byte) 'a');
      o.write(huge);
      o.write('\n');
      o.write(jsonl(1, "y").getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(List.of("record " + big + ":1 big_1 line",
        "error " + big + ":2: line of " + (ArchiveReader.MAX_LINE_BYTES + 10)
            + " bytes skipped: longer than the limit of " + ArchiveReader.MAX_LINE_BYTES + " bytes",
        "record " + big + ":3 big_3 line"), read(big));
  }

  @Test
  void lineReaderSplitsCrLfAndKeepsLastLineWithoutBreak() throws Exception {
    LineReader r = new LineReader(new java.io.ByteArrayInputStream("ab\r\n\ncd\nefgh".getBytes(StandardCharsets.UTF_8)), 3);
    assertArrayEquals("ab".getBytes(StandardCharsets.UTF_8), r.next().bytes());
    assertEquals(0, r.next().bytes().length);
    LineReader.Line cd = r.next();
    assertEquals(3, cd.number());
    assertArrayEquals("cd".getBytes(StandardCharsets.UTF_8), cd.bytes());
    LineReader.Line efgh = r.next();
    assertEquals(true, efgh.tooLong());
    assertEquals(4, efgh.length());
    assertEquals(null, r.next());
  }
}
