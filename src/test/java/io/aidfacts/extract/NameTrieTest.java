package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameTrieTest {

  private final NameTrie<String> trie = NameTrie.of(Map.of("六盘水", "ns", "六盘水市", "ns2", "民盟", "nt"));

  @Test
  void namesAndOnlyNamesHaveValues() {
    assertEquals("ns", trie.get("六盘水"));
    assertEquals("ns2", trie.get("六盘水市"));
    assertEquals("nt", trie.get("民盟"));
    // Prefixes of names are nodes without a value; other strings leave the trie.
    assertNull(trie.get("六盘"));
    assertNull(trie.get("六盘水市委"));
    assertNull(trie.get("民进"));
    assertNull(trie.get(""));
  }

  @Test
  void walksContinueWordByWord() {
    int node = trie.walk(NameTrie.ROOT, "六盘");
    assertNotEquals(NameTrie.NONE, node);
    int city = trie.walk(node, "水");
    assertEquals("ns", trie.value(city));
    assertEquals("ns2", trie.value(trie.step(city, '市')));
    assertEquals(NameTrie.NONE, trie.step(city, '县'));
    assertEquals(NameTrie.NONE, trie.walk(NameTrie.NONE, "水"));
    assertNull(trie.value(NameTrie.NONE));
  }

  @Test
  void firstCharactersAndPairsRejectWordsThatStartNoName() {
    assertTrue(trie.mayStart('六'));
    assertTrue(trie.mayStart('六', '盘'));
    assertTrue(trie.mayStart('民', '盟'));
    // No name starts with 盘 nor with 六水; none is one character long.
    assertFalse(trie.mayStart('盘'));
    assertFalse(trie.mayStart('盘', '水'));
    assertFalse(trie.mayStart('六', '水'));
    assertFalse(trie.hasOneCharNames());
    assertTrue(NameTrie.of(Map.of("京", 1)).hasOneCharNames());
  }

  @Test
  void pairsTakeTheFirstTwoStepsAtOnce() {
    assertEquals(trie.walk(NameTrie.ROOT, "六盘"), trie.pair('六', '盘'));
    assertEquals("nt", trie.value(trie.pair('民', '盟')));
    assertEquals("ns", trie.value(trie.walk(trie.pair('六', '盘'), "六盘水", 2)));
    assertEquals(NameTrie.NONE, trie.pair('盘', '水'));
    assertEquals(NameTrie.NONE, trie.pair('六', '水'));
  }

  @Test
  void pairsSideBySideInANameMayFollowAndOthersDoNot() {
    assertTrue(trie.mayFollow('六', '盘'));
    assertTrue(trie.mayFollow('盘', '水'));
    assertTrue(trie.mayFollow('水', '市'));
    assertTrue(trie.mayFollow('民', '盟'));
    // 水县, 盟水: in no name; the walk stops at the pair without a step.
    assertFalse(trie.mayFollow('水', '县'));
    assertFalse(trie.mayFollow('盟', '水'));
    assertEquals(NameTrie.NONE, trie.walk(trie.pair('六', '盘'), "六盘水县", 2));
    assertEquals("ns2", trie.value(trie.walk(trie.pair('六', '盘'), "六盘水市", 2)));
    // Every pair of every name of a large table passes: the filter never rejects a name.
    Map<String, Integer> names = new HashMap<>();
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 20000; i++) {
      StringBuilder n = new StringBuilder();
      for (int k = 2 + r.nextInt(5); k > 0; k--) {
        n.append((char) ('一' + r.nextInt(3000)));
      }
      names.put(n.toString(), i);
    }
    NameTrie<Integer> t = NameTrie.of(names);
    for (Map.Entry<String, Integer> e : names.entrySet()) {
      String n = e.getKey();
      for (int i = 0; i + 1 < n.length(); i++) {
        assertTrue(t.mayFollow(n.charAt(i), n.charAt(i + 1)), n);
      }
      assertEquals(e.getValue(), t.value(t.walk(t.pair(n.charAt(0), n.charAt(1)), n, 2)), n);
    }
  }

  @Test
  void manyNamesWithSharedPrefixesStayApart() {
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      names.put("县" + i, i);
    }
    NameTrie<Integer> t = NameTrie.of(names);
    for (int i = 0; i < 5000; i++) {
      assertEquals(i, t.get("县" + i));
      String n = "县" + i;
      assertEquals(i, t.value(t.walk(t.pair(n.charAt(0), n.charAt(1)), n, 2)));
    }
    assertNull(t.get("县5000"));
    assertNull(t.get("县"));
  }
}
