package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.AidFacts;
import io.aidfacts.ArticleFacts;
import io.aidfacts.model.Article;
import io.aidfacts.read.ArticleReader;
import io.aidfacts.read.TextNormalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FactPrefilterTest {

  @Test
  void findsACueAnywhereAndNothingWithout() {
    FactPrefilter p = new FactPrefilter(List.of("捐", "帮扶", "拨付"));
    assertTrue(p.mayHoldFact("捐"));
    assertTrue(p.mayHoldFact("大连市对口帮扶六盘水"));
    assertTrue(p.mayHoldFact("最后两个字是拨付"));
    assertFalse(p.mayHoldFact("帮忙扶起老人，拨了电话"));
    assertFalse(p.mayHoldFact("拨"));
    assertFalse(p.mayHoldFact(""));
  }

  /** Every corpus article that holds a gold fact passes, read through the normalized view as the pipeline does. */
  @Test
  void noCorpusArticleWithAGoldFactIsSkipped() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("corpus/articles"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        if (!f.toString().endsWith(".md")) {
          articles.addAll(ArticleReader.read(f).articles());
        }
      }
    }
    assertEquals(25, articles.size());
    int withFacts = 0;
    for (Article a : articles) {
      JsonNode gold = json.readTree(Path.of("corpus/gold", a.id() + ".json").toFile());
      boolean may = FactPrefilter.bundled().mayHoldFact(TextNormalizer.normalize(a.body()).text());
      if (gold.get("facts").size() > 0) {
        withFacts++;
        assertTrue(may, a.id() + " has gold facts but no cue of giving");
      }
    }
    assertEquals(22, withFacts);
  }

  @Test
  void factsOnlyPipelineSkipsArticlesWithoutACueAndKeepsTheOthersWhole() {
    AidFacts full = AidFacts.builder().build();
    AidFacts only = AidFacts.builder().factsOnly(true).build();
    Article aid = Article.of("a", "民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书。");
    Article other = Article.of("b", "大连市交通局今天发布通告，5月1日起地铁2号线延长运营1小时。");
    ArticleFacts skipped = only.extract(other);
    assertEquals(List.of(), skipped.mentions());
    assertEquals(List.of(), skipped.facts());
    assertFalse(full.extract(other).mentions().isEmpty());
    assertEquals(full.extract(aid), only.extract(aid));
  }
}
