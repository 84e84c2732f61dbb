package io.aidfacts.extract.time;

import java.util.Objects;

/**
 * A time expression found by {@link DateScanner}, with offsets into the scanned text.
 *
 * @param start first char, inclusive
 * @param end last char, exclusive
 * @param spec what it says
 * @param forward whether the context points ahead ({@code 将于}, {@code 计划在}), which lets a date
 *     without a year fall after the publication date
 */
public record TimeExpression(int start, int end, DateSpec spec, boolean forward) {

  public TimeExpression {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "time expression needs 0 <= start < end, got start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(spec, "spec");
  }
}
