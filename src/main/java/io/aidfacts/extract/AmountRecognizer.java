package io.aidfacts.extract;

import io.aidfacts.extract.money.MoneyScanner;
import io.aidfacts.extract.money.MoneySpan;
import io.aidfacts.model.AmountMention;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.Mention;
import io.aidfacts.segment.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Amounts of money ({@link MoneyScanner}) as AMOUNT mentions with spans into the body.
 *
 * <p>Short amounts written only in Chinese numerals ({@code 三元}) are also words inside names
 * ({@code 三元里}): they are kept only when the segmenter does not put them inside a longer
 * word. Thread-safe.
 */
public final class AmountRecognizer implements Recognizer {

  @Override
  public List<Mention> recognize(AnalyzedText text) {
    String s = text.text();
    List<Mention> out = new ArrayList<>();
    for (MoneySpan m : MoneyScanner.scan(s)) {
      if (isShortWord(s, m) && text.crossesToken(m.start(), m.end())) {
        continue;
      }
      CharSpan span = text.span(m.start(), m.end());
      out.add(new AmountMention(span, text.bodyText(span), m.money()));
    }
    return out;
  }

  private static boolean isShortWord(String s, MoneySpan m) {
    if (m.end() - m.start() > 3) {
      return false;
    }
    for (int i = m.start(); i < m.end(); i++) {
      char c = s.charAt(i);
      if (c < 0x3400 || c == '万' || c == '亿') {
        return false;
      }
    }
    return true;
  }
}
