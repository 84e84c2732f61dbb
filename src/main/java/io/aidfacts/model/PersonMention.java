package io.aidfacts.model;

/** A person's name. */
public record PersonMention(CharSpan span, String text) implements Mention {

  public PersonMention {
    Mention.check(span, text);
  }

  @Override
  public MentionType type() {
    return MentionType.PERSON;
  }
}
