package io.aidfacts.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HanlpSegmenterTest {

  private static final String TEXT = "民进大连市委会向中寨乡小学捐赠";

  private static String words(List<Token> tokens) {
    return tokens.stream().map(t -> t.word() + "/" + t.tag() + "@" + t.start())
        .collect(Collectors.joining(" "));
  }

  private static String hanlp(String text) {
    return HanLP.segment(text).toString();
  }

  @Test
  void lexiconsStayWithTheirOwnPipeline() {
    String plainBefore = hanlp(TEXT);
    assertEquals("[民进/n, 大连/ns, 市委会/nis, 向/p, 中/f, 寨/ng, 乡/n, 小学/nis, 捐赠/v]", plainBefore);
    assertEquals("n 96 ", CustomDictionary.DEFAULT.get("民进").toString());

    // 民进 is in HanLP's built-in custom dictionary (as n), 中寨乡 and 中寨 are not.
    HanlpSegmenter a = new HanlpSegmenter(HanlpSegmenter.Mode.PLAIN,
        HanlpLexicon.of(List.of("民进 nt", "中寨乡 ns")));
    HanlpSegmenter b = new HanlpSegmenter(HanlpSegmenter.Mode.PLAIN,
        HanlpLexicon.of(List.of("民进 j", "中寨 nz")));
    HanlpSegmenter none = new HanlpSegmenter(HanlpSegmenter.Mode.PLAIN);

    assertEquals("民进/nt@0 大连/ns@2 市委会/nis@4 向/p@7 中寨乡/ns@8 小学/nis@11 捐赠/v@13",
        words(a.segment(TEXT)));
    assertEquals("民进/j@0 大连/ns@2 市委会/nis@4 向/p@7 中寨/nz@8 乡/n@10 小学/nis@11 捐赠/v@13",
        words(b.segment(TEXT)));
    assertEquals("民进/n@0 大连/ns@2 市委会/nis@4 向/p@7 中/f@8 寨/ng@9 乡/n@10 小学/nis@11 捐赠/v@13",
        words(none.segment(TEXT)));

    // Building and running them changed nothing JVM-wide.
    assertEquals(plainBefore, hanlp(TEXT));
    assertEquals("n 96 ", CustomDictionary.DEFAULT.get("民进").toString());
    assertNull(CustomDictionary.DEFAULT.get("中寨乡"));
    assertNull(CustomDictionary.DEFAULT.get("中寨"));
    assertEquals("[民进/n, 大连/ns, 市委会/nis, 向/p, 中/f, 寨/ng, 乡/n, 小学/nis, 捐赠/v]",
        HanLP.newSegment().seg(TEXT).toString());
  }

  /** The blank-word shortcut: no code point above U+3000 is whitespace, so such a word is not blank. */
  @Test
  void noWhitespaceAboveTheIdeographicSpace() {
    assertTrue(Character.isWhitespace(HanlpSegmenter.LAST_WHITESPACE));
    for (int cp = HanlpSegmenter.LAST_WHITESPACE + 1; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isWhitespace(cp)) {
        throw new AssertionError("U+" + Integer.toHexString(cp) + " is whitespace");
      }
    }
    HanlpSegmenter s = new HanlpSegmenter(HanlpSegmenter.Mode.PLAIN);
    assertEquals("捐赠/v@2 图书/n@5", words(s.segment("\u3000\u3000捐赠\u3000图书 ")));
  }
}
