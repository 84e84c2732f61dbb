package io.aidfacts.index;

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
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Builds an index of generated facts (1,000,000 by default; {@code -Dbench.facts=N}) and
 * prints indexing throughput, index size per fact and p50/p99 latency per query type (wall
 * clock, and CPU time of the searching thread, which a loaded machine distorts less). A
 * benchmark, not a test: it asserts nothing about speed. Run it with
 * {@code mvn -q -o test -Dgroups=benchmark -DexcludedTestGroups= -Dtest=IndexBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>{@code -Dbench.index=DIR} keeps the index in DIR and, when DIR already holds one, searches
 * it without indexing again (for profiling the searches); {@code -Dbench.only=TEXT} measures
 * only the query types whose name contains TEXT; {@code -Dbench.runs=N} (200) timed runs each.
 */
@Tag("benchmark")
class IndexBenchmark {

  private static final String[] CITIES = {"大连", "广州", "宁波", "福州", "珠海", "杭州", "北京", "厦门",
      "青岛", "上海", "无锡", "天津", "深圳", "苏州", "济南", "南京"};
  private static final String[] KINDS = {"市委会", "商会", "慈善总会", "企业家联合会", "红十字会", "工商联",
      "集团有限公司", "科技有限公司", "教育基金会", "第一中学", "人民医院", "建设银行分行"};
  private static final String[] PARTIES = {"民进", "民盟", "民建", "民革", "农工党", "致公党", "九三学社", ""};
  private static final String[] RECIPIENTS = {"中心小学", "卫生院", "教育局", "希望小学", "敬老院", "合作社",
      "困难群众", "贫困学生"};
  private static final String[] WORDS = {"捐赠", "图书", "医疗", "设备", "学校", "扶贫", "帮扶", "资金",
      "消费", "产业", "救灾", "就业", "基础设施", "助学", "慰问", "乡村振兴", "合作", "签约", "项目", "培训"};
  /** Province code, a place name, and a few county-level codes under it. */
  private static final String[][] PLACES = {{"52", "贵州"}, {"53", "云南"}, {"62", "甘肃"}, {"45", "广西"},
      {"51", "四川"}, {"65", "新疆"}, {"64", "宁夏"}, {"63", "青海"}, {"54", "西藏"}, {"42", "湖北"},
      {"43", "湖南"}, {"41", "河南"}};
  private static final String[] CURRENCIES = {"CNY", "CNY", "CNY", "CNY", "CNY", "CNY", "CNY", "CNY", "USD", "HKD"};
  private static final int FACTS_PER_ARTICLE = 4;

  @Test
  void indexAndQuery() throws Exception {
    int facts = Integer.getInteger("bench.facts", 1_000_000);
    int articles = (facts + FACTS_PER_ARTICLE - 1) / FACTS_PER_ARTICLE;
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    String keep = System.getProperty("bench.index");
    Path dir = keep == null ? Files.createTempDirectory(Path.of("target"), "index-bench") : Path.of(keep);
    try {
      if (keep == null || !hasIndex(dir)) {
        index(dir, facts, articles, threads);
      } else {
        System.out.printf(Locale.ROOT, "%nIndexBenchmark: searching the existing index in %s%n", dir);
      }
      search(dir);
    } finally {
      if (keep == null) {
        try (Stream<Path> files = Files.list(dir)) {
          files.forEach(p -> p.toFile().delete());
        }
        Files.deleteIfExists(dir);
      }
    }
  }

  private static boolean hasIndex(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
    }
  }

  private static void index(Path dir, int facts, int articles, int threads) throws Exception {
    new ChineseAnalyzer().close(); // load HanLP outside the timing
    AtomicLong done = new AtomicLong();
    long t0 = System.nanoTime();
    try (FactIndexWriter w = FactIndexWriter.openForBulk(dir, true, 256)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int from = t * articles / threads;
        int to = (t + 1) * articles / threads;
        futures.add(pool.submit(() -> {
          for (int i = from; i < to; i++) {
            Generated g = generate(i, Math.min(FACTS_PER_ARTICLE, facts - i * FACTS_PER_ARTICLE));
            try {
              w.add(g.article, g.mentions, g.facts);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            done.addAndGet(g.facts.size());
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      w.commit();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long bytes;
    try (Stream<Path> files = Files.list(dir)) {
      bytes = files.mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.printf(Locale.ROOT, "%nIndexBenchmark: %,d facts in %,d articles, %d indexing threads, %s cores%n",
        done.get(), articles, threads, Runtime.getRuntime().availableProcessors());
    System.out.printf(Locale.ROOT, "indexing: %.1f s, %,.0f facts/s; index %,.1f MB, %.0f bytes/fact%n",
        seconds, done.get() / seconds, bytes / 1e6, (double) bytes / done.get());
  }

  private static void search(Path dir) throws IOException {
    try (FactSearcher s = FactSearcher.open(dir)) {
      System.out.printf(Locale.ROOT, "%n| query | p50 ms | p99 ms | p50 CPU ms | mean hits |%n|---|---:|---:|---:|---:|%n");
      measure(s, "donor + amount range + facets", i -> FactQuery.builder()
          .donor(PARTIES[i % 7]).minAmount(new BigDecimal(100_000)).maxAmount(new BigDecimal(5_000_000))
          .facets(true).build());
      measure(s, "donor", i -> FactQuery.builder()
          .donor(CITIES[i % CITIES.length] + KINDS[(i / 16) % KINDS.length]).build());
      measure(s, "amount range, sorted by amount", i -> FactQuery.builder()
          .minAmount(new BigDecimal(10_000 * (1 + i % 50))).maxAmount(new BigDecimal(2_000_000))
          .sort(FactQuery.Sort.AMOUNT).build());
      measure(s, "date range (one month)", i -> FactQuery.builder()
          .from(String.format(Locale.ROOT, "%d-%02d", 2015 + i % 9, 1 + i % 12))
          .to(String.format(Locale.ROOT, "%d-%02d", 2015 + i % 9, 1 + i % 12)).build());
      measure(s, "province (name)", i -> FactQuery.builder().place(PLACES[i % PLACES.length][1]).build());
      measure(s, "county (code)", i -> FactQuery.builder()
          .place(PLACES[i % PLACES.length][0] + String.format(Locale.ROOT, "%02d%02d", 1 + i % 8, 1 + i % 10)).build());
      measure(s, "category", i -> FactQuery.builder().category(Category.values()[i % 10]).build());
      measure(s, "text (one word)", i -> FactQuery.builder().text(WORDS[i % WORDS.length]).build());
      measure(s, "text + donor + year", i -> FactQuery.builder().text(WORDS[i % WORDS.length])
          .donor(CITIES[i % CITIES.length]).from(Integer.toString(2015 + i % 9)).to(Integer.toString(2015 + i % 9)).build());
      measure(s, "all facts + facets", i -> FactQuery.builder().facets(true).build());
      System.out.println();
    }
  }

  private static void measure(FactSearcher s, String name, Function<Integer, FactQuery> query) throws IOException {
    String only = System.getProperty("bench.only");
    if (only != null && !name.contains(only)) {
      return;
    }
    for (int i = 0; i < 30; i++) {
      s.search(query.apply(i));
    }
    int runs = Integer.getInteger("bench.runs", 200);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[runs];
    long[] cpu = new long[runs];
    long hits = 0;
    for (int i = 0; i < runs; i++) {
      FactQuery q = query.apply(i);
      long c = mx.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      hits += s.search(q).total();
      nanos[i] = System.nanoTime() - t;
      cpu[i] = mx.getCurrentThreadCpuTime() - c;
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %,d |%n", name, nanos[runs / 2] / 1e6,
        nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6, cpu[runs / 2] / 1e6, hits / runs);
  }

  private record Generated(Article article, List<Mention> mentions, List<AidFact> facts) {}

  /** A deterministic article with {@code n} facts: the same index always gets the same article. */
  static Generated generate(int index, int n) {
    Random r = new Random(index * 0x9E3779B97F4A7C15L);
    StringBuilder body = new StringBuilder(200);
    String[] place = PLACES[r.nextInt(PLACES.length)];
    String code = place[0] + String.format(Locale.ROOT, "%02d%02d", 1 + r.nextInt(8), 1 + r.nextInt(10));
    List<AidFact> facts = new ArrayList<>(n);
    List<CharSpan> spans = new ArrayList<>();
    List<String> donors = new ArrayList<>();
    List<String> amounts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String donor = PARTIES[r.nextInt(PARTIES.length)] + CITIES[r.nextInt(CITIES.length)]
          + KINDS[r.nextInt(KINDS.length)];
      String amount = (1 + r.nextInt(999)) + (r.nextInt(4) == 0 ? "元" : "万元");
      int start = body.length();
      body.append(donor).append("向").append(place[1]).append(RECIPIENTS[r.nextInt(RECIPIENTS.length)])
          .append(WORDS[r.nextInt(WORDS.length)]).append(WORDS[r.nextInt(WORDS.length)]).append(amount);
      spans.add(new CharSpan(start, body.length()));
      donors.add(donor);
      amounts.add(amount);
      body.append("，").append(WORDS[r.nextInt(WORDS.length)]).append(WORDS[r.nextInt(WORDS.length)]).append("。");
    }
    String text = body.toString();
    Article a = new Article("bench-" + index, null, place[1] + WORDS[r.nextInt(WORDS.length)] + "帮扶",
        "2020-01-01", "测试日报", text, Script.SIMPLIFIED);
    int at = text.indexOf(place[1]);
    List<Mention> mentions = List.of(new PlaceMention(new CharSpan(at, at + place[1].length()), place[1],
        code, List.of(Provinces.nameOf(place[0]).orElseThrow())));
    for (int i = 0; i < n; i++) {
      CharSpan ev = spans.get(i);
      String amountText = amounts.get(i);
      BigDecimal value = new BigDecimal(amountText.replaceAll("\\D", ""))
          .multiply(amountText.endsWith("万元") ? BigDecimal.valueOf(10_000) : BigDecimal.ONE);
      AmountMention am = new AmountMention(new CharSpan(ev.end() - amountText.length(), ev.end()), amountText,
          new Money(value, null, CURRENCIES[r.nextInt(CURRENCIES.length)], r.nextInt(5) == 0, r.nextInt(3) == 0,
              r.nextInt(20) == 0));
      LocalDate day = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(9 * 365));
      DateValue date = switch (r.nextInt(3)) {
        case 0 -> DateValue.ofYear(day.getYear());
        case 1 -> DateValue.of(day.toString().substring(0, 7));
        default -> DateValue.ofDay(day);
      };
      facts.add(new AidFact(donors.get(i), MentionType.ORG, null, "某" + RECIPIENTS[r.nextInt(RECIPIENTS.length)], am,
          null, Category.values()[r.nextInt(10)], date, place[1], code, ev, ev.of(text), 0.8,
          i > 0 && r.nextInt(10) == 0 ? 0 : -1));
    }
    return new Generated(a, mentions, facts);
  }
}
