package io.aidfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.model.AidFact;
import io.aidfacts.model.AmountMention;
import io.aidfacts.model.Article;
import io.aidfacts.model.Category;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.DateValue;
import io.aidfacts.model.Mention;
import io.aidfacts.model.MentionType;
import io.aidfacts.model.Money;
import io.aidfacts.model.PlaceMention;
import io.aidfacts.model.Script;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random facts, random queries: every search's hits, total, facets and totals must equal a
 * brute-force filter over the same facts in memory. Articles are committed in several
 * segments, some replaced and some deleted, so the oracle also checks update semantics.
 */
class IndexOracleTest {

  private static final String[] DONORS = {"民进大连市委会", "民盟大连市委", "中国民主同盟北京市委员会",
      "九三学社大连市委会", "大连九三企业家联合会", "荔湾区工商联", "广州市荔湾区工商业联合会", "兵航集团",
      "香港某基金會", "贵州水城力威铝业科技有限公司", "陈立群", "广州市", "中科院大连化物所",
      "ABC Foundation", "Ｔｅｎｃｅｎｔ公益", "青岛市", "民建大连市委会", "民"};
  private static final String[] CANONICAL = {"中国民主促进会大连市委员会", null, null, null, null,
      "广州市荔湾区工商业联合会", null, null, null, null, null, null, "中国科学院大连化学物理研究所",
      null, null, null, "中国民主建国会大连市委员会", null};
  private static final String[] RECIPIENTS = {"中寨乡小学", "六盘水市第二人民医院", "纳雍县教育局",
      "困難學生", null, "凌云县中学"};
  /** code, place name, path. */
  private static final String[][] PLACES = {
      {"520203101", "中寨乡", "贵州省", "六盘水市", "六枝特区", "中寨乡"},
      {"520200", "六盘水市", "贵州省", "六盘水市"},
      {"520525", "纳雍县", "贵州省", "毕节市", "纳雍县"},
      {"451027", "凌雲縣", "广西壮族自治区", "百色市", "凌云县"},
      {"621200", "陇南市", "甘肃省", "陇南市"},
      {"520000", "贵州", "贵州省"},
      {null, "大凉山"},
      {null, null}};
  private static final String[] QUERY_PLACES = {"贵州", "贵州省", "六盘水", "六枝", "凌云", "广西", "甘肃",
      "52", "5202", "520200", "520203", "520203101", "451027", "45", "62", "621200", "大凉山", "凉山",
      "云南", "纳雍", "520500", "520525"};
  private static final String[] QUERY_NAMES = {"民进", "民盟", "中国民主同盟", "九三", "九三学社", "大连",
      "大连市委", "市委会", "工商联", "工商业联合会", "荔湾", "基金会", "基金會", "陈立群", "中科院",
      "中国科学院", "abc", "foundation", "tencent", "Ｔｅｎ", "民", "会", "群", "民建", "民革",
      "连市", "化物所", "学社大连"};
  private static final String[] WORDS = {"捐赠", "图书", "医疗", "设备", "学校", "扶贫", "帮扶", "资金",
      "消费", "产业", "救灾", "就业", "基础设施", "捐贈", "圖書"};
  private static final String[] CURRENCIES = {"CNY", "CNY", "CNY", "CNY", "USD", "HKD"};
  private static final String[] TEXT_QUERIES = {"捐赠", "图书", "医疗", "设备", "扶贫", "资金", "就业",
      "救灾", "帮扶", "消费"};

  private record Indexed(String articleId, int no, AidFact fact, List<String> path,
      Set<String> textTerms) {}

  @ParameterizedTest
  @ValueSource(longs = {1L, 20191206L})
  void everySearchEqualsBruteForce(long seed) throws IOException {
    Random r = new Random(seed);
    try (Analyzer analyzer = new ChineseAnalyzer(); Directory dir = new ByteBuffersDirectory()) {
      Map<String, List<Indexed>> live = build(dir, r, analyzer);
      List<Indexed> all = new ArrayList<>();
      live.values().forEach(all::addAll);
      try (FactSearcher s = FactSearcher.open(dir)) {
        int nonEmpty = 0;
        for (int q = 0; q < 200; q++) {
          FactQuery query = randomQuery(r);
          SearchResults got = s.search(query);
          List<Indexed> want = all.stream().filter(f -> matches(query, f)).toList();
          String msg = "seed " + seed + ", " + query;
          nonEmpty += want.isEmpty() ? 0 : 1;
          assertEquals(want.size(), got.total(), msg);
          assertEquals(keys(want), hitKeys(got.hits()), msg);
          if (query.sort() == FactQuery.Sort.AMOUNT) {
            assertSorted(got.hits(), true, msg);
          } else if (query.sort() == FactQuery.Sort.DATE) {
            assertSorted(got.hits(), false, msg);
          }
          if (query.facets()) {
            assertEquals(expectedFacets(want), actualFacets(got), msg);
            assertEquals(expectedTotals(want), got.totals(), msg);
            // A short facet list keeps the most frequent values, ties in byte order of the value.
            SearchResults top = s.search(query.toBuilder().facetLimit(3).build());
            assertEquals(expectedTop(expectedFacets(want), 3), orderedFacets(top), msg);
          }
        }
        // The comparison means something only if most queries find facts.
        assertTrue(nonEmpty >= 100, "seed " + seed + ": only " + nonEmpty + " of 200 queries found facts");
      }
    }
  }

