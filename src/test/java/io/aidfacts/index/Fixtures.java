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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Small articles with hand-written facts, for index tests. */
public final class Fixtures {

  private Fixtures() {}

  /** An article with its mentions and facts, ready to index. */
  public record Doc(Article article, List<Mention> mentions, List<AidFact> facts) {
    void addTo(FactIndexWriter w) throws IOException {
      w.add(article, mentions, facts);
    }
  }

  /** Builds a fact whose evidence and amount text are found in the body. */
  static AidFact fact(String body, String evidence, String donor, String canonical, String recipient,
      String amountText, String value, String currency, boolean perUnit, Category category,
      String date, String place, String code, int partOf) {
    int ev = body.indexOf(evidence);
    if (ev < 0) {
      throw new IllegalArgumentException("evidence '" + evidence + "' not in body");
    }
    AmountMention amount = null;
    if (amountText != null) {
      int at = body.indexOf(amountText, ev);
      amount = new AmountMention(new CharSpan(at, at + amountText.length()), amountText,
          new Money(new BigDecimal(value), null, currency, false, false, perUnit));
    }
    return new AidFact(donor, MentionType.ORG, canonical, recipient, amount, null, category,
        date == null ? null : DateValue.of(date), place, code,
        new CharSpan(ev, ev + evidence.length()), evidence, 0.9, partOf);
  }

  static PlaceMention place(String body, String text, String code, String... path) {
    int at = body.indexOf(text);
    return new PlaceMention(new CharSpan(at, at + text.length()), text, code, List.of(path));
  }

  static final String SEED_BODY = "民进大连市委会为中寨乡小学捐赠价值约9万元的各类图书。"
      + "民盟大连市委向六盘水市第二人民医院捐赠医疗设备50万元。";

  public static Doc seed() {
    String b = SEED_BODY;
    Article a = new Article("seed", null, "发挥统战优势凝聚帮扶合力", "2019-12-06T09:30:16", "大连日报", b,
        Script.SIMPLIFIED);
    List<Mention> m = List.of(
        place(b, "中寨乡", "520203101", "贵州省", "六盘水市", "六枝特区", "中寨乡"),
        place(b, "六盘水市", "520200", "贵州省", "六盘水市"));
    List<AidFact> f = List.of(
        fact(b, "民进大连市委会为中寨乡小学捐赠价值约9万元", "民进大连市委会", "中国民主促进会大连市委员会",
            "中寨乡小学", "价值约9万元", "90000", "CNY", false, Category.EDUCATION, "2019-08",
            "中寨乡", "520203101", -1),
        fact(b, "民盟大连市委向六盘水市第二人民医院捐赠医疗设备50万元", "民盟大连市委", null,
            "六盘水市第二人民医院", "50万元", "500000", "CNY", false, Category.MEDICAL, "2019-04",
            "六盘水市", "520200", -1));
    return new Doc(a, m, f);
  }

  static final String HK_BODY = "香港某基金會向凌雲縣捐贈教學設備港幣30萬元。";

  public static Doc hongKong() {
    String b = HK_BODY;
    Article a = new Article("hk", null, "港基金會捐贈凌雲", "2020-03-20", "香港商報", b, Script.TRADITIONAL);
    List<Mention> m = List.of(place(b, "凌雲縣", "451027", "广西壮族自治区", "百色市", "凌云县"));
    List<AidFact> f = List.of(fact(b, "香港某基金會向凌雲縣捐贈教學設備港幣30萬元", "香港某基金會", null,
        "凌雲縣", "港幣30萬元", "300000", "HKD", false, Category.EDUCATION, "2020-03-15", "凌雲縣",
        "451027", -1));
    return new Doc(a, m, f);
  }

  static final String TOTAL_BODY = "青岛市向陇南市投入帮扶资金1000万元，其中教育600万元、医疗400万元，"
      + "并为困难群众每户发放慰问金500元。";

  public static Doc totals() {
    String b = TOTAL_BODY;
    Article a = new Article("total", null, "青岛陇南协作", "2020-12-30", "陇南日报", b, Script.SIMPLIFIED);
    List<Mention> m = List.of(place(b, "陇南市", "621200", "甘肃省", "陇南市"));
    List<AidFact> f = new ArrayList<>();
    f.add(fact(b, "青岛市向陇南市投入帮扶资金1000万元", "青岛市", null, "陇南市", "1000万元", "10000000",
        "CNY", false, Category.LIVELIHOOD, "2020", "陇南市", "621200", -1));
    f.add(fact(b, "其中教育600万元", "青岛市", null, "陇南市", "600万元", "6000000", "CNY", false,
        Category.EDUCATION, "2020", "陇南市", "621200", 0));
    f.add(fact(b, "医疗400万元", "青岛市", null, "陇南市", "400万元", "4000000", "CNY", false,
        Category.MEDICAL, "2020", "陇南市", "621200", 0));
    f.add(fact(b, "每户发放慰问金500元", "青岛市", null, "困难群众", "500元", "500", "CNY", true,
        Category.LIVELIHOOD, "2020", "陇南市", "621200", -1));
    return new Doc(a, m, f);
  }

  public static List<Doc> all() {
    return List.of(seed(), hongKong(), totals());
  }
}
