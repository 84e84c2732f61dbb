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

  /** A mention with its view offsets and its place in {@link #mentions} (-1 while unsorted). */
  record Located(Mention mention, int start, int end, int index) {
    MentionType type() {
      return mention.type();
    }

    boolean isParty() {
      MentionType t = mention.type();
      return t == MentionType.ORG || t == MentionType.PERSON || t == MentionType.PLACE;
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
    List<Located> located = new ArrayList<>();
    for (Mention m : mentions) {
      int s = view.toView(m.start());
      int e = Math.max(s, view.toView(m.end()));
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
      located.add(new Located(m, s, e, -1));
    }
    located.sort(Comparator.comparingInt(Located::start).thenComparingInt(l -> -l.end()));
    // Numbered in their final order: the parties made of them are kept by that number.
    for (int k = 0; k < located.size(); k++) {
      Located l = located.get(k);
      located.set(k, new Located(l.mention(), l.start(), l.end(), k));
    }
    this.mentions = List.copyOf(located);
    this.partyOf = new Party[located.size()];
    this.extendedOf = new Party[located.size()];
    this.starts = new int[this.mentions.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = this.mentions.get(k).start();
    }
    this.inName = new boolean[text.length() + 1];
    for (Located l : this.mentions) {
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
