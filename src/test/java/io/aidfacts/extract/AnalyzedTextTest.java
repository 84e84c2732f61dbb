package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.model.Article;
import io.aidfacts.model.NormalizedText;
import io.aidfacts.segment.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzedTextTest {

  private static final String TEXT = "三家寨小学收到三万元";
  private static final List<Token> TOKENS = List.of(
      new Token("三家寨", "ns", 0, 3), new Token("小学", "n", 3, 5), new Token("收到", "v", 5, 7),
      new Token("三", "m", 7, 8), new Token("万元", "q", 8, 10));

  private static AnalyzedText analyzed(List<Token> tokens) {
    return new AnalyzedText(Article.of("a", TEXT), NormalizedText.identity(TEXT), tokens);
  }

  @Test
  void aNumeralInsideAWordCrossesItsToken() {
    AnalyzedText t = analyzed(TOKENS);
    assertTrue(t.crossesToken(0, 2));   // 三家 ends inside 三家寨
    assertTrue(t.crossesToken(1, 3));   // 家寨 starts inside it
    assertTrue(t.crossesToken(7, 9));   // 三万 ends inside 万元
    assertFalse(t.crossesToken(7, 10)); // 三万元 is whole tokens
    assertFalse(t.crossesToken(3, 5));
  }

  @Test
  void rejectsTokensOutOfTextOrder() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> analyzed(List.of(new Token("小学", "n", 3, 5), new Token("三家寨", "ns", 0, 3))));
    assertTrue(e.getMessage().contains("token 1 '三家寨' starts at 0"), e.getMessage());
  }
}
