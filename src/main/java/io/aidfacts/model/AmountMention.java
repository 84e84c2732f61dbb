package io.aidfacts.model;

import java.util.Objects;

/** An amount of money, with its normalized {@link Money} value. */
public record AmountMention(CharSpan span, String text, Money money) implements Mention {

  public AmountMention {
    Mention.check(span, text);
    Objects.requireNonNull(money, "money");
  }

  @Override
  public MentionType type() {
    return MentionType.AMOUNT;
  }
}
