package io.aidfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.model.AmountMention;
import io.aidfacts.model.Article;
import io.aidfacts.model.Mention;
import io.aidfacts.model.Script;
import io.aidfacts.read.ArticleReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AidFactsTest {

  static AidFacts aid;

  @BeforeAll
  static void build() {
    aid = AidFacts.builder().build();
  }

  private static List<AmountMention> amounts(ArticleFacts r) {
    List<AmountMention> out = new ArrayList<>();
    for (Mention m : r.mentions()) {
      if (m instanceof AmountMention a) {
        out.add(a);
      }
    }
    return out;
  }

  @Test
  void traditionalBodyIsAnalysedThroughTheSimplifiedViewWithOriginalOffsets() {
    String body = "香港某某慈善基金會向昭覺縣捐贈港幣五千萬元，用於興建學校。";
    ArticleFacts r = aid.extract(new Article("t", null, null, "2020-07-08", null, body, Script.TRADITIONAL));
    AmountMention a = amounts(r).get(0);
    assertEquals("港幣五千萬元", a.text());
    assertEquals(body.indexOf("港幣"), a.start());
    assertEquals(new BigDecimal("50000000"), a.money().value());
    assertEquals("HKD", a.money().currency());
  }

  @Test
  void glossedAndFullWidthNoiseKeepsOffsetsIntoTheRawBody() {
    String body = "某公司捐(juān)贈(zèng)善款１２００万元。";
    ArticleFacts r = aid.extract(Article.of("g", body));
    AmountMention a = amounts(r).get(0);
    assertEquals("１２００万元", a.text());
    assertEquals(body.indexOf("１"), a.start());
    assertEquals(new BigDecimal("12000000"), a.money().value());
    for (Mention m : r.mentions()) {
      assertEquals(m.text(), body.substring(m.start(), m.end()));
    }
  }

  @Test
  void oneInstanceGivesTheSameResultsOnManyThreads() throws Exception {
    Article seed = ArticleReader.read(Path.of("../shared/seed/000_d1515b0f2a6da45e.txt")).articles().get(0);
    String expected = ArticleFactsJson.toJson(aid.extract(seed), false);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> ArticleFactsJson.toJson(aid.extract(seed), false)));
      }
      for (Future<String> f : runs) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void jsonRoundTripsWithTheBody() {
    Article seed = ArticleReader.read(Path.of("../shared/seed/000_d1515b0f2a6da45e.txt")).articles().get(0);
    ArticleFacts r = aid.extract(seed);
    String line = ArticleFactsJson.toJson(r, true);
    assertEquals(r, ArticleFactsJson.fromJson(line));
    assertEquals(line, ArticleFactsJson.toJson(ArticleFactsJson.fromJson(line), true));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArticleFactsJson.fromJson(ArticleFactsJson.toJson(r, false)));
    assertTrue(e.getMessage().contains("write it with 'extract --with-body'"), e.getMessage());
  }

  @Test
  void aPipelineWithoutRecognizersIsRefusedAtBuildTime() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> AidFacts.builder().withoutDefaultRecognizers().build());
    assertEquals("pipeline has no recognizers: keep the defaults or add one", e.getMessage());
  }
}
