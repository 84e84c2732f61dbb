package io.aidfacts.spark;

import io.aidfacts.AidFacts;
import io.aidfacts.ArticleFacts;
import io.aidfacts.ArticleFactsJson;
import io.aidfacts.bulk.ArchiveRecord;
import io.aidfacts.model.Article;
import io.aidfacts.read.ReadBatch;
import io.aidfacts.read.UnreadableInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The two stages the job runs on executors, free of Spark's API so they can be tested and
 * reasoned about alone: read one input into articles, then extract one article.
 */
final class Extraction {

  private Extraction() {}

  /**
   * One record of the read stage: an article to extract, or a part of an input that could not
   * be read (already a final {@link Outcome}).
   */
  record Parsed(Doc doc, Outcome failure) implements Serializable {
    private static final long serialVersionUID = 1L;

    Parsed {
      if ((doc == null) == (failure == null)) {
        throw new IllegalArgumentException("a parsed record is an article or a failure, not both or neither");
      }
    }
  }

  /**
   * The pipeline of this JVM, built on first use: HanLP's dictionaries and state are global
   * to the JVM, and loading them costs seconds, so every task of an executor shares one
   * (thread-safe) pipeline instead of building one per record or per partition.
   */
  static AidFacts pipeline() {
    return PipelineHolder.AID;
  }

  private static final class PipelineHolder {
    static final AidFacts AID = AidFacts.builder().build();
  }

  /**
   * Parses one record of an input as {@code aidfacts extract} does: same form and charset
   * detection, same article ids (the file name without extension, or the JSON ids).
   *
   * @param input the input the record came from
   */
  static List<Parsed> parse(String input, ArchiveRecord record) {
    ReadBatch batch;
    try {
      batch = record.read();
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(new Parsed(null, Outcome.failed(record.source(), "cannot parse: " + e)));
    }
    List<Parsed> out = new ArrayList<>(batch.articles().size() + batch.errors().size());
    for (UnreadableInputException e : batch.errors()) {
      out.add(new Parsed(null, Outcome.failed(e.source(), e.reason())));
    }
    for (Article a : batch.articles()) {
      out.add(new Parsed(Doc.of(record.source(), a), null));
    }
    return out;
  }

  /** Extracts one article; a failure becomes an error record naming the article. */
  static Outcome extract(AidFacts aid, Doc doc, boolean withBody) {
    try {
      ArticleFacts r = aid.extract(doc.article());
      return Outcome.extracted(doc.input(), ArticleFactsJson.toJson(r, withBody), FactRows.of(r));
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.failed(doc.input(), "article '" + doc.id() + "': " + e);
    }
  }

  static String fileName(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.substring(p.lastIndexOf('/') + 1);
  }
}
