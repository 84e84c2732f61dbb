package io.aidfacts.extract;

import io.aidfacts.model.CharSpan;
import io.aidfacts.model.DateMention;
import io.aidfacts.model.DateValue;
import io.aidfacts.model.Mention;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates resolved against the publication date (first version: the common forms). */
public final class DateRecognizer implements Recognizer {

  private static final Pattern DATE = Pattern.compile(
      "((?:19|20)\\d{2})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?"
          + "|(今年|去年|明年|前年)(?:(\\d{1,2})月(初|中旬|下旬|上旬|底|末)?)?(以来)?"
          + "|(\\d{1,2})月(\\d{1,2})日?至(\\d{1,2})日"
          + "|(\\d{1,2})月至(年底|年末|(\\d{1,2})月)"
          + "|(\\d{1,2})月(\\d{1,2})日"
          + "|(\\d{1,2})月(初|上旬|中旬|下旬|底|末)");

  @Override
  public List<Mention> recognize(AnalyzedText text) {
    String s = text.text();
    int year = text.published().map(LocalDate::getYear).orElse(-1);
    List<Mention> out = new ArrayList<>();
    Matcher m = DATE.matcher(s);
    while (m.find()) {
      if (insideTitleMarks(s, m.start())) {
        continue;
      }
      DateValue v = resolve(m, year);
      CharSpan span = text.span(m.start(), m.end());
      out.add(new DateMention(span, text.bodyText(span), v));
    }
    return out;
  }

  private static DateValue resolve(Matcher m, int year) {
    try {
      if (m.group(1) != null) {
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
          return DateValue.ofYear(y);
        }
        YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
        return m.group(3) == null ? DateValue.ofMonth(ym) : DateValue.ofDay(ym.atDay(Integer.parseInt(m.group(3))));
      }
      if (year < 0) {
        return null;
      }
      if (m.group(4) != null) {
        int y = year + switch (m.group(4)) {
          case "去年" -> -1;
          case "明年" -> 1;
          case "前年" -> -2;
          default -> 0;
        };
        if (m.group(5) == null) {
          return DateValue.ofYear(y);
        }
        return DateValue.ofMonth(YearMonth.of(y, Integer.parseInt(m.group(5))));
      }
      if (m.group(8) != null) {
        int mo = Integer.parseInt(m.group(8));
        LocalDate a = LocalDate.of(year, mo, Integer.parseInt(m.group(9)));
        LocalDate b = LocalDate.of(year, mo, Integer.parseInt(m.group(10)));
        return DateValue.between(DateValue.ofDay(a), DateValue.ofDay(b));
      }
      if (m.group(11) != null) {
        int to = m.group(13) != null ? Integer.parseInt(m.group(13)) : 12;
        return DateValue.between(DateValue.ofMonth(YearMonth.of(year, Integer.parseInt(m.group(11)))),
            DateValue.ofMonth(YearMonth.of(year, to)));
      }
      if (m.group(14) != null) {
        return DateValue.ofDay(LocalDate.of(year, Integer.parseInt(m.group(14)), Integer.parseInt(m.group(15))));
      }
      if (m.group(16) != null) {
        return DateValue.ofMonth(YearMonth.of(year, Integer.parseInt(m.group(16))));
      }
    } catch (java.time.DateTimeException | IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  /** A year inside 《...》 is part of a document's name, not a time. */
  static boolean insideTitleMarks(String s, int at) {
    int open = s.lastIndexOf('《', at);
    return open >= 0 && s.lastIndexOf('》', at) < open && s.indexOf('》', at) >= 0;
  }
}
