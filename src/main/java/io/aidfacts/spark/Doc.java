package io.aidfacts.spark;

import io.aidfacts.model.Article;
import io.aidfacts.model.Script;
import java.io.Serializable;
import java.util.Objects;

/**
 * An article on its way from the read stage to the extract stage. {@link Article} stays a plain
 * model record; this carrier is what Spark serializes when it spreads articles over partitions.
 *
 * @param input the input the article came from, named as in errors
 */
record Doc(String input, String id, String url, String title, String published, String outlet,
    String body, Script script) implements Serializable {

  private static final long serialVersionUID = 1L;

  Doc {
    Objects.requireNonNull(input, "input");
  }

  static Doc of(String input, Article a) {
    return new Doc(input, a.id(), a.url(), a.title(), a.published(), a.outlet(), a.body(), a.script());
  }

  Article article() {
    return new Article(id, url, title, published, outlet, body, script);
  }
}
