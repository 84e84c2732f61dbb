package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aidfacts.AidFacts;
import io.aidfacts.ArticleFacts;
import io.aidfacts.model.AmountMention;
import io.aidfacts.model.Article;
import io.aidfacts.model.Mention;
import io.aidfacts.model.Money;
import io.aidfacts.model.Script;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Amounts through the whole pipeline: spans are offsets into the body as written, whatever
 * the normalizer folded (traditional script, full-width digits, pinyin glosses, stray spaces).
 * Gold is inline markup: {@code <A>...</A>} around each amount, in body order.
 */
class AmountRecognizerTest {

  static AidFacts aid;

  @BeforeAll
  static void build() {
    aid = AidFacts.builder().facts(false).build();
  }

  /** The body without markup and the marked spans as "start:end:text". */
  private static List<String> marked(String markup, StringBuilder body) {
    List<String> spans = new ArrayList<>();
    int i = 0;
    while (i < markup.length()) {
      if (markup.startsWith("<A>", i)) {
        int end = markup.indexOf("</A>", i);
        String inner = markup.substring(i + 3, end);
        spans.add(body.length() + ":" + (body.length() + inner.length()) + ":" + inner);
        body.append(inner);
        i = end + 4;
      } else {
        body.append(markup.charAt(i++));
      }
    }
    return spans;
  }

  private static List<AmountMention> amounts(String body, Script script) {
    ArticleFacts r = aid.extract(new Article("t", null, null, null, null, body, script));
    List<AmountMention> out = new ArrayList<>();
    for (Mention m : r.mentions()) {
      if (m instanceof AmountMention a) {
        assertEquals(body.substring(a.start(), a.end()), a.text());
        out.add(a);
      }
    }
    return out;
  }

  private static List<AmountMention> check(String markup, Script script) {
    StringBuilder body = new StringBuilder();
    List<String> expected = marked(markup, body);
    List<AmountMention> got = amounts(body.toString(), script);
    List<String> spans = new ArrayList<>();
    for (AmountMention a : got) {
      spans.add(a.start() + ":" + a.end() + ":" + a.text());
    }
    assertEquals(expected, spans);
    return got;
  }

  private static Money money(String value, String currency, boolean approx, boolean inKind, boolean perUnit) {
    return new Money(new BigDecimal(value), null, currency, approx, inKind, perUnit);
  }

  @Test
  void simplifiedArticleSentence() {
    List<AmountMention> a = check("民进大连市委会为中寨乡小学捐赠<A>价值约9万元</A>的各类图书，"
        + "并为每名学生发放<A>1000元</A>助学金。", Script.SIMPLIFIED);
    assertEquals(money("90000", "CNY", true, true, false), a.get(0).money());
    assertEquals(money("1000", "CNY", false, false, true), a.get(1).money());
  }

  @Test
  void traditionalScriptKeepsItsOwnCharactersAndOffsets() {
    List<AmountMention> a = check("香港某基金會捐贈<A>港幣五千萬元</A>（<A>折合人民幣約4300萬元</A>），"
        + "另捐<A>價值約120萬元</A>的物資，<A>每戶800元</A>。", Script.TRADITIONAL);
    assertEquals(money("50000000", "HKD", false, false, false), a.get(0).money());
    assertEquals(money("43000000", "CNY", true, false, false), a.get(1).money());
    assertEquals(money("1200000", "CNY", true, true, false), a.get(2).money());
    assertEquals(money("800", "CNY", false, false, true), a.get(3).money());
  }

  @Test
  void fullWidthGlossesAndStraySpacesMapBackToTheRawBody() {
    List<AmountMention> a = check("某公司捐(juān)贈(zèng)善款<A>１２００万元</A>，"
        + "累计<A>５８０余 万元</A>，物资<A>价值约３６．５万元</A>，<A>不低于１５００万元</A>。",
        Script.SIMPLIFIED);
    assertEquals(money("12000000", "CNY", false, false, false), a.get(0).money());
    assertEquals(money("5800000", "CNY", true, false, false), a.get(1).money());
    assertEquals(money("365000", "CNY", true, true, false), a.get(2).money());
    assertEquals(money("15000000", "CNY", true, false, false), a.get(3).money());
  }

  @Test
  void rangesAndRatesInOneParagraph() {
    List<AmountMention> a = check("对新招用员工的企业，<A>每人每月300元</A>，"
        + "企业还可获得<A>3-5万元</A>奖励，总计<A>1260万元</A>。", Script.SIMPLIFIED);
    assertEquals(money("300", "CNY", false, false, true), a.get(0).money());
    assertEquals(new Money(new BigDecimal("30000"), new BigDecimal("50000"), "CNY", false, false, false),
        a.get(1).money());
    assertEquals(money("12600000", "CNY", false, false, false), a.get(2).money());
  }

  @Test
  void chineseNumeralsInsideNamesAreNotMoney() {
    check("广州三元里村和城乡二元结构，一元化领导，2020元旦。", Script.SIMPLIFIED);
  }
}
