package it.storia.extractor.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to search the passage index for. Immutable: every {@code with*} method returns a changed copy.
 *
 * <pre>{@code
 * SearchRequest r = SearchRequest.of("espulso dal partito").withPerson("Trockij").withYears(1925, 1927);
 * SearchRequest autumn = SearchRequest.of("espulso").withDates(LocalDate.of(1927, 10, 1), LocalDate.of(1927, 11, 30));
 * SearchRequest exile = SearchRequest.filtersOnly().withType("EXILE").withPlace("Alma-Ata");
 * }</pre>
 *
 * @param query Lucene classic query syntax over the passage text ("" lists the passages the filters select)
 * @param person a person's canonical name or alias; case-, accent- and transliteration-insensitive; or null
 * @param org an organisation's canonical name or alias, folded the same way; or null
 * @param place a place's canonical name or alias ("Leningrado", "Alma-Ata"), folded the same way; or null
 * @param type an event type such as EXPULSION, or null
 * @param from first day a passage's dates may reach (their {@link DayRange}s overlap {@code from..to}), or null
 * @param to last day a passage's dates may reach, or null
 * @param limit how many hits to return (1..10000)
 * @param all true to return near-duplicate passages instead of collapsing them into the best-scoring one
 * @param facets true to count persons, organisations, places and event types over all matching passages
 */
public record SearchRequest(String query, String person, String org, String place, String type,
    LocalDate from, LocalDate to, int limit, boolean all, boolean facets) {
  /** The default number of hits. */
  public static final int DEFAULT_LIMIT = 10;
  /** The largest accepted limit. */
  public static final int MAX_LIMIT = 10_000;
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public SearchRequest {
    query = query == null ? "" : query;
    person = blankToNull(person);
    org = blankToNull(org);
    place = blankToNull(place);
    type = blankToNull(type);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidQueryException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQueryException("--from " + from + " is after --to " + to);
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
    return query.isBlank() && person == null && org == null && place == null && type == null && from == null
        && to == null;
  }

  /** A copy with another query (Lucene classic syntax; "" for none). */
  public SearchRequest withQuery(String value) {
    return new SearchRequest(value, person, org, place, type, from, to, limit, all, facets);
  }

  /** A copy that only selects passages mentioning this person (null: any). */
  public SearchRequest withPerson(String value) {
    return new SearchRequest(query, value, org, place, type, from, to, limit, all, facets);
  }

  /** A copy that only selects passages mentioning this organisation (null: any). */
  public SearchRequest withOrg(String value) {
    return new SearchRequest(query, person, value, place, type, from, to, limit, all, facets);
  }

  /** A copy that only selects passages mentioning this place (null: any). */
  public SearchRequest withPlace(String value) {
    return new SearchRequest(query, person, org, value, type, from, to, limit, all, facets);
  }

  /** A copy that only selects passages with an event of this type (null: any). */
  public SearchRequest withType(String value) {
    return new SearchRequest(query, person, org, place, value, from, to, limit, all, facets);
  }

  /**
   * A copy whose passages must have a date overlapping the years {@code from..to} (1 January of {@code from} to 31
   * December of {@code to}; either may be null: open).
   */
  public SearchRequest withYears(Integer from, Integer to) {
    return withDates(from == null ? null : LocalDate.of(from, 1, 1), to == null ? null : LocalDate.of(to, 12, 31));
  }

  /** A copy whose passages must have a date overlapping the days {@code from..to} (either may be null: open). */
  public SearchRequest withDates(LocalDate from, LocalDate to) {
    return new SearchRequest(query, person, org, place, type, from, to, limit, all, facets);
  }

  /**
   * The first day of a year, a month or a day written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (the
   * {@code --from} of the command line: "1927-11" → 1927-11-01).
   *
   * @throws InvalidQueryException naming the value when it is none of these or no real date
   */
  public static LocalDate firstDay(String value) {
    return period(value, true);
  }

  /** The last day of a year, a month or a day, as {@link #firstDay} reads it ("1927-11" → 1927-11-30). */
  public static LocalDate lastDay(String value) {
    return period(value, false);
  }

  private static LocalDate period(String value, boolean first) {
    Matcher m = PERIOD.matcher(value == null ? "" : value.strip());
    if (!m.matches()) {
      throw new InvalidQueryException("not a year, month or day (YYYY, YYYY-MM or YYYY-MM-DD): '" + value + "'");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return first ? month.atDay(1) : month.atEndOfMonth();
      }
      return month.atDay(Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new InvalidQueryException("no such date: '" + value + "' (" + e.getMessage() + ")", e);
    }
  }

  /** A copy returning at most {@code value} hits. */
  public SearchRequest withLimit(int value) {
    return new SearchRequest(query, person, org, place, type, from, to, value, all, facets);
  }

  /** A copy that returns near-duplicate passages too ({@code true}) or collapses them. */
  public SearchRequest withAll(boolean value) {
    return new SearchRequest(query, person, org, place, type, from, to, limit, value, facets);
  }

  /** A copy that also counts persons, organisations, places and event types. */
  public SearchRequest withFacets(boolean value) {
    return new SearchRequest(query, person, org, place, type, from, to, limit, all, value);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
