package io.aidfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aidfacts.model.AidFact;
import io.aidfacts.model.AmountMention;
import io.aidfacts.model.Article;
import io.aidfacts.model.Category;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.DateMention;
import io.aidfacts.model.DateValue;
import io.aidfacts.model.Mention;
import io.aidfacts.model.MentionType;
import io.aidfacts.model.Money;
import io.aidfacts.model.OrgMention;
import io.aidfacts.model.PersonMention;
import io.aidfacts.model.PlaceMention;
import io.aidfacts.model.QuantityMention;
import io.aidfacts.model.Script;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The output line written directly ({@link ArticleFactsJson#toJson}) is the line Jackson's
 * generator writes ({@link ArticleFactsJson#toJsonByGenerator}), for every character a string
 * may hold and for every kind of mention, fact and number.
 */
class ArticleFactsJsonLineTest {

  private final Random r = new Random(5);

  private char anyChar() {
    switch (r.nextInt(6)) {
      case 0:
        return (char) r.nextInt(0x80);
      case 1:
        return (char) r.nextInt(0x20);
      case 2:
        String special = "\"\\/\u007f\u2028\u2029\ud83d\ude00\ufeff\uffff";
        return special.charAt(r.nextInt(special.length()));
      case 3:
        return (char) r.nextInt(0x10000);
      default:
        String han = "捐赠万元县中学民进大连市委會";
        return han.charAt(r.nextInt(han.length()));
    }
  }

  private String text(int max) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(max + 1); k > 0; k--) {
      b.append(anyChar());
    }
    return b.toString();
  }

  private String maybe(String s) {
    return r.nextInt(4) == 0 ? null : s;
  }

  private BigDecimal decimal() {
    String[] forms = {"0", "1", "12000", "1.5", "0.001", "1.2E+7", "3E+2", "123456789012345678901234567890",
        "0.10", "7.25E-3"};
    return new BigDecimal(forms[r.nextInt(forms.length)]);
  }

  private Money money() {
    BigDecimal v = decimal();
    return new Money(v, r.nextBoolean() ? null : v.add(BigDecimal.TEN), r.nextBoolean() ? "CNY" : "HKD",
        r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
  }

  private ArticleFacts facts() {
    String body = text(60) + "x";
    List<Mention> mentions = new ArrayList<>();
    for (int k = r.nextInt(8); k > 0; k--) {
      int s = r.nextInt(body.length());
      int e = s + 1 + r.nextInt(body.length() - s);
      CharSpan span = new CharSpan(s, e);
      String t = body.substring(s, e);
      switch (MentionType.values()[r.nextInt(MentionType.values().length)]) {
        case ORG -> mentions.add(new OrgMention(span, t, maybe(text(5))));
        case PLACE -> mentions.add(r.nextBoolean() ? PlaceMention.unresolved(span, t)
            : new PlaceMention(span, t, "52" + r.nextInt(10000), List.of(text(4), text(4))));
        case PERSON -> mentions.add(new PersonMention(span, t));
        case AMOUNT -> mentions.add(new AmountMention(span, t, money()));
        case DATE -> mentions.add(new DateMention(span, t, r.nextBoolean() ? null
            : new DateValue("2020-0" + (1 + r.nextInt(9)), r.nextBoolean() ? null : "early")));
        default -> mentions.add(new QuantityMention(span, t, decimal(), text(2), r.nextBoolean()));
      }
    }
    List<AidFact> facts = new ArrayList<>();
    for (int k = r.nextInt(4); k > 0; k--) {
      int s = r.nextInt(body.length());
      int e = s + r.nextInt(body.length() - s + 1);
      AmountMention amount = null;
      if (r.nextBoolean()) {
        amount = new AmountMention(new CharSpan(s, e), body.substring(s, e), money());
      }
      double[] confidences = {0.1, 0.55, 0.65, 0.9, 1.0, 0.0, 1e-5, r.nextDouble()};
      List<String> co = new ArrayList<>();
      for (int c = r.nextInt(3); c > 0; c--) {
        co.add(text(4));
      }
      facts.add(new AidFact(maybe(text(6)), r.nextBoolean() ? null : MentionType.ORG, maybe(text(6)),
          maybe(text(6)), amount, maybe(text(4)), Category.values()[r.nextInt(Category.values().length)],
          r.nextBoolean() ? null : new DateValue("2019", r.nextBoolean() ? null : "late"),
          maybe(text(3)), maybe("520200"), new CharSpan(s, e), body.substring(s, e),
          confidences[r.nextInt(confidences.length)], r.nextInt(3) - 1, co));
    }
    Article a = new Article(text(5) + "id", maybe(text(8)), maybe(text(8)),
        r.nextBoolean() ? null : "2020-06-15", maybe(text(4)), body,
        r.nextBoolean() ? Script.SIMPLIFIED : Script.values()[r.nextInt(Script.values().length)]);
    return new ArticleFacts(a, mentions, facts);
  }

  @Test
  void randomLinesAreWhatTheGeneratorWrites() {
    for (int n = 0; n < 3000; n++) {
      ArticleFacts f = facts();
      boolean withBody = r.nextBoolean();
      assertEquals(ArticleFactsJson.toJsonByGenerator(f, withBody), ArticleFactsJson.toJson(f, withBody));
    }
  }

  @Test
  void everyCharacterIsWrittenAsTheGeneratorWritesIt() {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c <= 0xFFFF; c++) {
      b.append((char) c);
    }
    ArticleFacts f = new ArticleFacts(new Article("all", null, b.toString(), null, null, b.toString(),
        Script.SIMPLIFIED), List.of(), List.of());
    assertEquals(ArticleFactsJson.toJsonByGenerator(f, true), ArticleFactsJson.toJson(f, true));
  }

  @Test
  void aLineLongerThanTheKeptBufferIsWhole() {
    String body = "捐".repeat(100_000) + "\n\"";
    // Offsets of every number of digits up to six.
    List<Mention> ms = new ArrayList<>();
    for (int at = 1; at < 100_000; at *= 10) {
      ms.add(new PersonMention(new CharSpan(at - 1, at + 9), body.substring(at - 1, at + 9)));
    }
    ArticleFacts f = new ArticleFacts(Article.of("long", body), ms, List.of());
    String line = ArticleFactsJson.toJson(f, true);
    assertEquals(ArticleFactsJson.toJsonByGenerator(f, true), line);
    assertEquals(ArticleFactsJson.toJsonByGenerator(f, false), ArticleFactsJson.toJson(f, false));
  }
}
