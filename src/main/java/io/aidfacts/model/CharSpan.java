package io.aidfacts.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units (Java {@code String} indices).
 *
 * <p>Every offset the library reports is a {@code CharSpan} into {@link Article#body()} as the
 * reader produced it, so {@code body.substring(start, end)} is the text of the span.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start <= end, got start=" + start + ", end=" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(CharSpan other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  /** The text of this span in {@code text}; fails with the span and length if it does not fit. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(
          "span " + this + " exceeds text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(CharSpan o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(o.end, end);
  }

  @Override
  public String toString() {
    return "[" + start + ".." + end + ")";
  }
}
