package io.aidfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.ArticleFacts;
import io.aidfacts.ArticleFactsJson;
import io.aidfacts.index.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSearchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The fixtures as 'extract --with-body' writes them, plus one bad line. */
  private static Path extractOutput(Path dir) throws Exception {
    StringBuilder b = new StringBuilder();
    for (Fixtures.Doc d : Fixtures.all()) {
      b.append(ArticleFactsJson.toJson(new ArticleFacts(d.article(), d.mentions(), d.facts()), true)).append('\n');
    }
    Path p = dir.resolve("facts.jsonl");
    Files.writeString(p, b, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void indexesExtractOutputIdempotentlyAndSearches(@TempDir Path dir) throws Exception {
    Path input = extractOutput(dir);
    Path index = dir.resolve("idx");
    Run r = run("index", "--index", index.toString(), input.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("indexed 3 articles, 7 facts into " + index.toAbsolutePath() + "\n", r.out());
    // Indexing the same input again replaces the articles: still 7 facts.
    assertEquals(0, run("index", "--index", index.toString(), input.toString()).code());
    JsonNode all = JSON.readTree(run("search", "--index", index.toString(), "--json", "--limit", "0").out());
    assertEquals(7, all.get("total").asInt());

    Run donor = run("search", "--index", index.toString(), "--donor", "民进", "--json");
    assertEquals(0, donor.code(), donor.err());
    JsonNode d = JSON.readTree(donor.out());
    assertEquals(1, d.get("total").asInt());
    JsonNode hit = d.get("hits").get(0);
    assertEquals("seed", hit.get("articleId").asText());
    assertEquals("发挥统战优势凝聚帮扶合力", hit.get("title").asText());
    assertEquals("民进大连市委会", hit.get("fact").get("donor").asText());
    assertEquals(90000, hit.get("fact").get("amount").get("value").asInt());
    assertEquals("民进大连市委会为中寨乡小学捐赠价值约9万元", hit.get("snippet").asText());

    Run text = run("search", "--index", index.toString(), "医疗设备", "--donor", "民盟", "--json");
    JsonNode t = JSON.readTree(text.out());
    assertEquals(1, t.get("total").asInt());
    assertEquals("民盟大连市委向六盘水市第二人民医院捐赠<em>医疗</em><em>设备</em>50万元",
        t.get("hits").get(0).get("snippet").asText());

    Run facets = run("search", "--index", index.toString(), "--place", "贵州", "--facets", "--json");
    JsonNode f = JSON.readTree(facets.out());
    assertEquals(2, f.get("total").asInt());
    JsonNode province = f.get("facets").get("province").get(0);
    assertEquals(Map.of("value", "贵州省", "count", 2, "sum", 590000),
        JSON.convertValue(province, Map.class));
    assertEquals(590000, f.get("totals").get("CNY").asInt());
  }

  @Test
  void tableOutput(@TempDir Path dir) throws Exception {
    Path index = dir.resolve("idx");
    assertEquals(0, run("index", "--index", index.toString(), extractOutput(dir).toString()).code());
    Run r = run("search", "--index", index.toString(), "--min-amount", "100000", "--sort", "amount",
        "--limit", "2");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("4 facts (first 2 shown)", lines.get(0));
    assertEquals(List.of("date", "donor", "amount", "category", "place", "article", "evidence"),
        List.of(lines.get(1).split(" +")));
    assertEquals(List.of("2020", "青岛市", "10000000", "CNY", "livelihood", "陇南市", "total#0",
        "青岛市向陇南市投入帮扶资金1000万元"), List.of(lines.get(2).split(" +")));
    assertEquals(List.of("2020", "青岛市", "6000000", "CNY", "(part)", "education", "陇南市", "total#1",
        "其中教育600万元"), List.of(lines.get(3).split(" +")));
    assertEquals(4, lines.size());
    // Columns line up: every row's second column starts at the same display column.
    assertEquals(SearchCommand.displayWidth(lines.get(1).substring(0, lines.get(1).indexOf("donor"))),
        SearchCommand.displayWidth(lines.get(2).substring(0, lines.get(2).indexOf("青岛市"))));
  }

  @Test
  void badLinesAreReportedAndTheRestIsIndexed(@TempDir Path dir) throws Exception {
    Path input = extractOutput(dir);
    Files.writeString(input, "{\"id\":\"nobody\",\"mentions\":[],\"facts\":[]}\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Path index = dir.resolve("idx");
    Run r = run("index", "--index", index.toString(), input.toString(), dir.resolve("missing.txt").toString());
    assertEquals(Main.SOME_FAILED, r.code());
    List<String> errs = r.err().lines().toList();
    assertEquals(List.of(
        "aidfacts index: " + input.toAbsolutePath() + " line 4: article 'nobody' has no \"body\": write it with 'extract --with-body'",
        "aidfacts index: " + dir.resolve("missing.txt").toAbsolutePath() + ": no such file or folder"), errs);
    assertEquals("indexed 3 articles, 7 facts into " + index.toAbsolutePath() + "; 2 inputs failed\n", r.out());
  }

  @Test
  void deleteAndReindex(@TempDir Path dir) throws Exception {
    Path index = dir.resolve("idx");
    Path input = extractOutput(dir);
    assertEquals(0, run("index", "--index", index.toString(), input.toString()).code());
    Run del = run("index", "--index", index.toString(), "--delete", "total");
    assertEquals(0, del.code(), del.err());
    assertEquals(3, JSON.readTree(run("search", "--index", index.toString(), "--json").out()).get("total").asInt());
    assertEquals(0, run("index", "--index", index.toString(), "--reindex").code());
    assertEquals(0, JSON.readTree(run("search", "--index", index.toString(), "--json").out()).get("total").asInt());
  }

  @Test
  void refusesAnIndexOfAnotherVersionAndBadOptions(@TempDir Path dir) throws Exception {
    Path index = dir.resolve("old");
    try (FSDirectory d = FSDirectory.open(index); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of("aidfacts.schema", "0").entrySet());
      w.commit();
    }
    Run s = run("search", "--index", index.toString(), "--donor", "民进");
    assertEquals(Main.FATAL, s.code());
    assertEquals("aidfacts search: index " + index.toAbsolutePath() + " has schema version 0 but this build"
        + " reads version 1; rebuild it with 'aidfacts index --reindex --index " + index + " INPUTS...'\n", s.err());
    Run i = run("index", "--index", index.toString(), extractOutput(dir).toString());
    assertEquals(Main.FATAL, i.code());
    assertTrue(i.err().startsWith("aidfacts index: index " + index.toAbsolutePath() + " has schema version 0"), i.err());
    Run missing = run("search", "--index", dir.resolve("none").toString());
    assertEquals(Main.FATAL, missing.code());
    assertTrue(missing.err().startsWith("aidfacts search: no index at "), missing.err());
    Run bad = run("search", "--index", index.toString(), "--category", "food");
    assertEquals(Main.USAGE, bad.code());
    assertTrue(bad.err().startsWith("aidfacts search: unknown category 'food': expected one of [education,"), bad.err());
  }
}
