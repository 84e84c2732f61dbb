package io.aidfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandsTest {

  private static final Path RES = Path.of("src/test/resources/io/aidfacts/eval");

  private static ExtractCommandTest.Run run(String... args) {
    return ExtractCommandTest.run(args);
  }

  @Test
  void segmentKeepsEveryCharacterAndEveryLine(@TempDir Path dir) throws Exception {
    String input = "民進大連市委會捐(juān)贈２萬元 給 學校。\n\n为中寨乡小学捐赠价值约9万元的各类图书。\n";
    Path in = dir.resolve("in.txt");
    Files.write(in, input.getBytes("GB18030"));
    ExtractCommandTest.Run r = run("segment", in.toString());
    assertEquals(0, r.code(), r.err());
    List<String> out = r.out().lines().toList();
    List<String> lines = input.lines().toList();
    assertEquals(lines.size(), out.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(lines.get(i).replace(" ", ""), out.get(i).replace(" ", ""));
      assertTrue(!out.get(i).contains("  ") && !out.get(i).startsWith(" ") && !out.get(i).endsWith(" "), out.get(i));
    }
    assertEquals("", out.get(1));
    // The traditional text is segmented through its simplified view: 大連 is one word.
    assertTrue(out.get(0).startsWith("民進 大連 "), out.get(0));
    assertTrue(out.get(2).contains(" 捐赠 "), out.get(2));
  }

  @Test
  void segmentReportsAMissingFileAndGoesOn(@TempDir Path dir) throws Exception {
    Path ok = dir.resolve("ok.txt");
    Files.writeString(ok, "捐赠图书\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.txt");
    ExtractCommandTest.Run r = run("segment", dir.resolve("nope.txt").toString(), ok.toString(), "-o", out.toString());
    assertEquals(Main.SOME_FAILED, r.code());
    assertEquals("aidfacts segment: " + dir.resolve("nope.txt") + ": no such file", r.err().strip());
    assertEquals("捐赠 图书\n", Files.readString(out));
  }

  @Test
  void evalSegScoresAPredictedFileToTheExactCount() {
    ExtractCommandTest.Run r = run("eval", "seg", RES.resolve("pd-sample.txt").toString(), "--format", "pd1998",
        "--predicted", RES.resolve("pd-sample-predicted.txt").toString(), "--dict",
        RES.resolve("pd-sample-words.txt").toString());
    assertEquals(0, r.code(), r.err());
    List<String> out = r.out().lines().toList();
    assertEquals(2, out.size(), r.out());
    assertTrue(out.get(0).endsWith("3 sentences, 35 words, 69 chars; OOV: 5 gold words not in 25 words of ["
        + RES.resolve("pd-sample-words.txt") + "]"), out.get(0));
    assertEquals("pd-sample-predicted.txt P 0.903  R 0.800  F1 0.848  OOV-R 0.400  "
        + "(tp 28, fp 3, fn 7; OOV 2/5)  not timed", out.get(1));
  }

  @Test
  void evalSegRunsTheSegmentersAndTheBaselines() {
    ExtractCommandTest.Run r = run("eval", "seg", RES.resolve("pd-sample.txt").toString(), "--baseline",
        "hanlp,smartcn", "--dict", RES.resolve("pd-sample-words.txt").toString());
    assertEquals(0, r.code(), r.err());
    List<String> out = r.out().lines().toList();
    assertEquals(4, out.size(), r.out());
    assertTrue(out.get(1).startsWith("aidfacts "), out.get(1));
    // HanLP portable 1.8.6 and Lucene 9.12.3 are fixed versions, so their counts are too.
    assertTrue(out.get(2).startsWith("hanlp      P 0.605  R 0.657  F1 0.630  OOV-R 0.000  (tp 23, fp 15, fn 12; OOV 0/5)"), out.get(2));
    assertTrue(out.get(3).startsWith("smartcn    P 0.614  R 0.771  F1 0.684  OOV-R 0.400  (tp 27, fp 17, fn 8; OOV 2/5)"), out.get(3));
  }

  @Test
  void evalSegNamesAMisalignedPredictionFile(@TempDir Path dir) throws Exception {
    Path pred = dir.resolve("pred.txt");
    Files.writeString(pred, "大连医科大学 向 中寨乡 小学 捐赠 图书 ２０００ 册 。\n民进 大连\n");
    ExtractCommandTest.Run r = run("eval", "seg", RES.resolve("pd-sample.txt").toString(), "--predicted", pred.toString());
    assertEquals(Main.SOME_FAILED, r.code());
    assertTrue(r.err().startsWith("aidfacts eval seg: " + pred + ": sentence 2 (gold line 2, predicted line 2) has other "
        + "characters than the gold from char 4"), r.err());
  }

  @Test
  void evalSegRejectsAnUnknownFormatOrSegmenter() {
    ExtractCommandTest.Run r = run("eval", "seg", RES.resolve("pd-sample.txt").toString(), "--format", "conll");
    assertEquals(Main.USAGE, r.code());
    assertEquals("aidfacts eval seg: unknown segmentation format 'conll': use pd1998, spaces or auto", r.err().strip());
    r = run("eval", "seg", RES.resolve("pd-sample.txt").toString(), "--baseline", "jieba");
    assertEquals(Main.USAGE, r.code());
    assertEquals("aidfacts eval seg: unknown segmenter 'jieba': use one of aidfacts, hanlp, smartcn", r.err().strip());
  }

  @Test
  void evalFactsPrintsWhatScorePyPrints() throws Exception {
    Path facts = RES.resolve("facts");
    ExtractCommandTest.Run r = run("eval", "facts", facts.resolve("edge-output.jsonl").toString(), "--gold",
        facts.resolve("edge-gold.jsonl").toString(), "--json");
    assertEquals(0, r.code(), r.err());
    assertEquals(Files.readString(facts.resolve("edge.expected.json")), r.out());
    r = run("eval", "facts", facts.resolve("corpus-output.jsonl").toString(), "--gold", "corpus/gold", "--show-errors");
    assertEquals(0, r.code(), r.err());
    assertEquals(Files.readString(facts.resolve("corpus.expected-errors.txt")), r.out());
  }

  @Test
  void evalFactsNamesABadLineAndScoresTheRest(@TempDir Path dir) throws Exception {
    Path pred = dir.resolve("p.jsonl");
    Files.writeString(pred, "{\"id\": \"7\", \"facts\": [{\"donor\": \"會計師協會\", \"amount\": {\"value\": 100}}]}\n{bad\n");
    ExtractCommandTest.Run r = run("eval", "facts", pred.toString(), "--gold",
        RES.resolve("facts/edge-gold.jsonl").toString(), "--json");
    assertEquals(Main.SOME_FAILED, r.code());
    assertTrue(r.err().startsWith("aidfacts eval facts: " + pred + ":2: not JSON: "), r.err());
    assertTrue(r.out().contains("\"fact\": {\"p\": 1.0, \"r\": 0.2, \"f1\": 0.333, \"tp\": 1, \"fp\": 0, \"fn\": 4}"), r.out());
    r = run("eval", "facts", pred.toString(), "--gold", dir.resolve("none.json").toString());
    assertEquals(Main.USAGE, r.code());
    assertEquals("aidfacts eval facts: " + dir.resolve("none.json") + ": no such file", r.err().strip());
  }

  @Test
  void evalFactsScoresHanlpsOwnEntitiesAsTheBaseline(@TempDir Path dir) throws Exception {
    String article = "corpus/articles/001_nayong_zhuxue.txt";
    Path pred = dir.resolve("p.jsonl");
    assertEquals(0, run("extract", article, "-o", pred.toString()).code());
    ExtractCommandTest.Run r = run("eval", "facts", pred.toString(), "--gold", "corpus/gold/001_nayong_zhuxue.json",
        "--baseline", "hanlp", "--articles", article, "--json");
    assertEquals(0, r.code(), r.err());
    List<String> out = r.out().lines().toList();
    assertEquals(4, out.size(), r.out());
    // HanLP portable's default: no organisation recognition, no amounts, dates or facts.
    assertEquals("{\"org\": {\"p\": 0.0, \"r\": 0.0, \"f1\": 0.0, \"tp\": 0, \"fp\": 0, \"fn\": 11}, "
        + "\"place\": {\"p\": 0.5, \"r\": 0.286, \"f1\": 0.364, \"tp\": 2, \"fp\": 2, \"fn\": 5}, "
        + "\"amount\": {\"p\": 0.0, \"r\": 0.0, \"f1\": 0.0, \"tp\": 0, \"fp\": 0, \"fn\": 8}, "
        + "\"date\": {\"p\": 0.0, \"r\": 0.0, \"f1\": 0.0, \"tp\": 0, \"fp\": 0, \"fn\": 6}, "
        + "\"fact\": {\"p\": 0.0, \"r\": 0.0, \"f1\": 0.0, \"tp\": 0, \"fp\": 0, \"fn\": 6}, "
        + "\"fact.noamount\": {\"p\": 0.0, \"r\": 0.0, \"f1\": 0.0, \"tp\": 0, \"fp\": 0, \"fn\": 1}, "
        + "\"fact.recipient\": null, \"fact.category\": null, \"fact.date\": null, \"amount.approx\": null, "
        + "\"amount.inKind\": null}", out.get(2));
    assertEquals("baseline hanlp fact F1 = 0.000", out.get(3));
    r = run("eval", "facts", pred.toString(), "--gold", "corpus/gold", "--baseline", "hanlp");
    assertEquals(Main.USAGE, r.code());
    assertEquals("aidfacts eval facts: --baseline hanlp needs --articles PATH, the articles the output came from",
        r.err().strip());
  }
}
