package io.aidfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aidfacts.cli.Main;
import io.aidfacts.model.Article;
import io.aidfacts.read.ArticleReader;
import io.aidfacts.read.ReadBatch;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles/s of the Spark job in {@code local[2]} against the single-machine bulk engine with 2
 * threads, on the same generated archive. Prints the figures; asserts only that both produced
 * every article.
 *
 * <pre>
 * mvn -o test -Dtest=SparkBenchmarkTest -DexcludedTestGroups=none -Dbench.copies=40
 * </pre>
 */
@Tag("benchmark")
class SparkBenchmarkTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /**
   * {@code copies} times the corpus's articles, as gzip'd JSON Lines files of one copy each, every
   * article with its own id.
   */
  static int generateArchive(Path archive, int copies) throws Exception {
    List<Article> corpus = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("corpus/articles"))) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        ReadBatch b = ArticleReader.read(p);
        corpus.addAll(b.articles());
      }
    }
    Files.createDirectories(archive);
    for (int c = 0; c < copies; c++) {
      Path file = archive.resolve(String.format(Locale.ROOT, "copy-%04d.jsonl.gz", c));
      try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
          new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
        for (Article a : corpus) {
          ObjectNode n = JSON.createObjectNode();
          n.put("id", c + "_" + a.id());
          n.put("url", a.url());
          n.put("title", a.title());
          n.put("published", a.published());
          n.put("outlet", a.outlet());
          n.put("body", a.body());
          w.write(JSON.writeValueAsString(n));
          w.write('\n');
        }
      }
    }
    return copies * corpus.size();
  }

  /**
   * The single-machine bulk engine ({@code aidfacts extract --threads N}) on the archive, in this
   * JVM; articles/s over its wall time.
   */
  static double singleMachine(Path archive, Path out, int threads) {
    long t0 = System.nanoTime();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "extract", "-q",
        "--threads", String.valueOf(threads), archive.toString(), "-o", out.toString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(Main.OK, code, err.toString());
    try {
      return Files.readAllLines(out).size() / seconds;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** CPU time of this whole JVM: under a loaded machine a fairer measure than the wall clock. */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  @Test
  void sparkLocal2AgainstTwoThreads() throws Exception {
    int copies = Integer.getInteger("bench.copies", 20);
    Path archive = dir.resolve("archive");
    int articles = generateArchive(archive, copies);
    Path warm = dir.resolve("warm");
    generateArchive(warm, 1);

    // Both sides warm first (HanLP dictionaries, JIT), so the figures are extraction, not start-up.
    singleMachine(warm, dir.resolve("warm.jsonl"), 2);
    long c0 = cpuNanos();
    double single = singleMachine(archive, dir.resolve("single.jsonl"), 2);
    double singleCpu = (cpuNanos() - c0) / 1e6 / articles;
    assertEquals(articles, Files.readAllLines(dir.resolve("single.jsonl")).size());

    SparkSession spark = SparkSession.builder().master("local[2]").appName("SparkBenchmarkTest")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    try {
      SparkExtractJob.run(spark, warm.toString(), dir.resolve("warm-out").toString());
      long t0 = System.nanoTime();
      long c1 = cpuNanos();
      SparkExtractJob.Summary s = SparkExtractJob.run(spark, archive.toString(), dir.resolve("out").toString());
      double wall = (System.nanoTime() - t0) / 1e9;
      double sparkCpu = (cpuNanos() - c1) / 1e6 / articles;
      assertEquals(articles, s.articles());
      assertEquals(0, s.errors());
      System.out.printf(Locale.ROOT, "benchmark: %d articles (%d copies of corpus/articles as .jsonl.gz), 2 cores%n",
          articles, copies);
      System.out.printf(Locale.ROOT, "benchmark: bulk extract, 2 threads:  %.1f articles/s, %.1f CPU ms/article%n",
          single, singleCpu);
      System.out.printf(Locale.ROOT, "benchmark: spark local[2]:            %.1f articles/s, %.1f CPU ms/article (%.1f s, %d facts)%n",
          articles / wall, sparkCpu, wall, s.facts());
      System.out.printf(Locale.ROOT, "benchmark: load average %.1f%n",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } finally {
      spark.stop();
    }
  }
}
