package io.aidfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's report on a tiny archive: its shape and consistency, not its speed. */
class BenchCommandTest {

  private static final Pattern ROW = Pattern.compile(
      "(HanLP\\.segment \\(plain\\), 1 thread|pipeline, 1 thread|pipeline, 2 threads)\\s+([\\d,]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d,]+)\\s+([\\d.]+)");

  @Test
  void printsEveryRowAndKeepsOnlyTheTimedArchives(@TempDir Path dir) throws Exception {
    ExtractCommandTest.Run r = ExtractCommandTest.run("bench", "--articles", "120", "--no-facts-only",
        "--dir", dir.toString());
    assertEquals(0, r.code(), r.err());
    Matcher m = ROW.matcher(r.out());
    int rows = 0;
    long reference = -1;
    while (m.find()) {
      rows++;
      assertTrue(Long.parseLong(m.group(2).replace(",", "")) > 0, m.group());
      if (m.group(1).startsWith("HanLP")) {
        assertEquals("1.00", m.group(4), "the reference is 1.00 of itself");
        reference = Long.parseLong(m.group(2).replace(",", ""));
      }
    }
    assertEquals(3, rows, r.out());
    // the reference pools its two timings: it lies between them
    Matcher t = Pattern.compile("timed before and after the 1-thread run: ([\\d,]+) and ([\\d,]+) articles/s")
        .matcher(r.out());
    assertTrue(t.find(), r.out());
    long a = Long.parseLong(t.group(1).replace(",", ""));
    long b = Long.parseLong(t.group(2).replace(",", ""));
    assertTrue(Math.min(a, b) - 1 <= reference && reference <= Math.max(a, b) + 1, t.group() + " vs " + reference);
    assertTrue(r.out().contains("heap after GC, 1 thread: "), r.out());
    // the facts of 120 articles about aid: the same generator, whatever the thread count
    assertTrue(r.out().matches("(?s).*facts found: [1-9][\\d,]*\n.*"), r.out());
    // the warm-up archive is deleted; the timed one is kept where --dir asked
    try (var files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(List.of("bench-aid.jsonl"), names);
    }
    assertFalse(r.out().contains("NaN"), r.out());
  }

  @Test
  void refusesTooFewArticles() {
    ExtractCommandTest.Run r = ExtractCommandTest.run("bench", "--articles", "99");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("--articles must be at least 100, got 99"), r.err());
  }
}
