package io.aidfacts.extract;

import io.aidfacts.extract.time.DateResolver;
import io.aidfacts.extract.time.DateScanner;
import io.aidfacts.extract.time.TimeExpression;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.DateMention;
import io.aidfacts.model.Mention;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * DATE mentions: every time expression {@link DateScanner} finds, resolved by a
 * {@link DateResolver} against the article's publication day. Vague words (近日, 目前) are
 * mentions with a null value. Thread-safe.
 */
public final class DateRecognizer implements Recognizer {

  private static final DateScanner SCANNER = new DateScanner();

  private final Clock undatedClock;

  /** Relative dates of articles without a publication date stay unresolved (null). */
  public DateRecognizer() {
    this(null);
  }

  /**
   * @param undatedClock the clock whose today anchors the relative dates of articles without a
   *     publication date, or null to leave them unresolved; dated articles never read it
   */
  public DateRecognizer(Clock undatedClock) {
    this.undatedClock = undatedClock;
  }

  @Override
  public List<Mention> recognize(AnalyzedText text) {
    String s = text.text();
    LocalDate anchor = text.published()
        .orElseGet(() -> undatedClock == null ? null : LocalDate.now(undatedClock));
    DateResolver resolver = new DateResolver(anchor);
    List<Mention> out = new ArrayList<>();
    // insideTitleMarks read forward once over the text instead of back from every date: the
    // last 《 and 》 at or before the date, and whether a 》 comes at or after it.
    int lastClose = s.lastIndexOf('》');
    int open = -1;
    int close = -1;
    int read = 0;
    for (TimeExpression e : SCANNER.scan(s)) {
      int at = e.start();
      boolean inside;
      if (at >= read) {
        for (; read <= at; read++) {
          char c = s.charAt(read);
          if (c == '《') {
            open = read;
          } else if (c == '》') {
            close = read;
          }
        }
        inside = open >= 0 && close < open && lastClose >= at;
      } else {
        inside = insideTitleMarks(s, at);
      }
      if (inside) {
        continue;
      }
      CharSpan span = text.span(e.start(), e.end());
      out.add(new DateMention(span, text.bodyText(span), resolver.resolve(e)));
    }
    return out;
  }

  /** A date inside 《...》 is part of a document's name, not a time. */
  static boolean insideTitleMarks(String s, int at) {
    int open = s.lastIndexOf('《', at);
    return open >= 0 && s.lastIndexOf('》', at) < open && s.indexOf('》', at) >= 0;
  }
}
