package io.aidfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void extractsTheSeedWithExactOffsets() throws Exception {
    Run r = run("extract", "--with-body", "../shared/seed/000_d1515b0f2a6da45e.txt");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(1, lines.length);
    JsonNode a = JSON.readTree(lines[0]);
    assertEquals("000_d1515b0f2a6da45e", a.get("id").asText());
    assertEquals("发挥统战优势凝聚帮扶合力", a.get("title").asText());
    assertEquals("2019-12-06T09:30:16", a.get("published").asText());
    assertEquals("大连日报", a.get("outlet").asText());
    String body = a.get("body").asText();
    assertTrue(body.startsWith("为深入贯彻落实"));
    assertTrue(a.get("mentions").size() > 50);
    for (JsonNode m : a.get("mentions")) {
      assertEquals(m.get("text").asText(), body.substring(m.get("start").asInt(), m.get("end").asInt()), m.toString());
    }
  }

  @Test
  void badInputsAreReportedAndTheRestGoesOn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书。");
    Files.write(dir.resolve("b.txt"), new byte[0]);
    Files.write(dir.resolve("c.bin"), new byte[] {7, 0, 7});
    Files.writeString(dir.resolve("d.jsonl"), "{\"id\":\"d1\",\"body\":\"农工党捐赠2万元。\"}\n{oops\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out/result.jsonl");
    Run r = run("extract", dir.toString(), "-o", out.toString());
    assertEquals(Main.SOME_FAILED, r.code());
    List<String> errs = r.err().lines().toList();
    assertEquals(4, errs.size(), r.err());
    assertTrue(errs.get(3).startsWith("aidfacts extract: 4 inputs, 2 articles ok, 3 failed, "), errs.get(3));
    assertTrue(errs.get(0).startsWith("aidfacts extract: " + dir.resolve("b.txt").toAbsolutePath() + ": empty input"), errs.get(0));
    assertTrue(errs.get(1).contains("c.bin: binary data"), errs.get(1));
    assertTrue(errs.get(2).contains("d.jsonl:2: not valid JSON"), errs.get(2));
    List<String> lines = Files.readAllLines(out);
    assertEquals(2, lines.size());
    assertEquals("a", JSON.readTree(lines.get(0)).get("id").asText());
    assertEquals("d1", JSON.readTree(lines.get(1)).get("id").asText());
    try (var files = Files.list(out.getParent())) {
      assertEquals(1, files.count(), "no temporary file left beside the output");
    }
  }

  @Test
  void missingInputIsAnErrorNamingIt(@TempDir Path dir) {
    Run r = run("extract", dir.resolve("nope.txt").toString());
    assertEquals(Main.SOME_FAILED, r.code());
    assertEquals("aidfacts extract: " + dir.resolve("nope.txt").toAbsolutePath() + ": no such file or folder",
        r.err().lines().findFirst().orElseThrow());
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : new String[] {"extract", "index", "search", "segment", "bench"}) {
      Run r = run(cmd, "--help");
      assertEquals(0, r.code(), cmd);
      assertTrue(r.out().startsWith("Usage: aidfacts " + cmd), r.out());
    }
  }
}
