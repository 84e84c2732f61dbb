package io.aidfacts.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A normalized view of an article body (simplified script, half-width letters and digits, no
 * pinyin glosses, stray spaces or HTML entities) that maps every position back to the body,
 * the way Lucene's {@code CharFilter.correctOffset} does.
 *
 * <p>Analysis runs on {@link #text()}; spans found there are reported through
 * {@link #toOriginal(int, int)} so they always point into {@link #original()}. Immutable.
 */
public final class NormalizedText {

  private final String original;
  private final String text;
  // For each char of the view, the original range it came from. Characters that were
  // dropped (a gloss, a stray space) belong to no view char, so a span never starts or ends
  // inside them.
  private final int[] starts;
  private final int[] ends;
  // Whether view char i is body char i for every i (most articles): toView is then the offset
  // itself, with no search (it is asked twice for every mention).
  private final boolean oneToOne;

  private enum Adopted { ARRAYS }

  public NormalizedText(String original, String text, int[] starts, int[] ends) {
    this(original, text, starts.clone(), ends.clone(), Adopted.ARRAYS);
  }

  /**
   * The same view, taking the offset maps as they are instead of copying them: for a builder
   * that makes them for this view alone and never touches them again (the normalizer, once
   * per article).
   */
  public static NormalizedText adopting(String original, String text, int[] starts, int[] ends) {
    return new NormalizedText(original, text, starts, ends, Adopted.ARRAYS);
  }

  // Takes the arrays as they are; the marker only tells this constructor from the public one,
  // which copies them first.
  private NormalizedText(String original, String text, int[] starts, int[] ends, Adopted marker) {
    this.original = Objects.requireNonNull(original);
    this.text = Objects.requireNonNull(text);
    if (starts.length != text.length() || ends.length != text.length()) {
      throw new IllegalArgumentException("offset maps must have one entry per view char");
    }
    this.starts = starts;
    this.ends = ends;
    boolean same = text.length() == original.length();
    for (int i = 0; i < starts.length && same; i++) {
      same = starts[i] == i && ends[i] == i + 1;
    }
    this.oneToOne = same;
    for (int i = 0; i < this.starts.length; i++) {
      if (this.starts[i] < 0 || this.ends[i] < this.starts[i] || this.ends[i] > original.length()) {
        throw new IllegalArgumentException("view char " + i + " maps to [" + this.starts[i] + ".."
            + this.ends[i] + ") outside the original of length " + original.length());
      }
    }
  }

  /** A view that changes nothing. */
  public static NormalizedText identity(String text) {
    int[] s = new int[text.length()];
    int[] e = new int[text.length()];
    for (int i = 0; i < s.length; i++) {
      s[i] = i;
      e[i] = i + 1;
    }
    return new NormalizedText(text, text, s, e);
  }

  public String original() {
    return original;
  }

  /** The normalized text that analysis reads. */
  public String text() {
    return text;
  }

  public boolean isIdentity() {
    return original.equals(text);
  }

  /** Maps the view span {@code [start, end)} to the original body. */
  public CharSpan toOriginal(int start, int end) {
    if (start < 0 || end > text.length() || start > end) {
      throw new IndexOutOfBoundsException(
          "view span [" + start + ".." + end + ") outside view of length " + text.length());
    }
    if (start == end) {
      int at = start < text.length() ? starts[start] : original.length();
      return new CharSpan(at, at);
    }
    return new CharSpan(starts[start], ends[end - 1]);
  }

  public CharSpan toOriginal(CharSpan viewSpan) {
    return toOriginal(viewSpan.start(), viewSpan.end());
  }

  /**
   * Maps an original body offset to the first view position at or after it; the inverse of
   * {@link #toOriginal} for offsets that start a view char.
   */
  public int toView(int originalOffset) {
    if (oneToOne) {
      // What the search below finds when starts[i] == i: the offset, clamped to the view.
      return Math.max(0, Math.min(originalOffset, starts.length));
    }
    int i = Arrays.binarySearch(starts, originalOffset);
    if (i >= 0) {
      while (i > 0 && starts[i - 1] == originalOffset) {
        i--;
      }
      return i;
    }
    return -i - 1;
  }

  /** The original text for a view span. */
  public String originalText(int start, int end) {
    return toOriginal(start, end).of(original);
  }
}
