package io.aidfacts.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.other.CharTable;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.recognition.nr.PersonRecognition;
import com.hankcs.hanlp.recognition.nr.TranslatedPersonRecognition;
import com.hankcs.hanlp.seg.Config;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * HanLP 1.8.6's Viterbi segmentation with the same output, at a fraction of its cost.
 *
 * <p>Where the time goes in HanLP's own {@code ViterbiSegment}: for every dictionary word that
 * starts anywhere in the sentence it builds a {@code Vertex} (a new {@code String}, the word
 * compiled to its class word such as 未##数, a linked-list entry), then runs the Viterbi over
 * those objects, although only the dozen vertices of the best path are used afterwards. Here
 * the first-pass lattice lives in primitive arrays of a per-thread scratch area: each
 * candidate is a dictionary index (whose class-word id and frequency are worked out once per
 * index, by HanLP's own {@code Vertex} constructor) or an atom of the uncovered text, and the
 * Viterbi runs over those arrays with HanLP's weight formula, evaluation order and tie rule
 * (a later candidate wins only when strictly cheaper), so every weight is bit-identical.
 * Real vertices are made for the best path only. The custom-dictionary merge is HanLP's step
 * replicated on the path, with each core word's custom-trie state cached by its core index;
 * the person-name roles and their Viterbi are worked out on arrays ({@link NameRoles}); the
 * name patterns (only run where one can match) and the translated-name recognizer are
 * HanLP's own code.
 *
 * <p>The name recognizers borrow first-pass vertices around a name they insert (the lines
 * just before it, and the line after it when that is empty). They get a {@link FirstPassNet}
 * that builds those lines on demand, as the objects HanLP would have had: the path's own
 * vertices where they coincide, otherwise new vertices with the first-pass predecessor and
 * weight that the second Viterbi starts from. The net they insert into ({@link OptimumNet})
 * makes a line's list only when a name touches it.
 *
 * <p>The caches follow HanLP's dictionaries by the identity of their arrays: HanLP's
 * {@code reload()} rebuilds a trie in place, in the same object but with new arrays, so a
 * reload of the core or custom dictionary is seen (the per-thread edge-weight cache is emptied
 * when the core dictionary changes). The name-role rows follow the name-role dictionary and
 * transition matrix objects, and the edge-weight cache does not notice
 * {@code CoreBiGramTableDictionary.reload()}; nothing in aidfacts reloads either. Memory: the
 * interleaved copy of the core trie (2.7 MB) and per thread 256 KB of weights plus 64 KB of
 * custom-trie steps per segmenter.
 *
 * <p>Configurations this does not cover (index mode, part-of-speech tagging, the place,
 * organisation and Japanese-name recognizers, number-quantifier merging, forced custom
 * dictionary) run HanLP's own code. The identity is checked by {@code LatticeSegmentTest}
 * against HanLP's {@code ViterbiSegment} on the same dictionaries.
 */
final class LatticeSegment extends ViterbiSegment {

  /** HanLP's weight: the share of the unigram term, {@code MathUtility}'s 0.9. */
  private static final double LAMBDA = 0.9;
  /** {@code 1 - LAMBDA} as HanLP's compiled class holds it. */
  private static final double ONE_MINUS_LAMBDA = 0.09999999999999998;

  private static final ThreadLocal<Lattice> LATTICE = ThreadLocal.withInitial(Lattice::new);

  /**
   * The vertices of the best path of a sentence, begin and end markers included, exactly as
   * HanLP's {@code segSentence} has them before it converts them to terms; null when this
   * segment's configuration is one that only HanLP's own code covers. Normalizes
   * {@code sentence} in place when the configuration says so, as {@code Segment.seg} does.
   */
  List<Vertex> bestPath(char[] sentence) {
    Config c = config;
    if (!covered(c)) {
      return null;
    }
    if (c.normalization) {
      CharTable.normalization(sentence);
    }
    return path(sentence, c);
  }

  /** Whether {@link #bestPath} normalizes the sentence (then its words may differ from the text). */
  boolean normalizes() {
    return config.normalization;
  }

  @Override
  protected List<Term> segSentence(char[] sentence) {
    Config c = config;
    if (!covered(c)) {
      return super.segSentence(sentence);
    }
    return convert(path(sentence, c), c.offset);
  }

  private static boolean covered(Config c) {
    return c.indexMode <= 0 && !c.speechTagging && !c.numberQuantifierRecognize
        && !c.forceCustomDictionary && !c.japaneseNameRecognize && !c.placeRecognize
        && !c.organizationRecognize;
  }

  private List<Vertex> path(char[] sentence, Config c) {
    CoreWords core = CoreWords.current();
    Lattice lattice = LATTICE.get();
    try {
      ArrayList<Vertex> vertexList = pathBeforeNames(sentence, c, core, lattice);
      if (!c.ner) {
        return vertexList;
      }
      int[] refs = lattice.pathRef;
      OptimumNet optimum = new OptimumNet(sentence, vertexList);
      WordNet all = new FirstPassNet(sentence, lattice);
      if (c.nameRecognize) {
        if (HanLP.Config.DEBUG) {
          PersonRecognition.recognition(vertexList, optimum, all);
        } else {
          // PersonRecognition.recognition without its debug output, its roles worked out on
          // arrays; the pattern matching only where a pattern can match (see NameRoles).
          NR[] roles = NameRoles.current(core).roles(vertexList, refs);
          if (NameRoles.mayMatch(roles)) {
            PersonDictionary.parsePattern(Arrays.asList(roles), vertexList, optimum, all);
          }
        }
      }
      if (c.translatedNameRecognize) {
        TranslatedPersonRecognition.recognition(vertexList, optimum, all);
      }
      OptimumNet grown = optimum.grown();
      return grown == null ? vertexList : grown.viterbi();
    } finally {
      lattice.release();
    }
  }

  /**
   * The best path of the first pass with the custom dictionary's words merged in, which the
   * name recognizers start from; the core index of each vertex is left in
   * {@code lattice.pathRef} (-1 where none).
   */
  private ArrayList<Vertex> pathBeforeNames(char[] sentence, Config c, CoreWords core, Lattice lattice) {
    lattice.build(sentence, core);
    lattice.viterbi();
    int n = lattice.bestPath();
    Vertex[] path = lattice.pathVertex;
    if (c.useCustomDictionary) {
      n = combine(path, lattice.pathRef, n, core);
    }
    ArrayList<Vertex> vertexList = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      vertexList.add(path[i]);
    }
    return vertexList;
  }

  /** For tests: what {@link #pathBeforeNames} gives, with a copy of the core indexes. */
  Map.Entry<List<Vertex>, int[]> pathBeforeNames(char[] sentence) {
    CoreWords core = CoreWords.current();
    Lattice lattice = LATTICE.get();
    try {
      List<Vertex> path = pathBeforeNames(sentence, config, core, lattice);
      return Map.entry(path, Arrays.copyOf(lattice.pathRef, path.size()));
    } finally {
      lattice.release();
    }
  }

  /**
   * {@code Segment.combineByCustomDictionary(vertexList, dat)} on the path arrays: from each
   * word, the longest run of words that together are a custom-dictionary word becomes one
   * vertex (a run of one only takes the dictionary's attribute). Where the path word is a
   * core-dictionary word, where its own characters lead in the custom trie is cached by its
   * core index. Returns the new path length; merged vertices get no core index.
   */
  private int combine(Vertex[] path, int[] refs, int n, CoreWords core) {
    DynamicCustomDictionary dictionary = customDictionary;
    DoubleArrayTrie<CoreDictionary.Attribute> dat = dictionary.dat;
    if (dictionary.trie != null) {
      // HanLP's second pass over its BinTrie: run its own code.
      LinkedList<Vertex> list = new LinkedList<>(Arrays.asList(path).subList(0, n));
      combineByCustomDictionary(list, dat);
      int i = 0;
      for (Vertex v : list) {
        path[i] = v;
        refs[i++] = -1;
      }
      return i;
    }
    CustomStarts starts = customStarts(dat, core);
    long[] steps = starts.steps.get();
    int length = n - 1;
    for (int i = 1; i < length; i++) {
      int state;
      CoreDictionary.Attribute value;
      if (refs[i] >= 0) {
        state = starts.state(refs[i], path[i].realWord);
        value = state > 0 ? starts.output(refs[i], state) : null;
      } else {
        state = dat.transition(path[i].realWord, 1);
        value = state > 0 ? dat.output(state) : null;
      }
      if (state > 0) {
        int to = i + 1;
        int end = to;
        for (; to < length; to++) {
          state = refs[to] >= 0 ? starts.step(state, refs[to], path[to].realWord, steps)
              : dat.transition(path[to].realWord, state);
          if (state < 0) {
            break;
          }
          CoreDictionary.Attribute output = dat.output(state);
          if (output != null) {
            value = output;
            end = to + 1;
          }
        }
        if (value != null) {
          if (i + 1 == end) {
            path[i].attribute = value;
          } else {
            StringBuilder word = new StringBuilder();
            for (int j = i; j < end; j++) {
              if (path[j] != null) {
                word.append(path[j].realWord);
                path[j] = null;
              }
            }
            String w = word.toString();
            path[i] = new Vertex(w, w, value);
            refs[i] = -1;
          }
          i = end - 1;
        }
      }
    }
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (path[i] != null) {
        path[kept] = path[i];
        refs[kept++] = refs[i];
      }
    }
    return kept;
  }

  private volatile CustomStarts customStarts;

  private CustomStarts customStarts(DoubleArrayTrie<CoreDictionary.Attribute> dat, CoreWords core) {
    CustomStarts s = customStarts;
    if (s == null || s.dat != dat || s.base != dat.getBase() || s.core != core) {
      s = new CustomStarts(dat, core);
      customStarts = s;
    }
    return s;
  }

  /**
   * Per core-dictionary index, the custom-trie state after the word's own characters
   * ({@code dat.transition(word, 1)}) and the trie's output there, filled as words are met;
   * and per thread, a cache of the steps from a state through a core word. Each trie access
   * is a likely cache miss in a 2.5 MB array, and the same common words start and continue
   * the same few custom words over and over. Racing threads write the same values, so plain
   * slots suffice (attributes are published by the trie's construction).
   */
  static final class CustomStarts {
    private static final int UNKNOWN = Integer.MIN_VALUE;
    private static final Object NO_OUTPUT = new Object();
    /** 4,096 slots of 16 bytes per thread. */
    private static final int STEP_BITS = 12;
    /** An empty step slot: no step is taken from state -1. */
    private static final long EMPTY = -1L;
    final DoubleArrayTrie<CoreDictionary.Attribute> dat;
    /** The trie's array when this was made: a reload builds new ones into the same trie. */
    final int[] base;
    final CoreWords core;
    private final int[] state;
    private final Object[] output;
    /** Per slot, a key (state, core index) at {@code 2s} and the state it leads to at {@code 2s + 1}. */
    final ThreadLocal<long[]> steps = ThreadLocal.withInitial(() -> {
      long[] a = new long[2 << STEP_BITS];
      Arrays.fill(a, EMPTY);
      return a;
    });

    CustomStarts(DoubleArrayTrie<CoreDictionary.Attribute> dat, CoreWords core) {
      this.dat = dat;
      this.base = dat.getBase();
      this.core = core;
      this.state = new int[core.size];
      this.output = new Object[core.size];
      Arrays.fill(state, UNKNOWN);
    }

    int state(int index, String word) {
      int s = state[index];
      if (s == UNKNOWN) {
        s = dat.transition(word, 1);
        state[index] = s;
      }
      return s;
    }

    /** {@code dat.output(state)} for the state {@link #state} gave this index. */
    CoreDictionary.Attribute output(int index, int state) {
      Object o = output[index];
      if (o == null) {
        CoreDictionary.Attribute a = dat.output(state);
        output[index] = a == null ? NO_OUTPUT : a;
        return a;
      }
      return o == NO_OUTPUT ? null : (CoreDictionary.Attribute) o;
    }

    /** {@code dat.transition(word, from)} for the core word at {@code index}. */
    int step(int from, int index, String word, long[] cache) {
      long key = ((long) from << 32) | index;
      int slot = 2 * (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - STEP_BITS));
      if (cache[slot] == key) {
        return (int) cache[slot + 1];
      }
      int s = dat.transition(word, from);
      cache[slot] = key;
      cache[slot + 1] = s;
      return s;
    }
  }

  /**
   * Per index of HanLP's core dictionary: the word id and total frequency that HanLP's
   * {@code Vertex} constructor gives a word found there (it maps person, place, number,
   * time... words to their class word, with that word's id and frequency). Rebuilt if HanLP
   * reloads its core dictionary.
   */
  static final class CoreWords {
    private static volatile CoreWords current;

    final DoubleArrayTrie<CoreDictionary.Attribute> trie;
    /** The trie's own array, kept to notice a reload (which builds new arrays into the trie). */
    final int[] base;
    /**
     * The trie's base and check arrays interleaved ({@code base[p]} at {@code 2p}, {@code
     * check[p]} at {@code 2p + 1}): the lattice's dictionary walk reads both of a position at
     * every step, and in one array they share a cache line; in two, each step misses twice
     * as often on this 2.7 MB structure, which the rest of the pipeline evicts between
     * articles.
     */
    final int[] trieArray;
    /** Number of words. */
    final int size;
    /** Per index, its word id at {@code 2i} and total frequency at {@code 2i + 1}, one line. */
    final int[] idFrequency;
    /**
     * How HanLP's constructor compiles each word: 0 keeps the word and its attribute, k > 0
     * replaces the word by {@code compiledWord[k]} and the attribute by
     * {@code compiledAttribute[k]} (each where not null), -1 leaves it to the constructor.
     */
    final byte[] kind;
    final String[] compiledWord;
    final CoreDictionary.Attribute[] compiledAttribute;

    private CoreWords(DoubleArrayTrie<CoreDictionary.Attribute> trie) {
      this.trie = trie;
      this.base = trie.getBase();
      int[] check = trie.getCheck();
      int length = Math.min(base.length, check.length);
      this.trieArray = new int[2 * length];
      for (int p = 0; p < length; p++) {
        trieArray[2 * p] = base[p];
        trieArray[2 * p + 1] = check[p];
      }
      int n = trie.size();
      this.size = n;
      this.idFrequency = new int[2 * n];
      this.kind = new byte[n];
      List<String> words = new ArrayList<>();
      List<CoreDictionary.Attribute> attributes = new ArrayList<>();
      words.add(null);
      attributes.add(null);
      String text = "x";
      for (int i = 0; i < n; i++) {
        // The constructor HanLP's lattice uses; the text does not affect id or attribute.
        CoreDictionary.Attribute a = trie.getValueAt(i);
        Vertex v = new Vertex(text, a, i);
        idFrequency[2 * i] = v.wordID;
        idFrequency[2 * i + 1] = v.attribute.totalFrequency;
        if (a == null) {
          // HanLP gives each such vertex a fresh default attribute: let it.
          kind[i] = -1;
        } else if (v.word != text || v.attribute != a) {
          CoreDictionary.Attribute replaced = v.attribute != a ? v.attribute : null;
          int k = 1;
          String compiled = v.word != text ? v.word : null;
          while (k < words.size()
              && !(Objects.equals(words.get(k), compiled) && attributes.get(k) == replaced)) {
            k++;
          }
          if (k == words.size()) {
            if (k > Byte.MAX_VALUE) {
              throw new IllegalStateException("HanLP compiles core words into more than "
                  + Byte.MAX_VALUE + " classes; LatticeSegment supports fewer");
            }
            words.add(compiled);
            attributes.add(replaced);
          }
          kind[i] = (byte) k;
        }
      }
      this.compiledWord = words.toArray(new String[0]);
      this.compiledAttribute = attributes.toArray(new CoreDictionary.Attribute[0]);
    }

    /** A word found at {@code index} as HanLP's lattice makes it. */
    Vertex vertex(String word, int index) {
      int k = kind[index];
      CoreDictionary.Attribute a = trie.getValueAt(index);
      if (k == 0) {
        return new Vertex(word, word, a, index);
      }
      if (k < 0) {
        return new Vertex(word, a, index);
      }
      String compiled = compiledWord[k];
      CoreDictionary.Attribute replaced = compiledAttribute[k];
      return new Vertex(compiled != null ? compiled : word, word,
          replaced != null ? replaced : a, idFrequency[2 * index]);
    }

    static CoreWords current() {
      CoreWords c = current;
      DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
      if (c == null || c.trie != trie || c.base != trie.getBase()) {
        synchronized (CoreWords.class) {
          c = current;
          if (c == null || c.trie != trie || c.base != trie.getBase()) {
            c = new CoreWords(trie);
            current = c;
          }
        }
      }
      return c;
    }
  }

  /**
   * The first-pass lattice of one sentence in arrays, reused by its thread. Line {@code l}
   * holds the candidates starting at character {@code l - 1}; line 0 the begin marker, line
   * {@code n + 1} the end marker, as in HanLP's {@code WordNet}. Candidates of a line are
   * chained in insertion order, which is the order HanLP's Viterbi visits them in.
   */
  static final class Lattice {
    private static final int BEGIN = 0;
    private static final int END = 1;
    /** A candidate's {@code ref} below this is an atom: {@code ATOM - ref} is its char type. */
    private static final int ATOM = -1;
    /** Sentences are at most 400 chars (SentenceSplitter); a longer one's arrays are not kept. */
    private static final int SHRINK_ABOVE = 8192;

    char[] text;
    int n;
    int count;
    CoreWords core;
    Vertex begin;
    Vertex end;

    int[] start = new int[256];
    int[] len = new int[256];
    int[] wordId = new int[256];
    int[] frequency = new int[256];
    int[] ref = new int[256];
    int[] next = new int[256];
    int[] from = new int[256];
    double[] weight = new double[256];
    Vertex[] made = new Vertex[256];
    int[] head = new int[128];
    int[] tail = new int[128];
    private int[] stack = new int[64];
    Vertex[] pathVertex = new Vertex[64];
    int[] pathRef = new int[64];
    /**
     * 16,384 slots of 16 bytes (256 KB per thread): measured on generated news, 97% of the
     * weights asked for are found, against 90% with 4,096 slots.
     */
    private static final int COST_BITS = 14;
    private static final int BEGIN_KEY = Integer.MIN_VALUE;
    private static final int END_KEY = Integer.MIN_VALUE + 1;
    /** An empty slot: a key no pair of candidates has (the begin marker is never a target). */
    private static final long EMPTY = ((long) END_KEY << 32) | (BEGIN_KEY & 0xFFFF_FFFFL);
    /** Per slot, the key of a pair at {@code 2s} and the raw bits of its weight at {@code 2s + 1}. */
    private final long[] costs = new long[2 << COST_BITS];
    /** The dictionary the cached weights were computed with. */
    private CoreWords costsOf;

    Lattice() {
      Arrays.fill(costs, EMPTY);
    }

    void build(char[] sentence, CoreWords words) {
      if (costsOf != words) {
        // HanLP reloaded its core dictionary: ids and frequencies may have changed.
        Arrays.fill(costs, EMPTY);
        costsOf = words;
      }
      text = sentence;
      n = sentence.length;
      core = words;
      count = 0;
      int lines = n + 2;
      if (head.length < lines) {
        head = new int[Math.max(lines, head.length * 2)];
        tail = new int[head.length];
      }
      Arrays.fill(head, 0, lines, -1);
      Arrays.fill(tail, 0, lines, -1);
      begin = Vertex.newB();
      end = Vertex.newE();
      add(0, -1, begin.realWord.length(), begin.wordID, begin.attribute.totalFrequency, 0);
      add(lines - 1, n, end.realWord.length(), end.wordID, end.attribute.totalFrequency, 0);
      dictionaryWords();
      fillGaps();
    }

    /** HanLP's core-dictionary search: every word starting at every character, shortest first. */
    private void dictionaryWords() {
      int[] trie = core.trieArray;
      int[] idFrequency = core.idFrequency;
      char[] c = text;
      int root = trie[0];
      for (int b = 0; b < n; b++) {
        int state = root;
        for (int i = b; i < n; i++) {
          // HanLP's step: the child for c sits at base + c + 1 and has check == base.
          int p = 2 * (state + c[i] + 1);
          if (state != trie[p + 1]) {
            break;
          }
          state = trie[p];
          int value = trie[2 * state];
          if (state == trie[2 * state + 1] && value < 0) {
            int index = -value - 1;
            add(b + 1, b, i - b + 1, idFrequency[2 * index], idFrequency[2 * index + 1], index);
          }
        }
      }
    }

    /**
     * HanLP's atoms over the characters no dictionary word covers, so the lattice is
     * connected. A gap runs on over lines that do have words while their character is a
     * Chinese numeral, and an atom is not added where its line already has a candidate of
     * its length.
     */
    private void fillGaps() {
      byte[] type = CharType.type;
      int lines = n + 2;
      for (int i = 1; i < lines; ) {
        if (head[i] < 0) {
          int j = i + 1;
          for (; j < lines - 1; j++) {
            if (head[j] >= 0 && type[text[j - 1]] != CharType.CT_CNUM) {
              break;
            }
          }
          atoms(i - 1, j - 1);
          i = j;
        } else {
          i += len[tail[i]];
        }
      }
    }

    /** Runs of one char type; a number keeps a decimal point or comma followed by a digit. */
    private void atoms(int from, int to) {
      byte[] type = CharType.type;
      int atomStart = from;
      int previous = type[text[from]];
      int i = from + 1;
      for (; i < to; i++) {
        int current = type[text[i]];
        if (current == previous) {
          continue;
        }
        if (previous == CharType.CT_NUM && "，,．.".indexOf(text[i]) != -1 && i + 1 < to
            && type[text[i + 1]] == CharType.CT_NUM) {
          continue;
        }
        atom(atomStart, i - atomStart, previous);
        atomStart = i;
        previous = current;
      }
      atom(atomStart, to - atomStart, previous);
    }

    private void atom(int at, int length, int charType) {
      int line = at + 1;
      for (int v = head[line]; v >= 0; v = next[v]) {
        if (len[v] == length) {
          return;
        }
      }
      add(line, at, length, atomWordId(charType), Predefine.OOV_DEFAULT_FREQUENCY, ATOM - charType);
    }

    private static int atomWordId(int charType) {
      switch (charType) {
        case CharType.CT_SINGLE:
          return CoreDictionary.X_WORD_ID;
        case CharType.CT_NUM:
        case CharType.CT_INDEX:
        case CharType.CT_CNUM:
          return CoreDictionary.M_WORD_ID;
        default:
          return -1;
      }
    }

    private void add(int line, int at, int length, int id, int freq, int reference) {
      int v = count;
      if (v == start.length) {
        grow();
      }
      start[v] = at;
      len[v] = length;
      wordId[v] = id;
      frequency[v] = freq;
      ref[v] = reference;
      next[v] = -1;
      from[v] = -1;
      weight[v] = 0.0;
      made[v] = null;
      if (tail[line] < 0) {
        head[line] = v;
      } else {
        next[tail[line]] = v;
      }
      tail[line] = v;
      count = v + 1;
    }

    private void grow() {
      int size = start.length * 2;
      start = Arrays.copyOf(start, size);
      len = Arrays.copyOf(len, size);
      wordId = Arrays.copyOf(wordId, size);
      frequency = Arrays.copyOf(frequency, size);
      ref = Arrays.copyOf(ref, size);
      next = Arrays.copyOf(next, size);
      from = Arrays.copyOf(from, size);
      weight = Arrays.copyOf(weight, size);
      made = Arrays.copyOf(made, size);
    }

    /**
     * HanLP's first Viterbi: line by line, each reached candidate offers itself to the
     * candidates starting where it ends, which keep the first offer unless a later one is
     * strictly cheaper.
     */
    void viterbi() {
      int lines = n + 2;
      for (int v = head[1]; v >= 0; v = next[v]) {
        offer(BEGIN, v);
      }
      for (int i = 1; i < lines - 1; i++) {
        for (int v = head[i]; v >= 0; v = next[v]) {
          if (from[v] < 0) {
            continue;
          }
          for (int w = head[i + len[v]]; w >= 0; w = next[w]) {
            offer(v, w);
          }
        }
      }
    }

    private void offer(int f, int t) {
      double w = weight[f] + cost(f, t);
      if (from[t] < 0 || weight[t] > w) {
        from[t] = f;
        weight[t] = w;
      }
    }

    /**
     * The weight of the edge from candidate {@code f} to candidate {@code t}, through a
     * per-thread cache. The weight depends only on the two words' ids and frequencies, and
     * those only on what each candidate is: a core-dictionary index, an atom's char type, or
     * the begin or end marker. So it is cached by that pair; a sentence's lattice asks for the
     * same few hundred pairs of common words over and over, and each miss costs a binary
     * search in HanLP's 3 MB bigram table and a logarithm. The cached weight is the value
     * {@link #weight(int, int)} computed, so the Viterbi adds the same doubles.
     */
    private double cost(int f, int t) {
      long key = ((long) what(f) << 32) | (what(t) & 0xFFFF_FFFFL);
      int slot = 2 * (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - COST_BITS));
      long[] cache = costs;
      if (cache[slot] == key) {
        return Double.longBitsToDouble(cache[slot + 1]);
      }
      double w = weight(f, t);
      cache[slot] = key;
      cache[slot + 1] = Double.doubleToRawLongBits(w);
      return w;
    }

    /**
     * What a candidate is, as far as its id and frequency go: its core index (>= 0), its
     * atom's {@code ref} (<= -1), or one of two values no ref takes for the markers.
     */
    private int what(int v) {
      return v == BEGIN ? BEGIN_KEY : v == END ? END_KEY : ref[v];
    }

    /** {@code MathUtility.calculateWeight}, term for term in its order. */
    private double weight(int f, int t) {
      int fromFrequency = frequency[f];
      int both = bigram(wordId[f], wordId[t]);
      int toFrequency = frequency[t];
      double myu = Predefine.myu;
      return -Math.log(LAMBDA * (myu * both / (fromFrequency + 1) + 1 - myu)
          + ONE_MINUS_LAMBDA * toFrequency / Predefine.TOTAL_FREQUENCY);
    }

    /**
     * {@code CoreBiGramTableDictionary.getBiFrequency(a, b)}. Negative ids (HanLP gives them
     * to words it makes up) stand for their own frequency, as there.
     */
    private static int bigram(int a, int b) {
      if (a < 0) {
        return -a;
      }
      if (b < 0) {
        return -b;
      }
      return CoreBiGramTableDictionary.getBiFrequency(a, b);
    }

    /**
     * Makes the best path's vertices into {@link #pathVertex} (begin and end markers
     * included) with their core-dictionary indexes in {@link #pathRef} (-1 for others);
     * returns its length.
     */
    int bestPath() {
      vertex(END);
      int length = 0;
      for (int v = END; v >= 0; v = from[v]) {
        length++;
      }
      if (pathVertex.length < length) {
        pathVertex = new Vertex[Math.max(length, pathVertex.length * 2)];
        pathRef = new int[pathVertex.length];
      }
      int i = length;
      for (int v = END; v >= 0; v = from[v]) {
        i--;
        pathVertex[i] = made[v];
        pathRef[i] = ref[v] >= 0 && v != BEGIN && v != END ? ref[v] : -1;
      }
      return length;
    }

    /** The candidates of a line as vertices, in lattice order. */
    LinkedList<Vertex> line(int line) {
      LinkedList<Vertex> out = new LinkedList<>();
      for (int v = head[line]; v >= 0; v = next[v]) {
        out.add(vertex(v));
      }
      return out;
    }

    /**
     * The vertex of candidate {@code v}, made once, with its first-pass predecessor (made
     * too, back along the chain) and weight.
     */
    Vertex vertex(int v) {
      Vertex done = made[v];
      if (done != null) {
        return done;
      }
      int depth = 0;
      for (int u = v; u >= 0 && made[u] == null; u = from[u]) {
        if (depth == stack.length) {
          stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = u;
      }
      while (depth > 0) {
        int u = stack[--depth];
        Vertex x = newVertex(u);
        if (from[u] >= 0) {
          x.from = made[from[u]];
          x.weight = weight[u];
        }
        made[u] = x;
      }
      return made[v];
    }

    private Vertex newVertex(int v) {
      if (v == BEGIN) {
        return begin;
      }
      if (v == END) {
        return end;
      }
      String word = new String(text, start[v], len[v]);
      int r = ref[v];
      if (r >= 0) {
        return core.vertex(word, r);
      }
      int charType = ATOM - r;
      Nature nature;
      String compiled;
      switch (charType) {
        case CharType.CT_SINGLE:
          nature = Nature.nx;
          compiled = Predefine.TAG_CLUSTER;
          break;
        case CharType.CT_DELIMITER:
        case CharType.CT_OTHER:
          nature = Nature.w;
          compiled = word;
          break;
        case CharType.CT_NUM:
        case CharType.CT_INDEX:
        case CharType.CT_CNUM:
          nature = Nature.m;
          compiled = Predefine.TAG_NUMBER;
          break;
        default:
          nature = Nature.n;
          compiled = word;
          break;
      }
      return new Vertex(compiled, word,
          new CoreDictionary.Attribute(nature, Predefine.OOV_DEFAULT_FREQUENCY), wordId[v]);
    }

    /**
     * Drops the sentence's vertices so the scratch area holds no garbage between calls, and
     * gives back what one very long sentence grew: the area lives as long as its thread.
     */
    void release() {
      if (start.length > SHRINK_ABOVE) {
        start = new int[256];
        len = new int[256];
        wordId = new int[256];
        frequency = new int[256];
        ref = new int[256];
        next = new int[256];
        from = new int[256];
        weight = new double[256];
        made = new Vertex[256];
      } else {
        Arrays.fill(made, 0, count, null);
      }
      if (head.length > SHRINK_ABOVE) {
        head = new int[128];
        tail = new int[128];
      }
      if (pathVertex.length > SHRINK_ABOVE) {
        pathVertex = new Vertex[64];
        pathRef = new int[64];
      } else {
        Arrays.fill(pathVertex, null);
      }
      text = null;
      begin = null;
      end = null;
    }
  }

  /**
   * A net handed to HanLP's name recognizers that takes none of {@code WordNet}'s other
   * changes: the configurations {@link LatticeSegment} covers never make them, and a silent
   * change would leave the arrays behind the net out of step with it.
   */
  abstract static class ReadingNet extends WordNet {
    private static final char[] NONE = new char[0];

    ReadingNet(char[] sentence) {
      super(NONE, List.of());
      this.charArray = sentence;
    }

    /** What a change this net does not take throws, naming the net and the way out. */
    abstract UnsupportedOperationException unsupported();

    /** The vertices of a line, its list made on demand. */
    abstract LinkedList<Vertex> vertices(int line);

    @Override
    public final Vertex get(int line, int length) {
      for (Vertex v : vertices(line)) {
        if (v.realWord.length() == length) {
          return v;
        }
      }
      return null;
    }

    @Override
    public final Iterator<Vertex> descendingIterator(int line) {
      return vertices(line).descendingIterator();
    }

    @Override
    public final void add(int line, Vertex vertex) {
      throw unsupported();
    }

    @Override
    public final void push(int line, Vertex vertex) {
      throw unsupported();
    }

    @Override
    public final void addAll(List<Vertex> vertexList) {
      throw unsupported();
    }

    @Override
    public final void add(int line, List<com.hankcs.hanlp.seg.NShort.Path.AtomNode> atomSegment) {
      throw unsupported();
    }

    @Override
    public final void clear() {
      throw unsupported();
    }

    @Override
    public final void clean() {
      throw unsupported();
    }

    @Override
    public final void mergeContinuousNsIntoOne() {
      throw unsupported();
    }

    @Override
    public final com.hankcs.hanlp.seg.common.Graph toGraph() {
      throw unsupported();
    }
  }

  /**
   * HanLP's net of the best path, into which the name recognizers insert names, as
   * {@code WordNet.insert} fills it; a line's list is made only when something is inserted
   * into it or next to it, since most sentences get no name and most lines no second vertex
   * (HanLP makes n + 2 linked lists per sentence for it).
   */
  static final class OptimumNet extends ReadingNet {
    private final List<Vertex> path;
    /**
     * The path vertex starting on each line, or null; like {@link #lines}, made when the net
     * is first read or changed, since in most sentences the recognizers do neither.
     */
    private Vertex[] pathAt;
    /** Each line's vertices once it has more than its path vertex (or shares a first-pass line). */
    private LinkedList<Vertex>[] lines;
    private final int pathSize;
    private int size;

    OptimumNet(char[] sentence, List<Vertex> path) {
      super(sentence);
      this.path = path;
      this.pathSize = path.size();
      this.size = pathSize;
    }

    @SuppressWarnings("unchecked")
    private void lay() {
      if (pathAt != null) {
        return;
      }
      pathAt = new Vertex[charArray.length + 2];
      lines = new LinkedList[charArray.length + 2];
      int line = 0;
      for (Vertex v : path) {
        if (pathAt[line] == null && lines[line] == null) {
          pathAt[line] = v;
        } else {
          list(line).add(v);
        }
        line += v.realWord.length();
      }
    }

    /**
     * {@code WordNet.insert}: adds the vertex unless its line has one of its length, links in
     * the first-pass vertices of the four lines before it that end where it starts (when that
     * line of the full net has more vertices than this one), and, when nothing starts where
     * it ends, that whole line of the full net (the same list object, as HanLP does).
     */
    @Override
    public void insert(int line, Vertex vertex, WordNet wordNetAll) {
      lay();
      int length = vertex.realWord.length();
      if (lines[line] != null) {
        for (Vertex old : lines[line]) {
          if (old.realWord.length() == length) {
            return;
          }
        }
      } else if (pathAt[line] != null && pathAt[line].realWord.length() == length) {
        return;
      }
      list(line).add(vertex);
      size++;
      int lowest = Math.max(0, line - 5);
      for (int l = line - 1; l > lowest; l--) {
        LinkedList<Vertex> all = wordNetAll.get(l);
        if (all.size() <= count(l)) {
          continue;
        }
        for (Vertex v : all) {
          if (v.length() + l == line) {
            list(l).add(v);
            size++;
          }
        }
      }
      int after = line + length;
      LinkedList<Vertex> target = wordNetAll.get(after);
      if (count(after) == 0 && target.size() != 0) {
        size += target.size();
        lines[after] = target;
      }
    }

    private int count(int line) {
      lay();
      return lines[line] != null ? lines[line].size() : pathAt[line] != null ? 1 : 0;
    }

    private LinkedList<Vertex> list(int line) {
      lay();
      LinkedList<Vertex> l = lines[line];
      if (l == null) {
        l = new LinkedList<>();
        if (pathAt[line] != null) {
          l.add(pathAt[line]);
          pathAt[line] = null;
        }
        lines[line] = l;
      }
      return l;
    }

    /** This net if something was inserted into it (HanLP then runs its Viterbi again), else null. */
    OptimumNet grown() {
      return size != pathSize ? this : null;
    }

    /**
     * HanLP's Viterbi over this net (as over a {@code WordNet}): each vertex takes the
     * cheapest predecessor ending where it starts, keeping what it has unless a new one is
     * strictly cheaper ({@code Vertex.updateFrom}), then the path is read back from the end.
     */
    List<Vertex> viterbi() {
      lay();
      int last = pathAt.length - 1;
      Vertex begin = first(0);
      if (lines[1] != null) {
        for (Vertex v : lines[1]) {
          v.updateFrom(begin);
        }
      } else if (pathAt[1] != null) {
        pathAt[1].updateFrom(begin);
      }
      for (int i = 1; i < last; i++) {
        LinkedList<Vertex> l = lines[i];
        if (l != null) {
          for (Vertex v : l) {
            offer(v, i);
          }
        } else if (pathAt[i] != null) {
          offer(pathAt[i], i);
        }
      }
      LinkedList<Vertex> best = new LinkedList<>();
      for (Vertex v = first(last); v != null; v = v.from) {
        best.addFirst(v);
      }
      return best;
    }

    private void offer(Vertex v, int line) {
      if (v.from == null) {
        return;
      }
      int to = line + v.realWord.length();
      LinkedList<Vertex> l = lines[to];
      if (l != null) {
        for (Vertex next : l) {
          next.updateFrom(v);
        }
      } else if (pathAt[to] != null) {
        pathAt[to].updateFrom(v);
      }
    }

    private Vertex first(int line) {
      lay();
      LinkedList<Vertex> l = lines[line];
      return l != null ? (l.isEmpty() ? null : l.getFirst()) : pathAt[line];
    }

    @Override
    public LinkedList<Vertex> get(int line) {
      return list(line);
    }

    @Override
    public Vertex getFirst(int line) {
      return first(line);
    }

    @Override
    LinkedList<Vertex> vertices(int line) {
      return list(line);
    }

    @Override
    public LinkedList<Vertex>[] getVertexes() {
      lay();
      for (int i = 0; i < lines.length; i++) {
        list(i);
      }
      return lines;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public String toString() {
      lay();
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < lines.length; i++) {
        sb.append(i).append(':').append(lines[i] != null ? lines[i]
            : pathAt[i] != null ? List.of(pathAt[i]) : List.of()).append('\n');
      }
      return sb.toString();
    }

    @Override
    UnsupportedOperationException unsupported() {
      return new UnsupportedOperationException("the optimum net of LatticeSegment only takes "
          + "insert(): run HanLP's own ViterbiSegment for configurations that need more");
    }
  }

  /**
   * HanLP's full first-pass net as the name recognizers see it ({@code WordNet.insert} reads
   * lines of it): each line is built on first use and then kept, since HanLP may link such a
   * line into the optimum net and later read it again. Only reading is supported; HanLP does
   * not change this net in the configurations {@link LatticeSegment} covers.
   */
  static final class FirstPassNet extends ReadingNet {
    private final Lattice lattice;
    private LinkedList<Vertex>[] lines;

    FirstPassNet(char[] sentence, Lattice lattice) {
      super(sentence);
      this.lattice = lattice;
    }

    @Override
    @SuppressWarnings("unchecked")
    public LinkedList<Vertex> get(int line) {
      if (lines == null) {
        lines = new LinkedList[lattice.n + 2];
      }
      LinkedList<Vertex> l = lines[line];
      if (l == null) {
        l = lattice.line(line);
        lines[line] = l;
      }
      return l;
    }

    @Override
    public Vertex getFirst(int line) {
      LinkedList<Vertex> l = get(line);
      return l.isEmpty() ? null : l.getFirst();
    }

    @Override
    LinkedList<Vertex> vertices(int line) {
      return get(line);
    }

    @Override
    public LinkedList<Vertex>[] getVertexes() {
      for (int i = 0; i < lattice.n + 2; i++) {
        get(i);
      }
      return lines;
    }

    @Override
    public int size() {
      return lattice.count;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      LinkedList<Vertex>[] all = getVertexes();
      for (int i = 0; i < all.length; i++) {
        sb.append(i).append(':').append(all[i]).append('\n');
      }
      return sb.toString();
    }

    @Override
    public void insert(int line, Vertex vertex, WordNet wordNetAll) {
      throw unsupported();
    }

    @Override
    UnsupportedOperationException unsupported() {
      return new UnsupportedOperationException(
          "the first-pass net of LatticeSegment is read-only: run HanLP's own ViterbiSegment "
              + "for configurations that change it");
    }
  }
}
