package io.aidfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aidfacts.ArticleFacts;
import io.aidfacts.model.AidFact;
import io.aidfacts.model.AmountMention;
import io.aidfacts.model.Article;
import io.aidfacts.model.Category;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.DateValue;
import io.aidfacts.model.MentionType;
import io.aidfacts.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The fact-to-row mapping alone, without a Spark session. */
class FactRowsTest {

  private static final String BODY = "8月7日至10日，民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书；另有3万至5万元的药品。";

  private static CharSpan span(String text) {
    int i = BODY.indexOf(text);
    return new CharSpan(i, i + text.length());
  }

  private static AidFact fact(AmountMention amount, DateValue date, int partOf) {
    String ev = "民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书";
    return new AidFact("民进大连市委会", MentionType.ORG, "中国民主促进会大连市委员会", "中寨乡小学", amount,
        amount == null ? "各类图书" : null, Category.EDUCATION, date, "中寨乡", "520525100",
        span(ev), ev, 0.9, partOf);
  }

  @Test
  void mapsEveryColumnInSchemaOrder() {
    Article a = new Article("a1", "http://x/1", "t", "2019-12-06T09:30:16", "大连日报", BODY,
        io.aidfacts.model.Script.SIMPLIFIED);
    AmountMention nine = new AmountMention(span("价值约9万元"), "价值约9万元",
        new Money(new BigDecimal("90000"), null, "CNY", true, true, false));
    AmountMention range = new AmountMention(span("3万至5万元"), "3万至5万元",
        new Money(new BigDecimal("30000"), new BigDecimal("50000.12345"), "CNY", false, true, false));
    List<Row> rows = FactRows.of(new ArticleFacts(a, List.of(), List.of(
        fact(nine, DateValue.of("2019-08-07/2019-08-10"), -1),
        fact(range, DateValue.of("2019-08"), 0),
        fact(null, null, -1))));

    assertEquals(3, rows.size());
    Row r = rows.get(0);
    assertEquals(FactRows.SCHEMA.size(), r.size());
    assertEquals(java.util.Arrays.asList("a1", 0, "http://x/1", "2019-12-06T09:30:16", "民进大连市委会", "ORG",
        "中国民主促进会大连市委员会", "中寨乡小学", "价值约9万元", new BigDecimal("90000.0000"), null, "CNY",
        true, true, false, null, "education", "2019-08-07/2019-08-10", LocalDate.of(2019, 8, 7),
        LocalDate.of(2019, 8, 10), "中寨乡", "520525100", 9, 35,
        "民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书", 0.9, null),
        scala.jdk.javaapi.CollectionConverters.asJava(r.toSeq()));
    assertEquals(BODY.substring(9, 35), r.getString(24));

    Row part = rows.get(1);
    assertEquals(1, part.getInt(1));
    assertEquals(new BigDecimal("30000.0000"), part.get(9));
    // A max finer than the scale is rounded half-even to a ten-thousandth.
    assertEquals(new BigDecimal("50000.1234"), part.get(10));
    assertEquals(LocalDate.of(2019, 8, 1), part.get(18));
    assertEquals(LocalDate.of(2019, 8, 31), part.get(19));
    assertEquals(0, part.get(26));

    Row goods = rows.get(2);
    for (int i = 8; i <= 14; i++) {
      assertNull(goods.get(i), FactRows.SCHEMA.fields()[i].name() + " without an amount");
    }
    assertEquals("各类图书", goods.get(15));
    assertNull(goods.get(17));
    assertNull(goods.get(18));
  }

  @Test
  void anArticleWithoutFactsHasNoRows() {
    assertEquals(List.of(), FactRows.of(new ArticleFacts(Article.of("a", "无事。"), List.of(), List.of())));
  }

  @Test
  void outcomeIsAnArticleOrAFailure() {
    assertThrows(IllegalArgumentException.class, () -> new Outcome("in", "{}", List.of(), "bad"));
    assertThrows(IllegalArgumentException.class, () -> new Outcome("in", null, List.of(), null));
    assertEquals("bad", Outcome.failed("in", "bad").reason());
  }
}
