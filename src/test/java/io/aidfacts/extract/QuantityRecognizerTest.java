package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aidfacts.AidFacts;
import io.aidfacts.model.Article;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.Mention;
import io.aidfacts.model.OrgMention;
import io.aidfacts.model.QuantityMention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** QUANTITY mentions through the pipeline: counts with units, never money, names or durations. */
class QuantityRecognizerTest {

  static AidFacts aid;

  @BeforeAll
  static void build() {
    aid = AidFacts.builder().facts(false).build();
  }

  private static List<String> quantities(String body) {
    List<String> out = new ArrayList<>();
    for (Mention m : aid.extract(Article.of("q", body)).mentions()) {
      if (m instanceof QuantityMention q) {
        assertEquals(body.substring(q.start(), q.end()), q.text());
        out.add(q.start() + ":" + q.text() + "=" + q.value().toPlainString() + q.unit()
            + (q.approx() ? "~" : ""));
      }
    }
    return out;
  }

  @Test
  void countsWithTheirUnitsAndApproximation() {
    String body = "捐赠图书3700余册、校服200套，惠及100名学生和300余人次，流转土地约200亩，新建2万平方米校舍。";
    assertEquals(List.of(
        "4:3700余册=3700册~", "13:200套=200套", "20:100名=100名", "27:300余人次=300人次~",
        "38:约200亩=200亩~", "46:2万平方米=20000平方米"), quantities(body));
  }

  @Test
  void moneyDatesDurationsAndArticlesAreNotQuantities() {
    assertEquals(List.of(), quantities("2019年3月，某公司捐款5000元，为期3个月，一个项目，一批物资，增长5.8%。"));
  }

  @Test
  void fullWidthAndTraditionalKeepRawOffsets() {
    assertEquals(List.of("3:１２０名=120名", "12:兩千冊=2000册"), quantities("資助了１２０名學生，捐贈兩千冊圖書。"));
  }

  @Test
  void aCountInsideANameGivesWayToTheName() {
    OrgMention school = new OrgMention(new CharSpan(0, 5), "三家寨小学", null);
    QuantityMention three = new QuantityMention(new CharSpan(0, 2), "三家", BigDecimal.valueOf(3), "家", false);
    assertEquals(List.of(school), MentionMerger.merge(List.of(three, school)));
    assertEquals(List.of(), quantities("农工党大连市委会为三家寨小学捐赠2万元。").stream()
        .filter(q -> q.contains("三家")).toList());
  }
}
