package io.aidfacts.index;

import io.aidfacts.model.AidFact;
import io.aidfacts.model.Article;
import io.aidfacts.model.DateValue;
import io.aidfacts.model.Mention;
import io.aidfacts.model.Money;
import io.aidfacts.model.PlaceMention;
import io.aidfacts.read.TextNormalizer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The layout of an aidfacts index, and its version.
 *
 * <p>Each article is one block of documents: one document per fact, then the article's own
 * document last (the block-join parent). All carry {@link #ARTICLE_ID}, so re-indexing an
 * article replaces its whole block atomically. Fact documents hold what fact searches filter,
 * sort and facet on; free text is searched on the article and joined down to its facts.
 *
 * <p>The schema version is stored in every commit's user data under {@link #VERSION_KEY}; an
 * index of another version is refused rather than misread.
 */
public final class IndexSchema {

  /** Incremented whenever a field changes meaning or encoding. */
  public static final int VERSION = 1;
  public static final String VERSION_KEY = "aidfacts.schema";

  public static final String TYPE = "type";
  public static final String TYPE_FACT = "fact";
  public static final String TYPE_ARTICLE = "article";
  public static final String ARTICLE_ID = "article_id";

  // article document
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String URL = "url";
  public static final String PUBLISHED = "published";
  public static final String OUTLET = "outlet";
  /** The body as read, stored (the indexed {@link #BODY} is its normalized view). */
  public static final String BODY_STORED = "body_stored";
  /** The article's title, stored on each fact document so hits need no second look-up. */
  public static final String ARTICLE_TITLE = "article_title";

  // fact document
  public static final String FACT_NO = "fact_no";
  public static final String FACT_JSON = "fact_json";
  public static final String DONOR = "donor";
  public static final String RECIPIENT = "recipient";
  public static final String PLACE_NAME = "place_name";
  public static final String PLACE_CODE = "place_code";
  public static final String CATEGORY = "category";
  public static final String CURRENCY = "currency";
  /** Amount in hundredths of the currency unit (fen for CNY): points for ranges. */
  public static final String AMOUNT = "amount";
  /** The same, as doc values for sorting. */
  public static final String AMOUNT_SORT = "amount_sort";
  /** Amount in hundredths when it counts towards a total (not a part, not a rate), else absent. */
  public static final String SUM = "sum";
  public static final String CURRENCY_DV = "currency_dv";
  /** First and last epoch day the fact's date covers. */
  public static final String DATE = "date";
  public static final String DATE_SORT = "date_sort";

  // facet dimensions
  public static final String DIM_DONOR = "donor";
  public static final String DIM_CATEGORY = "category";
  public static final String DIM_PROVINCE = "province";
  public static final String DIM_YEAR = "year";
  public static final List<String> DIMS = List.of(DIM_DONOR, DIM_CATEGORY, DIM_PROVINCE, DIM_YEAR);

  /** Per-dimension sorted doc values: facets count and sum by their ordinals ({@link FactFacets}). */
  static String dimField(String dim) {
    return "dim_" + dim;
  }

  private IndexSchema() {}

  /** Chinese words for text fields, name bigrams for donor, recipient and place names. */
  public static Analyzer analyzer() {
    Analyzer names = new NameAnalyzer();
    return new PerFieldAnalyzerWrapper(new ChineseAnalyzer(),
        Map.of(DONOR, names, RECIPIENT, names, PLACE_NAME, names));
  }

  static BitSetProducer parentsFilter() {
    return new QueryBitSetProducer(new TermQuery(new Term(TYPE, TYPE_ARTICLE)));
  }

  /** The documents of one article: its facts, then the article (the block's parent). */
  static List<Document> block(Article article, List<Mention> mentions, List<AidFact> facts)
      throws IOException {
    List<Document> docs = new ArrayList<>(facts.size() + 1);
    for (int i = 0; i < facts.size(); i++) {
      docs.add(factDocument(article, mentions, facts.get(i), i));
    }
    docs.add(articleDocument(article, facts.size()));
    return docs;
  }

  private static Document articleDocument(Article a, int factCount) {
    Document d = new Document();
    d.add(new StringField(TYPE, TYPE_ARTICLE, Field.Store.NO));
    d.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
    if (a.title() != null) {
      d.add(new TextField(TITLE, a.title(), Field.Store.YES));
    }
    d.add(new TextField(BODY, new ViewCharFilter(TextNormalizer.normalize(a.body()))));
    d.add(new StoredField(BODY_STORED, a.body()));
    storeIfPresent(d, URL, a.url());
    storeIfPresent(d, PUBLISHED, a.published());
    storeIfPresent(d, OUTLET, a.outlet());
    d.add(new StoredField("fact_count", factCount));
    return d;
  }

  private static Document factDocument(Article a, List<Mention> mentions, AidFact f, int no) {
    Document d = new Document();
    d.add(new StringField(TYPE, TYPE_FACT, Field.Store.NO));
    d.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
    d.add(new StoredField(FACT_NO, no));
    d.add(new StoredField(FACT_JSON, FactJson.toJson(f)));
    storeIfPresent(d, ARTICLE_TITLE, a.title());
    storeIfPresent(d, PUBLISHED, a.published());

    for (String v : nameValues(f.donor(), f.donorCanonical())) {
      d.add(new TextField(DONOR, v, Field.Store.NO));
    }
    // Co-donors gave too: a donor search finds the act under each of them.
    for (String co : f.coDonors()) {
      for (String v : nameValues(co, null)) {
        d.add(new TextField(DONOR, v, Field.Store.NO));
      }
    }
    for (String v : nameValues(f.recipient(), null)) {
      d.add(new TextField(RECIPIENT, v, Field.Store.NO));
    }
    List<String> path = pathOf(f, mentions);
    for (String v : placeNames(f, path)) {
      d.add(new TextField(PLACE_NAME, v, Field.Store.NO));
    }
    String code = f.placeCode() == null ? null : Provinces.significant(f.placeCode());
    for (String p : codePrefixes(code)) {
      d.add(new StringField(PLACE_CODE, p, Field.Store.NO));
    }
    d.add(new StringField(CATEGORY, f.category().jsonName(), Field.Store.NO));

    if (f.amount() != null) {
      Money m = f.amount().money();
      long hundredths = hundredths(m.value());
      d.add(new StringField(CURRENCY, m.currency(), Field.Store.NO));
      d.add(new LongPoint(AMOUNT, hundredths));
      d.add(new NumericDocValuesField(AMOUNT_SORT, hundredths));
      d.add(new SortedDocValuesField(CURRENCY_DV, new BytesRef(m.currency())));
      if (countsTowardsTotal(f)) {
        d.add(new NumericDocValuesField(SUM, hundredths));
      }
    }
    if (f.date() != null) {
      int first = (int) f.date().firstDay().toEpochDay();
      int last = (int) f.date().lastDay().toEpochDay();
      d.add(new IntRange(DATE, new int[] {first}, new int[] {last}));
      d.add(new NumericDocValuesField(DATE_SORT, first));
    }

    addDim(d, DIM_DONOR, displayDonor(f));
    addDim(d, DIM_CATEGORY, f.category().jsonName());
    addDim(d, DIM_PROVINCE, provinceOf(f, path).orElse(null));
    addDim(d, DIM_YEAR, f.date() == null ? null : Integer.toString(f.date().firstDay().getYear()));
    return d;
  }

  private static void addDim(Document d, String dim, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    d.add(new SortedDocValuesField(dimField(dim), new BytesRef(value)));
  }

  private static void storeIfPresent(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  /** The name a donor facet shows: the canonical name when known, else the name as written. */
  public static String displayDonor(AidFact f) {
    if (f.donorCanonical() != null && !f.donorCanonical().isBlank()) {
      return f.donorCanonical();
    }
    return f.donor() == null || f.donor().isBlank() ? null : f.donor();
  }

  /**
   * Whether a fact's amount is added into sums: not a part of another fact's total (that
   * would count it twice) and not a rate ({@code 每户500元} is no amount given).
   */
  public static boolean countsTowardsTotal(AidFact f) {
    return f.amount() != null && !f.isPart() && !f.amount().money().perUnit();
  }

  /** The forms of a name that are searched: as written, canonical, both with aliases expanded. */
  public static List<String> nameValues(String name, String canonical) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : new String[] {name, canonical}) {
      if (n != null && !n.isBlank()) {
        out.add(n);
        String e = OrgAliases.expand(n);
        if (!e.equals(OrgAliases.normalize(n))) {
          out.add(e);
        }
      }
    }
    return List.copyOf(out);
  }

  /** The place as written and the names of its division path (province down). */
  public static List<String> placeNames(AidFact f, List<String> path) {
    Set<String> out = new LinkedHashSet<>();
    if (f.place() != null && !f.place().isBlank()) {
      out.add(f.place());
    }
    out.addAll(path);
    return List.copyOf(out);
  }

  /** The path of the fact's place: that of a PLACE mention with the fact's code, else empty. */
  static List<String> pathOf(AidFact f, List<Mention> mentions) {
    if (f.placeCode() == null) {
      return List.of();
    }
    for (Mention m : mentions) {
      if (m instanceof PlaceMention p && f.placeCode().equals(p.code()) && !p.path().isEmpty()) {
        return p.path();
      }
    }
    return List.of();
  }

  /** The fact's province: from its code, else its place or path naming a province. */
  public static Optional<String> provinceOf(AidFact f, List<String> path) {
    if (f.placeCode() != null) {
      Optional<String> byCode = Provinces.nameOf(f.placeCode());
      if (byCode.isPresent()) {
        return byCode;
      }
    }
    for (String name : path.isEmpty() ? List.of(f.place() == null ? "" : f.place()) : path) {
      Optional<String> code = Provinces.codeOf(name);
      if (code.isPresent()) {
        return Provinces.nameOf(code.get());
      }
    }
    return Optional.empty();
  }

  /** Every level's code of a significant code: {@code 520203} -> 52, 5202, 520203. */
  public static List<String> codePrefixes(String significantCode) {
    if (significantCode == null || significantCode.length() < 2) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int len : new int[] {2, 4, 6, 9, 12}) {
      if (len <= significantCode.length()) {
        out.add(significantCode.substring(0, len));
      }
    }
    if (!out.contains(significantCode)) {
      out.add(significantCode);
    }
    return out;
  }

  /** An amount in hundredths of its unit, rounded half up: what range queries compare. */
  public static long hundredths(BigDecimal value) {
    return value.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** The first and last day a date covers, as epoch days. */
  static int[] epochDays(DateValue v) {
    return new int[] {(int) v.firstDay().toEpochDay(), (int) v.lastDay().toEpochDay()};
  }

  /**
   * Checks that the index in {@code dir}, if there is one, has this build's schema version.
   *
   * @return whether an index exists
   */
  static boolean checkVersion(Directory dir, Path where) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return false;
    }
    Map<String, String> data;
    try {
      data = SegmentInfos.readLatestCommit(dir).getUserData();
    } catch (IndexNotFoundException e) {
      return false;
    }
    String v = data.get(VERSION_KEY);
    String at = where == null ? "the index" : "index " + where.toAbsolutePath();
    if (v == null) {
      throw new IncompatibleIndexException(at + " is not an aidfacts index (its commit has no "
          + VERSION_KEY + "); choose another folder, or rebuild it with 'aidfacts index --reindex'");
    }
    if (!v.equals(Integer.toString(VERSION))) {
      throw new IncompatibleIndexException(at + " has schema version " + v
          + " but this build reads version " + VERSION
          + "; rebuild it with 'aidfacts index --reindex --index " + (where == null ? "DIR" : where)
          + " INPUTS...'");
    }
    return true;
  }
}
