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

  private static LocalDate parsePublished(String published, String id) {
    try {
      if (published.length() == 10) {
        return LocalDate.parse(published);
      }
      return LocalDateTime.parse(published).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("article '" + id + "': published '" + published
          + "' is not an ISO local date (2019-12-06) or date-time (2019-12-06T09:30:16)", e);
    }
  }
}
