package it.storia.extractor.index;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TimeML date value covers, for the date filter of the passage index (session 21; before it the filter
 * knew years only). Input: a TimeML value as the time stage writes it. Output: the first and last
 * day, inclusive:
 * <ul>
 *   <li>a day "1927-11-07" (a time "1927-11-07T10:00" too) → that day; a month "1927-11" → 1–30 November 1927;</li>
 *   <li>a season: "1925-SP" March–May, "1925-SU" June–August, "1925-FA" September–November, "1927-WI" 1 December
 *       1927 – end of February 1928 (a winter is named by the year it starts in: "l'inverno 1927-28");</li>
 *   <li>a quarter "1927-Q2", a half "1927-H1", an ISO week "1925-W12";</li>
 *   <li>a year "1927", a decade "192" (1920–1929), a century "19" (1900–1999);</li>
 *   <li>a range "1928/1930" → 1 January 1928 – 31 December 1930 (each end as wide as its own value);</li>
 *   <li>a year with any other part ("1927-XX-07", an impossible "1927-02-30", "1927-11-XX") → the widest part it
 *       names for sure (the year, or the month).</li>
 * </ul>
 * Values without a year ("PRESENT_REF", "XXXX-11"), durations and years before Christ ("BC0044") cover none.
 *
 * <p>Immutable; thread-safe.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 */
public record DayRange(LocalDate from, LocalDate to) {
  private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})(?:[-T](.*))?");
  private static final Pattern WIDER = Pattern.compile("(\\d{1,3})");
  private static final Pattern MONTH = Pattern.compile("(\\d{2})(?:-(\\d{2})(?:T.*)?|-.*)?");

  public DayRange {
    if (from == null || to == null) {
      throw new IllegalArgumentException("a day range needs both ends: " + from + ".." + to);
    }
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("day range " + from + ".." + to + " is reversed");
    }
  }

  /** The days of a TimeML value, or empty when it names no year. */
  public static Optional<DayRange> of(String timemlValue) {
    if (timemlValue == null) {
      return Optional.empty();
    }
    String v = timemlValue.strip();
    int slash = v.indexOf('/');
    if (slash > 0) {
      Optional<DayRange> a = point(v.substring(0, slash));
      Optional<DayRange> b = point(v.substring(slash + 1));
      if (a.isPresent() && b.isPresent() && !a.get().from().isAfter(b.get().to())) {
        return Optional.of(new DayRange(a.get().from(), b.get().to()));
      }
      return a.isPresent() ? a : b;
    }
    return point(v);
  }

  /** The whole years {@code from..to}. */
  public static DayRange years(int from, int to) {
    return new DayRange(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
  }

  private static Optional<DayRange> point(String v) {
    Matcher wider = WIDER.matcher(v);
    if (wider.matches()) {
      String digits = wider.group(1);
      int span = digits.length() == 3 ? 10 : digits.length() == 2 ? 100 : 1000;
      int start = Integer.parseInt(digits) * span;
      return Optional.of(years(start, start + span - 1));
    }
    Matcher m = YEAR_FIRST.matcher(v);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    String rest = m.group(2);
    Optional<DayRange> part = rest == null || v.charAt(4) == 'T' ? Optional.empty() : part(year, rest);
    return Optional.of(part.orElse(years(year, year)));
  }

  /** The part of {@code year} that {@code rest} (after "YYYY-") names, or empty when it names none for sure. */
  private static Optional<DayRange> part(int year, String rest) {
    switch (rest) {
      case "SP":
        return Optional.of(months(year, 3, year, 5));
      case "SU":
        return Optional.of(months(year, 6, year, 8));
      case "FA":
        return Optional.of(months(year, 9, year, 11));
      case "WI":
        return Optional.of(months(year, 12, year + 1, 2));
      case "H1":
        return Optional.of(months(year, 1, year, 6));
      case "H2":
        return Optional.of(months(year, 7, year, 12));
      default:
        break;
    }
    if (rest.length() == 2 && rest.charAt(0) == 'Q' && rest.charAt(1) >= '1' && rest.charAt(1) <= '4') {
      int q = rest.charAt(1) - '0';
      return Optional.of(months(year, 3 * q - 2, year, 3 * q));
    }
    if (rest.length() == 3 && rest.charAt(0) == 'W' && Character.isDigit(rest.charAt(1))
        && Character.isDigit(rest.charAt(2))) {
      int week = Integer.parseInt(rest.substring(1));
      LocalDate jan4 = LocalDate.of(year, 1, 4);
      if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
        return Optional.empty();
      }
      LocalDate monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
      return Optional.of(new DayRange(monday, monday.plusDays(6)));
    }
    Matcher m = MONTH.matcher(rest);
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(m.group(1));
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    YearMonth ym = YearMonth.of(year, month);
    if (m.group(2) != null && ym.isValidDay(Integer.parseInt(m.group(2)))) {
      LocalDate day = ym.atDay(Integer.parseInt(m.group(2)));
      return Optional.of(new DayRange(day, day));
    }
    return Optional.of(months(year, month, year, month)); // a month, or an impossible day ("1927-02-30") in it
  }

  private static DayRange months(int fromYear, int fromMonth, int toYear, int toMonth) {
    return new DayRange(LocalDate.of(fromYear, fromMonth, 1),
        LocalDate.of(toYear, toMonth, 1).with(TemporalAdjusters.lastDayOfMonth()));
  }
}
