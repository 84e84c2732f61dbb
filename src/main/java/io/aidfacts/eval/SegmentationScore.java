package io.aidfacts.eval;

import java.util.Locale;

/**
 * Word segmentation scores: word precision/recall/F1 by exact character spans, recall of
 * out-of-vocabulary gold words, and speed.
 *
 * @param words word spans: tp words found exactly, fp predicted words not in gold, fn gold words missed
 * @param oov the same for gold words outside the vocabulary (only tp and fn; fp is 0)
 * @param oovMeasured whether a vocabulary was given (otherwise {@link #oov} is empty)
 * @param sentences sentences scored
 * @param chars characters segmented
 * @param nanos wall-clock time spent segmenting (0 when the predictions came from a file)
 * @param cpuNanos CPU time of the segmenting thread in the same calls (0 when not measured):
 *     on a shared machine the wall clock measures the other processes as much as the segmenter
 */
public record SegmentationScore(Prf words, Prf oov, boolean oovMeasured, long sentences, long chars, long nanos,
    long cpuNanos) {

  public SegmentationScore {
    if (oov.fp() != 0) {
      throw new IllegalArgumentException("OOV counts have no false positives, got " + oov);
    }
    if (sentences < 0 || chars < 0 || nanos < 0 || cpuNanos < 0) {
      throw new IllegalArgumentException("negative count: sentences=" + sentences + " chars=" + chars + " nanos=" + nanos);
    }
  }

  /** Recall of gold words outside the vocabulary, or NaN when none was given. */
  public double oovRecall() {
    return oovMeasured ? oov.recall() : Double.NaN;
  }

  public boolean timed() {
    return nanos > 0;
  }

  public double sentencesPerSecond() {
    return timed() ? sentences * 1e9 / nanos : Double.NaN;
  }

  public double charsPerSecond() {
    return timed() ? chars * 1e9 / nanos : Double.NaN;
  }

  /** Characters per second of CPU time, or NaN when CPU time was not measured. */
  public double charsPerCpuSecond() {
    return cpuNanos > 0 ? chars * 1e9 / cpuNanos : Double.NaN;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "words %s; OOV recall %s; %d sentences, %d chars", words,
        oovMeasured ? String.format(Locale.ROOT, "%.3f (%d/%d)", oov.recall(), oov.tp(), oov.tp() + oov.fn()) : "-",
        sentences, chars);
  }
}
