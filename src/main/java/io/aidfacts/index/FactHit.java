package io.aidfacts.index;

import io.aidfacts.model.AidFact;
import java.util.Objects;

/**
 * One fact found, with its article's id, title and publication date as indexed.
 *
 * @param articleId the article's id
 * @param title the article's headline, or null
 * @param published the article's publication date (ISO), or null
 * @param factIndex the fact's position in its article's fact list
 * @param fact the fact, as extracted
 * @param snippet the fact's evidence with the words matching the text query in
 *     {@code <em>...</em>}; the plain evidence when there is no text query
 * @param score the text score (0 when the search has no text)
 */
public record FactHit(String articleId, String title, String published, int factIndex,
    AidFact fact, String snippet, float score) {

  public FactHit {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(snippet, "snippet");
    if (factIndex < 0) {
      throw new IllegalArgumentException("fact index must not be negative, got " + factIndex);
    }
  }
}
