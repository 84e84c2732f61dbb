package io.aidfacts.facts;

import io.aidfacts.model.AidFact;
import io.aidfacts.model.Article;
import io.aidfacts.model.Mention;
import io.aidfacts.model.NormalizedText;
import java.util.List;

/** Assembles aid facts from an article's mentions. Implementations are thread-safe. */
public interface FactAssembler {

  /**
   * @param article the article (its published date anchors the period of the facts)
   * @param view the normalized view of its body, which the frames of giving are matched on
   * @param mentions all mentions, in body order, with body offsets
   */
  List<AidFact> assemble(Article article, NormalizedText view, List<Mention> mentions);
}
