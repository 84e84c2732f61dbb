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
  // Bits of every two characters side by side in a name, anywhere in it (hashed): a step from
  // a node reached by a character to the next needs the two in some name. Walks that go on
  // into the next word fail at their first step almost always, and this rejects most of them
  // from 64 KB instead of a miss in the edges (35,000 pairs for the bundled names: ~7% pass).
  private static final int FOLLOW_BITS = 19;

  private final long[] edges;
  private final int shift;
  // Nodes where a name ends are numbered 1..lastValued, so value() touches no memory for the
  // others, and this array holds only them.
  private final Object[] values;
  private final int lastValued;
  private final long[] firsts = new long[1 << 10];
  private final long[] pairs = new long[1 << (PAIR_BITS - 6)];
  private final long[] follows = new long[1 << (FOLLOW_BITS - 6)];
  // The node of every two-character prefix, by its characters: a walk's first two steps in
  // one probe. A slot holds (node + 1) << 32 | a << 16 | b, or 0.
  private final long[] pairNodes;
  private boolean oneCharNames;

  private NameTrie(long[] edges, int shift, Object[] values, int lastValued, long[] pairNodes) {
    this.edges = edges;
    this.shift = shift;
    this.values = values;
    this.lastValued = lastValued;
    this.pairNodes = pairNodes;
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
    // Renumber: the root, then the nodes with a value, then the rest.
    int count = values.size();
    int[] id = new int[count];
    int next = 1;
    for (int t = 1; t < count; t++) {
      if (values.get(t) != null) {
        id[t] = next++;
      }
    }
    int lastValued = next - 1;
    Object[] vals = new Object[lastValued + 1];
    for (int t = 1; t < count; t++) {
      if (values.get(t) != null) {
        vals[id[t]] = values.get(t);
      } else {
        id[t] = next++;
      }
    }
    // Twice as many slots as edges keeps probe runs short.
    int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(Math.max(1, 2L * children.size())));
    long[] edges = new long[1 << bits];
    int shift = 64 - bits;
    for (Map.Entry<Long, Integer> e : children.entrySet()) {
      long k = key(id[(int) (e.getKey() >>> 16)], (char) (long) e.getKey());
      int slot = slot(k, shift);
      while (edges[slot] != 0) {
        slot = (slot + 1) & (edges.length - 1);
      }
      edges[slot] = ((long) id[e.getValue()] << (NODE_BITS + 16)) | k;
    }
    // Two-character prefixes: children of the root's children.
    Map<Integer, Integer> pairKeys = new HashMap<>();
    Map<Integer, Character> rootChildren = new HashMap<>();
    for (Map.Entry<Long, Integer> e : children.entrySet()) {
      if (e.getKey() >>> 16 == ROOT) {
        rootChildren.put(e.getValue(), (char) (long) e.getKey());
      }
    }
    for (Map.Entry<Long, Integer> e : children.entrySet()) {
      Character first = rootChildren.get((int) (e.getKey() >>> 16));
      if (first != null) {
        pairKeys.put(first << 16 | (char) (long) e.getKey(), id[e.getValue()]);
      }
    }
    int pbits = Math.max(4, 64 - Long.numberOfLeadingZeros(Math.max(1, 2L * pairKeys.size())));
    long[] pairNodes = new long[1 << pbits];
    for (Map.Entry<Integer, Integer> e : pairKeys.entrySet()) {
      int slot = slot(e.getKey() & 0xFFFFFFFFL, 64 - pbits);
      while (pairNodes[slot] != 0) {
        slot = (slot + 1) & (pairNodes.length - 1);
      }
      pairNodes[slot] = (long) (e.getValue() + 1) << 32 | (e.getKey() & 0xFFFFFFFFL);
    }
    NameTrie<V> trie = new NameTrie<>(edges, shift, vals, lastValued, pairNodes);
    for (String n : names.keySet()) {
      if (n.isEmpty()) {
        continue;
      }
      trie.firsts[n.charAt(0) >>> 6] |= 1L << n.charAt(0);
      if (n.length() == 1) {
        trie.oneCharNames = true;
      } else {
        int p = pairBit(n.charAt(0), n.charAt(1));
        trie.pairs[p >>> 6] |= 1L << p;
      }
      for (int i = 0; i + 1 < n.length(); i++) {
        int f = followBit(n.charAt(i), n.charAt(i + 1));
        trie.follows[f >>> 6] |= 1L << f;
      }
    }
    return trie;
  }

  private static int pairBit(char a, char b) {
    return (int) ((((long) a << 16 | b) * 0x9E3779B97F4A7C15L) >>> (64 - PAIR_BITS));
  }

  private static int followBit(char a, char b) {
    return (int) ((((long) a << 16 | b) * 0x9E3779B97F4A7C15L) >>> (64 - FOLLOW_BITS));
  }

  /**
   * Whether {@code b} may follow {@code a} inside some name: false means no name holds the two
   * side by side, so no step by {@code b} leaves a node reached by {@code a}.
   */
  boolean mayFollow(char a, char b) {
    int f = followBit(a, b);
    return (follows[f >>> 6] & 1L << f) != 0;
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
    int p = pairBit(a, b);
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

  /** The node of the two-character prefix {@code a b}, or {@link #NONE}: two steps from the root. */
  int pair(char a, char b) {
    int key = a << 16 | b;
    int shift = 64 - Integer.numberOfTrailingZeros(pairNodes.length);
    int mask = pairNodes.length - 1;
    for (int slot = slot(key & 0xFFFFFFFFL, shift); ; slot = (slot + 1) & mask) {
      long e = pairNodes[slot];
      if (e == 0) {
        return NONE;
      }
      if ((int) e == key) {
        return (int) (e >>> 32) - 1;
      }
    }
  }

  /**
   * The node reached from {@code node} by {@code s} from its character {@code from}, or
   * {@link #NONE}; {@code node} is the one {@code s}'s first {@code from} characters reach.
   */
  int walk(int node, String s, int from) {
    for (int i = from; i < s.length() && node != NONE; i++) {
      if (i > 0 && !mayFollow(s.charAt(i - 1), s.charAt(i))) {
        return NONE;
      }
      node = step(node, s.charAt(i));
    }
    return node;
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
    return node == NONE || node > lastValued ? null : (V) values[node];
  }

  /** The value of {@code name}, or null when it is not one of the names. */
  V get(CharSequence name) {
    return value(walk(ROOT, name));
  }
}
