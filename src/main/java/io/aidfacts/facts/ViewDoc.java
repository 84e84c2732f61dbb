package io.aidfacts.facts;

import io.aidfacts.model.Article;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.Mention;
import io.aidfacts.model.MentionType;
import io.aidfacts.model.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An article as the assembler reads it: the normalized view (frames are matched on simplified,
 * half-width text without glosses) and every mention located in that view. Spans go back to
 * the body through {@link #body(int, int)}. Immutable but for the parties it makes once
 * ({@link #party}); built per call and never shared between threads.
 */
final class ViewDoc {

  /**
   * A mention with its view offsets, its place in {@link #mentions} and its type (kept here:
   * the type is asked of every mention many times, and asking the mention is a call through
   * its interface to one of six classes).
   */
  record Located(Mention mention, int start, int end, int index, MentionType type) {
    boolean isParty() {
      return type == MentionType.ORG || type == MentionType.PERSON || type == MentionType.PLACE;
    }
  }

  final Article article;
  final NormalizedText view;
  final String text;
  final List<Located> mentions;
  // Positions inside a name: a verb of giving inside 宁波甬康医疗投资有限公司 is no verb.
  private final boolean[] inName;
  // starts[k] = mentions.get(k).start(), ascending: range queries begin with a binary search
  // instead of walking every mention of the article (they are asked for per clause and party).
  private final int[] starts;
  // Parties of mentions, made once: the roles of every act look at the same names again.
  // By Located.index: an array read instead of an identity-hash lookup for every name asked.
  private final Party[] partyOf;
  private final Party[] extendedOf;

  ViewDoc(Article article, NormalizedText view, List<Mention> mentions) {
    this.article = article;
    this.view = view;
    this.text = view.text();
    int size = mentions.size();
    Mention[] kept = new Mention[size];
    MentionType[] types = new MentionType[size];
    int[] ss = new int[size];
    int[] es = new int[size];
    int n = 0;
    // In view order (start, longer first) unless a mention before starts later or, at the
    // same start, ends sooner: then sorted as below.
    boolean sorted = true;
    for (Mention m : mentions) {
      CharSpan span = m.span();
      int s = view.toView(span.start());
      int e = Math.max(s, view.toView(span.end()));
      if (s >= text.length() || e > text.length()) {
        continue;
      }
      // 代合肥徽润置业有限公司, 向福贡县…: a name does not start with a preposition; reading
      // it without one keeps the frame (代, 向) visible.
      MentionType t = m.type();
      while ((t == MentionType.ORG || t == MentionType.PLACE) && e - s > 3
          && "代向为给对在由从赴".indexOf(text.charAt(s)) >= 0) {
        s++;
      }
      if (n > 0 && (ss[n - 1] > s || ss[n - 1] == s && es[n - 1] < e)) {
        sorted = false;
      }
      kept[n] = m;
      types[n] = t;
      ss[n] = s;
      es[n] = e;
      n++;
    }
    // Numbered in their final order: the parties made of them are kept by that number.
    Located[] located = new Located[n];
    if (sorted) {
      for (int k = 0; k < n; k++) {
        located[k] = new Located(kept[k], ss[k], es[k], k, types[k]);
      }
    } else {
      List<Located> unsorted = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        unsorted.add(new Located(kept[k], ss[k], es[k], -1, types[k]));
      }
      unsorted.sort(Comparator.comparingInt(Located::start).thenComparingInt(l -> -l.end()));
      for (int k = 0; k < n; k++) {
        Located l = unsorted.get(k);
        located[k] = new Located(l.mention(), l.start(), l.end(), k, l.type());
      }
    }
    this.mentions = List.of(located);
    this.partyOf = new Party[n];
    this.extendedOf = new Party[n];
    this.starts = new int[n];
    for (int k = 0; k < n; k++) {
      starts[k] = located[k].start();
    }
    this.inName = new boolean[text.length() + 1];
    for (Located l : located) {
      if (l.isParty()) {
        for (int i = l.start(); i < l.end(); i++) {
          inName[i] = true;
        }
      }
    }
  }

  boolean inName(int i) {
    return i >= 0 && i < inName.length && inName[i];
  }

  boolean inName(int start, int end) {
    for (int i = start; i < end; i++) {
      if (inName(i)) {
        return true;
      }
    }
    return false;
  }

  /** Index of the first mention that starts at or after {@code at}. */
  int firstFrom(int at) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Mentions of {@code type} wholly inside the view range. */
  List<Located> within(int start, int end, MentionType type) {
    List<Located> out = new ArrayList<>();
    // A mention that starts after the range's end cannot end inside it (end >= start).
    for (int k = firstFrom(start); k < starts.length && starts[k] <= end; k++) {
      Located l = mentions.get(k);
      if (l.end() <= end && l.type() == type) {
        out.add(l);
      }
    }
    return out;
  }

  /** Whether {@link #within} would find any mention of {@code type}. */
  boolean has(int start, int end, MentionType type) {
    for (int k = firstFrom(start); k < starts.length && starts[k] <= end; k++) {
      Located l = mentions.get(k);
      if (l.end() <= end && l.type() == type) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #parties} would find any party. */
  boolean hasParty(int start, int end) {
    for (int k = firstFrom(start); k < starts.length && starts[k] <= end; k++) {
      Located l = mentions.get(k);
      if (l.end() <= end && l.isParty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parties (ORG, PERSON, PLACE) wholly inside the range that are not nested in a larger
   * party: the place in 纳雍县教育局 is part of the organisation, not a second party.
   */
  List<Located> parties(int start, int end) {
    List<Located> out = new ArrayList<>();
    Located outer = null;
    for (int k = firstFrom(start); k < starts.length && starts[k] <= end; k++) {
      Located l = mentions.get(k);
      if (!l.isParty() || l.end() > end) {
        continue;
      }
      if (outer != null && l.start() >= outer.start() && l.end() <= outer.end()) {
        continue;
      }
      out.add(l);
      outer = l;
    }
    return out;
  }

  /** The party of mention {@code l} ({@link Party#make}), made on first use. */
  Party party(Located l) {
    Party p = partyOf[l.index()];
    if (p == null) {
      p = Party.make(this, l);
      partyOf[l.index()] = p;
    }
    return p;
  }

  /** {@link FullNames#extend} of {@link #party}, made on first use. */
  Party extendedParty(Located l) {
    Party p = extendedOf[l.index()];
    if (p == null) {
      p = FullNames.extend(this, party(l));
      extendedOf[l.index()] = p;
    }
    return p;
  }

  String view(int start, int end) {
    return text.substring(start, end);
  }

  String view(Located l) {
    return text.substring(l.start(), l.end());
  }

  CharSpan body(int start, int end) {
    return view.toOriginal(start, end);
  }

  String bodyText(int start, int end) {
    return body(start, end).of(article.body());
  }
}
