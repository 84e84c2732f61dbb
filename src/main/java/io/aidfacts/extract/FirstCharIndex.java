package io.aidfacts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fixed list of words indexed by their first character. Recognizers try word lists at every
 * position of an article; looking up the few words that start with the character there, instead
 * of comparing every word (or running a regular expression of alternatives), is what keeps them
 * cheap. The words keep their list order, so "the first word of the list that matches" means
 * what it did with a plain loop or a regular-expression alternation. Immutable, thread-safe.
 */
public final class FirstCharIndex {

  private static final int[] NONE = new int[0];

  private final String[] words;
  // Second characters of the words (unused for one-character words): most words that start at
  // a position fail on their second character, tested before the whole word is compared.
  private final char[] seconds;
  private final int[][] byKey;
  // By 64-character block b of the character set: firstsAndRanks[2b] has bit (c & 63) set when
  // some word starts with c; firstsAndRanks[2b + 1] counts first characters below the block. The
  // rank of c among the first characters (its row in byKey) is then that count plus the set
  // bits below c in its block: no search, and one cache line for the test and the rank.
  private final long[] firstsAndRanks = new long[2 * 1024];

  public FirstCharIndex(String... words) {
    this.words = words.clone();
    this.seconds = new char[this.words.length];
    Map<Character, List<Integer>> m = new TreeMap<>();
    for (int k = 0; k < this.words.length; k++) {
      String w = this.words[k];
      if (w.isEmpty()) {
        throw new IllegalArgumentException("word " + k + " is empty: every word needs a first character");
      }
      seconds[k] = w.length() > 1 ? w.charAt(1) : 0;
      char c = w.charAt(0);
      firstsAndRanks[2 * (c >>> 6)] |= 1L << c;
      m.computeIfAbsent(c, x -> new ArrayList<>()).add(k);
    }
    byKey = new int[m.size()][];
    int i = 0;
    for (Map.Entry<Character, List<Integer>> e : m.entrySet()) {
      byKey[i++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
    }
    long below = 0;
    for (int b = 0; b < 1024; b++) {
      firstsAndRanks[2 * b + 1] = below;
      below += Long.bitCount(firstsAndRanks[2 * b]);
    }
  }

  /** The same index over the first element of each row ({@code {word, value}} tables). */
  public static FirstCharIndex ofFirstColumn(String[][] rows) {
    String[] w = new String[rows.length];
    for (int k = 0; k < rows.length; k++) {
      w[k] = rows[k][0];
    }
    return new FirstCharIndex(w);
  }

  public int size() {
    return words.length;
  }

  public String word(int k) {
    return words[k];
  }

  /** Whether some word starts with {@code c}. */
  public boolean starts(char c) {
    return (firstsAndRanks[(c >>> 6) << 1] & (1L << c)) != 0;
  }

  /** Indexes of the words that start with {@code c}, in list order; do not modify. */
  public int[] startingWith(char c) {
    int b = (c >>> 6) << 1;
    long bits = firstsAndRanks[b];
    if ((bits & (1L << c)) == 0) {
      return NONE;
    }
    return byKey[(int) firstsAndRanks[b + 1] + Long.bitCount(bits & ((1L << c) - 1))];
  }

  /**
   * The first word in list order that stands at {@code i} of {@code s} and ends by
   * {@code limit}, or -1.
   */
  public int at(String s, int i, int limit) {
    if (i < 0 || i >= limit) {
      return -1;
    }
    return atStart(s, i, limit, startingWith(s.charAt(i)));
  }

  /** {@link #at} among {@code candidates}, the words that start with the character at {@code i}. */
  private int atStart(String s, int i, int limit, int[] candidates) {
    // A word running past the text does not stand there (as startsWith says), whatever the limit.
    limit = Math.min(limit, s.length());
    for (int k : candidates) {
      String w = words[k];
      int length = w.length();
      if (i + length <= limit
          && (length == 1 || s.charAt(i + 1) == seconds[k] && (length == 2 || s.startsWith(w, i)))) {
        return k;
      }
    }
    return -1;
  }

  /** {@link #at} with the end of the text as the limit. */
  public int at(String s, int i) {
    return at(s, i, s.length());
  }

  /**
   * The leftmost word in {@code [from, to)} of {@code s}, as a regular expression of the words
   * as alternatives finds it ({@code Matcher.region(from, to).find()}): the leftmost position
   * where one matches, and there the first in list order. Returns the position, or -1; the word
   * is {@link #at}{@code (s, position, to)}.
   */
  public int find(String s, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      char c = s.charAt(i);
      int b = (c >>> 6) << 1;
      long bits = firstsAndRanks[b];
      if ((bits & (1L << c)) != 0
          && atStart(s, i, to, byKey[(int) firstsAndRanks[b + 1] + Long.bitCount(bits & ((1L << c) - 1))]) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