  /** Random articles in several segments, some replaced, some deleted: the live facts by article. */
  private Map<String, List<Indexed>> build(Directory dir, Random r, Analyzer analyzer) throws IOException {
    Map<String, List<Indexed>> live = new LinkedHashMap<>();
    try (FactIndexWriter w = FactIndexWriter.open(dir, false)) {
      for (int i = 0; i < 90; i++) {
        String id = "a" + r.nextInt(70); // some ids repeat: the later version replaces
        addArticle(w, id, r, analyzer, live);
        if (r.nextInt(10) == 0 && !live.isEmpty()) {
          String victim = new ArrayList<>(live.keySet()).get(r.nextInt(live.size()));
          w.delete(victim);
          live.remove(victim);
        }
        if (i % 25 == 24) {
          w.commit(); // several segments
        }
      }
      w.commit();
    }
    return live;
  }

  /**
   * A text-only search ranks facts without joining every match; it must rank them exactly as
   * the join does (asked for facets, the search joins): same facts, order and scores, and
   * every fact of a matching article counted, at any limit.
   */
  @ParameterizedTest
  @ValueSource(longs = {1L, 20191206L})
  void textOnlySearchRanksAsTheJoin(long seed) throws IOException {
    try (Analyzer analyzer = new ChineseAnalyzer(); Directory dir = new ByteBuffersDirectory()) {
      Map<String, List<Indexed>> live = build(dir, new Random(seed), analyzer);
      List<Indexed> all = new ArrayList<>();
      live.values().forEach(all::addAll);
      List<String> texts = new ArrayList<>(List.of(TEXT_QUERIES));
      texts.addAll(List.of("捐赠 图书", "捐赠 OR 医疗", "医疗 -设备", "报道", "圖書", "不存在的词"));
      try (FactSearcher s = FactSearcher.open(dir)) {
        int compared = 0;
        for (String text : texts) {
          boolean oneWord = List.of(TEXT_QUERIES).contains(text);
          long want = all.stream().filter(f -> f.textTerms().contains(ChineseFoldingCharFilter.fold(text))).count();
          for (int limit : new int[] {0, 1, 3, 10, 10_000}) {
            FactQuery q = FactQuery.builder().text(text).limit(limit).build();
            SearchResults fast = s.search(q);
            SearchResults joined = s.search(q.toBuilder().facets(true).build());
            String msg = "seed " + seed + ", " + q;
            assertEquals(joined.total(), fast.total(), msg);
            assertEquals(scoredKeys(joined.hits()), scoredKeys(fast.hits()), msg);
            if (oneWord) {
              assertEquals(want, fast.total(), msg);
            }
            float prev = Float.POSITIVE_INFINITY;
            for (FactHit h : fast.hits()) {
              assertTrue(h.score() > 0 && h.score() <= prev, msg + ": scores " + scoredKeys(fast.hits()));
              prev = h.score();
            }
            compared += fast.hits().size();
          }
        }
        assertTrue(compared > 300, "seed " + seed + ": only " + compared + " hits compared");
      }
    }
  }

  private static List<String> scoredKeys(List<FactHit> hits) {
    return hits.stream().map(h -> h.articleId() + "#" + h.factIndex() + "@" + h.score()).toList();
  }

