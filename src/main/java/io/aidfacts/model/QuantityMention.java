package io.aidfacts.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A counted quantity that is not money ({@code 3700余册}: value 3700, unit 册, approx). */
public record QuantityMention(CharSpan span, String text, BigDecimal value, String unit,
    boolean approx) implements Mention {

  public QuantityMention {
    Mention.check(span, text);
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("quantity must not be negative, got " + value);
    }
  }

  @Override
  public MentionType type() {
    return MentionType.QUANTITY;
  }
}
