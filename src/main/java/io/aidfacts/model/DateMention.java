package io.aidfacts.model;

/**
 * A date or a period. {@code value} is null for vague expressions ({@code 近日}, {@code 目前})
 * that name no resolvable date.
 */
public record DateMention(CharSpan span, String text, DateValue value) implements Mention {

  public DateMention {
    Mention.check(span, text);
  }

  @Override
  public MentionType type() {
    return MentionType.DATE;
  }
}
