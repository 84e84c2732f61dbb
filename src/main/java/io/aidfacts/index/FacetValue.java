package io.aidfacts.index;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a facet dimension among the matching facts.
 *
 * @param value the donor, category, province or year
 * @param count how many matching facts have it
 * @param sum the sum of their CNY amounts, leaving out parts of a total and rates (see
 *     {@link IndexSchema#countsTowardsTotal})
 */
public record FacetValue(String value, long count, BigDecimal sum) {

  public FacetValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(sum, "sum");
    sum = plain(sum);
    if (count < 0) {
      throw new IllegalArgumentException("facet count must not be negative, got " + count);
    }
  }

  /** 90000.00 and 9E+4 as 90000: one form for printing and equality. */
  static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
