package io.aidfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.bulk.ResumeJournal;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk options of {@code extract}: threads, order, errors file, resume, facts only. */
class ExtractBulkOptionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String AID = "民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书。";
  static final String NOT_AID = "兰考县城区今天早高峰车流量同比上升，交警部门提醒市民错峰出行。";

  static Path inputs(Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    StringBuilder jl = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      jl.append("{\"id\":\"j").append(i).append("\",\"body\":\"").append(i % 2 == 0 ? NOT_AID : AID).append("\"}\n");
    }
    jl.append("{\"id\":\"j7\"}\n");
    Files.writeString(in.resolve("a.jsonl"), jl);
    Files.writeString(in.resolve("b.txt"), AID);
    Files.write(in.resolve("c.txt"), new byte[0]);
    Files.writeString(in.resolve("README.md"), "# not an article");
    return in;
  }

  @Test
  void errorsFileHoldsOneJsonLinePerBadPart(@TempDir Path dir) throws Exception {
    Path in = inputs(dir);
    Path out = dir.resolve("out.jsonl");
    Path errs = dir.resolve("errors.jsonl");
    ExtractCommandTest.Run r = ExtractCommandTest.run("extract", in.toString(), "-o", out.toString(),
        "--errors", errs.toString(), "--threads", "2", "--quiet");
    assertEquals(Main.SOME_FAILED, r.code());
    assertEquals(List.of(
        "{\"input\":\"" + in.resolve("a.jsonl") + ":7\",\"reason\":\"JSON object has no text field \\\"body\\\"\"}",
        "{\"input\":\"" + in.resolve("c.txt") + "\",\"reason\":\"empty input\"}"), Files.readAllLines(errs));
    List<String> lines = Files.readAllLines(out);
    assertEquals(List.of("j1", "j2", "j3", "j4", "j5", "j6", "b"),
        lines.stream().map(l -> id(l)).toList());
    String summary = r.err().strip();
    assertTrue(summary.startsWith("aidfacts extract: 3 inputs, 7 articles ok, 2 failed, "), summary);
    assertTrue(summary.endsWith("; errors in " + errs.toAbsolutePath()), summary);
  }

  @Test
  void threadsAndOrderGiveTheSameLines(@TempDir Path dir) throws Exception {
    Path in = inputs(dir);
    ExtractCommandTest.Run one = ExtractCommandTest.run("extract", in.toString(), "--threads", "1");
    ExtractCommandTest.Run two = ExtractCommandTest.run("extract", in.toString(), "--threads", "2");
    ExtractCommandTest.Run any = ExtractCommandTest.run("extract", in.toString(), "--threads", "2", "--unordered");
    assertEquals(7, one.out().lines().count());
    assertEquals(one.out(), two.out());
    assertEquals(one.out().lines().sorted().toList(), any.out().lines().sorted().toList());
  }

  @Test
  void factsOnlyWritesOnlyArticlesWithFacts(@TempDir Path dir) throws Exception {
    Path in = inputs(dir);
    ExtractCommandTest.Run all = ExtractCommandTest.run("extract", in.toString());
    ExtractCommandTest.Run facts = ExtractCommandTest.run("extract", in.toString(), "--facts-only");
    List<String> expected = all.out().lines().filter(l -> node(l).get("facts").size() > 0).toList();
    assertEquals(List.of("j1", "j3", "j5", "b"), expected.stream().map(ExtractBulkOptionsTest::id).toList());
    assertEquals(expected, facts.out().lines().toList());
    assertTrue(facts.err().contains("7 articles ok (4 with facts written)"), facts.err());
  }

  @Test
  void gzipOutput(@TempDir Path dir) throws Exception {
    Path in = inputs(dir);
    Path out = dir.resolve("out.jsonl.gz");
    ExtractCommandTest.Run r = ExtractCommandTest.run("extract", in.toString(), "-o", out.toString());
    assertEquals(Main.SOME_FAILED, r.code());
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPInputStream g = new GZIPInputStream(Files.newInputStream(out))) {
      g.transferTo(b);
    }
    assertEquals(ExtractCommandTest.run("extract", in.toString()).out(), b.toString(StandardCharsets.UTF_8));
  }

  @Test
  void resumeSkipsFinishedInputs(@TempDir Path dir) throws Exception {
    Path in = inputs(dir);
    Path out = dir.resolve("out.jsonl");
    ExtractCommandTest.Run first = ExtractCommandTest.run("extract", in.toString(), "-o", out.toString(), "--resume");
    assertEquals(Main.SOME_FAILED, first.code());
    String written = Files.readString(out);
    assertEquals(3, Files.readAllLines(ResumeJournal.pathFor(out)).size());
    Files.writeString(in.resolve("d.txt"), AID);
    ExtractCommandTest.Run again = ExtractCommandTest.run("extract", in.toString(), "-o", out.toString(), "--resume");
    assertEquals(Main.OK, again.code(), again.err());
    assertTrue(again.err().startsWith("aidfacts extract: 1 input (3 done earlier, skipped), 1 articles ok, 0 failed"), again.err());
    List<String> lines = Files.readAllLines(out);
    assertTrue(Files.readString(out).startsWith(written));
    assertEquals(8, lines.size());
    assertEquals("d", id(lines.get(7)));
    // a run without --resume starts afresh and drops the journal
    ExtractCommandTest.run("extract", in.toString(), "-o", out.toString());
    assertTrue(Files.notExists(ResumeJournal.pathFor(out)));
  }

  @Test
  void usageErrorsNameTheFix(@TempDir Path dir) {
    ExtractCommandTest.Run r = ExtractCommandTest.run("extract", dir.toString(), "--resume");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().startsWith("--resume needs -o FILE: the journal of finished inputs is kept beside it"), r.err());
    r = ExtractCommandTest.run("extract", dir.toString(), "--resume", "--unordered", "-o", dir.resolve("o.jsonl").toString());
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().startsWith("--resume keeps input order"), r.err());
    r = ExtractCommandTest.run("extract", dir.toString(), "--threads", "0");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().startsWith("--threads must be at least 1, got 0"), r.err());
  }

  static String id(String line) {
    return node(line).get("id").asText();
  }

  static JsonNode node(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
