package io.aidfacts.extract;

import io.aidfacts.model.Mention;
import java.util.List;

/** Finds mentions of one kind in an analyzed article. Implementations are thread-safe. */
public interface Recognizer {

  /** Mentions in the article, with spans into its body. */
  List<Mention> recognize(AnalyzedText text);
}
