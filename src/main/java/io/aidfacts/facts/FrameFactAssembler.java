package io.aidfacts.facts;

import io.aidfacts.model.AidFact;
import io.aidfacts.model.AmountMention;
import io.aidfacts.model.Article;
import io.aidfacts.model.Category;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.DateMention;
import io.aidfacts.model.DateValue;
import io.aidfacts.model.Mention;
import io.aidfacts.model.MentionType;
import io.aidfacts.model.NormalizedText;
import io.aidfacts.model.PlaceMention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First version: an amount in a sentence with a verb of giving before it makes a fact; the
 * donor is the nearest organisation or person before the verb.
 */
public final class FrameFactAssembler implements FactAssembler {

  private static final Pattern GIVE = Pattern.compile(
      "捐赠|捐助|捐资|捐款|资助|援建|援助|帮扶|投入|拨付|首捐|发放|慰问|购买|采购|认购|投资|捐");

  @Override
  public List<AidFact> assemble(Article article, NormalizedText view, List<Mention> mentions) {
    String body = article.body();
    List<AidFact> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (!(m instanceof AmountMention amount) || amount.money().perUnit()) {
        continue;
      }
      int vs = view.toView(m.start());
      String text = view.text();
      int sentStart = sentenceStart(text, vs);
      Matcher g = GIVE.matcher(text).region(sentStart, vs);
      int verb = -1;
      while (g.find()) {
        verb = g.start();
      }
      if (verb < 0) {
        continue;
      }
      CharSpan sentence = view.toOriginal(sentStart, Math.min(text.length(), sentenceEnd(text, vs)));
      Mention donor = null;
      Mention recipient = null;
      for (Mention o : mentions) {
        if (o.start() < sentence.start() || o.end() > m.start()) {
          continue;
        }
        if (o.type() == MentionType.ORG || o.type() == MentionType.PERSON) {
          int ov = view.toView(o.start());
          char before = ov > 0 ? text.charAt(ov - 1) : ' ';
          if ((before == '为' || before == '向') && ov < verb) {
            recipient = o;
          } else if (ov < verb) {
            donor = o;
          }
        }
      }
      if (donor == null) {
        continue;
      }
      CharSpan ev = new CharSpan(donor.start(), Math.max(m.end(), donor.end()));
      out.add(new AidFact(donor.text(), donor.type(), null, recipient == null ? null : recipient.text(),
          amount, null, category(sentence.of(body)), dateBefore(mentions, m, article), placeIn(mentions, sentence),
          null, ev, ev.of(body), 0.5, -1));
    }
    return out;
  }

  private static String placeIn(List<Mention> mentions, CharSpan sentence) {
    for (Mention o : mentions) {
      if (o instanceof PlaceMention p && sentence.contains(p.span())) {
        return p.text();
      }
    }
    return null;
  }

  private static DateValue dateBefore(List<Mention> mentions, Mention m, Article article) {
    DateValue best = null;
    for (Mention o : mentions) {
      if (o instanceof DateMention d && d.value() != null && d.end() <= m.start()) {
        best = d.value();
      }
    }
    if (best == null) {
      return article.publishedDate().map(p -> DateValue.ofYear(p.getYear())).orElse(null);
    }
    return DateValue.ofYear(best.firstDay().getYear());
  }

  private static Category category(String s) {
    if (s.matches(".*(学|教|书|助学|校).*")) {
      return Category.EDUCATION;
    }
    if (s.matches(".*(医|药|卫生|健康).*")) {
      return Category.MEDICAL;
    }
    if (s.matches(".*(购买|采购|消费).*")) {
      return Category.CONSUMPTION;
    }
    if (s.matches(".*(投资|创办).*")) {
      return Category.INVESTMENT;
    }
    if (s.matches(".*(产业|种植|养殖).*")) {
      return Category.INDUSTRY;
    }
    return Category.OTHER;
  }

  private static int sentenceStart(String t, int at) {
    int i = at;
    while (i > 0 && "。！？；\n".indexOf(t.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  private static int sentenceEnd(String t, int at) {
    int i = at;
    while (i < t.length() && "。！？；\n".indexOf(t.charAt(i)) < 0) {
      i++;
    }
    return i;
  }
}
