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

  private MentionMerger() {}

  public static List<Mention> merge(List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt((Mention m) -> rank(m.type()))
        .thenComparing((Mention m) -> -m.span().length())
        .thenComparingInt(Mention::start));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : sorted) {
      boolean clash = false;
      for (Mention k : kept) {
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
      }
    }
    kept.sort(Comparator.comparing(Mention::span).thenComparing(m -> m.type().ordinal()));
    return kept;
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
