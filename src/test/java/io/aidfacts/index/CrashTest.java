package io.aidfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM in the middle of indexing: the index still opens and holds exactly the
 * committed articles, and indexing can go on.
 */
class CrashTest {

  @Test
  void killedWhileIndexingKeepsTheLastCommit(@TempDir Path tmp) throws Exception {
    Path index = tmp.resolve("index");
    int committed = 40;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        CrashChild.class.getName(), index.toString(), Integer.toString(committed));
    pb.redirectError(tmp.resolve("child.err").toFile());
    Process child = pb.start();
    int added = -1;
    boolean sawCommit = false;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.equals("COMMITTED " + committed)) {
          sawCommit = true;
        } else if (line.startsWith("ADDED ")) {
          added = Integer.parseInt(line.substring(6));
          if (added >= 300) {
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not die");
    }
    if (!sawCommit || added < 300) {
      fail("child stopped early: " + Files.readString(tmp.resolve("child.err")));
    }
    // Files of uncommitted segments were on disk at the kill: the test kills mid-flight.
    try (Stream<Path> files = Files.list(index);
        Directory d = FSDirectory.open(index)) {
      Set<String> committedFiles = new HashSet<>(SegmentInfos.readLatestCommit(d).files(true));
      List<String> extra = files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("_") && !committedFiles.contains(n)).toList();
      assertFalse(extra.isEmpty(), "expected files of uncommitted segments, got only " + committedFiles);
    }
    try (FactSearcher s = FactSearcher.open(index)) {
      assertEquals(committed, s.articleCount());
      assertEquals(2L * committed, s.search(FactQuery.builder().build()).total());
      assertEquals(committed, s.search(FactQuery.builder().donor("民进").build()).total());
    }
    // The left-over lock file does not stop a new writer (the OS released the lock).
    try (FactIndexWriter w = FactIndexWriter.open(index, false)) {
      CrashChild.add(w, 100_000);
      w.commit();
    }
    try (FactSearcher s = FactSearcher.open(index)) {
      assertEquals(committed + 1, s.articleCount());
    }
  }
}
