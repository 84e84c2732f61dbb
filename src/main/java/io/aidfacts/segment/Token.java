package io.aidfacts.segment;

/**
 * A word of segmented text: its characters, its part-of-speech tag (HanLP's PKU-style tags:
 * {@code nt} organisation, {@code ns} place, {@code nr} person, {@code m} number, ...) and its
 * half-open span in the segmented text. Unlike HanLP's own {@code Term}, immutable.
 */
public record Token(String word, String tag, int start, int end) {

  public Token {
    if (word == null || tag == null) {
      throw new NullPointerException("token needs a word and a tag");
    }
    if (start < 0 || end - start != word.length()) {
      throw new IllegalArgumentException(
          "token '" + word + "' does not fit span [" + start + ".." + end + ")");
    }
  }

  public boolean tagStartsWith(String prefix) {
    return tag.startsWith(prefix);
  }
}
