package io.aidfacts.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie over a fixed set of names, each with a value, walked one character at a
 * time: the recognizers look for the longest name that starts at a position by stepping
 * through the following words once, instead of building every candidate string and probing
 * several hash maps with it. Edges live in one open-addressing table keyed by
 * (node, character), so a step allocates nothing. Immutable and thread-safe.
 *
 * @param <V> what a name maps to
 */
final class NameTrie<V> {

  /** The node of the empty string, where every walk starts. */
  static final int ROOT = 0;
  /** What {@link #step} returns when no name continues with the character. */
  static final int NONE = -1;

  // One slot holds a whole edge: the child's id in the high 24 bits, the parent's id and the
  // character in the low 40. A step then costs one cache line, and the table stays small
  // enough (2 MB for the bundled names) to stay in cache beside HanLP's own dictionaries.
  private static final int NODE_BITS = 24;
  private static final long KEY_MASK = (1L << (NODE_BITS + 16)) - 1;

  // Most words of a text start no name. Bits of the names' first characters and of their
  // first two characters (hashed) reject them from 40 KB that stay in cache, before a step
  // into the 2 MB of edges.
  private static final int PAIR_BITS = 18;

  private final long[] edges;
  private final int shift;
  private final Object[] values;
  private final long[] firsts = new long[1 << 10];
  private final long[] pairs = new long[1 << (PAIR_BITS - 6)];
  private boolean oneCharNames;

  private NameTrie(long[] edges, int shift, Object[] values) {
    this.edges = edges;
    this.shift = shift;
    this.values = values;
  }

  /** A trie of {@code names}; empty names are ignored. */
  static <V> NameTrie<V> of(Map<String, V> names) {
    Map<Long, Integer> children = new HashMap<>();
    List<Object> values = new ArrayList<>();
    values.add(null);
    for (Map.Entry<String, V> e : names.entrySet()) {
      String n = e.getKey();
      if (n.isEmpty()) {
        continue;
      }
      int node = ROOT;
      for (int i = 0; i < n.length(); i++) {
        Integer child = children.get(key(node, n.charAt(i)));
        if (child == null) {
          child = values.size();
          if (child >= 1 << NODE_BITS) {
            throw new IllegalArgumentException("too many names for a trie: " + names.size());
          }
          values.add(null);
          children.put(key(node, n.charAt(i)), child);
        }
        node = child;
      }
      values.set(node, e.getValue());
    }
    // Twice as many slots as edges keeps probe runs short.
    int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(Math.max(1, 2L * children.size())));
    long[] edges = new long[1 << bits];
    int shift = 64 - bits;
    for (Map.Entry<Long, Integer> e : children.entrySet()) {
      int slot = slot(e.getKey(), shift);
      while (edges[slot] != 0) {
        slot = (slot + 1) & (edges.length - 1);
      }
      edges[slot] = ((long) e.getValue() << (NODE_BITS + 16)) | e.getKey();
    }
    NameTrie<V> trie = new NameTrie<>(edges, shift, values.toArray());
    for (String n : names.keySet()) {
      if (n.isEmpty()) {
        continue;
      }
      trie.firsts[n.charAt(0) >>> 6] |= 1L << n.charAt(0);
      if (n.length() == 1) {
        trie.oneCharNames = true;
      } else {
        int p = pair(n.charAt(0), n.charAt(1));
        trie.pairs[p >>> 6] |= 1L << p;
      }
    }
    return trie;
  }

  private static int pair(char a, char b) {
    return (int) ((((long) a << 16 | b) * 0x9E3779B97F4A7C15L) >>> (64 - PAIR_BITS));
  }

  /** Whether some name starts with {@code c}. Exact. */
  boolean mayStart(char c) {
    return (firsts[c >>> 6] & 1L << c) != 0;
  }

  /**
   * Whether some name of two or more characters may start with {@code a} and {@code b}:
   * false means none does, true that a walk must tell.
   */
  boolean mayStart(char a, char b) {
    int p = pair(a, b);
    return (firsts[a >>> 6] & 1L << a) != 0 && (pairs[p >>> 6] & 1L << p) != 0;
  }

  /** Whether a name is a single character (then {@link #mayStart(char, char)} does not cover it). */
  boolean hasOneCharNames() {
    return oneCharNames;
  }

  private static long key(int node, char c) {
    return ((long) node << 16) | c;
  }

  private static int slot(long key, int shift) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** The node reached from {@code node} by {@code c}, or {@link #NONE}. */
  int step(int node, char c) {
    long key = key(node, c);
    int mask = edges.length - 1;
    for (int slot = slot(key, shift); ; slot = (slot + 1) & mask) {
      long edge = edges[slot];
      if (edge == 0) {
        return NONE;
      }
      if ((edge & KEY_MASK) == key) {
        return (int) (edge >>> (NODE_BITS + 16));
      }
    }
  }

  /** The node reached from {@code node} by all of {@code s}, or {@link #NONE}. */
  int walk(int node, CharSequence s) {
    for (int i = 0; i < s.length() && node != NONE; i++) {
      node = step(node, s.charAt(i));
    }
    return node;
  }

  /** The value of the name ending at {@code node}, or null when no name ends there. */
  @SuppressWarnings("unchecked")
  V value(int node) {
    return node == NONE ? null : (V) values[node];
  }

  /** The value of {@code name}, or null when it is not one of the names. */
  V get(CharSequence name) {
    return value(walk(ROOT, name));
  }
}
