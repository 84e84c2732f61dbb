package io.aidfacts.extract.money;

import io.aidfacts.model.Money;
import java.util.Objects;

/**
 * An amount of money found by {@link MoneyScanner}: the half-open span {@code [start, end)} of
 * the scanned text (qualifiers such as 价值, 约, 每户, 左右 included) and its normalized value.
 */
public record MoneySpan(int start, int end, Money money) {

  public MoneySpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "money span must satisfy 0 <= start < end, got start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(money, "money");
  }

  /** The span's text in the scanned text. */
  public String textIn(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
