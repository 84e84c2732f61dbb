package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharIndexTest {

  private static final FirstCharIndex VERBS = new FirstCharIndex("捐款捐物", "捐款", "捐", "资助", "助学");

  @Test
  void leftmostPositionThenListOrder() {
    String t = "向灾区捐款捐物";
    assertEquals(3, VERBS.find(t, 0, t.length()));
    assertEquals("捐款捐物", VERBS.word(VERBS.at(t, 3, t.length())));
    // The word must end by the limit: cut inside 捐款捐物, the next word in list order is found.
    assertEquals("捐款", VERBS.word(VERBS.at(t, 3, 6)));
    assertEquals(-1, VERBS.find(t, 0, 3));
    assertEquals(5, VERBS.find(t, 4, t.length()));
    // 资助学: 资助 is first in the list, so 助学 is not what is found at 资.
    assertEquals(0, VERBS.find("资助学", 0, 3));
    assertEquals("资助", VERBS.word(VERBS.at("资助学", 0)));
  }

  @Test
  void startingWithListsTheWordsOfOneFirstCharacterInListOrder() {
    assertArrayEquals(new int[] {0, 1, 2}, VERBS.startingWith('捐'));
    assertArrayEquals(new int[] {}, VERBS.startingWith('向'));
  }

  @Test
  void emptyWordIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FirstCharIndex("捐", ""));
    assertEquals("word 1 is empty: every word needs a first character", e.getMessage());
  }

  /** Finds what a regular expression of the same words as alternatives finds, region by region. */
  @Test
  void findsWhatTheAlternationFinds() {
    String[] words = {"ab", "a", "abc", "bca", "cc", "c", "ba"};
    FirstCharIndex index = new FirstCharIndex(words);
    Pattern p = Pattern.compile(String.join("|", words));
    Random r = new Random(7);
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(12); k > 0; k--) {
        b.append("abcd".charAt(r.nextInt(4)));
      }
      String s = b.toString();
      int from = r.nextInt(s.length() + 1);
      int to = from + r.nextInt(s.length() - from + 1);
      Matcher m = p.matcher(s).region(from, to);
      int at = from;
      while (true) {
        boolean found = m.find();
        int mine = index.find(s, at, to);
        assertEquals(found ? m.start() : -1, mine, s + " [" + from + "," + to + ")");
        if (!found) {
          break;
        }
        assertEquals(m.group(), index.word(index.at(s, mine, to)), s);
        at = m.end();
      }
    }
  }

  /**
   * Words whose first characters lie in many 64-character blocks, at block edges and at both
   * ends of the character set, found as a plain loop over the list would find them.
   */
  @Test
  void atIsThePlainLoopOverTheListForFirstCharactersAllOverTheCharacterSet() {
    char[] alphabet = {'\u0000', '?', '@', 'A', '\u007f', '\u0080', '一', '丿', '乀', '捐', '款', '\uffbf',
        '\uffc0', '\ufffe', '\uffff'};
    Random r = new Random(11);
    for (int round = 0; round < 200; round++) {
      String[] words = new String[1 + r.nextInt(12)];
      for (int k = 0; k < words.length; k++) {
        StringBuilder w = new StringBuilder();
        for (int c = 1 + r.nextInt(4); c > 0; c--) {
          w.append(alphabet[r.nextInt(alphabet.length)]);
        }
        words[k] = w.toString();
      }
      FirstCharIndex index = new FirstCharIndex(words);
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(16); k > 0; k--) {
        b.append(alphabet[r.nextInt(alphabet.length)]);
      }
      String s = b.toString();
      for (char c : alphabet) {
        int expectedCount = 0;
        for (String w : words) {
          expectedCount += w.charAt(0) == c ? 1 : 0;
        }
        assertEquals(expectedCount, index.startingWith(c).length);
        assertEquals(expectedCount > 0, index.starts(c));
      }
      for (int i = 0; i < s.length(); i++) {
        // Limits past the end of the text too: a word running past it does not stand there.
        for (int limit = i; limit <= s.length() + 2; limit++) {
          int expected = -1;
          for (int k = 0; k < words.length && expected < 0; k++) {
            if (i + words[k].length() <= limit && s.startsWith(words[k], i)) {
              expected = k;
            }
          }
          assertEquals(expected, index.at(s, i, limit), s + " at " + i + " limit " + limit);
        }
      }
    }
  }
}
