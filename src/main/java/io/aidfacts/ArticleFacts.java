package io.aidfacts;

import io.aidfacts.model.AidFact;
import io.aidfacts.model.Article;
import io.aidfacts.model.Mention;
import java.util.List;
import java.util.Objects;

/**
 * What the pipeline found in one article: its mentions (in body order) and its aid facts.
 * Every mention's text is checked against the body at construction, so a result can never
 * carry an offset that does not point at its text.
 */
public record ArticleFacts(Article article, List<Mention> mentions, List<AidFact> facts) {

  public ArticleFacts {
    Objects.requireNonNull(article, "article");
    mentions = List.copyOf(mentions);
    facts = List.copyOf(facts);
    String body = article.body();
    for (Mention m : mentions) {
      if (m.end() > body.length() || !body.regionMatches(m.start(), m.text(), 0, m.text().length())) {
        throw new IllegalArgumentException("article '" + article.id() + "': mention " + m.type()
            + " '" + m.text() + "' at " + m.span() + " does not match the body there");
      }
    }
    for (AidFact f : facts) {
      if (f.evidence().end() > body.length()
          || !body.regionMatches(f.evidence().start(), f.evidenceText(), 0, f.evidenceText().length())) {
        throw new IllegalArgumentException("article '" + article.id() + "': fact evidence at "
            + f.evidence() + " does not match the body there");
      }
    }
  }

  public String id() {
    return article.id();
  }
}
