package io.aidfacts.extract;

import java.util.Arrays;
import java.util.Map;

/**
 * A character trie over a fixed set of names, each with a value, walked one character at a
 * time: the recognizers look for the longest name that starts at a position by stepping
 * through the following words once, instead of building every candidate string and probing
 * several hash maps with it. Children live in one open-addressing table keyed by
 * (node, character), so a step allocates nothing. Immutable and thread-safe.
 *
 * @param <V> what a name maps to
 */
final class NameTrie<V> {

  /** The node of the empty string, where every walk starts. */
  static final int ROOT = 0;
  /** What {@link #step} returns when no name continues with the character. */
  static final int NONE = -1;

  private final long[] keys;
  private final int[] children;
  private final int shift;
  private final Object[] values;

  private NameTrie(long[] keys, int[] children, int shift, Object[] values) {
    this.keys = keys;
    this.children = children;
    this.shift = shift;
    this.values = values;
  }

  /** A trie of {@code names}; empty names are ignored. */
  static <V> NameTrie<V> of(Map<String, V> names) {
    int chars = 0;
    for (String n : names.keySet()) {
      chars += n.length();
    }
    // Twice as many slots as there can be nodes keeps probe runs short.
    int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(Math.max(1, 2L * chars)));
    long[] keys = new long[1 << bits];
    Arrays.fill(keys, -1L);
    int[] children = new int[1 << bits];
    int shift = 64 - bits;
    Object[] values = new Object[chars + 1];
    int nodes = 1;
    for (Map.Entry<String, V> e : names.entrySet()) {
      String n = e.getKey();
      if (n.isEmpty()) {
        continue;
      }
      int node = ROOT;
      for (int i = 0; i < n.length(); i++) {
        long key = key(node, n.charAt(i));
        int slot = slot(key, shift);
        while (keys[slot] != -1L && keys[slot] != key) {
          slot = (slot + 1) & (keys.length - 1);
        }
        if (keys[slot] == -1L) {
          keys[slot] = key;
          children[slot] = nodes++;
        }
        node = children[slot];
      }
      values[node] = e.getValue();
    }
    return new NameTrie<>(keys, children, shift, Arrays.copyOf(values, nodes));
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
    int mask = keys.length - 1;
    for (int slot = slot(key, shift); ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return children[slot];
      }
      if (k == -1L) {
        return NONE;
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
