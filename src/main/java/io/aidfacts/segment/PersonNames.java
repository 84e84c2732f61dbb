package io.aidfacts.segment;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a Chinese person name reads by HanLP's own name-role statistics ({@code nr.txt}: how
 * often each character was a surname, a given name's first or last character, or the word
 * before or after a name, in HanLP's training text).
 *
 * <p>HanLP's person recognizer picks the likeliest role sequence for a whole sentence, so it
 * glues a neighbour to a surname ({@code 向唐|胜利} for 向 唐胜利, {@code 曾称}, {@code 时说})
 * or reads two common words as a name ({@code 代捐}, {@code 万只}). Checked one character at
 * a time, such names show it: 称, 说 and 只 are almost never the last character of a name.
 */
public final class PersonNames {

  /** Below this many uses as a single given name a character does not end a two-character name. */
  static final int MIN_SINGLE_GIVEN = 5;
  /** Below this many uses as a name's last character a word does not extend a cut name. */
  static final int MIN_NAME_END = 20;
  /** Below this many uses a character is not a surname. */
  static final int MIN_SURNAME = 10;
  /**
   * A character whose context uses (the word right before or after a name, or between two)
   * outnumber its uses in that place of a name this many times over is not part of the name.
   */
  static final int CONTEXT_RATIO = 5;

  // The checks run for every name of every article and read up to seven roles of the same one
  // or two characters: HanLP answers each role by a trie search and a TreeMap walk, so the
  // roles of a string are read once into an array. The keys are the one- and two-character
  // heads and tails of names; past the cap (a bound for unbounded input) lookups go to HanLP.
  private static final int CACHE_CAP = 1 << 16;
  private static final NR[] ROLES = NR.values();
  private static final int[] NONE = new int[ROLES.length];
  private static final ConcurrentHashMap<String, int[]> COUNTS = new ConcurrentHashMap<>();

  private PersonNames() {}

  /**
   * Whether {@code name}, two or three Han characters that HanLP tags as a Chinese name, is
   * one by the role counts: a surname (more often a surname than the word before a name)
   * followed by a single given name (two characters) or a double given name (three), or a
   * two-character surname and a single given name (欧阳修). A given-name character that
   * HanLP's counts barely know is let through unless its context uses dominate (rare
   * characters are common in names); other lengths are not judged (true).
   */
  public static boolean plausible(String name) {
    HanlpRuntime.init();
    int n = name.length();
    if (n == 3 && surname(name.substring(0, 2))) {
      return singleGiven(name.substring(2));
    }
    if ((n != 2 && n != 3) || !surname(name.substring(0, 1))) {
      return n != 2 && n != 3;
    }
    if (n == 2) {
      return singleGiven(name.substring(1));
    }
    return notContext(name.substring(1, 2), NR.C) && notContext(name.substring(2), NR.D);
  }

  /**
   * Whether {@code c} is more often the word right before a name than a surname (向, 于 is
   * not): such a character at the start of a name is usually a preposition HanLP glued on.
   */
  public static boolean oftenBeforeName(char c) {
    HanlpRuntime.init();
    String s = String.valueOf(c);
    return count(s, NR.K) > count(s, NR.B);
  }

  /**
   * Whether a two-character name followed by the one-character word {@code next} is the
   * three-character name HanLP cut short (罗毅|刚 for 罗毅刚): {@code next} is common as a
   * name's last character and not mostly a neighbour of names, and the whole reads as a name.
   */
  public static boolean completes(String name, String next) {
    HanlpRuntime.init();
    return name.length() == 2 && next.length() == 1 && count(next, NR.D) >= MIN_NAME_END
        && notContext(next, NR.D) && plausible(name + next);
  }

  private static boolean surname(String s) {
    int b = count(s, NR.B);
    return b >= MIN_SURNAME && b >= count(s, NR.K);
  }

  private static boolean singleGiven(String c) {
    return count(c, NR.E) >= MIN_SINGLE_GIVEN && notContext(c, NR.E);
  }

  private static boolean notContext(String c, NR role) {
    int context = count(c, NR.K) + count(c, NR.L) + count(c, NR.M);
    return (long) count(c, role) * CONTEXT_RATIO >= context;
  }

  private static int count(String chars, NR role) {
    int[] counts = COUNTS.get(chars);
    if (counts == null) {
      counts = roles(chars);
      if (COUNTS.size() < CACHE_CAP) {
        COUNTS.putIfAbsent(chars, counts);
      }
    }
    return counts[role.ordinal()];
  }

  private static int[] roles(String chars) {
    EnumItem<NR> item = PersonDictionary.dictionary.get(chars);
    if (item == null) {
      return NONE;
    }
    int[] counts = new int[ROLES.length];
    for (NR r : ROLES) {
      counts[r.ordinal()] = item.getFrequency(r);
    }
    return counts;
  }
}
