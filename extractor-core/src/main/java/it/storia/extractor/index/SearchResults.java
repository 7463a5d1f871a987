package it.storia.extractor.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total how many passages match (before near-duplicates are collapsed)
 * @param hits the best passages, at most the request's limit, best first (text order when there was no query)
 * @param collapsed how many near-duplicate passages were folded into the returned hits
 * @param facets when requested: dimension ("persons", "organizations", "locations", "types") → value → count of
 *     matching passages, most frequent first; else empty
 */
public record SearchResults(long total, List<Hit> hits, int collapsed, Map<String, Map<String, Integer>> facets) {
  public SearchResults {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
