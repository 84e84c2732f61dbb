package io.aidfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.AidFacts;
import io.aidfacts.ArticleFacts;
import io.aidfacts.ArticleFactsJson;
import io.aidfacts.bulk.BulkRunner;
import io.aidfacts.bulk.BulkSummary;
import io.aidfacts.bulk.ErrorReport;
import io.aidfacts.bulk.Input;
import io.aidfacts.bulk.ResultSink;
import io.aidfacts.bulk.SyntheticArchive;
import io.aidfacts.bulk.TerminalProgress;
import io.aidfacts.model.Article;
import io.aidfacts.segment.Segmenter;
import io.aidfacts.segment.Segmenters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aidfacts bench}: throughput and memory of the bulk pipeline on a generated archive,
 * against HanLP's own plain segmentation of the same text. Figures, not a pass/fail test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark the bulk pipeline on a generated archive (JSON Lines): articles/s and MB/s "
        + "of extraction with 1 and 2 threads against HanLP.segment on the same text, heap after GC "
        + "at 10,000 articles and at the end, and --facts-only on an archive where one article in ten is about aid.",
        "Run it with the heap you mean to use, e.g. java -Xmx256m -jar target/aidfacts.jar bench"})
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "50000",
      description = "Articles in each generated archive (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Where to write the archives (kept); default: a temporary folder, deleted afterwards.")
  Path dir;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--facts-only", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also measure --facts-only on a 1-in-10 aid archive (default: yes; --no-facts-only to skip).")
  boolean factsOnly;

  /**
   * Articles of the warm-up archive. The JIT needs several seconds of each timed path before
   * it stops compiling: with 2,000 articles the first timed run was still up to a fifth slower
   * than the ones after it.
   */
  private static final int WARMUP = 10_000;
  private static final int HEAP_CHECKPOINT = 10_000;

  @Override
  public Integer call() throws Exception {
    if (articles < 100) {
      throw new ParameterException(spec.commandLine(), "--articles must be at least 100, got " + articles);
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean temp = dir == null;
    Path work = temp ? Files.createTempDirectory("aidfacts-bench") : Files.createDirectories(dir);
    try {
      Path aidArchive = work.resolve("bench-aid.jsonl");
      long genStart = System.nanoTime();
      long bytes = SyntheticArchive.write(aidArchive, articles, 1, seed);
      out.printf(Locale.ROOT, "aidfacts bench: %,d generated articles, every one about aid, %.1f MB of JSON Lines (%.1f s to generate)%n",
          articles, mb(bytes), (System.nanoTime() - genStart) / 1e9);
      out.printf(Locale.ROOT, "Java %s, %d cores, max heap %,d MB; archive %s%n",
          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20, temp ? "in a temporary folder" : aidArchive);
      out.flush();

      AidFacts full = AidFacts.builder().build();
      Segmenter hanlp = Segmenters.hanlpDefault();
      Path warm = work.resolve("bench-warmup.jsonl");
      SyntheticArchive.write(warm, Math.min(WARMUP, articles), 1, seed + 2);
      warmUp(warm, full, hanlp);
      Files.delete(warm);

      // The reference is timed just before and just after the one-thread run and the two
      // are pooled: a shared machine's speed drifts over minutes, and a reference taken
      // once, a minute before, moved the ratio by up to a fifth from run to run.
      Rate before = hanlpRate(aidArchive, hanlp);
      Measured one = pipeline(aidArchive, full, 1, true);
      Rate after = hanlpRate(aidArchive, hanlp);
      Rate ref = before.pooledWith(after);
      out.printf(Locale.ROOT, "%-34s %11s %7s %9s %12s %9s%n", "", "articles/s", "MB/s", "vs HanLP",
          "art/CPU-s", "vs HanLP");
      row(out, "HanLP.segment (plain), 1 thread", ref, bytes, articles, ref);
      row(out, "pipeline, 1 thread", one.rate(), bytes, articles, ref);
      Measured two = pipeline(aidArchive, full, 2, true);
      row(out, "pipeline, 2 threads", two.rate(), bytes, articles, ref);
      out.printf(Locale.ROOT, "2 threads / 1 thread (wall): %.2fx; facts found: %,d%n",
          two.rate().perSecond() / one.rate().perSecond(), one.summary().facts());
      out.printf(Locale.ROOT, "HanLP.segment timed before and after the 1-thread run: %,.0f and %,.0f articles/s "
              + "(%,.0f and %,.0f per CPU s), pooled above%n",
          before.perSecond(), after.perSecond(), before.perCpuSecond(), after.perCpuSecond());
      out.printf(Locale.ROOT, "heap after GC, 1 thread: %,d MB at %,d articles, %,d MB at %,d; 2 threads: %,d MB, %,d MB%n",
          one.heapAtCheckpoint() >> 20, Math.min(HEAP_CHECKPOINT, articles), one.heapAtEnd() >> 20, articles,
          two.heapAtCheckpoint() >> 20, two.heapAtEnd() >> 20);
      out.printf(Locale.ROOT, "peak heap used (sum of the heap pools' peaks), 1 thread: %,d MB up to %,d articles, "
              + "%,d MB up to %,d; 2 threads: %,d MB, %,d MB%n",
          one.peakAtCheckpoint() >> 20, Math.min(HEAP_CHECKPOINT, articles), one.peakAtEnd() >> 20, articles,
          two.peakAtCheckpoint() >> 20, two.peakAtEnd() >> 20);
      out.flush();

      if (factsOnly) {
        Path mixed = work.resolve("bench-mixed.jsonl");
        long mixedBytes = SyntheticArchive.write(mixed, articles, 10, seed + 1);
        out.printf(Locale.ROOT, "%nfacts only: %,d generated articles, one in ten about aid, %.1f MB%n", articles, mb(mixedBytes));
        Measured all = pipeline(mixed, full, 1, true);
        row(out, "pipeline, 1 thread", all.rate(), mixedBytes, articles, ref);
        AidFacts only = AidFacts.builder().factsOnly(true).build();
        Measured pre = pipeline(mixed, only, 1, true);
        row(out, "pipeline --facts-only, 1 thread", pre.rate(), mixedBytes, articles, ref);
        out.printf(Locale.ROOT, "--facts-only: %.1fx the articles/s (%.1fx per CPU second); facts found: %,d of %,d%n",
            pre.rate().perSecond() / all.rate().perSecond(), pre.rate().perCpuSecond() / all.rate().perCpuSecond(),
            pre.summary().facts(), all.summary().facts());
      }
      return Main.OK;
    } finally {
      if (temp) {
        try (Stream<Path> files = Files.walk(work)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  private static void row(PrintWriter out, String what, Rate rate, long bytes, long articles, Rate ref) {
    double seconds = articles / rate.perSecond();
    out.printf(Locale.ROOT, "%-34s %,11.0f %7.2f %9.2f %,12.0f %9.2f%n", what, rate.perSecond(), mb(bytes) / seconds,
        rate.perSecond() / ref.perSecond(), rate.perCpuSecond(), rate.perCpuSecond() / ref.perCpuSecond());
    out.flush();
  }

  private static double mb(long bytes) {
    return bytes / 1048576.0;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The JIT compiles the hot paths before anything is timed: HanLP's segmentation and the
   * whole pipeline (bulk runner included) each see the same warm-up articles, a different
   * generated archive from the timed one.
   */
  private void warmUp(Path archive, AidFacts aid, Segmenter hanlp) throws IOException, InterruptedException {
    hanlpRate(archive, hanlp);
    pipeline(archive, aid, 1, false);
  }

  /** Wall-clock articles/s and articles per CPU second of one timed part. */
  record Rate(double perSecond, double perCpuSecond) {
    /** Two timings of the same articles as one: the rate over their summed time. */
    Rate pooledWith(Rate other) {
      return new Rate(2 / (1 / perSecond + 1 / other.perSecond),
          2 / (1 / perCpuSecond + 1 / other.perCpuSecond));
    }
  }

  /**
   * HanLP.segment over every body of the archive: wall time of the segmentation calls only,
   * and the process's CPU time over the loop.
   */
  private static Rate hanlpRate(Path archive, Segmenter hanlp) throws IOException {
    long nanos = 0;
    long n = 0;
    long cpu = processCpuNanos();
    try (BufferedReader r = Files.newBufferedReader(archive, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String body = JSON.readTree(line).get("body").asText();
        long t = System.nanoTime();
        hanlp.segment(body);
        nanos += System.nanoTime() - t;
        n++;
      }
    }
    cpu = processCpuNanos() - cpu;
    return new Rate(n / (nanos / 1e9), n / (cpu / 1e9));
  }

  /** CPU time of the whole JVM (all threads, GC and JIT included): robust to a busy machine. */
  static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * One pipeline run; {@code probeNanos} is the wall and CPU time of the heap probes (a full
   * GC each), which are not the pipeline's work and are taken out of its rates.
   */
  record Measured(BulkSummary summary, long heapAtCheckpoint, long heapAtEnd, long peakAtCheckpoint,
      long peakAtEnd, long cpuNanos, long probeNanos, long probeCpuNanos) {
    Rate rate() {
      return new Rate(summary.articlesOk() / ((summary.nanos() - probeNanos) / 1e9),
          summary.articlesOk() / ((cpuNanos - probeCpuNanos) / 1e9));
    }
  }

  /** The whole bulk pipeline: read the archive, parse, extract, write JSON (to nowhere). */
  private Measured pipeline(Path archive, AidFacts aid, int threads, boolean probeHeap)
      throws IOException, InterruptedException {
    long[] heap = {-1, -1};
    long[] peak = {-1, -1};
    long[] probe = {0, 0};
    // The peak is read before the GC of the probe: what the run needed, garbage included.
    TerminalProgress.Listener heapProbe = (bytesRead, inputsDone, done, failed) -> {
      if (!probeHeap) {
        return;
      }
      for (int i = 0; i < 2; i++) {
        if (heap[i] < 0 && done >= (i == 0 ? Math.min(HEAP_CHECKPOINT, articles) : articles)) {
          long t = System.nanoTime();
          long c = processCpuNanos();
          peak[i] = peakHeapUsed();
          heap[i] = usedAfterGc();
          probe[0] += System.nanoTime() - t;
          probe[1] += processCpuNanos() - c;
        }
      }
    };
    usedAfterGc();
    resetPeakHeap();
    BulkRunner.Stage<Integer> stage = new BulkRunner.Stage<>() {
      @Override
      public Integer process(Article article) {
        ArticleFacts r = aid.extract(article);
        if (ArticleFactsJson.toJson(r, false).isEmpty()) {
          throw new IllegalStateException("empty JSON for " + article.id());
        }
        return r.facts().size();
      }

      @Override
      public int facts(Integer n) {
        return n;
      }
    };
    ResultSink<Integer> discard = new ResultSink<>() {
      @Override
      public void write(Integer result) {}

      @Override
      public void commit() {}

      @Override
      public void close() {}
    };
    StringWriter errs = new StringWriter();
    BulkSummary s;
    long cpu = processCpuNanos();
    try (ErrorReport errors = new ErrorReport("bench: ", new PrintWriter(errs), null)) {
      s = BulkRunner.builder().threads(threads).build()
          .run(List.of(Input.file(archive)), stage, discard, errors, null, heapProbe);
    }
    if (s.failed() > 0) {
      throw new IllegalStateException("generated articles failed: " + errs.toString().lines().findFirst().orElse(""));
    }
    return new Measured(s, heap[0], heap[1], peak[0], peak[1], processCpuNanos() - cpu, probe[0], probe[1]);
  }

  private static void resetPeakHeap() {
    for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == java.lang.management.MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peak use since the last reset: an upper bound of the heap's peak. */
  private static long peakHeapUsed() {
    long sum = 0;
    for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == java.lang.management.MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long usedAfterGc() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
