package io.aidfacts.bulk;

import io.aidfacts.read.ArticleReader;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the records of one input: a document file ({@code .txt}, {@code .html}, {@code .json}),
 * JSON Lines (one record a line), gzip (the form of the name inside: {@code a.jsonl.gz}), zip
 * (each entry, itself any of these forms), and WARC ({@code .warc}, {@code .warc.gz}: the
 * response records of HTML pages, read with jwarc). Forms are recognised from the name and
 * confirmed from the first bytes, so a gzip or WARC file without its extension still reads.
 *
 * <p>Only one record is in memory at a time; the visitor's blocking is the back-pressure. A
 * broken part (a truncated gzip, a line over the limit, a zip entry that is not text) is
 * reported to the visitor with its place, and what came before it stays delivered.
 * Thread-safe (stateless); one call reads one input on the caller's thread.
 */
public final class ArchiveReader {

  /** A single document (not a JSON line or archive entry stream) larger than this is refused. */
  public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
  /** A JSON line longer than this is skipped: the body limit, in UTF-8 with JSON escapes. */
  public static final int MAX_LINE_BYTES = 4 * ArticleReader.MAX_BODY_CHARS + 64 * 1024;

  private static final int SNIFF = 64 * 1024;
  private static final int MAX_DEPTH = 4;
  private static final ZoneId NEWS_ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  /** Receives the records of an input in order; may block (back-pressure). */
  public interface Visitor {
    void record(ArchiveRecord record) throws InterruptedException;

    /** A part of the input that could not be read: its place and one line of reason. */
    void error(String source, String reason) throws InterruptedException;
  }

  private ArchiveReader() {}

  /**
   * Reads every record of {@code input}.
   *
   * @param bytesRead advanced by the input's raw (still compressed) bytes as they are read
   */
  public static void read(Input input, Visitor visitor, AtomicLong bytesRead) throws InterruptedException {
    String name = input.name();
    InputStream raw;
    try {
      if (input.isStdin()) {
        raw = new FilterInputStream(System.in) {
          @Override
          public void close() {
            // standard input belongs to the process, not to this reader
          }
        };
      } else if (!Files.exists(input.path())) {
        visitor.error(name, "no such file or folder");
        return;
      } else if (!Files.isRegularFile(input.path())) {
        visitor.error(name, "not a regular file");
        return;
      } else {
        raw = Files.newInputStream(input.path());
      }
    } catch (NoSuchFileException e) {
      visitor.error(name, "no such file or folder");
      return;
    } catch (IOException e) {
      visitor.error(name, "cannot open: " + e.getMessage());
      return;
    }
    try (InputStream in = new Counting(new BufferedInputStream(raw, SNIFF), bytesRead)) {
      readStream(name, input.fileName(), in, visitor, 0);
    } catch (IOException | UncheckedIOException e) {
      visitor.error(name, describe(e));
    }
  }

  /**
   * Reads every record of an already opened input (a Hadoop file system stream in the Spark
   * job). The stream is not closed here.
   *
   * @param source names the input in records and errors
   * @param fileName its file name, whose extension hints at the form
   */
  public static void read(String source, String fileName, InputStream in, Visitor visitor)
      throws InterruptedException {
    try {
      readStream(source, fileName, new BufferedInputStream(in, SNIFF), visitor, 0);
    } catch (IOException | UncheckedIOException e) {
      visitor.error(source, describe(e));
    }
  }

