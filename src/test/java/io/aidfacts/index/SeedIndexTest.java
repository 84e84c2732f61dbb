package io.aidfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.AidFacts;
import io.aidfacts.ArticleFacts;
import io.aidfacts.model.AidFact;
import io.aidfacts.read.ArticleReader;
import io.aidfacts.read.ReadBatch;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The whole way: the seed article extracted by the pipeline, indexed, and found again. */
class SeedIndexTest {

  @Test
  void seedFactsAreFoundByDonorAliasAndAmountRange() throws IOException {
    ReadBatch batch = ArticleReader.read(Path.of("../shared/seed/000_d1515b0f2a6da45e.txt"));
    assertEquals(List.of(), batch.errors());
    ArticleFacts r = AidFacts.builder().build().extract(batch.articles().get(0));
    try (Directory dir = new ByteBuffersDirectory()) {
      try (FactIndexWriter w = FactIndexWriter.open(dir, false)) {
        w.add(r.article(), r.mentions(), r.facts());
        w.commit();
      }
      try (FactSearcher s = FactSearcher.open(dir)) {
        SearchResults all = s.search(FactQuery.builder().limit(100).build());
        assertEquals(r.facts().size(), all.total());
        // By the short form 民进: the 9万元 of books for 中寨乡小学 (its donor written 民进大连市委会).
        SearchResults minjin = s.search(FactQuery.builder().donor("民进").limit(100).build());
        assertTrue(minjin.hits().stream().anyMatch(h -> isBooks(h.fact())), minjin.toString());
        // And by the full name of the party.
        SearchResults full = s.search(FactQuery.builder().donor("中国民主促进会").limit(100).build());
        assertEquals(ids(minjin), ids(full));
        // By amount: 9万元 exactly.
        SearchResults amount = s.search(FactQuery.builder().minAmount(new BigDecimal("85000"))
            .maxAmount(new BigDecimal("95000")).limit(100).build());
        assertTrue(amount.hits().stream().anyMatch(h -> isBooks(h.fact())), amount.toString());
        for (FactHit h : amount.hits()) {
          BigDecimal v = h.fact().amount().money().value();
          assertTrue(v.compareTo(new BigDecimal("85000")) >= 0 && v.compareTo(new BigDecimal("95000")) <= 0);
        }
      }
    }
  }

  private static boolean isBooks(AidFact f) {
    return f.donor().contains("民进") && f.amount() != null
        && f.amount().money().value().compareTo(new BigDecimal("90000")) == 0;
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(h -> h.articleId() + "#" + h.factIndex()).sorted().toList();
  }
}
