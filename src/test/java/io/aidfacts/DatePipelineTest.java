package io.aidfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.model.Article;
import io.aidfacts.model.DateMention;
import io.aidfacts.model.Mention;
import io.aidfacts.model.Script;
import io.aidfacts.read.ArticleReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DATE mentions through the whole pipeline: raw-body offsets, script, clock independence. */
class DatePipelineTest {

  static AidFacts aid;
  /** A clock far in the future: dated articles must not notice it. */
  static AidFacts farFuture;

  @BeforeAll
  static void build() {
    aid = AidFacts.builder().facts(false).build();
    farFuture = AidFacts.builder().facts(false)
        .relativeDatesOfUndatedArticles(Clock.fixed(Instant.parse("2999-01-05T00:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  static List<String> dates(ArticleFacts r) {
    List<String> out = new ArrayList<>();
    for (Mention m : r.mentions()) {
      if (m instanceof DateMention d) {
        out.add(d.text() + "@" + d.start() + "-" + d.end() + "=" + d.value());
      }
    }
    return out;
  }

  @Test
  void traditionalBodyWithGlossesAndFullWidthDigitsKeepsRawOffsets() {
    String body = "去(qù)年１２月，香港某基金會捐贈圖書；今年5月16日至18日，專家抵達凌雲縣，當天開展義診。";
    ArticleFacts r = aid.extract(new Article("t", null, null, "2020-10-15", null, body, Script.TRADITIONAL));
    assertEquals(List.of(
        "去(qù)年１２月@0-9=2019-12",
        "今年5月16日至18日@21-32=2020-05-16/2020-05-18",
        "當天@41-43=2020-05-16"), dates(r));
  }

  @Test
  void newsDatesAcrossTheTurnOfTheYear() {
    String body = "12月20日，厦门市慈善总会捐赠棉衣；12月28日至1月3日，工作组走访慰问；明年3月，项目完工。";
    ArticleFacts r = aid.extract(Article.of("n", body).withPublished("2020-01-05T10:36"));
    assertEquals(List.of(
        "12月20日@0-6=2019-12-20",
        "12月28日至1月3日@19-30=2019-12-28/2020-01-03",
        "明年3月@39-43=2021-03"), dates(r));
  }

  @Test
  void aClockFarInTheFutureChangesNothingForDatedArticles() {
    String body = "今年4月，捐赠图书；昨天，开展义诊；上月底，验收；周一，签约；年底前完工。";
    Article a = Article.of("c", body).withPublished("2019-12-06T09:30:16");
    List<String> expected = List.of("今年4月@0-4=2019-04", "昨天@10-12=2019-12-05",
        "上月底@18-21=2019-11(late)", "周一@25-27=2019-12-02", "年底@31-33=2019-12(late)");
    assertEquals(expected, dates(aid.extract(a)));
    assertEquals(expected, dates(farFuture.extract(a)));
  }

  @Test
  void undatedArticlesResolveRelativeDatesOnlyWithAClockGivenExplicitly() {
    Article a = Article.of("u", "2019年7月2日签约，昨天开工，今年4月验收。");
    assertEquals(List.of("2019年7月2日@0-9=2019-07-02", "昨天@12-14=null", "今年4月@17-21=null"),
        dates(aid.extract(a)));
    assertEquals(List.of("2019年7月2日@0-9=2019-07-02", "昨天@12-14=2999-01-04", "今年4月@17-21=2999-04"),
        dates(farFuture.extract(a)));
  }

  /**
   * Every date of the corpus gold that lies in the body comes out with its value. The gold also
   * lists the page's publication line, which is outside the body and so no mention.
   */
  @Test
  void corpusGoldDatesOfTheBody() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> gold = new HashMap<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("corpus/gold"), "*.json")) {
      for (Path p : dir) {
        JsonNode g = json.readTree(p.toFile());
        gold.put(g.get("id").asText(), g);
      }
    }
    int checked = 0;
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("corpus/articles"))) {
      for (Path p : dir) {
        if (Files.isDirectory(p) || p.getFileName().toString().endsWith(".md")) {
          continue;
        }
        for (Article a : ArticleReader.read(p).articles()) {
          JsonNode g = gold.get(a.id());
          assertTrue(g != null, "no gold for " + a.id());
          List<String> want = new ArrayList<>();
          for (JsonNode d : g.get("dates")) {
            if (a.body().contains(d.get("text").asText()) && !d.get("value").isNull()) {
              want.add(d.get("value").asText());
            }
          }
          List<String> got = new ArrayList<>();
          for (Mention m : aid.extract(a).mentions()) {
            if (m instanceof DateMention d && d.value() != null) {
              got.add(d.value().value());
            }
          }
          want.sort(null);
          got.sort(null);
          assertEquals(want, got, a.id());
          checked++;
        }
      }
    }
    assertEquals(25, checked, "corpus articles checked");
  }
}
