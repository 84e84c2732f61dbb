package io.aidfacts.eval;

/**
 * Precision, recall and F1 from true positives, false positives and false negatives.
 *
 * <p>One policy for empty denominators: a ratio with nothing to divide is 0 (no predictions
 * means precision 0; no gold means recall 0), as {@code score.py} does. Immutable; combine
 * with {@link #plus(Prf)}.
 */
public record Prf(long tp, long fp, long fn) {

  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, got tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  public Prf plus(Prf o) {
    return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)",
        precision(), recall(), f1(), tp, fp, fn);
  }
}
