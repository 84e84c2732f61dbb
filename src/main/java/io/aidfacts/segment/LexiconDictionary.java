package io.aidfacts.segment;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HanLP's built-in custom dictionary merged with a lexicon into one double-array trie that
 * belongs to the segmenters of that lexicon only.
 *
 * <p>Why not HanLP's own API: {@code DynamicCustomDictionary.insert} overwrites the attribute
 * of a word the built-in array already holds, in the array every HanLP user in the JVM
 * shares, and its constructor that takes a path reloads that shared array. Why one merged
 * array rather than the built-in array plus the lexicon in HanLP's {@code BinTrie}: the trie
 * is a second pass over every word, through pointer-linked nodes that the rest of the
 * pipeline pushes out of the CPU caches between articles; in the pipeline it cost about a
 * fifth of segmentation. One array also matches a lexicon word and a built-in word by the
 * same leftmost-longest rule.
 */
final class LexiconDictionary {

  private LexiconDictionary() {}

  /** Pipelines usually share one lexicon (the entity lexicon): build its trie once. */
  private static final int CACHED = 4;

  private static final Map<List<HanlpLexicon.Entry>, DynamicCustomDictionary> CACHE =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<HanlpLexicon.Entry>, DynamicCustomDictionary> e) {
          return size() > CACHED;
        }
      };

  static DynamicCustomDictionary of(HanlpLexicon lexicon) {
    synchronized (CACHE) {
      DynamicCustomDictionary d = CACHE.get(lexicon.entries());
      if (d == null) {
        d = build(lexicon);
        CACHE.put(lexicon.entries(), d);
      }
      return d;
    }
  }

  private static DynamicCustomDictionary build(HanlpLexicon lexicon) {
    TreeMap<String, CoreDictionary.Attribute> words = entries(CustomDictionary.DEFAULT.dat);
    for (HanlpLexicon.Entry e : lexicon.entries()) {
      words.put(e.word(), CoreDictionary.Attribute.create(e.tag() + " " + e.frequency()));
    }
    DoubleArrayTrie<CoreDictionary.Attribute> dat = new DoubleArrayTrie<>();
    int error = dat.build(words);
    if (error != 0) {
      throw new IllegalStateException("HanLP could not build the dictionary of a "
          + lexicon.size() + "-word lexicon (error " + error + ")");
    }
    // No path: the constructor would load (into) the array it is given; no trie: nothing
    // is left for a second pass.
    return new DynamicCustomDictionary(dat, null, null);
  }

  /**
   * Every word of a double-array trie with its attribute. HanLP keeps no key list, so this
   * walks the arrays: a child of the state with base {@code b} sits at {@code b + c + 1} for
   * character {@code c} and has {@code check == b}; a word ends at {@code b} itself when
   * {@code check[b] == b} and {@code base[b] < 0}.
   */
  static TreeMap<String, CoreDictionary.Attribute> entries(DoubleArrayTrie<CoreDictionary.Attribute> dat) {
    int[] base = dat.getBase();
    int[] check = dat.getCheck();
    int n = Math.min(base.length, check.length);
    // Positions grouped by their check value (a counting sort), so a state's children are
    // found without trying all 65,536 characters.
    int[] first = new int[n + 2];
    for (int p = 0; p < n; p++) {
      int c = check[p];
      if (c > 0 && c < n) {
        first[c + 1]++;
      }
    }
    for (int i = 1; i < first.length; i++) {
      first[i] += first[i - 1];
    }
    int[] byCheck = new int[first[n + 1]];
    int[] fill = first.clone();
    for (int p = 0; p < n; p++) {
      int c = check[p];
      if (c > 0 && c < n) {
        byCheck[fill[c]++] = p;
      }
    }
    TreeMap<String, CoreDictionary.Attribute> out = new TreeMap<>();
    walk(base[0], new StringBuilder(), base, check, first, byCheck, dat, out);
    return out;
  }

  private static void walk(int b, StringBuilder prefix, int[] base, int[] check, int[] first,
      int[] byCheck, DoubleArrayTrie<CoreDictionary.Attribute> dat,
      TreeMap<String, CoreDictionary.Attribute> out) {
    if (b <= 0 || b >= first.length - 1) {
      return;
    }
    for (int i = first[b]; i < first[b + 1]; i++) {
      int p = byCheck[i];
      if (p == b) {
        if (base[p] < 0) {
          out.put(prefix.toString(), dat.getValueAt(-base[p] - 1));
        }
        continue;
      }
      int c = p - b - 1;
      if (c < 0 || c > Character.MAX_VALUE) {
        continue;
      }
      prefix.append((char) c);
      walk(base[p], prefix, base, check, first, byCheck, dat, out);
      prefix.setLength(prefix.length() - 1);
    }
  }
}
