package io.aidfacts.extract;

import io.aidfacts.model.AmountMention;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.Mention;
import io.aidfacts.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts of money with normalized values (first version: the common forms). */
public final class AmountRecognizer implements Recognizer {

  private static final String NUM = "(?:[0-9][0-9,]*(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟点0-9.]+)";
  private static final Pattern AMOUNT = Pattern.compile(
      "(价值|折合)?(人民币|港币)?(约|大约|近|逾|超过|超|达)?(" + NUM + ")(余|多)?(万亿|万|亿)?(余|多)?"
          + "(元|块|美元|港元|港币|欧元|日元|英镑|新台币)(左右|以上)?");
  private static final Pattern GOODS = Pattern.compile(
      "^的?(各类|各种)?(物资|图书|书籍|药品|衣物|衣服|学习用品|用品|设备|物品|食品|粮油|器材|校服|电脑|米面|棉被|医疗器械|防疫物资)");

  @Override
  public List<Mention> recognize(AnalyzedText text) {
    String s = text.text();
    List<Mention> out = new ArrayList<>();
    Matcher m = AMOUNT.matcher(s);
    while (m.find()) {
      BigDecimal n = ChineseNumbers.parse(m.group(4));
      if (n == null) {
        continue;
      }
      if (m.group(6) != null) {
        n = n.multiply(ChineseNumbers.parse("1" + m.group(6)));
      }
      String currency = currency(m.group(8), m.group(2));
      boolean approx = m.group(3) != null && !m.group(3).equals("达") || m.group(5) != null
          || m.group(7) != null || m.group(9) != null;
      boolean inKind = m.group(1) != null || GOODS.matcher(s.substring(m.end())).find();
      CharSpan span = text.span(m.start(), m.end());
      out.add(new AmountMention(span, text.bodyText(span),
          new Money(n, null, currency, approx, inKind, false)));
    }
    return out;
  }

  private static String currency(String unit, String prefix) {
    switch (unit) {
      case "美元": return "USD";
      case "港元": case "港币": return "HKD";
      case "欧元": return "EUR";
      case "日元": return "JPY";
      case "英镑": return "GBP";
      case "新台币": return "TWD";
      default: return "港币".equals(prefix) ? "HKD" : "CNY";
    }
  }
}
