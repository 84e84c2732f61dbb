package io.aidfacts.index;

import io.aidfacts.model.AidFact;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;

/**
 * Searches an aid-fact index. Searchers are shared through Lucene's {@link SearcherManager}
 * (acquire, search, release); each search first picks up the latest commit (or, for a
 * searcher of a {@link FactIndexWriter}, the latest changes), so searches run while another
 * process or thread indexes. Thread-safe.
 */
public final class FactSearcher implements Closeable {

  private static final String[] TEXT_FIELDS = {IndexSchema.TITLE, IndexSchema.BODY};
  /** Articles, the parents of the blocks; one producer, so its bit sets are cached per segment. */
  private static final BitSetProducer PARENTS = IndexSchema.parentsFilter();
  /** The stored fields a hit shows; the rest of the document is not decoded. */
  private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.ARTICLE_ID, IndexSchema.ARTICLE_TITLE,
      IndexSchema.PUBLISHED, IndexSchema.FACT_NO, IndexSchema.FACT_JSON);

  private final SearcherManager manager;
  private final Directory ownedDir;
  /** The directory whose commits this searcher follows; null for a writer's searcher. */
  private final Directory commitDir;
  private volatile long seenGeneration = -1;
  private final Analyzer textAnalyzer = new ChineseAnalyzer();
  private final Object stateLock = new Object();
  private FactFacets.Ordinals ordinals;

  FactSearcher(IndexWriter writer) throws IOException {
    this.manager = new SearcherManager(writer, null);
    this.ownedDir = null;
    this.commitDir = null;
  }

  private FactSearcher(Directory dir, boolean owned) throws IOException {
    this.manager = new SearcherManager(dir, null);
    this.ownedDir = owned ? dir : null;
    this.commitDir = dir;
  }

  /**
   * Opens the index in folder {@code path} for searching.
   *
   * @throws IncompatibleIndexException if there is no index there, or one of another version
   */
  public static FactSearcher open(Path path) throws IOException {
    FSDirectory dir = FSDirectory.open(path);
    try {
      if (!IndexSchema.checkVersion(dir, path)) {
        throw new IncompatibleIndexException("no index at " + path.toAbsolutePath()
            + "; create one with 'aidfacts index --index " + path + " INPUTS...'");
      }
      return new FactSearcher(dir, true);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Opens the index in a directory the caller owns and closes. */
  public static FactSearcher open(Directory dir) throws IOException {
    if (!IndexSchema.checkVersion(dir, null)) {
      throw new IncompatibleIndexException("no index in " + dir);
    }
    return new FactSearcher(dir, false);
  }

  /** Runs a search against the latest committed (or, from a writer, written) state. */
  public SearchResults search(FactQuery q) throws IOException {
    IndexSearcher s = acquireLatest();
    try {
      return search(s, q);
    } finally {
      manager.release(s);
    }
  }

  /** How many articles the index holds. */
  public int articleCount() throws IOException {
    IndexSearcher s = acquireLatest();
    try {
      return s.count(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE)));
    } finally {
      manager.release(s);
    }
  }

  /** A searcher of the latest commit (or, from a writer, of the latest changes). */
  private IndexSearcher acquireLatest() throws IOException {
    if (commitDir == null) {
      manager.maybeRefresh(); // a writer's searcher: an in-memory check
    } else {
      // Whether the reader is current costs reading the latest commit file; the generation in
      // its name, from a directory listing, says the same for much less. Refreshes are rare.
      long generation = SegmentInfos.getLastCommitGeneration(commitDir);
      if (generation != seenGeneration) {
        manager.maybeRefreshBlocking();
        seenGeneration = generation;
      }
    }
    return manager.acquire();
  }

  private SearchResults search(IndexSearcher s, FactQuery q) throws IOException {
    Query textQuery = q.text() == null ? null : parseText(q.text());
    Query query = toLucene(q, textQuery);
    int n = Math.max(q.limit(), 1);
    TopFieldCollectorManager top = new TopFieldCollectorManager(sort(q, textQuery != null), n, null,
        Integer.MAX_VALUE);
    TopDocs docs;
    FactFacets.Counts counts = null;
    if (textQuery != null && !q.facets() && q.sort() == FactQuery.Sort.RELEVANCE && onlyText(q)) {
      docs = textOnly(s, articles(textQuery), n);
    } else if (q.facets()) {
      // One pass: the hits and the facet counts are collected together.
      Object[] r = s.search(query, new MultiCollectorManager(top, FactFacets.manager(ordinals(s.getIndexReader()))));
      docs = (TopDocs) r[0];
      counts = (FactFacets.Counts) r[1];
    } else {
      docs = s.search(query, top);
    }
    if (textQuery != null && docs.scoreDocs.length > 0 && docs.scoreDocs[0] instanceof FieldDoc) {
      scoreTextHits(s, q, query, docs.scoreDocs);
    }
    Set<String> terms = textQuery == null ? Set.of() : queryTerms(textQuery);
    List<FactHit> hits = new ArrayList<>();
    StoredFields stored = s.storedFields();
    for (int i = 0; i < Math.min(q.limit(), docs.scoreDocs.length); i++) {
      ScoreDoc sd = docs.scoreDocs[i];
      Document d = stored.document(sd.doc, HIT_FIELDS);
      AidFact fact = FactJson.fromJson(d.get(IndexSchema.FACT_JSON));
      float score = textQuery == null || Float.isNaN(sd.score) ? 0f : sd.score;
      hits.add(new FactHit(d.get(IndexSchema.ARTICLE_ID), d.get(IndexSchema.ARTICLE_TITLE),
          d.get(IndexSchema.PUBLISHED), d.getField(IndexSchema.FACT_NO).numericValue().intValue(),
          fact, highlight(fact.evidenceText(), terms), score));
    }
    Map<String, List<FacetValue>> facets = counts == null ? Map.of() : counts.top(q.facetLimit());
    Map<String, BigDecimal> totals = counts == null ? Map.of() : counts.totals();
    return new SearchResults(docs.totalHits.value, hits, facets, totals);
  }

  private static boolean onlyText(FactQuery q) {
    return q.donor() == null && q.recipient() == null && q.minAmount() == null && q.maxAmount() == null
        && q.currency() == null && q.from() == null && q.to() == null && q.place() == null
        && q.category() == null;
  }

  /**
   * The facts of the articles matching a text, ranked as the join ranks them (score, then
   * index order), found without scoring every match: a fact scores as its article and
   * follows it in its block, so the top facts are those of the top articles, and only the
   * best articles need scores. The total counts each matching article's facts from the block
   * boundaries.
   */
  private TopDocs textOnly(IndexSearcher s, Query articles, int n) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    long total = 0;
    Weight matchOnly = s.createWeight(s.rewrite(articles), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : leaves) {
      Scorer scorer = matchOnly.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      BitSet parents = PARENTS.getBitSet(leaf);
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int p = it.nextDoc(); p != DocIdSetIterator.NO_MORE_DOCS; p = it.nextDoc()) {
        total += liveFacts(parents, live, p, null, 0f, leaf.docBase);
      }
    }
    List<ScoreDoc> facts = new ArrayList<>(n);
    for (int wanted = n; ; wanted = (int) Math.min(Integer.MAX_VALUE, wanted * 4L)) {
      // Articles without facts add none: ask for more articles until n facts are found.
      TopDocs top = s.search(articles, new TopScoreDocCollectorManager(wanted, null, wanted));
      facts.clear();
      for (ScoreDoc a : top.scoreDocs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(a.doc, leaves));
        liveFacts(PARENTS.getBitSet(leaf), leaf.reader().getLiveDocs(), a.doc - leaf.docBase, facts, a.score,
            leaf.docBase);
        if (facts.size() >= n) {
          break;
        }
      }
      if (facts.size() >= n || top.scoreDocs.length < wanted) {
        break;
      }
    }
    List<ScoreDoc> first = facts.subList(0, Math.min(n, facts.size()));
    return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), first.toArray(new ScoreDoc[0]));
  }

  /** Counts (and adds to {@code out}, if given) the live facts of the block of article {@code parent}. */
  private static int liveFacts(BitSet parents, Bits live, int parent, List<ScoreDoc> out, float score,
      int docBase) {
    int first = parent == 0 ? 0 : parents.prevSetBit(parent - 1) + 1;
    int count = 0;
    for (int doc = first; doc < parent; doc++) {
      if (live == null || live.get(doc)) {
        count++;
        if (out != null) {
          out.add(new ScoreDoc(docBase + doc, score));
        }
      }
    }
    return count;
  }

  /**
   * Gives the top hits of a text search their text score: the relevance sort value, or,
   * sorted by amount or date (collected without scores), computed for these hits only.
   */
  private static void scoreTextHits(IndexSearcher s, FactQuery q, Query query, ScoreDoc[] top)
      throws IOException {
    if (q.sort() == FactQuery.Sort.RELEVANCE) {
      for (ScoreDoc sd : top) {
        sd.score = (Float) ((FieldDoc) sd).fields[0];
      }
    } else {
      TopFieldCollector.populateScores(top, s, query);
    }
  }

  /** The articles whose title or body match the text. */
  private static Query articles(Query textQuery) {
    return new BooleanQuery.Builder()
        .add(textQuery, Occur.MUST)
        .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE)), Occur.FILTER)
        .build();
  }

  /** The Lucene query for a fact query: every criterion a filter, the text a scoring clause. */
  Query toLucene(FactQuery q, Query textQuery) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (textQuery != null) {
      b.add(new ToChildBlockJoinQuery(articles(textQuery), PARENTS), Occur.MUST);
    }
    if (q.donor() != null) {
      b.add(nameQuery(IndexSchema.DONOR, q.donor(), "donor"), Occur.FILTER);
    }
    if (q.recipient() != null) {
      b.add(nameQuery(IndexSchema.RECIPIENT, q.recipient(), "recipient"), Occur.FILTER);
    }
    if (q.minAmount() != null || q.maxAmount() != null) {
      long lo = q.minAmount() == null ? Long.MIN_VALUE : ceilHundredths(q.minAmount());
      long hi = q.maxAmount() == null ? Long.MAX_VALUE : floorHundredths(q.maxAmount());
      b.add(LongPoint.newRangeQuery(IndexSchema.AMOUNT, lo, hi), Occur.FILTER);
    }
    if (q.currency() != null) {
      b.add(new TermQuery(new Term(IndexSchema.CURRENCY, q.currency())), Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      int lo = q.from() == null ? Integer.MIN_VALUE : (int) q.fromDay().toEpochDay();
      int hi = q.to() == null ? Integer.MAX_VALUE : (int) q.toDay().toEpochDay();
      b.add(IntRange.newIntersectsQuery(IndexSchema.DATE, new int[] {lo}, new int[] {hi}), Occur.FILTER);
    }
    if (q.place() != null) {
      b.add(placeQuery(q.place()), Occur.FILTER);
    }
    if (q.category() != null) {
      b.add(new TermQuery(new Term(IndexSchema.CATEGORY, q.category().jsonName())), Occur.FILTER);
    }
    BooleanQuery built = b.build();
    // Every criterion's field is on fact documents only, and the text join returns only the
    // facts of an article's block: the fact-type filter, a long posting list to walk, is
    // needed only when there is no criterion at all.
    if (built.clauses().isEmpty()) {
      return new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_FACT)));
    }
    return built;
  }

  private Query parseText(String text) {
    MultiFieldQueryParser p = new MultiFieldQueryParser(TEXT_FIELDS, textAnalyzer,
        Map.of(IndexSchema.TITLE, 2f, IndexSchema.BODY, 1f));
    p.setDefaultOperator(QueryParser.Operator.AND);
    // A run of Chinese characters has no spaces; searched as a phrase of its words it means
    // what the user typed, not any text that has each word somewhere.
    p.setSplitOnWhitespace(true);
    p.setAutoGeneratePhraseQueries(true);
    try {
      return p.parse(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot parse search text '" + text + "': "
          + e.getMessage().lines().findFirst().orElse("") + " (quote it, or escape special characters with \\)", e);
    }
  }

  /**
   * Names match when they contain the query, as written or with aliases expanded on both
   * sides: a phrase of the query's bigrams over the indexed bigrams.
   */
  static Query nameQuery(String field, String name, String what) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(OrgAliases.normalize(name));
    forms.add(OrgAliases.expand(name));
    if (forms.contains("")) {
      throw new IllegalArgumentException(what + " '" + name + "' has no letters or digits to search for");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String f : forms) {
      b.add(containsQuery(field, f), Occur.SHOULD);
    }
    return b.build();
  }

  private static Query containsQuery(String field, String normalized) {
    int[] cps = normalized.codePoints().toArray();
    if (cps.length == 1) {
      // One character: a one-character name, or any bigram that starts or ends with it.
      String c = normalized;
      return new BooleanQuery.Builder()
          .add(new PrefixQuery(new Term(field, c)), Occur.SHOULD)
          .add(new WildcardQuery(new Term(field, "?" + c)), Occur.SHOULD)
          .build();
    }
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    for (int i = 0; i + 1 < cps.length; i++) {
      p.add(new Term(field, new String(cps, i, 2)), i);
    }
    return p.build();
  }

  private static Query placeQuery(String place) {
    String p = place.strip();
    if (Provinces.isCode(p)) {
      return new TermQuery(new Term(IndexSchema.PLACE_CODE, Provinces.significant(p)));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(nameQuery(IndexSchema.PLACE_NAME, p, "place"), Occur.SHOULD);
    Optional<String> province = Provinces.codeOf(p);
    province.ifPresent(code -> b.add(new TermQuery(new Term(IndexSchema.PLACE_CODE, code)), Occur.SHOULD));
    return b.build();
  }

  private static Sort sort(FactQuery q, boolean scored) {
    switch (q.sort()) {
      case AMOUNT: {
        SortField f = new SortField(IndexSchema.AMOUNT_SORT, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return new Sort(f, SortField.FIELD_DOC);
      }
      case DATE: {
        SortField f = new SortField(IndexSchema.DATE_SORT, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return new Sort(f, SortField.FIELD_DOC);
      }
      default:
        // Without text every fact scores the same: index order, and no scores computed.
        return scored ? new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC) : Sort.INDEXORDER;
    }
  }

  static long ceilHundredths(BigDecimal v) {
    return v.movePointRight(2).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
  }

  static long floorHundredths(BigDecimal v) {
    return v.movePointRight(2).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
  }

  private static Set<String> queryTerms(Query q) {
    Set<Term> terms = new HashSet<>();
    q.visit(QueryVisitor.termCollector(terms));
    Set<String> out = new HashSet<>();
    for (Term t : terms) {
      out.add(t.text());
    }
    return out;
  }

  /** The evidence with every word the text query searched for wrapped in {@code <em>}. */
  String highlight(String evidence, Set<String> terms) throws IOException {
    if (terms.isEmpty()) {
      return evidence;
    }
    StringBuilder out = new StringBuilder(evidence.length() + 32);
    int last = 0;
    try (TokenStream ts = textAnalyzer.tokenStream(IndexSchema.BODY, new StringReader(evidence))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (terms.contains(term.toString()) && off.startOffset() >= last) {
          out.append(evidence, last, off.startOffset()).append("<em>")
              .append(evidence, off.startOffset(), off.endOffset()).append("</em>");
          last = off.endOffset();
        }
      }
      ts.end();
    }
    return out.append(evidence, last, evidence.length()).toString();
  }

  private FactFacets.Ordinals ordinals(IndexReader reader) throws IOException {
    synchronized (stateLock) {
      // Global ordinals merge every segment's values: once per reader, not per search.
      if (ordinals == null || ordinals.reader() != reader) {
        ordinals = FactFacets.Ordinals.of(reader);
      }
      return ordinals;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      if (ownedDir != null) {
        ownedDir.close();
      }
    }
  }
}
