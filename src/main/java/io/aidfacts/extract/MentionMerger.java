package io.aidfacts.extract;

import io.aidfacts.model.Mention;
import io.aidfacts.model.MentionType;
import io.aidfacts.model.CharSpan;
import java.util.ArrayList;
import java.util.Arrays;
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

  // Sort keys packed in a long: 20 bits each for offsets, lengths and list positions.
  private static final int BITS = 20;

  private static final int LIMIT = 1 << BITS;
  private static final long MASK = LIMIT - 1;

  static {
    // The packed sort key gives the mention type three bits: a ninth type would sort wrong.
    if (MentionType.values().length > 8) {
      throw new AssertionError("MentionMerger packs the mention type in three bits; "
          + MentionType.values().length + " types need a wider key");
    }
  }

  public static List<Mention> merge(List<Mention> mentions) {
    int n = mentions.size();
    Mention[] ms = mentions.toArray(new Mention[0]);
    int[] start = new int[n];
    int[] end = new int[n];
    int[] rank = new int[n];
    MentionType[] type = new MentionType[n];
    long[] keys = new long[n];
    boolean packable = n < LIMIT;
    for (int i = 0; i < n && packable; i++) {
      Mention m = ms[i];
      CharSpan span = m.span();
      start[i] = span.start();
      end[i] = span.end();
      type[i] = m.type();
      rank[i] = rank(type[i]);
      int length = end[i] - start[i];
      packable = start[i] < LIMIT && length < LIMIT;
      // BY_PRIORITY, with the list position last: the stable order of List.sort.
      keys[i] = (long) rank[i] << (3 * BITS) | (MASK - length) << (2 * BITS) | (long) start[i] << BITS | i;
    }
    if (!packable) {
      return mergeByComparators(mentions);
    }
    Arrays.sort(keys);
    // Indexes of the kept mentions, in priority order and by start.
    int[] kept = new int[n];
    int keptCount = 0;
    int[] byStart = new int[n];
    int longest = 0;
    for (long key : keys) {
      int m = (int) (key & MASK);
      int ms0 = start[m];
      int me = end[m];
      boolean clash = false;
      int from = firstFrom(byStart, keptCount, start, ms0 - longest);
      for (int i = from; i < keptCount && start[byStart[i]] < me; i++) {
        int k = byStart[i];
        if (!(start[k] < me && ms0 < end[k])) {
          continue;
        }
        if (rank[k] == 0 || rank[m] == 0 || type[m] == MentionType.QUANTITY || type[k] == type[m]
            || !(start[k] <= ms0 && me <= end[k] || ms0 <= start[k] && end[k] <= me)) {
          clash = true;
          break;
        }
      }
      if (!clash) {
        int at = firstFrom(byStart, keptCount, start, ms0);
        System.arraycopy(byStart, at, byStart, at + 1, keptCount - at);
        byStart[at] = m;
        kept[keptCount++] = m;
        longest = Math.max(longest, me - ms0);
      }
    }
    // IN_BODY_ORDER: start, longer first, type (three bits, checked above); ties keep the
    // priority order.
    long[] order = new long[keptCount];
    for (int j = 0; j < keptCount; j++) {
      int m = kept[j];
      order[j] = (long) start[m] << (2 * BITS + 3) | (MASK - (end[m] - start[m])) << (BITS + 3)
          | (long) type[m].ordinal() << BITS | j;
    }
    Arrays.sort(order);
    List<Mention> out = new ArrayList<>(keptCount);
    for (long key : order) {
      out.add(ms[kept[(int) (key & MASK)]]);
    }
    return out;
  }

  /** Index of the first of {@code byStart[0, count)} that starts at or after {@code at}. */
  private static int firstFrom(int[] byStart, int count, int[] start, int at) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[byStart[mid]] < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** {@link #merge} for articles beyond the packed keys' reach (a million chars or mentions). */
  static List<Mention> mergeByComparators(List<Mention> mentions) {
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
