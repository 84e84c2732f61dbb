package io.aidfacts.index;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Counts and sums the facet dimensions of the matching facts in the same pass that collects
 * the hits: per segment by ordinal of each dimension's sorted doc values, folded into the
 * reader's global ordinals when the segment is done, so a hit costs a few doc-value reads and
 * array increments, and labels are looked up only for the values that are returned.
 *
 * <p>Sums add the {@link IndexSchema#SUM} doc value, which the index holds only for amounts
 * that count towards a total (not parts of another fact's total, not rates): nothing is
 * counted twice and no query-time rule is needed. Dimension sums are in CNY; totals per
 * currency.
 */
final class FactFacets {

  /** Global ordinals of each dimension's values and of the currencies, for one reader. */
  static final class Ordinals {
    private final IndexReader reader;
    private final String[] fields;
    private final OrdinalMap[] maps;
    private final long[] valueCounts;
    /** Labels looked up so far, by field and global ordinal (a race only repeats a look-up). */
    private final String[][] labels;

    private Ordinals(IndexReader reader) throws IOException {
      this.reader = reader;
      List<String> dims = IndexSchema.DIMS;
      fields = new String[dims.size() + 1];
      for (int i = 0; i < dims.size(); i++) {
        fields[i] = IndexSchema.dimField(dims.get(i));
      }
      fields[dims.size()] = IndexSchema.CURRENCY_DV;
      maps = new OrdinalMap[fields.length];
      valueCounts = new long[fields.length];
      List<LeafReaderContext> leaves = reader.leaves();
      for (int f = 0; f < fields.length; f++) {
        if (leaves.size() == 1) {
          valueCounts[f] = DocValues.getSorted(leaves.get(0).reader(), fields[f]).getValueCount();
          continue; // one segment: its ordinals are the global ones
        }
        SortedDocValues[] values = new SortedDocValues[leaves.size()];
        for (int l = 0; l < values.length; l++) {
          values[l] = DocValues.getSorted(leaves.get(l).reader(), fields[f]);
        }
        maps[f] = OrdinalMap.build(null, values, PackedInts.DEFAULT);
        valueCounts[f] = maps[f].getValueCount();
      }
      labels = new String[fields.length][];
      for (int f = 0; f < fields.length; f++) {
        labels[f] = new String[Math.toIntExact(valueCounts[f])];
      }
    }

    /** Builds the ordinals of a reader: a merge of each field's terms, once per reader. */
    static Ordinals of(IndexReader reader) throws IOException {
      return new Ordinals(reader);
    }

    IndexReader reader() {
      return reader;
    }

    private LongValues toGlobal(int field, LeafReaderContext leaf) {
      return maps[field] == null ? LongValues.IDENTITY : maps[field].getGlobalOrds(leaf.ord);
    }

    /** The value of a global ordinal. */
    private String label(int field, int globalOrd) throws IOException {
      String label = labels[field][globalOrd];
      if (label == null) {
        label = lookUp(field, globalOrd);
        labels[field][globalOrd] = label;
      }
      return label;
    }

    private String lookUp(int field, int globalOrd) throws IOException {
      int segment = maps[field] == null ? 0 : maps[field].getFirstSegmentNumber(globalOrd);
      long ord = maps[field] == null ? globalOrd : maps[field].getFirstSegmentOrd(globalOrd);
      LeafReader leaf = reader.leaves().get(segment).reader();
      BytesRef b = DocValues.getSorted(leaf, fields[field]).lookupOrd((int) ord);
      return b.utf8ToString();
    }
  }

  /** Counts and sums by global ordinal, for one search. */
  static final class Counts {
    private final Ordinals ordinals;
    private final int[][] counts;
    private final long[][] sums;
    private final long[] byCurrency;

    private Counts(Ordinals ordinals) {
      this.ordinals = ordinals;
      int dims = IndexSchema.DIMS.size();
      counts = new int[dims][];
      sums = new long[dims][];
      for (int i = 0; i < dims; i++) {
        counts[i] = new int[Math.toIntExact(ordinals.valueCounts[i])];
        sums[i] = new long[counts[i].length];
      }
      byCurrency = new long[Math.toIntExact(ordinals.valueCounts[dims])];
    }

    private void add(Counts other) {
      for (int i = 0; i < counts.length; i++) {
        for (int o = 0; o < counts[i].length; o++) {
          counts[i][o] += other.counts[i][o];
          sums[i][o] += other.sums[i][o];
        }
      }
      for (int o = 0; o < byCurrency.length; o++) {
        byCurrency[o] += other.byCurrency[o];
      }
    }

    /**
     * Per dimension, the {@code limit} most frequent values (ties in the order of the values'
     * UTF-8 bytes), with their counts and CNY sums.
     */
    Map<String, List<FacetValue>> top(int limit) throws IOException {
      Map<String, List<FacetValue>> out = new LinkedHashMap<>();
      for (int i = 0; i < counts.length; i++) {
        int[] c = counts[i];
        // Head = the weakest kept value: lowest count, then highest ordinal.
        PriorityQueue<Integer> queue = new PriorityQueue<>(Math.min(limit, 1024) + 1,
            (a, b) -> c[a] != c[b] ? Integer.compare(c[a], c[b]) : Integer.compare(b, a));
        for (int o = 0; o < c.length; o++) {
          if (c[o] == 0) {
            continue;
          }
          if (queue.size() < limit) {
            queue.add(o);
          } else if (c[o] > c[queue.peek()]) {
            queue.poll();
            queue.add(o);
          }
        }
        List<FacetValue> values = new ArrayList<>(queue.size());
        while (!queue.isEmpty()) {
          int o = queue.poll();
          values.add(new FacetValue(ordinals.label(i, o), c[o], BigDecimal.valueOf(sums[i][o], 2)));
        }
        java.util.Collections.reverse(values);
        out.put(IndexSchema.DIMS.get(i), values);
      }
      return out;
    }

    /** The sum of the counted amounts per currency, currencies whose sum is zero left out. */
    Map<String, BigDecimal> totals() throws IOException {
      Map<String, BigDecimal> out = new TreeMap<>();
      for (int o = 0; o < byCurrency.length; o++) {
        if (byCurrency[o] != 0) {
          out.put(ordinals.label(IndexSchema.DIMS.size(), o), BigDecimal.valueOf(byCurrency[o], 2));
        }
      }
      return out;
    }
  }

  /** One collector per search slice; their counts are added up. */
  static CollectorManager<Collector, Counts> manager(Ordinals ordinals) {
    return new CollectorManager<>() {
      @Override
      public Collector newCollector() {
        return new Collector(ordinals);
      }

      @Override
      public Counts reduce(Collection<Collector> collectors) {
        Counts total = null;
        for (Collector c : collectors) {
          c.finishLeaf();
          if (total == null) {
            total = c.counts;
          } else {
            total.add(c.counts);
          }
        }
        return total == null ? new Counts(ordinals) : total;
      }
    };
  }

  private static final BytesRef CNY = new BytesRef("CNY");

  /** Counts into segment ordinals, folds them into the global ones at the end of a segment. */
  static final class Collector extends SimpleCollector {
    private final Ordinals ordinals;
    private final Counts counts;
    private final int dims = IndexSchema.DIMS.size();
    private final SortedDocValues[] dimValues = new SortedDocValues[dims];
    private final int[][] segCounts = new int[dims][];
    private final long[][] segSums = new long[dims][];
    private long[] segByCurrency;
    private NumericDocValues sum;
    private SortedDocValues currency;
    private int cnyOrd;
    private LeafReaderContext leaf;

    private Collector(Ordinals ordinals) {
      this.ordinals = ordinals;
      this.counts = new Counts(ordinals);
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      finishLeaf();
      leaf = context;
      LeafReader r = context.reader();
      for (int i = 0; i < dims; i++) {
        dimValues[i] = DocValues.getSorted(r, ordinals.fields[i]);
        int n = dimValues[i].getValueCount();
        segCounts[i] = segCounts[i] != null && segCounts[i].length >= n ? segCounts[i] : new int[n];
        segSums[i] = segSums[i] != null && segSums[i].length >= n ? segSums[i] : new long[n];
      }
      sum = DocValues.getNumeric(r, IndexSchema.SUM);
      currency = DocValues.getSorted(r, IndexSchema.CURRENCY_DV);
      int n = currency.getValueCount();
      segByCurrency = segByCurrency != null && segByCurrency.length >= n ? segByCurrency : new long[n];
      cnyOrd = currency.lookupTerm(CNY);
    }

    @Override
    public void collect(int doc) throws IOException {
      long v = 0;
      if (sum.advanceExact(doc) && currency.advanceExact(doc)) {
        v = sum.longValue();
        int c = currency.ordValue();
        segByCurrency[c] += v;
        if (c != cnyOrd) {
          v = 0;
        }
      }
      for (int i = 0; i < dims; i++) {
        SortedDocValues dv = dimValues[i];
        if (dv.advanceExact(doc)) {
          int o = dv.ordValue();
          segCounts[i][o]++;
          segSums[i][o] += v;
        }
      }
    }

    /** Adds the segment's counts into the global ones and clears them for the next segment. */
    void finishLeaf() {
      if (leaf == null) {
        return;
      }
      for (int i = 0; i < dims; i++) {
        LongValues toGlobal = ordinals.toGlobal(i, leaf);
        int[] c = segCounts[i];
        long[] s = segSums[i];
        for (int o = 0; o < dimValues[i].getValueCount(); o++) {
          if (c[o] != 0) {
            int g = (int) toGlobal.get(o);
            counts.counts[i][g] += c[o];
            counts.sums[i][g] += s[o];
            c[o] = 0;
            s[o] = 0;
          }
        }
      }
      LongValues toGlobal = ordinals.toGlobal(dims, leaf);
      for (int o = 0; o < currency.getValueCount(); o++) {
        if (segByCurrency[o] != 0) {
          counts.byCurrency[(int) toGlobal.get(o)] += segByCurrency[o];
          segByCurrency[o] = 0;
        }
      }
      leaf = null;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private FactFacets() {}
}
