package io.aidfacts.model;

/**
 * Something named or stated in an article body, at an exact span.
 *
 * <p>Implementations are immutable records; {@link #text()} always has the span's length, and
 * the enclosing result checks that it equals the body's text at the span.
 */
public sealed interface Mention
    permits OrgMention, PlaceMention, PersonMention, AmountMention, DateMention, QuantityMention {

  MentionType type();

  CharSpan span();

  /** The mention as written in the body (traditional characters, glosses and all). */
  String text();

  default int start() {
    return span().start();
  }

  default int end() {
    return span().end();
  }

  /** Shared validation of the compact constructors. */
  static void check(CharSpan span, String text) {
    if (span == null || text == null) {
      throw new NullPointerException("mention needs a span and a text, got " + span + ", " + text);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "mention text '" + text + "' has length " + text.length() + " but span " + span
              + " has length " + span.length());
    }
  }
}
