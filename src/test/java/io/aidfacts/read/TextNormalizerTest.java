package io.aidfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.model.CharSpan;
import io.aidfacts.model.NormalizedText;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void foldsTraditionalToSimplifiedCharForChar() {
    NormalizedText v = TextNormalizer.normalize("捐贈善款50萬元");
    assertEquals("捐赠善款50万元", v.text());
    assertEquals(new CharSpan(0, 2), v.toOriginal(0, 2));
    assertEquals("50萬元", v.originalText(4, 8));
  }

  @Test
  void keepsAPlainBodyAsItsOwnViewWithOneToOneOffsets() {
    String body = "民进大连市委会捐赠价值约9万元的图书 😀。";
    NormalizedText v = TextNormalizer.normalize(body);
    assertSame(body, v.text());
    assertEquals(new CharSpan(2, 7), v.toOriginal(2, 7));
    assertEquals(19, v.toView(19));
    // A character outside the BMP maps both its halves to its whole range.
    assertEquals(new CharSpan(19, 21), v.toOriginal(19, 20));
    assertEquals(new CharSpan(19, 22), v.toOriginal(19, 22));
  }

  @Test
  void mapsSpansAfterAnEntityThatDecodesToFewerCharacters() {
    NormalizedText v = TextNormalizer.normalize("A&amp;捐 赠");
    assertEquals("A&捐赠", v.text());
    assertEquals(new CharSpan(1, 6), v.toOriginal(1, 2));
    assertEquals(new CharSpan(6, 9), v.toOriginal(2, 4));
  }

  @Test
  void foldsFullWidthDigitsAndLetters() {
    NormalizedText v = TextNormalizer.normalize("捐款１２００万元，ＡＢＣ公司");
    assertEquals("捐款1200万元，ABC公司", v.text());
    assertEquals("１２００万元", v.originalText(2, 8));
  }

  @Test
  void dropsPinyinGlossesAndMapsSpansAroundThem() {
    String body = "捐贈(zèng)图书";
    NormalizedText v = TextNormalizer.normalize(body);
    assertEquals("捐赠图书", v.text());
    // 赠 is the view's second char; it maps to 贈 alone, the gloss belongs to no view char
    assertEquals(new CharSpan(1, 2), v.toOriginal(1, 2));
    // a span across the gloss keeps it in the original text
    assertEquals("捐贈(zèng)图书", v.originalText(0, 4));
    assertEquals(2, v.toView(8));
    assertEquals(2, v.toView(3));
  }

  @Test
  void keepsParenthesesThatAreNotGlosses() {
    assertEquals("中国科学院(CAS)", TextNormalizer.normalize("中国科学院(CAS)").text());
    assertEquals("价值(约)5万元", TextNormalizer.normalize("价值(约)5万元").text());
  }

  @Test
  void dropsStraySpacesBetweenChineseCharactersOnly() {
    NormalizedText v = TextNormalizer.normalize("捐 赠 2019-12-06 09:30 图书");
    assertEquals("捐赠 2019-12-06 09:30 图书", v.text());
    assertEquals("捐 赠", v.originalText(0, 2));
  }

  @Test
  void decodesHtmlEntities() {
    NormalizedText v = TextNormalizer.normalize("A&amp;B&nbsp;&ldquo;爱心&rdquo;&#25424;");
    assertEquals("A&B “爱心”捐", v.text());
    assertEquals("&amp;", v.originalText(1, 2));
    assertEquals("&#25424;", v.originalText(v.text().length() - 1, v.text().length()));
  }

  @Test
  void leavesUnknownEntitiesAlone() {
    assertEquals("&nosuch; &", TextNormalizer.normalize("&nosuch; &").text());
  }

  @Test
  void everyViewSpanMapsInsideTheOriginal() {
    String body = "港幣５０萬元 捐 贈(zèng)&amp;學校\n次日";
    NormalizedText v = TextNormalizer.normalize(body);
    for (int s = 0; s <= v.text().length(); s++) {
      for (int e = s; e <= v.text().length(); e++) {
        CharSpan span = v.toOriginal(s, e);
        assertTrue(span.end() <= body.length() && span.start() <= span.end(), span.toString());
      }
    }
  }

  @Test
  void identityWhenNothingToNormalize() {
    NormalizedText v = TextNormalizer.normalize("民进大连市委会为中寨乡小学捐赠图书。");
    assertTrue(v.isIdentity());
  }
}
