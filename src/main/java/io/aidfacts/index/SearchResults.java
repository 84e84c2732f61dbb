package io.aidfacts.index;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search found. Immutable.
 *
 * @param total how many facts match (exact)
 * @param hits the first {@code limit} of them, in the query's order
 * @param facets per dimension (donor, category, province, year), the most frequent values
 *     with counts and sums; empty when facets were not asked for
 * @param totals the sum of the matching facts' amounts per currency, parts of totals and
 *     rates left out; empty when facets were not asked for
 */
public record SearchResults(long total, List<FactHit> hits, Map<String, List<FacetValue>> facets,
    Map<String, BigDecimal> totals) {

  public SearchResults {
    if (total < hits.size()) {
      throw new IllegalArgumentException("total " + total + " is below the " + hits.size() + " hits");
    }
    hits = List.copyOf(hits);
    Map<String, List<FacetValue>> f = new LinkedHashMap<>();
    facets.forEach((k, v) -> f.put(k, List.copyOf(v)));
    facets = java.util.Collections.unmodifiableMap(f);
    Map<String, BigDecimal> t = new LinkedHashMap<>();
    totals.forEach((k, v) -> t.put(k, FacetValue.plain(v)));
    totals = java.util.Collections.unmodifiableMap(t);
  }
}
