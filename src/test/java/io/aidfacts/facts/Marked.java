package io.aidfacts.facts;

import io.aidfacts.model.AmountMention;
import io.aidfacts.model.Article;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.DateMention;
import io.aidfacts.model.DateValue;
import io.aidfacts.model.Mention;
import io.aidfacts.model.Money;
import io.aidfacts.model.OrgMention;
import io.aidfacts.model.PersonMention;
import io.aidfacts.model.PlaceMention;
import io.aidfacts.model.QuantityMention;
import io.aidfacts.model.Script;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline fixtures for the assembler: {@code {ORG:民进大连市委会}为{ORG:中寨乡小学}捐赠{AMT=90000~k:价值约9万元}}.
 * Tags: ORG, PLACE, PERSON, {@code DATE=iso}, {@code AMT=value} with flags after {@code ~}
 * ({@code a} approx, {@code k} in kind, {@code u} per unit) and {@code AMT=value/HKD} for another
 * currency, {@code QTY=value/unit}.
 */
record Marked(String body, List<Mention> mentions) {

  private static final Pattern TAG = Pattern.compile("\\{([A-Z]+)(?:=([^:}]*))?:([^}]*)}");

  static Marked parse(String marked) {
    StringBuilder body = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    Matcher m = TAG.matcher(marked);
    int at = 0;
    while (m.find()) {
      body.append(marked, at, m.start());
      int start = body.length();
      String text = m.group(3);
      body.append(text);
      CharSpan span = new CharSpan(start, body.length());
      String arg = m.group(2);
      switch (m.group(1)) {
        case "ORG" -> mentions.add(new OrgMention(span, text, arg));
        case "PLACE" -> mentions.add(PlaceMention.unresolved(span, text));
        case "PERSON" -> mentions.add(new PersonMention(span, text));
        case "DATE" -> mentions.add(new DateMention(span, text, arg == null ? null : DateValue.of(arg)));
        case "AMT" -> {
          String flags = arg.contains("~") ? arg.substring(arg.indexOf('~') + 1) : "";
          String v = arg.contains("~") ? arg.substring(0, arg.indexOf('~')) : arg;
          String currency = v.contains("/") ? v.substring(v.indexOf('/') + 1) : "CNY";
          v = v.contains("/") ? v.substring(0, v.indexOf('/')) : v;
          mentions.add(new AmountMention(span, text, new Money(new BigDecimal(v), null, currency,
              flags.contains("a"), flags.contains("k"), flags.contains("u"))));
        }
        case "QTY" -> mentions.add(new QuantityMention(span, text,
            new BigDecimal(arg.substring(0, arg.indexOf('/'))), arg.substring(arg.indexOf('/') + 1), false));
        default -> throw new IllegalArgumentException("unknown tag " + m.group(1) + " in " + marked);
      }
      at = m.end();
    }
    body.append(marked.substring(at));
    return new Marked(body.toString(), mentions);
  }

  Article article(String published) {
    return new Article("t", null, null, published, null, body, Script.SIMPLIFIED);
  }
}
