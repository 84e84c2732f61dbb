package io.aidfacts.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HanlpLexiconTest {

  @Test
  void parsesWordsTagsAndFrequencies() {
    HanlpLexicon l = HanlpLexicon.parse(List.of("# comment", "臻溪谷 nt", "", "海量科技 nt 50", "水城"), "t.txt");
    assertEquals(List.of(new HanlpLexicon.Entry("臻溪谷", "nt", 1000), new HanlpLexicon.Entry("海量科技", "nt", 50),
        new HanlpLexicon.Entry("水城", "n", 1000)), l.entries());
  }

  @Test
  void badLinesNameTheSourceAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HanlpLexicon.parse(List.of("臻溪谷 nt", "海量科技 nt many"), "words.txt"));
    assertEquals("words.txt:2: frequency must be a whole number, got 'many'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> HanlpLexicon.parse(List.of("臻溪谷 NT"), "w"));
    assertEquals("w:1: lexicon tag of '臻溪谷' must be a HanLP tag such as nt or ns, got 'NT'", e.getMessage());
  }

  @Test
  void wordsApplyToOneSegmenterOnly() {
    String text = "大连臻溪谷落户";
    HanlpSegmenter with = new HanlpSegmenter(HanlpSegmenter.Mode.PLAIN, HanlpLexicon.of(List.of("臻溪谷 nt")));
    HanlpSegmenter without = new HanlpSegmenter(HanlpSegmenter.Mode.PLAIN);
    Token t = with.segment(text).stream().filter(x -> x.word().equals("臻溪谷")).findFirst().orElseThrow();
    assertEquals("nt", t.tag());
    assertEquals(2, t.start());
    assertEquals(5, t.end());
    assertEquals(0, without.segment(text).stream().filter(x -> x.word().equals("臻溪谷")).count());
  }
}
