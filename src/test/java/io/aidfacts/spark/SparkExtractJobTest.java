package io.aidfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The job in a local Spark session over {@code corpus/} plus generated inputs in every form
 * the readers take, checked against the single-machine {@code extract} on the same inputs.
 */
class SparkExtractJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("SparkExtractJobTest")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** Inputs in each form, good and bad, one of them in a sub-folder. */
  static Path generatedInputs() throws Exception {
    Path gen = dir.resolve("gen");
    Files.createDirectories(gen.resolve("sub"));
    Files.writeString(gen.resolve("plain.txt"), "民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书。");
    Files.write(gen.resolve("gbk.txt"), "2019年8月7日，农工党贵州省委会向纳雍县捐赠医疗设备，价值50万元。"
        .getBytes(Charset.forName("GBK")));
    Files.write(gen.resolve("big5.txt"), "臺灣慈濟基金會向災區捐贈善款300萬元新臺幣。"
        .getBytes(Charset.forName("Big5")));
    Files.writeString(gen.resolve("sub/page.html"), "<html><head><title>捐赠</title></head><body>"
        + "<p>2020年3月，大连市红十字会向湖北省捐赠防疫物资，价值120万元。</p></body></html>");
    Files.writeString(gen.resolve("array.json"), "[{\"id\":\"arr1\",\"body\":\"致公党中央向黔西南州捐赠30万元。\"},"
        + "{\"id\":\"arr2\",\"title\":\"no body\"}]");
    Files.writeString(gen.resolve("lines.jsonl"), "{\"id\":\"jl1\",\"body\":\"农工党捐赠2万元。\"}\n{oops\n"
        + "{\"id\":\"jl2\",\"published\":\"2021-05-06\",\"body\":\"今年4月，县慈善总会向贫困户发放慰问金每户500元。\"}\n");
    Files.write(gen.resolve("empty.txt"), new byte[0]);
    Files.write(gen.resolve("binary.bin"), new byte[] {7, 0, 7, 0, 1, 2});
    // Archives: gzip'd JSON Lines, a zip of documents, a WARC crawl, and a truncated gzip.
    byte[] jsonl = ("{\"id\":\"gz1\",\"body\":\"2018年，九三学社中央向毕节市捐赠教学设备，价值80万元。\"}\n"
        + "{\"id\":\"gz2\",\"body\":\"台盟中央为六盘水市水城县捐款15万元，用于修建村道。\"}\n").getBytes(StandardCharsets.UTF_8);
    Files.write(gen.resolve("more.jsonl.gz"), gzip(jsonl));
    byte[] truncated = gzip(jsonl);
    Files.write(gen.resolve("broken.jsonl.gz"), Arrays.copyOf(truncated, truncated.length - 12));
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(gen.resolve("pages.zip")))) {
      z.putNextEntry(new ZipEntry("z1.txt"));
      z.write("民盟中央向威宁县捐赠图书1万册，价值30万元。".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("dir/z2.html"));
      z.write(("<html><body><p>2019年5月，民建中央向赫章县捐赠扶贫资金200万元。</p></body></html>")
          .getBytes(StandardCharsets.UTF_8));
    }
    Instant when = Instant.parse("2019-12-06T01:30:16Z");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(gen.resolve("crawl.warc.gz"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(response("http://news.example.cn/a.html", when, 200, "text/html; charset=utf-8",
          "<html><head><title>捐赠</title></head><body><p>今年，民进中央向纳雍县捐赠助学金50万元。</p></body></html>"));
      w.write(response("http://news.example.cn/logo.png", when, 200, "image/png", "PNG"));
      w.write(response("http://news.example.cn/b.html", when, 200, "text/html",
          "<html><body><p>农工党中央为大方县医院捐赠医疗设备，价值120万元。</p></body></html>"));
    }
    // Notes beside the articles are skipped, by extract and by the job alike.
    Files.writeString(gen.resolve("NOTES.md"), "# generated inputs\n");
    return gen;
  }

  static byte[] gzip(byte[] bytes) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static WarcResponse response(String url, Instant date, int status, String type, String body) throws Exception {
    HttpResponse http = new HttpResponse.Builder(status, "OK")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(url).date(date).body(http).build();
  }

  record Extracted(List<String> lines, List<String> errors) {}

  static Extracted extractLocally(String... inputs) throws Exception {
    Path out = Files.createTempFile(dir, "extract", ".jsonl");
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("extract", "-o", out.toString()));
    args.addAll(List.of(inputs));
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
    assertEquals(Main.SOME_FAILED, code, err.toString());
    // one line per error, then extract's summary line
    List<String> errLines = err.toString().lines().toList();
    assertTrue(errLines.get(errLines.size() - 1).contains(" articles ok, "), errLines.toString());
    return new Extracted(Files.readAllLines(out), errLines.subList(0, errLines.size() - 1));
  }

  static List<String> readLines(Path folder) throws Exception {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  @Test
  void sameArticlesAsExtractWithTypedFactsAndCountedErrors() throws Exception {
    Path gen = generatedInputs();
    Path missing = dir.resolve("missing");
    Path out = dir.resolve("out");
    Extracted local = extractLocally("corpus/articles", gen.toString());

    SparkExtractJob.Summary s = SparkExtractJob.run(spark, "corpus/articles", gen.toString(),
        missing.toString(), out.toString(), "--partitions", "3");

    // Articles: the very lines extract writes, article for article.
    List<String> articles = readLines(out.resolve("articles"));
    assertTrue(Files.exists(out.resolve("articles/_SUCCESS")));
    List<String> expected = new ArrayList<>(local.lines());
    expected.sort(null);
    articles.sort(null);
    assertEquals(25 + 7 + 6, expected.size(), "corpus 25 + 7 generated documents + 6 from archives");
    assertEquals(expected, articles);
    assertEquals(expected.size(), s.articles());

    // Errors: every input extract reports, plus the missing one; nothing else.
    List<JsonNode> errors = new ArrayList<>();
    for (String l : readLines(out.resolve("errors"))) {
      errors.add(JSON.readTree(l));
    }
    assertEquals(local.errors().size() + 1, errors.size(), local.errors() + " vs " + errors);
    assertEquals(errors.size(), s.errors());
    List<String> reasons = errors.stream().map(e -> e.get("input").asText() + ": " + e.get("reason").asText()).toList();
    assertTrue(reasons.contains(missing + ": no such file or folder"), reasons.toString());
    assertOne(reasons, "/gen/empty.txt: empty input");
    assertOne(reasons, "/gen/binary.bin: binary data");
    assertOne(reasons, "/gen/lines.jsonl:2: not valid JSON");
    assertOne(reasons, "/gen/array.json[1]: ");
    assertOne(reasons, "/gen/broken.jsonl.gz");
    for (String e : local.errors()) {
      String tail = e.substring(e.indexOf("/gen/"));
      assertTrue(reasons.stream().anyMatch(r -> r.endsWith(tail)), "extract's error '" + e + "' is in errors/");
    }

    // Facts: one Parquet row per fact of the JSON output, with the schema's types.
    Dataset<Row> facts = spark.read().parquet(out.resolve("facts").toString());
    StructField[] read = facts.schema().fields();
    StructField[] want = FactRows.SCHEMA.fields();
    assertEquals(want.length, read.length);
    for (int i = 0; i < want.length; i++) {
      assertEquals(want[i].name(), read[i].name());
      assertEquals(want[i].dataType(), read[i].dataType(), want[i].name());
    }
    List<String> fromJson = new ArrayList<>();
    for (String line : articles) {
      JsonNode a = JSON.readTree(line);
      int i = 0;
      for (JsonNode f : a.get("facts")) {
        JsonNode am = f.get("amount");
        fromJson.add(key(a.get("id").asText(), i++, text(f, "donor"), text(f, "recipient"),
            am.isNull() ? null : am.get("value").decimalValue(), am.isNull() ? null : am.get("currency").asText(),
            text(f, "category"), text(f, "date"), f.get("evidence").get("start").asInt(),
            f.get("evidence").get("text").asText()));
      }
    }
    List<String> fromParquet = new ArrayList<>();
    for (Row r : facts.collectAsList()) {
      fromParquet.add(key(r.getAs("article_id"), r.<Integer>getAs("fact_index"), r.getAs("donor"),
          r.getAs("recipient"), r.getAs("amount_value"), r.getAs("currency"), r.getAs("category"),
          r.getAs("date"), r.<Integer>getAs("evidence_start"), r.getAs("evidence_text")));
    }
    fromJson.sort(null);
    fromParquet.sort(null);
    assertFalse(fromJson.isEmpty());
    assertEquals(fromJson, fromParquet);
    assertEquals(fromJson.size(), s.facts());

    // A typed row: the in-kind gift of the first generated article.
    Row plain = facts.where("article_id = 'plain'").collectAsList().get(0);
    assertEquals(0, new BigDecimal("90000").compareTo(plain.getAs("amount_value")));
    assertEquals(4, plain.<BigDecimal>getAs("amount_value").scale());
    assertEquals("CNY", plain.getAs("currency"));
    assertEquals(Boolean.TRUE, plain.getAs("approx"));
    assertEquals(Boolean.TRUE, plain.getAs("in_kind"));
    assertEquals("education", plain.getAs("category"));
    // Dates: the ISO text and the days it covers, queryable as dates.
    long dated = facts.where("date is not null and date_start <= date_end").count();
    assertEquals(facts.where("date is not null").count(), dated);
    assertTrue(dated > 0);
    Row d = facts.where("date is not null").orderBy("article_id", "fact_index").collectAsList().get(0);
    String iso = d.getAs("date");
    assertEquals(io.aidfacts.model.DateValue.of(iso).firstDay(), toLocalDate(d.getAs("date_start")));
    assertEquals(io.aidfacts.model.DateValue.of(iso).lastDay(), toLocalDate(d.getAs("date_end")));
  }

  @Test
  void indexBuiltFromTheJobSearchesLikeOneBuiltFromExtract() throws Exception {
    Path out = dir.resolve("with-body");
    SparkExtractJob.Summary s = SparkExtractJob.run(spark, "corpus/articles", out.toString(), "--with-body");
    assertEquals(0, s.errors());
    Path extracted = dir.resolve("with-body.jsonl");
    assertEquals(Main.OK, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "extract", "-q", "--with-body", "corpus/articles", "-o", extracted.toString()));

    // The job's articles folder as it is, checksums and _SUCCESS included, is index input.
    StringWriter indexed = new StringWriter();
    StringWriter err = new StringWriter();
    Path fromSpark = dir.resolve("index-spark");
    int code = Main.run(new PrintWriter(indexed), new PrintWriter(err), "index", "--index", fromSpark.toString(),
        out.resolve("articles").toString());
    assertEquals(Main.OK, code, err.toString());
    assertEquals("indexed " + s.articles() + " articles, " + s.facts() + " facts into " + fromSpark.toAbsolutePath(),
        indexed.toString().strip());
    Path fromExtract = dir.resolve("index-extract");
    assertEquals(Main.OK, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "index", "--index", fromExtract.toString(), extracted.toString()));

    for (String query : List.of("捐赠", "医疗")) {
      JsonNode a = search(fromSpark, query);
      JsonNode b = search(fromExtract, query);
      assertTrue(a.get("total").asInt() > 0, query);
      assertEquals(b.get("total"), a.get("total"), query);
      assertEquals(hits(b), hits(a), query);
    }
  }

  private static JsonNode search(Path index, String query) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "search", "--index", index.toString(),
        query, "--limit", "1000", "--json");
    assertEquals(Main.OK, code, err.toString());
    return JSON.readTree(out.toString());
  }

  private static List<String> hits(JsonNode result) {
    List<String> keys = new ArrayList<>();
    for (JsonNode h : result.get("hits")) {
      keys.add(h.get("articleId").asText() + "#" + h.get("factIndex").asInt() + " " + h.get("fact"));
    }
    keys.sort(null);
    return keys;
  }

  @Test
  void refusesAnExistingOutputFolder() throws Exception {
    Path out = Files.createDirectories(dir.resolve("exists"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SparkExtractJob.run(spark, "corpus/articles", out.toString()));
    assertTrue(e.getMessage().contains(out + " already exists"), e.getMessage());
  }

  @Test
  void badUsageIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SparkExtractJob.parse("only-one-path"));
    assertTrue(e.getMessage().startsWith("positional parameter at index 0..* (PATH) requires at least 2 values"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SparkExtractJob.parse("a", "b", "--partitions", "0"));
    assertEquals("--partitions must be at least 1, got 0", e.getMessage());
  }

  private static LocalDate toLocalDate(Object v) {
    return v instanceof java.sql.Date sd ? sd.toLocalDate() : (LocalDate) v;
  }

  private static void assertOne(List<String> reasons, String part) {
    assertEquals(1, reasons.stream().filter(r -> r.contains(part)).count(), part + " in " + reasons);
  }

  private static String text(JsonNode n, String f) {
    return n.get(f) == null || n.get(f).isNull() ? null : n.get(f).asText();
  }

  private static String key(Object... parts) {
    return Arrays.stream(parts).map(p -> p instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString()
        : String.valueOf(p)).reduce((a, b) -> a + "|" + b).orElseThrow();
  }
}
