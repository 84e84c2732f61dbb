package io.aidfacts.extract;

import io.aidfacts.model.Article;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.NormalizedText;
import io.aidfacts.segment.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article ready for recognition: its normalized view and the view's tokens. Recognizers
 * read {@link #text()} and {@link #tokens()} (view offsets) and report spans through
 * {@link #span(int, int)} (body offsets).
 */
public record AnalyzedText(Article article, NormalizedText view, List<Token> tokens) {

  public AnalyzedText {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(view, "view");
    tokens = List.copyOf(tokens);
  }

  /** The normalized text recognizers read. */
  public String text() {
    return view.text();
  }

  /** The body span of the view span {@code [start, end)}. */
  public CharSpan span(int start, int end) {
    return view.toOriginal(start, end);
  }

  /** The body text of a body span. */
  public String bodyText(CharSpan span) {
    return span.of(article.body());
  }

  /**
   * Whether the view span {@code [start, end)} starts or ends inside a token: a numeral the
   * segmenter put inside a longer word (三家寨, 一起) is part of that word, not a number.
   */
  public boolean crossesToken(int start, int end) {
    for (Token t : tokens) {
      if (t.start() >= end) {
        break;
      }
      if (t.start() < start && start < t.end() || t.start() < end && end < t.end()) {
        return true;
      }
    }
    return false;
  }

  public Optional<LocalDate> published() {
    return article.publishedDate();
  }
}
