package io.aidfacts.extract.money;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.read.TextNormalizer;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the amount scanner alone (no segmentation) over the People's Daily January
 * 1998 text, tags removed and normalized once beforehand. Prints chars per second of CPU time
 * and of wall-clock time; asserts
 * nothing about speed, only that it found amounts.
 *
 * <pre>mvn -o -q test -Dtest=MoneyScannerBenchmarkTest -DexcludedTestGroups=none</pre>
 */
@Tag("benchmark")
class MoneyScannerBenchmarkTest {

  @Test
  void scannerThroughput() throws IOException {
    Path file = Path.of("../shared/data/pd1998/199801.txt");
    Assumptions.assumeTrue(Files.isRegularFile(file), "no " + file.toAbsolutePath());
    List<String> paragraphs = new ArrayList<>();
    long chars = 0;
    for (String line : Files.readAllLines(file, Charset.forName("GB18030"))) {
      String text = line.replaceAll("^\\S+/m\\s+", "").replaceAll("/[a-zA-Z]+\\]?[a-z]*\\s*", "")
          .replace("[", "");
      if (!text.isBlank()) {
        String view = TextNormalizer.normalize(text).text();
        paragraphs.add(view);
        chars += view.length();
      }
    }
    long found = 0;
    for (int warm = 0; warm < 3; warm++) {
      for (String p : paragraphs) {
        found += MoneyScanner.scan(p).size();
      }
    }
    // CPU time of this thread as well as wall time: the figure should not depend on how busy
    // the machine's other cores are.
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    int rounds = 10;
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long amounts = 0;
    for (int r = 0; r < rounds; r++) {
      for (String p : paragraphs) {
        amounts += MoneyScanner.scan(p).size();
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    System.out.printf("MoneyScanner: %d chars x %d rounds, one thread: %.1f M chars/s of CPU time"
        + " (%.1f M chars/s wall clock), %d amounts a round%n",
        chars, rounds, chars * rounds / cpu / 1e6, chars * rounds / seconds / 1e6, amounts / rounds);
    assertTrue(found > 0 && amounts / rounds > 1500, "amounts found: " + amounts / rounds);
  }
}