  private static void readStream(String source, String fileName, InputStream stream, Visitor v, int depth)
      throws IOException, InterruptedException {
    BufferedInputStream in = stream instanceof BufferedInputStream b ? b : new BufferedInputStream(stream, SNIFF);
    String lower = fileName.toLowerCase(Locale.ROOT);
    byte[] head = peek(in, SNIFF);
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      if (lower.endsWith(".warc.gz") || lower.endsWith(".warc")) {
        readWarc(source, in, v);
      } else if (depth >= MAX_DEPTH) {
        v.error(source, "gzip nested more than " + MAX_DEPTH + " deep");
      } else {
        String inner = lower.endsWith(".gz") || lower.endsWith(".gzip")
            ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        readStream(source, inner, new GZIPInputStream(in, SNIFF), v, depth + 1);
      }
      return;
    }
    if (startsWith(head, "PK\u0003\u0004")) {
      if (depth >= MAX_DEPTH) {
        v.error(source, "zip nested more than " + MAX_DEPTH + " deep");
      } else {
        readZip(source, in, v, depth);
      }
      return;
    }
    if (head.length == 0 && lower.endsWith(".zip")) {
      v.error(source, "empty input");
      return;
    }
    if (startsWith(head, "WARC/")) {
      readWarc(source, in, v);
      return;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || looksLikeJsonLines(head)) {
      readLines(source, ArticleReader.idOf(fileName), in, v);
      return;
    }
    byte[] doc = readAtMost(in, MAX_DOCUMENT_BYTES);
    if (doc == null) {
      v.error(source, "document larger than " + (MAX_DOCUMENT_BYTES >> 20)
          + " MB; split it, or give its articles as JSON Lines (.jsonl), one per line");
      return;
    }
    v.record(new ArchiveRecord(source, ArticleReader.idOf(fileName), doc, false, null, null));
  }

  private static void readLines(String source, String id, InputStream in, Visitor v)
      throws IOException, InterruptedException {
    LineReader lines = new LineReader(in, MAX_LINE_BYTES);
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      String where = source + ":" + line.number();
      if (line.tooLong()) {
        v.error(where, "line of " + line.length() + " bytes skipped: longer than the limit of "
            + MAX_LINE_BYTES + " bytes");
      } else if (!isBlank(line.bytes())) {
        v.record(new ArchiveRecord(where, id + "_" + line.number(), line.bytes(), true, null, null));
      }
    }
  }

  private static void readZip(String source, InputStream in, Visitor v, int depth)
      throws IOException, InterruptedException {
    ZipInputStream zip = new ZipInputStream(in);
    int entries = 0;
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      entries++;
      String entryName = e.getName();
      String base = entryName.substring(entryName.lastIndexOf('/') + 1);
      if (e.isDirectory() || base.isEmpty() || Inputs.ignoredInFolder(base)) {
        continue;
      }
      String where = source + "!/" + entryName;
      InputStream entry = new FilterInputStream(zip) {
        @Override
        public void close() {
          // the next entry is read from the same stream
        }
      };
      try {
        readStream(where, base, entry, v, depth + 1);
      } catch (ZipException ex) {
        throw ex;
      } catch (IOException ex) {
        // a broken member (a truncated gzip inside) costs only itself
        v.error(where, describe(ex));
      }
    }
    if (entries == 0) {
      v.error(source, "zip archive with no entries (empty or not a zip file)");
    }
  }

  private static void readWarc(String source, InputStream in, Visitor v) throws IOException, InterruptedException {
    WarcReader warc = new WarcReader(in);
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = warc.next();
      } catch (IOException e) {
        v.error(source + "@" + warc.position(), describe(e));
        return;
      }
      if (next.isEmpty()) {
        return;
      }
      // after next(): the offset of the record just read, as CDX indexes give it
      long offset = warc.position();
      if (!(next.get() instanceof WarcResponse response)) {
        continue;
      }
      String where = source + "@" + offset;
      try {
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
          continue;
        }
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        if (http.status() != 200 || !isHtml(type)) {
          continue;
        }
        byte[] body = readAtMost(http.bodyDecoded().stream(), MAX_DOCUMENT_BYTES);
        if (body == null) {
          v.error(where, "page larger than " + (MAX_DOCUMENT_BYTES >> 20) + " MB skipped");
          continue;
        }
        String date = response.date().atZone(NEWS_ZONE).toLocalDateTime().format(ISO_SECONDS);
        v.record(new ArchiveRecord(where, response.target(), body, false, response.target(), date));
      } catch (IOException | RuntimeException e) {
        v.error(where, "unreadable WARC response: " + describe(e));
      }
    }
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** JSON Lines without the extension: an object on the first line, and another line after it. */
  private static boolean looksLikeJsonLines(byte[] head) {
    int i = 0;
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i >= head.length || head[i] != '{') {
      return false;
    }
    int nl = i;
    while (nl < head.length && head[nl] != '\n') {
      nl++;
    }
    if (nl >= head.length) {
      return false;
    }
    int last = nl - 1;
    while (last > i && (head[last] == ' ' || head[last] == '\r' || head[last] == '\t')) {
      last--;
    }
    if (head[last] != '}') {
      return false;
    }
    for (int j = nl + 1; j < head.length; j++) {
      if (head[j] == '{') {
        return true;
      }
      if (head[j] != ' ' && head[j] != '\r' && head[j] != '\n' && head[j] != '\t') {
        return false;
      }
    }
    return false;
  }

  private static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n + 1);
    byte[] buf = in.readNBytes(n);
    in.reset();
    return buf;
  }

  /** The stream's bytes, or null (the rest left unread) if there are more than {@code max}. */
  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    byte[] b = in.readNBytes(max);
    if (b.length == max && in.read() >= 0) {
      return null;
    }
    return b;
  }

  private static boolean startsWith(byte[] head, String ascii) {
    if (head.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (head[i] != (byte) ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** One line naming what went wrong with an input's bytes. */
  static String describe(Exception e) {
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    if (t instanceof EOFException) {
      return "truncated: the data ends in the middle (" + (t.getMessage() == null ? "unexpected end of stream" : t.getMessage()) + ")";
    }
    if (t instanceof java.util.zip.ZipException) {
      return "corrupt compressed data: " + t.getMessage();
    }
    String msg = t.getMessage();
    return (msg == null ? t.getClass().getSimpleName() : msg).replace('\n', ' ');
  }

  /** Counts raw bytes for progress; shared across inputs. */
  private static final class Counting extends FilterInputStream {
    private final AtomicLong count;

    Counting(InputStream in, AtomicLong count) {
      super(in);
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count.addAndGet(s);
      return s;
    }
  }
}
