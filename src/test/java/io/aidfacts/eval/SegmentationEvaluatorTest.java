package io.aidfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.model.CharSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentationEvaluatorTest {

  static final Path RES = Path.of("src/test/resources/io/aidfacts/eval");

  @Test
  void readsPeoplesDailyInGb18030WithCompoundsAndParagraphIds() throws IOException {
    List<SegmentedSentence> gold = SegmentationGold.read(RES.resolve("pd-sample.txt"), SegmentationGold.Format.PD1998);
    assertEquals(3, gold.size());
    SegmentedSentence first = gold.get(0);
    assertEquals(1, first.line());
    assertEquals("大连医科大学向中寨乡小学捐赠图书２０００册。", first.text());
    assertEquals(List.of("大连", "医科", "大学", "向", "中寨乡", "小学", "捐赠", "图书", "２０００", "册", "。"),
        words(first));
    assertEquals(new CharSpan(2, 4), first.words().get(1));
    assertEquals(4, gold.get(2).line()); // the blank line 3 is skipped but counted
    assertEquals(35, gold.stream().mapToInt(s -> s.words().size()).sum());
    assertEquals(gold, SegmentationGold.read(RES.resolve("pd-sample.txt"), SegmentationGold.Format.AUTO));
  }

  @Test
  void readsSpaceSeparatedWordsAndDetectsThem() {
    List<SegmentedSentence> s = SegmentationGold.parse("我们　捐赠  图书/n\n\n 共 10 册 \n", SegmentationGold.Format.AUTO);
    assertEquals(2, s.size());
    assertEquals(List.of("我们", "捐赠", "图书/n"), words(s.get(0)));
    assertEquals(List.of("共", "10", "册"), words(s.get(1)));
    assertEquals(3, s.get(1).line());
  }

  @Test
  void aTokenWithoutTagIsNamedWithItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SegmentationGold.parse("向/p 小学/n\n捐赠 图书/n\n", SegmentationGold.Format.PD1998));
    assertEquals("line 2: token '捐赠' is not word/tag; is this People's Daily format? (try --format spaces)",
        e.getMessage());
  }

  @Test
  void scoresPredictedWordsAgainstGoldToTheExactCount() throws IOException {
    List<SegmentedSentence> gold = SegmentationGold.read(RES.resolve("pd-sample.txt"), SegmentationGold.Format.PD1998);
    List<SegmentedSentence> pred = SegmentationGold.read(RES.resolve("pd-sample-predicted.txt"), SegmentationGold.Format.SPACES);
    Set<String> vocab = new HashSet<>(Files.readAllLines(RES.resolve("pd-sample-words.txt")));
    SegmentationScore s = new SegmentationEvaluator(vocab::contains).compare(gold, pred);
    // 大连医科大学, 王小明 and １２月３１日 each replace gold words: 3 false hits, 7 misses.
    assertEquals(new Prf(28, 3, 7), s.words());
    // OOV gold words: 医科, 王, 小明 (missed), 善款, ５万 (found).
    assertEquals(new Prf(2, 0, 3), s.oov());
    assertEquals(0.4, s.oovRecall(), 1e-12);
    assertEquals(3, s.sentences());
    assertEquals(gold.stream().mapToLong(g -> g.text().length()).sum(), s.chars());
    assertTrue(Double.isNaN(new SegmentationEvaluator(null).compare(gold, pred).oovRecall()));
  }

  @Test
  void evaluatesASegmenterOnEachSentence() {
    List<SegmentedSentence> gold = SegmentationGold.parse("甲乙 丙\n丁 戊己\n", SegmentationGold.Format.SPACES);
    // One character per word: right only where a gold word has one character.
    SegmentationScore s = new SegmentationEvaluator(w -> w.length() > 1).evaluate(gold, text -> {
      List<CharSpan> out = new java.util.ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        out.add(new CharSpan(i, i + 1));
      }
      return out;
    });
    assertEquals(new Prf(2, 4, 2), s.words());
    // The vocabulary lacks one-character words: 丙 and 丁, both found.
    assertEquals(new Prf(2, 0, 0), s.oov());
    assertTrue(s.timed());
  }

  @Test
  void mismatchedTextNamesTheSentenceAndBothLines() {
    List<SegmentedSentence> gold = SegmentationGold.parse("甲乙 丙\n\n丁 戊己\n", SegmentationGold.Format.SPACES);
    List<SegmentedSentence> pred = SegmentationGold.parse("甲乙 丙\n丁 戊庚\n", SegmentationGold.Format.SPACES);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SegmentationEvaluator(null).compare(gold, pred));
    assertTrue(e.getMessage().startsWith("sentence 2 (gold line 3, predicted line 2) has other characters than "
        + "the gold from char 2: gold '丁戊己', predicted '丁戊庚'"), e.getMessage());
    IllegalArgumentException shorter = assertThrows(IllegalArgumentException.class,
        () -> new SegmentationEvaluator(null).compare(gold, pred.subList(0, 1)));
    assertEquals("gold has 2 sentences but the predictions have 1; the first 1 agree", shorter.getMessage());
  }

  private static List<String> words(SegmentedSentence s) {
    return java.util.stream.IntStream.range(0, s.words().size()).mapToObj(s::word).toList();
  }
}
