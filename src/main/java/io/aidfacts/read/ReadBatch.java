package io.aidfacts.read;

import io.aidfacts.model.Article;
import java.util.List;

/**
 * What one input yielded: its articles and, separately, the parts that could not be read (a
 * JSON Lines file with one broken line still yields all its other articles).
 */
public record ReadBatch(List<Article> articles, List<UnreadableInputException> errors) {

  public ReadBatch {
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
  }

  public static ReadBatch failed(UnreadableInputException e) {
    return new ReadBatch(List.of(), List.of(e));
  }
}
