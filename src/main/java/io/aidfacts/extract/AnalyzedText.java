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
    // The Segmenter contract: tokens in text order, none overlapping the one before.
    // crossesToken relies on it to search rather than walk.
    int lastEnd = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.start() < lastEnd) {
        throw new IllegalArgumentException("token " + k + " '" + t.word() + "' starts at " + t.start()
            + ", inside the token before it (ending at " + lastEnd + "): a segmenter must give tokens in"
            + " text order without overlap");
      }
      lastEnd = t.end();
    }
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
    // Tokens are in text order without overlap (checked when made), so their ends ascend and
    // those ending by start, which cannot cross the span, are skipped by a binary search.
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < tokens.size(); k++) {
      Token t = tokens.get(k);
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
