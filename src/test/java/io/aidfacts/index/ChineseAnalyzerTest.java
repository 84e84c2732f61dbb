package io.aidfacts.index;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Exact terms and offsets of the Chinese and name analyzers, as smartcn's tests check its own. */
public class ChineseAnalyzerTest extends BaseTokenStreamTestCase {

  private static final String SEED = "民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书。";

  public void testSeedSentence() throws IOException {
    try (Analyzer a = new ChineseAnalyzer()) {
      assertAnalyzesTo(a, SEED,
          new String[] {"民进", "大连", "市委会", "为", "中", "寨", "乡", "小学", "捐赠", "价值", "约", "9",
              "万元", "的", "各类", "图书"},
          new int[] {0, 2, 4, 7, 8, 9, 10, 11, 13, 15, 17, 18, 19, 21, 22, 24},
          new int[] {2, 4, 7, 8, 9, 10, 11, 13, 15, 17, 18, 19, 21, 22, 24, 26},
          new String[] {"word", "word", "word", "word", "word", "word", "word", "word", "word", "word",
              "word", "word", "word", "word", "word", "word"},
          new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
      // The final offset is the end of the input, past the trailing 。
      assertTokenStreamContents(a.tokenStream("body", SEED), new String[] {"民进", "大连", "市委会",
          "为", "中", "寨", "乡", "小学", "捐赠", "价值", "约", "9", "万元", "的", "各类", "图书"},
          null, null, 27);
    }
  }

  /** 捐贈 finds 捐赠: traditional and full-width forms fold, offsets stay on the original. */
  public void testTraditionalAndFullWidthFold() throws IOException {
    try (Analyzer a = new ChineseAnalyzer()) {
      assertAnalyzesTo(a, "捐贈圖書，ＡＢＣ２０１９年",
          new String[] {"捐赠", "图书", "abc", "2019", "年"},
          new int[] {0, 2, 5, 8, 12},
          new int[] {2, 4, 8, 12, 13});
      assertAnalyzesTo(a, "民進大連市委會捐贈",
          new String[] {"民进", "大连", "市委会", "捐赠"},
          new int[] {0, 2, 4, 7},
          new int[] {2, 4, 7, 9});
    }
  }

  public void testSurrogatePairs() throws IOException {
    try (Analyzer a = new ChineseAnalyzer()) {
      assertAnalyzesTo(a, "𠀀中国𠀀捐赠",
          new String[] {"𠀀", "中国", "𠀀", "捐赠"},
          new int[] {0, 2, 4, 6},
          new int[] {2, 4, 6, 8});
    }
  }

  public void testPunctuationAndSpaceOnly() throws IOException {
    try (Analyzer a = new ChineseAnalyzer()) {
      assertAnalyzesTo(a, "，。  ！", new String[0]);
      assertAnalyzesTo(a, "", new String[0]);
    }
  }

  /** 㑮 folds to the supplementary 𫝈: one char in, two out, offsets mapped back. */
  public void testFoldingThatChangesLength() throws IOException {
    try (Analyzer a = new NameAnalyzer()) {
      assertAnalyzesTo(a, "㑮一二", new String[] {"𫝈一", "一二"}, new int[] {0, 1}, new int[] {2, 3});
    }
  }

  public void testNameBigrams() throws IOException {
    try (Analyzer a = new NameAnalyzer()) {
      assertAnalyzesTo(a, "民进大连市委会",
          new String[] {"民进", "进大", "大连", "连市", "市委", "委会"},
          new int[] {0, 1, 2, 3, 4, 5},
          new int[] {2, 3, 4, 5, 6, 7},
          new String[] {"<BIGRAM>", "<BIGRAM>", "<BIGRAM>", "<BIGRAM>", "<BIGRAM>", "<BIGRAM>"},
          new int[] {1, 1, 1, 1, 1, 1});
      // Punctuation is skipped, traditional folds, full-width folds and lower-cases.
      assertAnalyzesTo(a, "中国·大連", new String[] {"中国", "国大", "大连"},
          new int[] {0, 1, 3}, new int[] {2, 4, 5});
      assertAnalyzesTo(a, "ＡＢ", new String[] {"ab"}, new int[] {0}, new int[] {2});
      assertAnalyzesTo(a, "民", new String[] {"民"}, new int[] {0}, new int[] {1},
          new String[] {"<SINGLE>"}, new int[] {1});
      assertAnalyzesTo(a, "·", new String[0]);
    }
  }

  /** A long body in one paragraph: offsets stay exact across the tokenizer's buffer refills. */
  public void testLargeDocument() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      b.append(SEED);
    }
    // And a run with no sentence or clause end at all, cut wherever the buffer fills.
    for (int i = 0; i < 300; i++) {
      b.append("中寨乡小学捐赠图书");
    }
    String text = b.toString();
    int count = 0;
    try (Analyzer a = new ChineseAnalyzer();
        TokenStream ts = a.tokenStream("body", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int last = 0;
      while (ts.incrementToken()) {
        assertEquals(term.toString(), text.substring(off.startOffset(), off.endOffset()));
        assertTrue(off.startOffset() >= last);
        last = off.endOffset();
        count++;
      }
      ts.end();
      assertEquals(text.length(), off.endOffset());
    }
    assertTrue("expected at least 16 words per seed sentence, got " + count, count >= 2000 * 16);
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer a = new ChineseAnalyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomHugeStrings() throws IOException {
    try (Analyzer a = new ChineseAnalyzer()) {
      checkRandomData(random(), a, 3 * RANDOM_MULTIPLIER, 8192);
    }
  }

  public void testRandomNames() throws IOException {
    try (Analyzer a = new NameAnalyzer()) {
      checkRandomData(random(), a, 500 * RANDOM_MULTIPLIER);
    }
  }
}
