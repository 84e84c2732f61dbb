package io.aidfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.model.AidFact;
import io.aidfacts.model.Category;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactIndexTest {

  private Directory dir;
  private FactSearcher searcher;

  @BeforeEach
  void index() throws IOException {
    dir = new ByteBuffersDirectory();
    try (FactIndexWriter w = FactIndexWriter.open(dir, false)) {
      for (Fixtures.Doc d : Fixtures.all()) {
        d.addTo(w);
      }
      w.commit();
    }
    searcher = FactSearcher.open(dir);
  }

  @AfterEach
  void close() throws IOException {
    searcher.close();
    dir.close();
  }

  private List<String> find(FactQuery.Builder q) throws IOException {
    return ids(searcher.search(q.limit(100).build()));
  }

  static List<String> ids(SearchResults r) {
    return r.hits().stream().map(h -> h.articleId() + "#" + h.factIndex()).sorted().toList();
  }

  @Test
  void donorAsWrittenByAliasAndByCanonicalName() throws IOException {
    assertEquals(List.of("seed#0"), find(FactQuery.builder().donor("民进大连市委会")));
    assertEquals(List.of("seed#0"), find(FactQuery.builder().donor("民进")));
    assertEquals(List.of("seed#0"), find(FactQuery.builder().donor("中国民主促进会")));
    assertEquals(List.of("seed#0"), find(FactQuery.builder().donor("中国民主促进会大连市委员会")));
    // 民盟 is expanded on both sides: the fact names 民盟大连市委 and has no canonical name.
    assertEquals(List.of("seed#1"), find(FactQuery.builder().donor("中国民主同盟")));
    assertEquals(List.of("seed#1"), find(FactQuery.builder().donor("民盟大连")));
    // A name matches when it contains the query, not the other way round.
    assertEquals(List.of(), find(FactQuery.builder().donor("民盟大连市委员会")));
    assertEquals(List.of("seed#0", "seed#1"), find(FactQuery.builder().donor("大连市委")));
    // Traditional in the index, simplified in the query, and the other way round.
    assertEquals(List.of("hk#0"), find(FactQuery.builder().donor("基金会")));
    assertEquals(List.of("seed#0"), find(FactQuery.builder().donor("民進")));
    assertEquals(List.of(), find(FactQuery.builder().donor("民革")));
    assertEquals(List.of("total#0", "total#1", "total#2", "total#3"), find(FactQuery.builder().donor("青")));
  }

  @Test
  void coDonorsAreFoundAndStored() throws IOException {
    Fixtures.Doc hk = Fixtures.hongKong();
    AidFact f = hk.facts().get(0);
    AidFact withCo = new AidFact(f.donor(), f.donorType(), f.donorCanonical(), f.recipient(), f.amount(),
        f.goods(), f.category(), f.date(), f.place(), f.placeCode(), f.evidence(), f.evidenceText(),
        f.confidence(), f.partOf(), List.of("九三学社百色市委会"));
    try (FactIndexWriter w = FactIndexWriter.open(dir, false)) {
      w.add(hk.article(), hk.mentions(), List.of(withCo));
      w.commit();
    }
    SearchResults r = searcher.search(FactQuery.builder().donor("九三").build());
    assertEquals(List.of("hk#0"), ids(r));
    assertEquals(withCo, r.hits().get(0).fact());
    // The facet still counts the act once, under its donor.
    assertEquals(List.of(new FacetValue("香港某基金會", 1, BigDecimal.ZERO)),
        searcher.search(FactQuery.builder().donor("九三").facets(true).build()).facets().get("donor"));
  }

  @Test
  void recipient() throws IOException {
    assertEquals(List.of("seed#1"), find(FactQuery.builder().recipient("第二人民医院")));
    assertEquals(List.of("hk#0"), find(FactQuery.builder().recipient("凌云县")));
  }

  @Test
  void amountRangeInCnyByDefault() throws IOException {
    assertEquals(List.of("seed#1", "total#0", "total#1", "total#2"),
        find(FactQuery.builder().minAmount(new BigDecimal("100000"))));
    assertEquals(List.of("seed#0", "seed#1", "total#3"),
        find(FactQuery.builder().maxAmount(new BigDecimal("500000"))));
    assertEquals(List.of("seed#0"),
        find(FactQuery.builder().minAmount(new BigDecimal("90000")).maxAmount(new BigDecimal("90000"))));
    assertEquals(List.of(), find(FactQuery.builder().minAmount(new BigDecimal("90000.01"))
        .maxAmount(new BigDecimal("499999.99"))));
    assertEquals(List.of("hk#0"),
        find(FactQuery.builder().minAmount(new BigDecimal("100000")).currency("HKD")));
    assertEquals(List.of("hk#0"), find(FactQuery.builder().currency("HKD")));
  }

  @Test
  void dateRangeMatchesPartialDates() throws IOException {
    // The fact dated 2019-04 covers 2019-04-15.
    assertEquals(List.of("seed#1"), find(FactQuery.builder().from("2019-04-15").to("2019-04-15")));
    assertEquals(List.of("seed#0", "seed#1"), find(FactQuery.builder().from("2019").to("2019")));
    assertEquals(List.of("hk#0", "total#0", "total#1", "total#2", "total#3"),
        find(FactQuery.builder().from("2019-09")));
    assertEquals(List.of("hk#0", "seed#0", "seed#1", "total#0", "total#1", "total#2", "total#3"),
        find(FactQuery.builder().to("2020-03-15")));
    // The year 2020 starts before 2020-03-14; the day 2020-03-15 does not.
    assertEquals(List.of("seed#0", "seed#1", "total#0", "total#1", "total#2", "total#3"),
        find(FactQuery.builder().to("2020-03-14")));
  }

  @Test
  void placeHierarchyByNameAndCode() throws IOException {
    assertEquals(List.of("seed#0", "seed#1"), find(FactQuery.builder().place("贵州")));
    assertEquals(List.of("seed#0", "seed#1"), find(FactQuery.builder().place("贵州省")));
    assertEquals(List.of("seed#0", "seed#1"), find(FactQuery.builder().place("六盘水")));
    assertEquals(List.of("seed#0"), find(FactQuery.builder().place("中寨乡")));
    assertEquals(List.of("seed#0"), find(FactQuery.builder().place("六枝")));
    assertEquals(List.of("seed#0", "seed#1"), find(FactQuery.builder().place("520200")));
    assertEquals(List.of("seed#0", "seed#1"), find(FactQuery.builder().place("52")));
    assertEquals(List.of("seed#0", "seed#1"), find(FactQuery.builder().place("520000")));
    assertEquals(List.of("seed#0"), find(FactQuery.builder().place("520203")));
    assertEquals(List.of("hk#0"), find(FactQuery.builder().place("广西")));
    assertEquals(List.of("hk#0"), find(FactQuery.builder().place("凌云")));
    assertEquals(List.of("hk#0"), find(FactQuery.builder().place("百色市")));
    assertEquals(List.of(), find(FactQuery.builder().place("云南")));
  }

  @Test
  void category() throws IOException {
    assertEquals(List.of("seed#1", "total#2"), find(FactQuery.builder().category(Category.MEDICAL)));
  }

  @Test
  void textFindsFactsOfMatchingArticlesWithHighlightedEvidence() throws IOException {
    SearchResults r = searcher.search(FactQuery.builder().text("医疗设备").limit(10).build());
    assertEquals(List.of("seed#0", "seed#1"), ids(r));
    FactHit f1 = r.hits().stream().filter(h -> h.factIndex() == 1).findFirst().orElseThrow();
    assertEquals("民盟大连市委向六盘水市第二人民医院捐赠<em>医疗</em><em>设备</em>50万元", f1.snippet());
    assertEquals("发挥统战优势凝聚帮扶合力", f1.title());
    assertEquals("2019-12-06T09:30:16", f1.published());
    assertEquals(Fixtures.seed().facts().get(1), f1.fact());
    // 捐赠 finds the traditional 捐贈, and is highlighted in it.
    SearchResults hk = searcher.search(FactQuery.builder().text("捐赠").place("广西").build());
    assertEquals(List.of("hk#0"), ids(hk));
    assertEquals("香港某基金會向凌雲縣<em>捐贈</em>教學設備港幣30萬元", hk.hits().get(0).snippet());
    // Text and filters combine.
    assertEquals(List.of("seed#1"), find(FactQuery.builder().text("图书").category(Category.MEDICAL)));
    assertEquals(List.of("total#1"), find(FactQuery.builder().text("慰问金").category(Category.EDUCATION)));
  }

  @Test
  void sortByAmountAndDate() throws IOException {
    SearchResults r = searcher.search(FactQuery.builder().sort(FactQuery.Sort.AMOUNT).limit(3).build());
    assertEquals(List.of("total#0", "total#1", "total#2"),
        r.hits().stream().map(h -> h.articleId() + "#" + h.factIndex()).toList());
    assertEquals(7, r.total());
    SearchResults d = searcher.search(FactQuery.builder().sort(FactQuery.Sort.DATE).donor("大连").build());
    assertEquals(List.of("seed#0", "seed#1"),
        d.hits().stream().map(h -> h.articleId() + "#" + h.factIndex()).toList());
  }

  @Test
  void facetsCountAndSumWithoutDoubleCountingParts() throws IOException {
    SearchResults r = searcher.search(FactQuery.builder().facets(true).limit(0).build());
    assertEquals(7, r.total());
    assertEquals(List.of(), r.hits());
    Map<String, List<FacetValue>> f = r.facets();
    assertEquals(List.of(
        new FacetValue("青岛市", 4, new BigDecimal("10000000")),
        new FacetValue("中国民主促进会大连市委员会", 1, new BigDecimal("90000")),
        new FacetValue("民盟大连市委", 1, new BigDecimal("500000")),
        new FacetValue("香港某基金會", 1, BigDecimal.ZERO)), f.get("donor"));
    assertEquals(List.of(
        new FacetValue("education", 3, new BigDecimal("90000")),
        new FacetValue("livelihood", 2, new BigDecimal("10000000")),
        new FacetValue("medical", 2, new BigDecimal("500000"))), f.get("category"));
    assertEquals(List.of(
        new FacetValue("甘肃省", 4, new BigDecimal("10000000")),
        new FacetValue("贵州省", 2, new BigDecimal("590000")),
        new FacetValue("广西壮族自治区", 1, BigDecimal.ZERO)), f.get("province"));
    assertEquals(List.of(
        new FacetValue("2020", 5, new BigDecimal("10000000")),
        new FacetValue("2019", 2, new BigDecimal("590000"))), f.get("year"));
    assertEquals(Map.of("CNY", new BigDecimal("10590000"), "HKD", new BigDecimal("300000")), r.totals());

    SearchResults gz = searcher.search(FactQuery.builder().place("贵州").facets(true).build());
    assertEquals(Map.of("CNY", new BigDecimal("590000")), gz.totals());
  }

  @Test
  void reindexingReplacesAndDeleteRemoves() throws IOException {
    try (FactIndexWriter w = FactIndexWriter.open(dir, false)) {
      Fixtures.seed().addTo(w);
      Fixtures.seed().addTo(w);
      w.commit();
    }
    assertEquals(7, searcher.search(FactQuery.builder().build()).total());
    assertEquals(3, searcher.articleCount());
    Fixtures.Doc seed = Fixtures.seed();
    try (FactIndexWriter w = FactIndexWriter.open(dir, false)) {
      w.add(seed.article(), seed.mentions(), seed.facts().subList(0, 1));
      w.commit();
    }
    assertEquals(List.of("seed#0"), find(FactQuery.builder().donor("大连")));
    try (FactIndexWriter w = FactIndexWriter.open(dir, false)) {
      w.delete("seed");
      w.commit();
    }
    assertEquals(List.of(), find(FactQuery.builder().donor("大连")));
    assertEquals(2, searcher.articleCount());
  }

  @Test
  void onlyCommittedChangesAreVisibleToOtherSearchers(@TempDir Path tmp) throws IOException {
    Path p = tmp.resolve("idx");
    try (FactIndexWriter w = FactIndexWriter.open(p, false)) {
      Fixtures.seed().addTo(w);
      w.commit();
      Fixtures.hongKong().addTo(w);
      // The writer's own searcher sees the uncommitted article, a fresh one does not.
      assertEquals(3, w.searcher().search(FactQuery.builder().build()).total());
      try (FactSearcher s = FactSearcher.open(p)) {
        assertEquals(2, s.search(FactQuery.builder().build()).total());
        w.commit();
        assertEquals(3, s.search(FactQuery.builder().build()).total());
      }
      Fixtures.totals().addTo(w);
      // closed without commit: the last article is dropped
    }
    try (FactSearcher s = FactSearcher.open(p)) {
      assertEquals(3, s.search(FactQuery.builder().build()).total());
    }
  }

  @Test
  void refusesAnIndexOfAnotherSchemaVersion(@TempDir Path tmp) throws IOException {
    Directory old = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(old, new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, "0").entrySet());
      w.commit();
    }
    IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, () -> FactSearcher.open(old));
    assertTrue(e.getMessage().contains("has schema version 0 but this build reads version 1"), e.getMessage());
    assertTrue(e.getMessage().contains("--reindex"), e.getMessage());
    assertThrows(IncompatibleIndexException.class, () -> FactIndexWriter.open(old, false));
    // Re-creating it is allowed.
    try (FactIndexWriter w = FactIndexWriter.open(old, true)) {
      Fixtures.seed().addTo(w);
      w.commit();
    }
    try (FactSearcher s = FactSearcher.open(old)) {
      assertEquals(2, s.search(FactQuery.builder().build()).total());
    }
    IncompatibleIndexException none = assertThrows(IncompatibleIndexException.class,
        () -> FactSearcher.open(tmp.resolve("nothing")));
    assertTrue(none.getMessage().startsWith("no index at "), none.getMessage());
  }

  @Test
  void badQueriesAreRefusedWithTheValueAndTheFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> searcher.search(FactQuery.builder().donor("·").build()));
    assertEquals("donor '·' has no letters or digits to search for", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> FactQuery.builder()
        .minAmount(new BigDecimal("10")).maxAmount(new BigDecimal("5")).build());
    assertEquals("minimum amount 10 is above the maximum 5: swap them", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> FactQuery.builder().from("2019/04").build());
    assertTrue(e.getMessage().startsWith("date '2019/04' is not ISO"), e.getMessage());
  }
}
