package io.aidfacts.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A normalized amount of money in units of {@code currency} (ISO 4217). Values are exact
 * decimals: {@code 5.8万元} is exactly 58000, never converted between currencies.
 *
 * @param value the amount, or the lower bound of a range or of a vague amount ({@code 数十万元})
 * @param max the upper bound of a range ({@code 3万至5万元}), else null
 * @param approx the text qualifies the amount (约, 余, 多, 近, 逾, 超, 上, 左右) or it is vague
 * @param inKind the amount is the value of goods ({@code 价值20万元的衣物})
 * @param perUnit the amount is a rate ({@code 每户500元})
 */
public record Money(BigDecimal value, BigDecimal max, String currency, boolean approx,
    boolean inKind, boolean perUnit) {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  public Money {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(currency, "currency");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("money value must not be negative, got " + value);
    }
    if (max != null && max.compareTo(value) < 0) {
      throw new IllegalArgumentException(
          "range maximum " + max.toPlainString() + " is below its value " + value.toPlainString());
    }
    if (!CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 code such as CNY, got '" + currency + "'");
    }
    value = strip(value);
    max = max == null ? null : strip(max);
  }

  public static Money cny(BigDecimal value) {
    return new Money(value, null, "CNY", false, false, false);
  }

  public Money withApprox(boolean approx) {
    return new Money(value, max, currency, approx, inKind, perUnit);
  }

  public Money withInKind(boolean inKind) {
    return new Money(value, max, currency, approx, inKind, perUnit);
  }

  public Money withPerUnit(boolean perUnit) {
    return new Money(value, max, currency, approx, inKind, perUnit);
  }

  public boolean isCny() {
    return "CNY".equals(currency);
  }

  // 58000.0 and 5.80E+4 are the same amount: keep one representation so equals() agrees.
  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
