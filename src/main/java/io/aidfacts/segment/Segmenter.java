package io.aidfacts.segment;

import java.util.List;

/** Splits text into words with exact offsets. Implementations are thread-safe. */
public interface Segmenter {

  /**
   * Segments {@code text}; the tokens cover it in order, and each token's span indexes
   * {@code text}. White space between words is left out.
   */
  List<Token> segment(String text);
}
