package io.aidfacts.eval;

import io.aidfacts.model.MentionType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact-span precision, recall and F1 per entity type: a predicted entity is right when a gold
 * entity has its type, start and end. Accumulates sentence by sentence; not thread-safe.
 */
public final class NerScore {

  /** A wrong or missed entity, for error listings. */
  public record Error(String kind, MentionType type, String text, String sentence) {}

  private final Map<MentionType, Prf> byType = new EnumMap<>(MentionType.class);
  private final List<Error> errors = new ArrayList<>();
  private final int keepErrors;
  private long sentences;
  private long chars;

  /** @param keepErrors how many errors to keep for {@link #errors()} */
  public NerScore(int keepErrors) {
    this.keepErrors = keepErrors;
  }

  /** Adds one sentence's gold and predicted entities (only the types in {@code types} count). */
  public void add(String sentence, List<NerCorpus.Span> gold, List<NerCorpus.Span> predicted, Set<MentionType> types) {
    sentences++;
    chars += sentence.length();
    Set<NerCorpus.Span> g = new HashSet<>();
    for (NerCorpus.Span s : gold) {
      if (types.contains(s.type())) {
        g.add(s);
      }
    }
    Set<NerCorpus.Span> p = new HashSet<>();
    for (NerCorpus.Span s : predicted) {
      if (types.contains(s.type())) {
        p.add(s);
      }
    }
    for (NerCorpus.Span s : p) {
      boolean hit = g.contains(s);
      count(s.type(), hit ? 1 : 0, hit ? 0 : 1, 0);
      if (!hit) {
        error("spurious", s, sentence);
      }
    }
    for (NerCorpus.Span s : g) {
      if (!p.contains(s)) {
        count(s.type(), 0, 0, 1);
        error("missed", s, sentence);
      }
    }
  }

  private void count(MentionType t, long tp, long fp, long fn) {
    byType.merge(t, new Prf(tp, fp, fn), Prf::plus);
  }

  private void error(String kind, NerCorpus.Span s, String sentence) {
    if (errors.size() < keepErrors) {
      errors.add(new Error(kind, s.type(), sentence.substring(s.start(), s.end()), sentence));
    }
  }

  public Prf of(MentionType t) {
    return byType.getOrDefault(t, Prf.ZERO);
  }

  public List<Error> errors() {
    return List.copyOf(errors);
  }

  public long sentences() {
    return sentences;
  }

  public long chars() {
    return chars;
  }
}