  private void addArticle(FactIndexWriter w, String id, Random r, Analyzer analyzer,
      Map<String, List<Indexed>> live) throws IOException {
    StringBuilder body = new StringBuilder();
    int sentences = 1 + r.nextInt(4);
    List<CharSpan> evidence = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      int start = body.length();
      body.append(DONORS[r.nextInt(DONORS.length)]).append("向灾区");
      for (int k = 0; k < 3; k++) {
        body.append(WORDS[r.nextInt(WORDS.length)]);
      }
      body.append("100万元");
      evidence.add(new CharSpan(start, body.length()));
      body.append("。");
    }
    String text = body.toString();
    String title = WORDS[r.nextInt(WORDS.length)] + "报道";
    Article a = new Article(id, null, title, "2020-01-0" + (1 + r.nextInt(9)), "测试日报", text,
        Script.SIMPLIFIED);
    Set<String> terms = terms(analyzer, title);
    terms.addAll(terms(analyzer, text));
    List<Mention> mentions = new ArrayList<>();
    List<AidFact> facts = new ArrayList<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      int d = r.nextInt(DONORS.length);
      CharSpan ev = evidence.get(r.nextInt(evidence.size()));
      AmountMention amount = null;
      if (r.nextInt(6) > 0) {
        BigDecimal v = BigDecimal.valueOf(r.nextInt(2_000_000), r.nextInt(3));
        Money m = new Money(v, null, CURRENCIES[r.nextInt(CURRENCIES.length)], r.nextBoolean(),
            r.nextBoolean(), r.nextInt(8) == 0);
        amount = new AmountMention(new CharSpan(ev.end() - 5, ev.end()), text.substring(ev.end() - 5, ev.end()), m);
      }
      String[] place = PLACES[r.nextInt(PLACES.length)];
      List<String> path = List.copyOf(java.util.Arrays.asList(place).subList(Math.min(2, place.length), place.length));
      if (place[0] != null && r.nextBoolean()) {
        int at = text.indexOf("灾区");
        mentions.add(new PlaceMention(new CharSpan(at, at + 2), "灾区", place[0], path));
      } else {
        path = List.of(); // a code without a resolved mention: no path
      }
      int partOf = i > 0 && r.nextInt(5) == 0 ? r.nextInt(i) : -1;
      facts.add(new AidFact(DONORS[d], MentionType.ORG, CANONICAL[d],
          RECIPIENTS[r.nextInt(RECIPIENTS.length)], amount, null,
          Category.values()[r.nextInt(Category.values().length)], randomDate(r), place[1], place[0],
          ev, ev.of(text), 0.5, partOf));
    }
    w.add(a, mentions, facts);
    List<Indexed> indexed = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      // The path comes from any PLACE mention of the article with the fact's code.
      List<String> path = List.of();
      for (Mention m : mentions) {
        if (m instanceof PlaceMention p && p.code().equals(facts.get(i).placeCode())) {
          path = p.path();
          break;
        }
      }
      indexed.add(new Indexed(id, i, facts.get(i), path, terms));
    }
    live.remove(id);
    live.put(id, indexed);
  }

  private static DateValue randomDate(Random r) {
    switch (r.nextInt(6)) {
      case 0:
        return null;
      case 1:
        return DateValue.ofYear(2018 + r.nextInt(4));
      case 2:
        return DateValue.of(String.format("%d-%02d", 2018 + r.nextInt(4), 1 + r.nextInt(12)));
      case 3: {
        LocalDate d = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(4 * 365));
        return DateValue.between(DateValue.ofDay(d), DateValue.ofDay(d.plusDays(r.nextInt(60))));
      }
      default:
        return DateValue.ofDay(LocalDate.of(2018, 1, 1).plusDays(r.nextInt(4 * 365)));
    }
  }

  private static String randomIsoBound(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return Integer.toString(2018 + r.nextInt(4));
      case 1:
        return String.format("%d-%02d", 2018 + r.nextInt(4), 1 + r.nextInt(12));
      default:
        return LocalDate.of(2018, 1, 1).plusDays(r.nextInt(4 * 365)).toString();
    }
  }

  private static FactQuery randomQuery(Random r) {
    FactQuery.Builder b = FactQuery.builder().limit(10_000).facetLimit(1000);
    int criteria = 1 + r.nextInt(3);
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < criteria; i++) {
      int kind = r.nextInt(8);
      if (!used.add(kind)) {
        continue;
      }
      switch (kind) {
        case 0 -> b.donor(QUERY_NAMES[r.nextInt(QUERY_NAMES.length)]);
        case 1 -> b.recipient(new String[] {"小学", "医院", "学生", "学生", "凌云", "教育局"}[r.nextInt(6)]);
        case 2 -> {
          BigDecimal lo = BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(3));
          if (r.nextBoolean()) {
            b.minAmount(lo);
          }
          if (r.nextBoolean()) {
            b.maxAmount(lo.add(BigDecimal.valueOf(r.nextInt(1_500_000))));
          }
          if (r.nextInt(3) == 0) {
            b.currency(CURRENCIES[r.nextInt(CURRENCIES.length)]);
          }
        }
        case 3 -> {
          String from = randomIsoBound(r);
          String to = randomIsoBound(r);
          if (DateValue.of(from).firstDay().isAfter(DateValue.of(to).lastDay())) {
            String t = from;
            from = to;
            to = t;
          }
          if (r.nextInt(3) > 0) {
            b.from(from);
          }
          if (r.nextInt(3) > 0) {
            b.to(to);
          }
        }
        case 4 -> b.place(QUERY_PLACES[r.nextInt(QUERY_PLACES.length)]);
        case 5 -> b.category(Category.values()[r.nextInt(Category.values().length)]);
        case 6 -> b.text(TEXT_QUERIES[r.nextInt(TEXT_QUERIES.length)]);
        default -> b.currency(CURRENCIES[r.nextInt(CURRENCIES.length)]);
      }
    }
    b.sort(FactQuery.Sort.values()[r.nextInt(3)]);
    b.facets(r.nextInt(3) == 0);
    return b.build();
  }

  // ---- the brute-force side: the documented meaning of each criterion, over plain objects

  private static boolean matches(FactQuery q, Indexed x) {
    AidFact f = x.fact();
    if (q.donor() != null && !nameMatches(q.donor(), f.donor(), f.donorCanonical())) {
      return false;
    }
    if (q.recipient() != null && !nameMatches(q.recipient(), f.recipient())) {
      return false;
    }
    if (q.minAmount() != null || q.maxAmount() != null) {
      if (f.amount() == null) {
        return false;
      }
      BigDecimal v = f.amount().money().value().setScale(2, RoundingMode.HALF_UP);
      if (q.minAmount() != null && v.compareTo(q.minAmount()) < 0) {
        return false;
      }
      if (q.maxAmount() != null && v.compareTo(q.maxAmount()) > 0) {
        return false;
      }
    }
    if (q.currency() != null && (f.amount() == null || !f.amount().money().currency().equals(q.currency()))) {
      return false;
    }
    if (q.from() != null || q.to() != null) {
      if (f.date() == null) {
        return false;
      }
      if (q.from() != null && f.date().lastDay().isBefore(q.fromDay())) {
        return false;
      }
      if (q.to() != null && f.date().firstDay().isAfter(q.toDay())) {
        return false;
      }
    }
    if (q.place() != null && !placeMatches(q.place(), f, x.path())) {
      return false;
    }
    if (q.category() != null && f.category() != q.category()) {
      return false;
    }
    if (q.text() != null && !x.textTerms().contains(ChineseFoldingCharFilter.fold(q.text()))) {
      return false;
    }
    return true;
  }

  private static boolean nameMatches(String query, String... names) {
    Set<String> forms = new HashSet<>(List.of(OrgAliases.normalize(query), OrgAliases.expand(query)));
    for (String n : names) {
      if (n == null) {
        continue;
      }
      for (String v : List.of(OrgAliases.normalize(n), OrgAliases.expand(n))) {
        for (String form : forms) {
          if (v.contains(form)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean placeMatches(String q, AidFact f, List<String> path) {
    String code = f.placeCode() == null ? null : Provinces.significant(f.placeCode());
    if (q.chars().allMatch(Character::isDigit)) {
      return code != null && code.startsWith(Provinces.significant(q));
    }
    List<String> names = new ArrayList<>(path);
    if (f.place() != null) {
      names.add(f.place());
    }
    if (nameMatches(q, names.toArray(new String[0]))) {
      return true;
    }
    String province = Provinces.codeOf(q).orElse(null);
    return province != null && code != null && code.startsWith(province);
  }

  private static String displayDonor(AidFact f) {
    return f.donorCanonical() != null ? f.donorCanonical() : f.donor();
  }

  private static String province(Indexed x) {
    AidFact f = x.fact();
    if (f.placeCode() != null) {
      String byCode = Provinces.nameOf(f.placeCode()).orElse(null);
      if (byCode != null) {
        return byCode;
      }
    }
    List<String> names = x.path().isEmpty() ? (f.place() == null ? List.of() : List.of(f.place())) : x.path();
    for (String n : names) {
      String c = Provinces.codeOf(n).orElse(null);
      if (c != null) {
        return Provinces.nameOf(c).orElseThrow();
      }
    }
    return null;
  }

  private static boolean counted(AidFact f) {
    return f.amount() != null && f.partOf() < 0 && !f.amount().money().perUnit();
  }

  private static Map<String, Map<String, String>> expectedFacets(List<Indexed> facts) {
    Map<String, Map<String, long[]>> acc = new TreeMap<>();
    for (Indexed x : facts) {
      AidFact f = x.fact();
      long cny = counted(f) && f.amount().money().isCny()
          ? IndexSchema.hundredths(f.amount().money().value()) : 0;
      add(acc, "donor", displayDonor(f), cny);
      add(acc, "category", f.category().jsonName(), cny);
      add(acc, "province", province(x), cny);
      add(acc, "year", f.date() == null ? null : Integer.toString(f.date().firstDay().getYear()), cny);
    }
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (String dim : IndexSchema.DIMS) {
      Map<String, String> values = new TreeMap<>();
      acc.getOrDefault(dim, Map.of()).forEach((k, v) ->
          values.put(k, v[0] + "/" + FacetValue.plain(BigDecimal.valueOf(v[1], 2)).toPlainString()));
      out.put(dim, values);
    }
    return out;
  }

  private static void add(Map<String, Map<String, long[]>> acc, String dim, String value, long sum) {
    if (value == null) {
      return;
    }
    long[] v = acc.computeIfAbsent(dim, k -> new HashMap<>()).computeIfAbsent(value, k -> new long[2]);
    v[0]++;
    v[1] += sum;
  }

  private static Map<String, Map<String, String>> actualFacets(SearchResults r) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    r.facets().forEach((dim, values) -> {
      Map<String, String> m = new TreeMap<>();
      values.forEach(v -> m.put(v.value(), v.count() + "/" + v.sum().toPlainString()));
      out.put(dim, m);
    });
    return out;
  }

  private static Map<String, List<String>> expectedTop(Map<String, Map<String, String>> facets, int limit) {
    Map<String, List<String>> out = new TreeMap<>();
    facets.forEach((dim, values) -> {
      List<Map.Entry<String, String>> ranked = new ArrayList<>(values.entrySet());
      ranked.sort((a, b) -> {
        long ca = Long.parseLong(a.getValue().split("/")[0]);
        long cb = Long.parseLong(b.getValue().split("/")[0]);
        return ca != cb ? Long.compare(cb, ca) : new BytesRef(a.getKey()).compareTo(new BytesRef(b.getKey()));
      });
      out.put(dim, ranked.stream().limit(limit).map(e -> e.getKey() + "=" + e.getValue()).toList());
    });
    return out;
  }

  private static Map<String, List<String>> orderedFacets(SearchResults r) {
    Map<String, List<String>> out = new TreeMap<>();
    r.facets().forEach((dim, values) -> out.put(dim,
        values.stream().map(v -> v.value() + "=" + v.count() + "/" + v.sum().toPlainString()).toList()));
    return out;
  }

  private static Map<String, BigDecimal> expectedTotals(List<Indexed> facts) {
    Map<String, Long> acc = new TreeMap<>();
    for (Indexed x : facts) {
      if (counted(x.fact())) {
        acc.merge(x.fact().amount().money().currency(),
            IndexSchema.hundredths(x.fact().amount().money().value()), Long::sum);
      }
    }
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    acc.forEach((c, v) -> {
      if (v != 0) {
        out.put(c, FacetValue.plain(BigDecimal.valueOf(v, 2)));
      }
    });
    return out;
  }

  private static Set<String> keys(List<Indexed> facts) {
    Set<String> out = new TreeSet<>();
    facts.forEach(f -> out.add(f.articleId() + "#" + f.no()));
    return out;
  }

  private static Set<String> hitKeys(List<FactHit> hits) {
    Set<String> out = new TreeSet<>();
    hits.forEach(h -> out.add(h.articleId() + "#" + h.factIndex()));
    assertEquals(hits.size(), out.size(), "a fact was returned twice");
    return out;
  }

  private static void assertSorted(List<FactHit> hits, boolean byAmount, String msg) {
    long prev = Long.MAX_VALUE;
    for (FactHit h : hits) {
      AidFact f = h.fact();
      long v = byAmount
          ? (f.amount() == null ? Long.MIN_VALUE : IndexSchema.hundredths(f.amount().money().value()))
          : (f.date() == null ? Long.MIN_VALUE : f.date().firstDay().toEpochDay());
      assertTrue(v <= prev, msg + ": hits out of order at " + h.articleId() + "#" + h.factIndex());
      prev = v;
    }
  }

  private static Set<String> terms(Analyzer a, String text) throws IOException {
    Set<String> out = new HashSet<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }
}
