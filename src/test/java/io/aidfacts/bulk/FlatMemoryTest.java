package io.aidfacts.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole extract command over a generated archive larger than the heap (120,000 articles,
 * about 295 MB; 100,000 make only 246 MB) in a child JVM with a 256 MB heap: memory must not grow with the archive. Slow (minutes): run with {@code mvn verify -DexcludedTestGroups= -Dgroups=slow}.
 */
@Tag("slow")
class FlatMemoryTest {

  @Test
  void extractOverALargeArchiveFitsIn256Mb(@TempDir Path dir) throws Exception {
    int n = Integer.getInteger("aidfacts.flatMemory.articles", 120_000);
    Path archive = dir.resolve("archive.jsonl");
    long bytes = SyntheticArchive.write(archive, n, 3, 11);
    if (n >= 120_000) {
      // larger than the heap: only streaming gets through
      assertTrue(bytes > 256L << 20, "archive of " + bytes + " bytes");
    }
    Path out = dir.resolve("out.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "io.aidfacts.cli.Main", "extract", archive.toString(), "-o", out.toString(), "--threads", "2", "--quiet")
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.MINUTES), "still running after an hour");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));
    try (var lines = Files.lines(out)) {
      assertEquals(n, lines.count());
    }
  }
}
