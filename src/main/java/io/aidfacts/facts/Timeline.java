package io.aidfacts.facts;

import io.aidfacts.facts.ClauseReader.Clause;
import io.aidfacts.facts.ClauseReader.Sentence;
import io.aidfacts.facts.ViewDoc.Located;
import io.aidfacts.model.DateMention;
import io.aidfacts.model.DateValue;
import io.aidfacts.model.MentionType;
import java.util.ArrayList;
import java.util.List;

/**
 * The date of an act: a date in the clause of its money, else the latest date before it in its
 * sentence or paragraph, else the latest earlier date of the publication year, else the year of
 * publication. Cumulative figures over several years ({@code 自2016年…以来，…累计投入}) have no
 * single date.
 */
final class Timeline {

  private final ViewDoc doc;
  private final List<Located> dates = new ArrayList<>();
  private final List<Sentence> sentences;
  private final Integer publishedYear;

  Timeline(ViewDoc doc, List<Sentence> sentences) {
    this.doc = doc;
    this.sentences = sentences;
    for (Located l : doc.mentions) {
      if (l.type() == MentionType.DATE && ((DateMention) l.mention()).value() != null
          && !comparison(doc.text, l)) {
        dates.add(l);
      }
    }
    this.publishedYear = doc.article.publishedDate().map(d -> d.getYear()).orElse(null);
  }

  /**
   * @param s the sentence of the act
   * @param tc the clause of its verb
   * @param ac the clause of its money
   */
  DateValue dateOf(Sentence s, Clause tc, Clause ac) {
    if (cumulative(s, tc)) {
      return null;
    }
    // The money's own clause, wherever the date stands in it (已于本月上旬汇入).
    for (Located d : dates) {
      if (d.start() >= ac.start() && d.end() <= ac.end()) {
        return value(d);
      }
    }
    Located before = null;
    for (Located d : dates) {
      if (d.start() >= ac.start()) {
        break;
      }
      before = d;
    }
    if (before != null) {
      Sentence ds = sentenceOf(before.start());
      if (ds != null && ds.paragraph() == s.paragraph()) {
        return value(before);
      }
      // Another paragraph's date carries only within the year of publication: an anecdote
      // dated 早在2018年 does not date what follows it.
      DateValue v = value(before);
      if (publishedYear == null || v.firstDay().getYear() == publishedYear) {
        return v;
      }
    }
    return publishedYear == null ? null : DateValue.ofYear(publishedYear);
  }

  private boolean cumulative(Sentence s, Clause tc) {
    String clause = doc.view(tc.start(), tc.end());
    if (!clause.contains("累计")) {
      return false;
    }
    String sentence = doc.view(s.start(), tc.end());
    int since = sentence.indexOf("以来");
    if (since < 0) {
      return false;
    }
    // 今年以来…累计 is this year's running total; 自2016年…以来 or 对口支援…以来 spans years.
    for (Located d : dates) {
      if (d.start() >= s.start() && d.end() <= s.start() + since + 2) {
        return publishedYear == null || value(d).firstDay().getYear() != publishedYear;
      }
    }
    return true;
  }

  /** 比去年增长12%: a date compared with is not the date of the act. */
  private static boolean comparison(String t, Located d) {
    char before = d.start() > 0 ? t.charAt(d.start() - 1) : ' ';
    return before == '比' || before == '较' || t.startsWith("同期", d.end());
  }

  private Sentence sentenceOf(int at) {
    for (Sentence s : sentences) {
      if (at >= s.start() && at < s.end()) {
        return s;
      }
    }
    return null;
  }

  private static DateValue value(Located d) {
    return ((DateMention) d.mention()).value();
  }
}
