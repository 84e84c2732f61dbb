package io.aidfacts.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
  private final BitSet firsts = new BitSet(65536);
  private final char[] keys;
  private final int[][] byKey;

  public FirstCharIndex(String... words) {
    this.words = words.clone();
    Map<Character, List<Integer>> m = new TreeMap<>();
    for (int k = 0; k < this.words.length; k++) {
      String w = this.words[k];
      if (w.isEmpty()) {
        throw new IllegalArgumentException("word " + k + " is empty: every word needs a first character");
      }
      firsts.set(w.charAt(0));
      m.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(k);
    }
    keys = new char[m.size()];
    byKey = new int[m.size()][];
    int i = 0;
    for (Map.Entry<Character, List<Integer>> e : m.entrySet()) {
      keys[i] = e.getKey();
      byKey[i++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
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
    return firsts.get(c);
  }

  /** Indexes of the words that start with {@code c}, in list order; do not modify. */
  public int[] startingWith(char c) {
    if (!firsts.get(c)) {
      return NONE;
    }
    return byKey[Arrays.binarySearch(keys, c)];
  }

  /**
   * The first word in list order that stands at {@code i} of {@code s} and ends by
   * {@code limit}, or -1.
   */
  public int at(String s, int i, int limit) {
    if (i < 0 || i >= limit || !firsts.get(s.charAt(i))) {
      return -1;
    }
    for (int k : byKey[Arrays.binarySearch(keys, s.charAt(i))]) {
      String w = words[k];
      if (i + w.length() <= limit && s.startsWith(w, i)) {
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
      if (firsts.get(s.charAt(i)) && at(s, i, to) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
