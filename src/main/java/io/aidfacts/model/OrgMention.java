package io.aidfacts.model;

/**
 * An organisation. {@code canonical} is its full official name when known
 * ({@code 民盟大连市委} -> {@code 中国民主同盟大连市委员会}), else null.
 */
public record OrgMention(CharSpan span, String text, String canonical) implements Mention {

  public OrgMention {
    Mention.check(span, text);
  }

  @Override
  public MentionType type() {
    return MentionType.ORG;
  }
}
