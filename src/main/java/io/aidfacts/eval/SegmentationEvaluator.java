package io.aidfacts.eval;

import io.aidfacts.model.CharSpan;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores a segmenter against gold segmented sentences by comparing word spans: a predicted
 * word is right when it starts and ends where a gold word does, which is the SIGHAN scorer's
 * definition. Gold words the vocabulary lacks are counted apart for OOV recall. Thread-safe.
 */
public final class SegmentationEvaluator {

  private final Predicate<String> vocabulary;

  /** @param vocabulary the known words (training words or a dictionary); null for no OOV recall */
  public SegmentationEvaluator(Predicate<String> vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Segments every gold sentence's text with {@code segmenter} (which returns word spans into
   * the text it is given) and scores the result; the time spent in it is measured.
   */
  public SegmentationScore evaluate(List<SegmentedSentence> gold, Function<String, List<CharSpan>> segmenter) {
    Objects.requireNonNull(segmenter, "segmenter");
    Prf words = Prf.ZERO;
    long[] oov = new long[2];
    long chars = 0;
    long nanos = 0;
    long cpu = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
    for (SegmentedSentence g : gold) {
      long c0 = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
      long t0 = System.nanoTime();
      List<CharSpan> predicted = segmenter.apply(g.text());
      nanos += System.nanoTime() - t0;
      cpu += cpuTimed ? threads.getCurrentThreadCpuTime() - c0 : 0;
      words = words.plus(compare(g, predicted, oov));
      chars += g.text().length();
    }
    return new SegmentationScore(words, new Prf(oov[0], 0, oov[1]), vocabulary != null, gold.size(), chars,
        Math.max(nanos, 1), Math.max(cpu, 0));
  }

  /**
   * Scores predicted sentences read from a file against gold, sentence by sentence.
   *
   * @throws IllegalArgumentException naming both line numbers when the two differ in their
   *     number of sentences or in a sentence's characters
   */
  public SegmentationScore compare(List<SegmentedSentence> gold, List<SegmentedSentence> predicted) {
    Prf words = Prf.ZERO;
    long[] oov = new long[2];
    long chars = 0;
    int n = Math.min(gold.size(), predicted.size());
    for (int i = 0; i < n; i++) {
      SegmentedSentence g = gold.get(i);
      SegmentedSentence p = predicted.get(i);
      if (!g.text().equals(p.text())) {
        int at = 0;
        while (at < g.text().length() && at < p.text().length() && g.text().charAt(at) == p.text().charAt(at)) {
          at++;
        }
        throw new IllegalArgumentException("sentence " + (i + 1) + " (gold line " + g.line() + ", predicted line "
            + p.line() + ") has other characters than the gold from char " + at + ": gold '" + around(g.text(), at)
            + "', predicted '" + around(p.text(), at) + "'; segment the gold file's text with the same "
            + "--format (aidfacts segment --from FORMAT) so the lines correspond");
      }
      words = words.plus(compare(g, p.words(), oov));
      chars += g.text().length();
    }
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold has " + gold.size() + " sentences but the predictions have "
          + predicted.size() + "; the first " + n + " agree");
    }
    return new SegmentationScore(words, new Prf(oov[0], 0, oov[1]), vocabulary != null, gold.size(), chars, 0, 0);
  }

  /** Compares one sentence's spans; adds found/missed OOV gold words to {@code oov}. */
  Prf compare(SegmentedSentence gold, List<CharSpan> predicted, long[] oov) {
    List<CharSpan> gw = gold.words();
    int i = 0;
    int j = 0;
    long tp = 0;
    // Both lists are in text order; spans within each do not overlap.
    boolean[] found = new boolean[gw.size()];
    while (i < gw.size() && j < predicted.size()) {
      CharSpan g = gw.get(i);
      CharSpan p = predicted.get(j);
      if (g.start() == p.start() && g.end() == p.end()) {
        found[i] = true;
        tp++;
        i++;
        j++;
      } else if (g.end() < p.end() || g.end() == p.end() && g.start() < p.start()) {
        i++;
      } else {
        j++;
      }
    }
    if (vocabulary != null) {
      for (int k = 0; k < gw.size(); k++) {
        if (!vocabulary.test(gold.word(k))) {
          oov[found[k] ? 0 : 1]++;
        }
      }
    }
    return new Prf(tp, predicted.size() - tp, gw.size() - tp);
  }

  private static String around(String s, int at) {
    int from = Math.max(0, at - 5);
    int to = Math.min(s.length(), at + 10);
    return (from > 0 ? "…" : "") + s.substring(from, to) + (to < s.length() ? "…" : "");
  }
}
