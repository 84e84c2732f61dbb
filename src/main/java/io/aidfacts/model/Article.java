package io.aidfacts.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article as read: the body is the text every offset points into.
 *
 * @param id the input's own id (a JSON input's {@code id}, a file's name without extension)
 * @param url where it was published, or null
 * @param title the headline, or null
 * @param published ISO-8601 local date or date-time as precise as the page states
 *     ({@code 2019-12-06T09:30:16}, {@code 2019-12-06}), or null when unknown
 * @param outlet the newspaper or site it names as source (来源), or null
 * @param body the text, paragraphs separated by {@code \n}
 * @param script the script of the body
 */
public record Article(String id, String url, String title, String published, String outlet,
    String body, Script script) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, () -> "article '" + id + "' has no body");
    Objects.requireNonNull(script, "script");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    if (published != null) {
      parsePublished(published, id);
    }
  }

  public static Article of(String id, String body) {
    return new Article(id, null, null, null, null, body, Script.SIMPLIFIED);
  }

  public Article withPublished(String published) {
    return new Article(id, url, title, published, outlet, body, script);
  }

  public Article withBody(String body, Script script) {
    return new Article(id, url, title, published, outlet, body, script);
  }

  /** The day of publication, the anchor for relative dates ({@code 今年}, {@code 次日}). */
  public Optional<LocalDate> publishedDate() {
    return published == null ? Optional.empty() : Optional.of(parsePublished(published, id));
  }

  /** Whether {@code s} goes on after its date with {@code THH:mm} or {@code THH:mm:ss} of a real time. */
  private static boolean plainTime(String s) {
    int n = s.length();
    if (s.charAt(10) != 'T' || s.charAt(13) != ':' || n == 19 && s.charAt(16) != ':') {
      return false;
    }
    for (int i = 11; i < n; i += 3) {
      char a = s.charAt(i);
      char b = s.charAt(i + 1);
      if (a < '0' || a > '9' || b < '0' || b > '9') {
        return false;
      }
      int v = (a - '0') * 10 + (b - '0');
      if (v > (i == 11 ? 23 : 59)) {
        return false;
      }
    }
    return true;
  }

  /** {@code yyyy-MM-dd} at the start of {@code s}, of a real calendar day, or null. */
  private static LocalDate plainDate(String s) {
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return null;
      }
    }
    int y = (s.charAt(0) - '0') * 1000 + (s.charAt(1) - '0') * 100 + (s.charAt(2) - '0') * 10 + (s.charAt(3) - '0');
    int m = (s.charAt(5) - '0') * 10 + (s.charAt(6) - '0');
    int d = (s.charAt(8) - '0') * 10 + (s.charAt(9) - '0');
    if (m < 1 || m > 12 || d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  private static LocalDate parsePublished(String published, String id) {
    try {
      if (published.length() == 10) {
        // The common case read by hand (LocalDate.parse builds a parser context per call and
        // this runs several times per article); anything unusual goes to the strict parser.
        LocalDate d = plainDate(published);
        return d != null ? d : LocalDate.parse(published);
      }
      if (published.length() == 19 || published.length() == 16) {
        // yyyy-MM-ddTHH:mm[:ss], the form of most feeds, also by hand.
        LocalDate d = plainDate(published);
        if (d != null && plainTime(published)) {
          return d;
        }
      }
      return LocalDateTime.parse(published).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("article '" + id + "': published '" + published
          + "' is not an ISO local date (2019-12-06) or date-time (2019-12-06T09:30:16)", e);
    }
  }
}
