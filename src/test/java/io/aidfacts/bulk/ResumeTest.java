package io.aidfacts.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {

  static Path inputs(Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int f = 0; f < 40; f++) {
      Files.writeString(in.resolve(String.format("f%02d.jsonl", f)), ArchiveReaderTest.jsonl(20, "f" + f + "_")
          + (f % 10 == 3 ? "{broken\n" : ""));
    }
    return in;
  }

  static Process child(Path in, Path out, Path errs, int sleepMillis) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ResumeChild.class.getName(),
        in.toString(), out.toString(), errs.toString(), Integer.toString(sleepMillis))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  @Test
  void runKilledMidwayThenResumedEqualsACleanRun(@TempDir Path dir) throws Exception {
    Path in = inputs(dir);
    Path clean = dir.resolve("clean.jsonl");
    Path cleanErrs = dir.resolve("clean.errors.jsonl");
    assertEquals(1, ResumeChild.run(in, clean, cleanErrs, ResumeChild::line));

    Path out = dir.resolve("out.jsonl");
    Path errs = dir.resolve("errors.jsonl");
    Path journal = ResumeJournal.pathFor(out);
    List<Integer> journaledAtKill = new ArrayList<>();
    // kill -9 twice at different points, then let it finish
    for (int kill = 1; kill <= 2; kill++) {
      Process p = child(in, out, errs, 3);
      int before = lines(journal);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (lines(journal) < before + 5 && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertTrue(p.isAlive(), "the child finished before it could be killed");
      p.destroyForcibly();  // SIGKILL: no shutdown hooks, no flush
      p.waitFor();
      journaledAtKill.add(lines(journal));
    }
    assertTrue(journaledAtKill.get(0) < 40 && journaledAtKill.get(1) < 40, "killed midway: " + journaledAtKill);
    Process last = child(in, out, errs, 0);
    assertTrue(last.waitFor(120, TimeUnit.SECONDS));
    assertEquals(1, last.exitValue());
    assertEquals(Files.readAllLines(clean), Files.readAllLines(out));
    assertEquals(Files.readAllLines(cleanErrs), Files.readAllLines(errs));
    assertEquals(40, lines(journal));
    assertEquals(800, Files.readAllLines(out).size());
    assertEquals(4, Files.readAllLines(errs).size());
  }

  @Test
  void resumingAFinishedRunAddsNothing(@TempDir Path dir) throws Exception {
    Path in = inputs(dir);
    Path out = dir.resolve("out.jsonl");
    Path errs = dir.resolve("errors.jsonl");
    ResumeChild.run(in, out, errs, ResumeChild::line);
    byte[] first = Files.readAllBytes(out);
    ResumeChild.run(in, out, errs, a -> {
      throw new AssertionError("a finished input was read again: " + a.id());
    });
    assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8), Files.readString(out));
  }

  @Test
  void tornJournalLineAndTornOutputAreCutBack(@TempDir Path dir) throws Exception {
    Path in = inputs(dir);
    Path clean = dir.resolve("clean.jsonl");
    ResumeChild.run(in, clean, dir.resolve("ce.jsonl"), ResumeChild::line);
    Path out = dir.resolve("out.jsonl");
    Path errs = dir.resolve("errors.jsonl");
    ResumeChild.run(in, out, errs, ResumeChild::line);
    // as if killed while writing: the journal vouches for 3 inputs, the fourth line is torn,
    // and the output has a torn line after the journaled length
    Path journal = ResumeJournal.pathFor(out);
    List<String> j = Files.readAllLines(journal);
    long cut = Long.parseLong(j.get(2).split("\t")[1]);
    long errCut = Long.parseLong(j.get(2).split("\t")[2]);
    Files.writeString(journal, String.join("\n", j.subList(0, 3)) + "\ndone\t12");
    byte[] o = Files.readAllBytes(out);
    Files.write(out, java.util.Arrays.copyOf(o, (int) cut + 17));
    byte[] e = Files.readAllBytes(errs);
    Files.write(errs, java.util.Arrays.copyOf(e, (int) errCut));
    ResumeChild.run(in, out, errs, ResumeChild::line);
    assertEquals(Files.readAllLines(clean), Files.readAllLines(out));
    assertEquals(Files.readAllLines(dir.resolve("ce.jsonl")), Files.readAllLines(errs));
  }

  static int lines(Path p) throws IOException {
    if (!Files.exists(p)) {
      return 0;
    }
    String s = Files.readString(p);
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
