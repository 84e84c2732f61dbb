package io.aidfacts.extract.money;

import io.aidfacts.extract.FirstCharIndex;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small fixed word list matched at or before a position of a text, longest word first, each
 * word with a value (a currency code, a flag). Immutable and thread-safe.
 */
final class Words {

  private final String[] words;
  private final String[] values;
  // The words by first and by last character, each in list order: a lookup reads the few
  // words that can stand there, not the whole list (amounts ask at every number).
  private final FirstCharIndex byFirst;
  private final FirstCharIndex byLast;

  private Words(Map<String, String> entries) {
    String[] w = entries.keySet().toArray(new String[0]);
    Arrays.sort(w, Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    this.words = w;
    this.values = new String[w.length];
    for (int i = 0; i < w.length; i++) {
      values[i] = entries.get(w[i]);
      if (w[i].isEmpty()) {
        throw new IllegalArgumentException("word list has an empty word: every word needs a character");
      }
    }
    this.byFirst = new FirstCharIndex(w);
    String[] reversed = new String[w.length];
    for (int i = 0; i < w.length; i++) {
      reversed[i] = new StringBuilder(w[i]).reverse().toString();
    }
    this.byLast = new FirstCharIndex(reversed);
  }

  /** Words whose value is the word itself. */
  static Words of(String... words) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String w : words) {
      m.put(w, w);
    }
    return new Words(m);
  }

  /** Alternating word, value pairs. */
  static Words pairs(String... wordValue) {
    if (wordValue.length % 2 != 0) {
      throw new IllegalArgumentException("word list needs word, value pairs, got an odd count "
          + wordValue.length);
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < wordValue.length; i += 2) {
      m.put(wordValue[i], wordValue[i + 1]);
    }
    return new Words(m);
  }

  /** The index of the longest word that starts at {@code at}, or -1. */
  int at(String text, int at) {
    if (at < 0 || at >= text.length()) {
      return -1;
    }
    for (int i : byFirst.startingWith(text.charAt(at))) {
      if (text.startsWith(words[i], at)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the longest word that ends at {@code end}, or -1. */
  int before(String text, int end) {
    return before(text, end, 0);
  }

  /** The index of the longest word that ends at {@code end} and starts at or after {@code floor}. */
  int before(String text, int end, int floor) {
    if (end <= 0 || end > text.length()) {
      return -1;
    }
    for (int i : byLast.startingWith(text.charAt(end - 1))) {
      int s = end - words[i].length();
      if (s >= Math.max(0, floor) && text.startsWith(words[i], s)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first word found in {@code [from, to)}, or -1. */
  int within(String text, int from, int to) {
    for (int p = Math.max(0, from); p < to; p++) {
      int w = at(text, p);
      if (w >= 0 && p + words[w].length() <= to) {
        return w;
      }
    }
    return -1;
  }

  String word(int i) {
    return words[i];
  }

  String value(int i) {
    return values[i];
  }

  int length(int i) {
    return words[i].length();
  }
}
