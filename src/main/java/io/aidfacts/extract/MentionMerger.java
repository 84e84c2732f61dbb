package io.aidfacts.extract;

import io.aidfacts.model.Mention;
import io.aidfacts.model.MentionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles overlaps between recognizers: amounts and dates are read by patterns and win over
 * names that overlap them; among names of one type the longer span wins; names of different
 * types may nest (an organisation holds a place). Quantities come last and give way to
 * anything they overlap: a count inside a name ({@code 三家} in {@code 三家寨小学}) is part of
 * the name. The result is in body order.
 */
public final class MentionMerger {

  // Rank, then longer first, then earlier; written out rather than chained so no key is boxed.
  private static final Comparator<Mention> BY_PRIORITY = (a, b) -> {
    int c = Integer.compare(rank(a.type()), rank(b.type()));
    if (c != 0) {
      return c;
    }
    c = Integer.compare(-a.span().length(), -b.span().length());
    return c != 0 ? c : Integer.compare(a.start(), b.start());
  };
  private static final Comparator<Mention> IN_BODY_ORDER = (a, b) -> {
    int c = a.span().compareTo(b.span());
    return c != 0 ? c : Integer.compare(a.type().ordinal(), b.type().ordinal());
  };

  private MentionMerger() {}

  public static List<Mention> merge(List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(BY_PRIORITY);
    List<Mention> kept = new ArrayList<>();
    // The kept mentions by start as well: only those starting less than the longest kept span
    // before m can overlap it, so each test reads a few neighbours, not every mention kept.
    List<Mention> byStart = new ArrayList<>();
    int longest = 0;
    for (Mention m : sorted) {
      boolean clash = false;
      int from = firstFrom(byStart, m.start() - longest);
      for (int i = from; i < byStart.size() && byStart.get(i).start() < m.end(); i++) {
        Mention k = byStart.get(i);
        if (!k.span().overlaps(m.span())) {
          continue;
        }
        boolean kNumeric = rank(k.type()) == 0;
        boolean mNumeric = rank(m.type()) == 0;
        if (kNumeric || mNumeric || m.type() == MentionType.QUANTITY || k.type() == m.type()
            || !(k.span().contains(m.span()) || m.span().contains(k.span()))) {
          clash = true;
          break;
        }
      }
      if (!clash) {
        kept.add(m);
        byStart.add(firstFrom(byStart, m.start()), m);
        longest = Math.max(longest, m.span().length());
      }
    }
    kept.sort(IN_BODY_ORDER);
    return kept;
  }

  /** Index of the first mention in {@code byStart} that starts at or after {@code at}. */
  private static int firstFrom(List<Mention> byStart, int at) {
    int lo = 0;
    int hi = byStart.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byStart.get(mid).start() < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int rank(MentionType t) {
    switch (t) {
      case AMOUNT: case DATE: return 0;
      case ORG: return 1;
      case PLACE: return 2;
      case QUANTITY: return 4;
      default: return 3;
    }
  }
}
