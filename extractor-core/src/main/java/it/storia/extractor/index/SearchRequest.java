package it.storia.extractor.index;

import java.util.Objects;

/**
 * What to search the passage index for. Immutable: every {@code with*} method returns a changed copy.
 *
 * <pre>{@code
 * SearchRequest r = SearchRequest.of("espulso dal partito").withPerson("Trockij").withYears(1925, 1927);
 * SearchRequest exile = SearchRequest.filtersOnly().withType("EXILE").withPlace("Alma-Ata");
 * }</pre>
 *
 * @param query Lucene classic query syntax over the passage text ("" lists the passages the filters select)
 * @param person a person's canonical name or alias; case-, accent- and transliteration-insensitive; or null
 * @param org an organisation's canonical name or alias, folded the same way; or null
 * @param place a place's canonical name or alias ("Leningrado", "Alma-Ata"), folded the same way; or null
 * @param type an event type such as EXPULSION, or null
 * @param fromYear first year a passage's dates may reach, or null
 * @param toYear last year a passage's dates may reach, or null
 * @param limit how many hits to return (1..10000)
 * @param all true to return near-duplicate passages instead of collapsing them into the best-scoring one
 * @param facets true to count persons, organisations, places and event types over all matching passages
 */
public record SearchRequest(String query, String person, String org, String place, String type,
    Integer fromYear, Integer toYear, int limit, boolean all, boolean facets) {
  /** The default number of hits. */
  public static final int DEFAULT_LIMIT = 10;
  /** The largest accepted limit. */
  public static final int MAX_LIMIT = 10_000;

  public SearchRequest {
    query = query == null ? "" : query;
    person = blankToNull(person);
    org = blankToNull(org);
    place = blankToNull(place);
    type = blankToNull(type);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidQueryException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (fromYear != null && toYear != null && fromYear > toYear) {
      throw new InvalidQueryException("--from " + fromYear + " is after --to " + toYear);
    }
  }

  /** A request for a query, no filters, the default limit. */
  public static SearchRequest of(String query) {
    return new SearchRequest(Objects.requireNonNull(query, "query"), null, null, null, null, null, null,
        DEFAULT_LIMIT, false, false);
  }

  /** A request with no query: lists the passages the filters select. */
  public static SearchRequest filtersOnly() {
    return of("");
  }

  /** True when there is neither a query nor a filter. */
  public boolean isEmpty() {
    return query.isBlank() && person == null && org == null && place == null && type == null && fromYear == null
        && toYear == null;
  }

  /** A copy with another query (Lucene classic syntax; "" for none). */
  public SearchRequest withQuery(String value) {
    return new SearchRequest(value, person, org, place, type, fromYear, toYear, limit, all, facets);
  }

  /** A copy that only selects passages mentioning this person (null: any). */
  public SearchRequest withPerson(String value) {
    return new SearchRequest(query, value, org, place, type, fromYear, toYear, limit, all, facets);
  }

  /** A copy that only selects passages mentioning this organisation (null: any). */
  public SearchRequest withOrg(String value) {
    return new SearchRequest(query, person, value, place, type, fromYear, toYear, limit, all, facets);
  }

  /** A copy that only selects passages mentioning this place (null: any). */
  public SearchRequest withPlace(String value) {
    return new SearchRequest(query, person, org, value, type, fromYear, toYear, limit, all, facets);
  }

  /** A copy that only selects passages with an event of this type (null: any). */
  public SearchRequest withType(String value) {
    return new SearchRequest(query, person, org, place, value, fromYear, toYear, limit, all, facets);
  }

  /** A copy whose passages must have a date overlapping {@code from..to} (either may be null: open). */
  public SearchRequest withYears(Integer from, Integer to) {
    return new SearchRequest(query, person, org, place, type, from, to, limit, all, facets);
  }

  /** A copy returning at most {@code value} hits. */
  public SearchRequest withLimit(int value) {
    return new SearchRequest(query, person, org, place, type, fromYear, toYear, value, all, facets);
  }

  /** A copy that returns near-duplicate passages too ({@code true}) or collapses them. */
  public SearchRequest withAll(boolean value) {
    return new SearchRequest(query, person, org, place, type, fromYear, toYear, limit, value, facets);
  }

  /** A copy that also counts persons, organisations, places and event types. */
  public SearchRequest withFacets(boolean value) {
    return new SearchRequest(query, person, org, place, type, fromYear, toYear, limit, all, value);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
