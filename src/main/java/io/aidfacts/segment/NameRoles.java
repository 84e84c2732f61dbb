package io.aidfacts.segment;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.TransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.nr.NRDictionary;
import com.hankcs.hanlp.dictionary.nr.NRPattern;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.seg.common.Vertex;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first half of HanLP 1.8.6's person-name recognizer on arrays:
 * {@code PersonRecognition.roleObserve} (the roles each word of the path can play) and
 * {@code viterbiComputeSimply} (the role of each word), with the same role sequence.
 *
 * <p>Why: HanLP observes a role list per word as an {@code EnumItem} (a new TreeMap for most
 * words) and then, per word and role, looks the frequency up in that map and takes a
 * logarithm. A word's roles and their emission terms {@code log((f + 1e-8) / total)} do not
 * depend on the sentence, so they are worked out once per core-dictionary word (and once for
 * each of HanLP's default role lists) as a {@link Row}; the greedy Viterbi then only reads
 * arrays. Each cost is the same expression on the same doubles in the same order, and ties
 * go the same way (a later role wins only when strictly cheaper), so the roles are identical.
 *
 * <p>Most sentences hold no name: {@link #mayMatch} tells, from the roles alone, that none of
 * HanLP's name patterns can match, and {@code PersonDictionary.parsePattern} (which builds the
 * pattern string and runs an Aho-Corasick automaton over it to insert names) is then skipped.
 *
 * <p>One instance follows one core dictionary, one name-role dictionary and one role
 * transition matrix ({@link #current}); it is rebuilt when HanLP's static fields point to
 * other objects.
 */
final class NameRoles {

  /** A role list: the roles in HanLP's map order and, per role, the emission term. */
  static final class Row {
    final NR[] roles;
    /** {@code Math.log((frequency + 1e-8) / totalFrequency(role))}, as HanLP's Viterbi has it. */
    final double[] emission;

    Row(EnumItem<NR> item, TransformMatrixDictionary<NR> matrix) {
      int n = item.labelMap.size();
      roles = new NR[n];
      emission = new double[n];
      int k = 0;
      // The map's own order, which is the order HanLP's Viterbi visits the roles in.
      for (Map.Entry<NR, Integer> e : item.labelMap.entrySet()) {
        NR role = e.getKey();
        roles[k] = role;
        emission[k] = Math.log((item.getFrequency(role) + 1e-8) / matrix.getTotalFrequency(role));
        k++;
      }
    }
  }

  /** Marks a core word known to have no entry in the name-role dictionary. */
  private static final Row ABSENT = new Row(new EnumItem<>(), null);

  private static volatile NameRoles current;

  final NRDictionary dictionary;
  final TransformMatrixDictionary<NR> matrix;
  private final LatticeSegment.CoreWords core;
  /** What {@code roleObserve} gives the begin marker. */
  private final Row start;
  /** A word tagged nr with total frequency up to 1000 and two characters. */
  private final Row rareTwoCharName;
  /** Any other word HanLP's name-role dictionary does not know, except nnt. */
  private final Row other;
  /** A job title (nnt) the dictionary does not know. */
  private final Row title;
  /** Per core index: the word's dictionary row, {@link #ABSENT}, or null while not looked up. */
  private final Row[] byIndex;
  /** Per character, the row of the one-character word outside the core dictionary, or null. */
  private final Row[] byChar = new Row[Character.MAX_VALUE + 1];
  /** Rows by dictionary item; at most one per item of the dictionary. */
  private final ConcurrentHashMap<EnumItem<NR>, Row> byItem = new ConcurrentHashMap<>();

  private NameRoles(LatticeSegment.CoreWords core, NRDictionary dictionary,
      TransformMatrixDictionary<NR> matrix) {
    this.core = core;
    this.dictionary = dictionary;
    this.matrix = matrix;
    // The same role lists roleObserve makes, built by the same constructors.
    this.start = new Row(new EnumItem<>(NR.A, NR.K), matrix);
    EnumItem<NR> rare = new EnumItem<>();
    rare.labelMap.put(NR.X, 2);
    rare.labelMap.put(NR.G, 1);
    this.rareTwoCharName = new Row(rare, matrix);
    this.other = new Row(new EnumItem<>(NR.A, matrix.getTotalFrequency(NR.A)), matrix);
    this.title = new Row(new EnumItem<>(NR.G, NR.K), matrix);
    this.byIndex = new Row[core.size];
  }

  static NameRoles current(LatticeSegment.CoreWords core) {
    NameRoles r = current;
    if (r == null || r.core != core || r.dictionary != PersonDictionary.dictionary
        || r.matrix != PersonDictionary.transformMatrixDictionary) {
      r = new NameRoles(core, PersonDictionary.dictionary, PersonDictionary.transformMatrixDictionary);
      current = r;
    }
    return r;
  }

  /**
   * {@code PersonRecognition.viterbiComputeSimply(roleObserve(path))}: the role of each path
   * vertex. {@code refs[i]} is the core index of {@code path.get(i)} or -1.
   */
  NR[] roles(List<Vertex> path, int[] refs) {
    int n = path.size();
    NR[] out = new NR[n];
    double[][] transition = matrix.transititon_probability;
    NR pre = start.roles[0];
    NR best = pre;
    out[0] = pre;
    for (int i = 1; i < n; i++) {
      Row row = row(path.get(i), refs[i]);
      double bestCost = Double.MAX_VALUE;
      double[] from = transition[pre.ordinal()];
      NR[] roles = row.roles;
      double[] emission = row.emission;
      for (int k = 0; k < roles.length; k++) {
        double now = from[roles[k].ordinal()] - emission[k];
        if (bestCost > now) {
          bestCost = now;
          best = roles[k];
        }
      }
      // As HanLP: a word whose every cost is NaN keeps the previous word's best role.
      pre = best;
      out[i] = pre;
    }
    return out;
  }

  /** {@code roleObserve} for one vertex, as a row. */
  private Row row(Vertex v, int index) {
    Row r;
    if (index >= 0) {
      // Racing threads store equal rows; a reader sees either a whole row or null.
      r = byIndex[index];
      if (r == null) {
        r = lookUp(v.realWord);
        byIndex[index] = r;
      }
    } else {
      r = lookUp(v.realWord);
    }
    if (r != ABSENT) {
      return r;
    }
    Nature nature = v.guessNature();
    if (nature == Nature.nr) {
      return v.getAttribute().totalFrequency <= 1000 && v.realWord.length() == 2
          ? rareTwoCharName : other;
    }
    return nature == Nature.nnt ? title : other;
  }

  private Row lookUp(String word) {
    if (word.length() == 1) {
      // Punctuation, single digits and the end marker: the commonest words without a core
      // index, kept by their character instead of a trie search and a map lookup each time.
      char c = word.charAt(0);
      Row r = byChar[c];
      if (r == null) {
        r = lookUpItem(word);
        byChar[c] = r;
      }
      return r;
    }
    return lookUpItem(word);
  }

  private Row lookUpItem(String word) {
    EnumItem<NR> item = dictionary.get(word);
    if (item == null) {
      return ABSENT;
    }
    // Words outside the core dictionary (punctuation and number atoms, the end marker, merged
    // custom words) have no index to cache by, yet the commonest are in the dictionary: their
    // rows are kept by the dictionary's item, which EnumItem compares by identity.
    Row r = byItem.get(item);
    if (r == null) {
      r = new Row(item, matrix);
      byItem.putIfAbsent(item, r);
    }
    return r;
  }

  // --- which role sequences HanLP's name patterns can match ---

  /** Each role's letter in {@code parsePattern}'s string (its name), as 0 for A to 25 for Z. */
  private static final int[] LETTER = new int[NR.values().length];
  /** Role letters (A..Z) that are a whole pattern by themselves. */
  private static final boolean[] SINGLE = new boolean[26];
  /** Pairs of role letters that begin a pattern of two or more, at {@code 26 * first + second}. */
  private static final boolean[] PAIR = new boolean[26 * 26];

  static {
    // PersonDictionary builds its automaton from NRPattern's names: read the same names.
    for (NRPattern p : NRPattern.values()) {
      String k = p.toString();
      if (k.length() == 1) {
        SINGLE[letter(k.charAt(0))] = true;
      } else {
        PAIR[26 * letter(k.charAt(0)) + letter(k.charAt(1))] = true;
      }
    }
    for (NR role : NR.values()) {
      if (role.toString().length() != 1) {
        throw new IllegalStateException("HanLP's name role " + role + " is not one letter: "
            + "NameRoles.mayMatch reads roles as letters; run HanLP's own recognizer");
      }
      LETTER[role.ordinal()] = letter(role.toString().charAt(0));
    }
  }

  private static int letter(char c) {
    if (c < 'A' || c > 'Z') {
      throw new IllegalStateException("HanLP's name pattern letter '" + c + "' is not A-Z: "
          + "NameRoles.mayMatch reads patterns as letters; run HanLP's own recognizer");
    }
    return c - 'A';
  }

  /**
   * False when no name pattern can occur in the pattern string {@code parsePattern} builds
   * from these roles (then it inserts nothing and changes nothing the caller sees): that
   * string has U as KB and V as EL after a B, else DL, and every other role as its letter;
   * every pattern is a single letter or begins with one of a few letter pairs.
   */
  static boolean mayMatch(NR[] roles) {
    int previous = -1;
    NR preRole = NR.A;
    for (NR role : roles) {
      int a;
      int b;
      if (role == NR.U) {
        a = 'K' - 'A';
        b = 'B' - 'A';
        preRole = NR.B;
      } else if (role == NR.V) {
        a = (preRole == NR.B ? 'E' : 'D') - 'A';
        b = 'L' - 'A';
      } else {
        a = LETTER[role.ordinal()];
        b = -1;
        preRole = role;
      }
      if (SINGLE[a] || (previous >= 0 && PAIR[26 * previous + a])) {
        return true;
      }
      if (b >= 0) {
        if (SINGLE[b] || PAIR[26 * a + b]) {
          return true;
        }
        previous = b;
      } else {
        previous = a;
      }
    }
    return false;
  }
}
