package io.aidfacts.eval;

import io.aidfacts.model.CharSpan;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of segmented text: its characters, its words as spans into them (in order,
 * not overlapping), and the line of the file it came from, for messages.
 */
public record SegmentedSentence(int line, String text, List<CharSpan> words) {

  public SegmentedSentence {
    Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
    int end = 0;
    for (CharSpan w : words) {
      if (w.start() < end || w.end() > text.length() || w.length() == 0) {
        throw new IllegalArgumentException("line " + line + ": word " + w
            + " overlaps the previous word, is empty or lies outside the sentence of length " + text.length());
      }
      end = w.end();
    }
  }

  /** A sentence from its words, written one after the other with nothing between them. */
  public static SegmentedSentence ofWords(int line, List<String> words) {
    StringBuilder b = new StringBuilder();
    CharSpan[] spans = new CharSpan[words.size()];
    for (int i = 0; i < spans.length; i++) {
      int start = b.length();
      b.append(words.get(i));
      spans[i] = new CharSpan(start, b.length());
    }
    return new SegmentedSentence(line, b.toString(), List.of(spans));
  }

  public String word(int i) {
    return words.get(i).of(text);
  }
}
