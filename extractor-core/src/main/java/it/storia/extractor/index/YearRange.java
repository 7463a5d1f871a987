package it.storia.extractor.index;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a TimeML date value covers, for the date filter of the passage index: "1927", "1927-11-07",
 * "1925-FA", "1925-W12" → 1927..1927; decade "192" → 1920..1929; century "19" → 1900..1999; range "1928/1930" →
 * 1928..1930. Values without a year ("PRESENT_REF", "XXXX-11", durations) cover none.
 *
 * @param from first year, inclusive
 * @param to last year, inclusive
 */
public record YearRange(int from, int to) {
  private static final Pattern POINT = Pattern.compile("(\\d{1,4})(?:[-T].*)?");

  public YearRange {
    if (from > to) {
      throw new IllegalArgumentException("year range " + from + ".." + to + " is reversed");
    }
  }

  /** The years of a TimeML value, or empty when it names none. */
  public static Optional<YearRange> of(String timemlValue) {
    if (timemlValue == null) {
      return Optional.empty();
    }
    String v = timemlValue.strip();
    int slash = v.indexOf('/');
    if (slash > 0) {
      Optional<YearRange> a = point(v.substring(0, slash));
      Optional<YearRange> b = point(v.substring(slash + 1));
      if (a.isPresent() && b.isPresent() && a.get().from() <= b.get().to()) {
        return Optional.of(new YearRange(a.get().from(), b.get().to()));
      }
      return a.isPresent() ? a : b;
    }
    return point(v);
  }

  private static Optional<YearRange> point(String v) {
    Matcher m = POINT.matcher(v);
    if (!m.matches()) {
      return Optional.empty();
    }
    String digits = m.group(1);
    int n = Integer.parseInt(digits);
    int span = switch (digits.length()) {
      case 4 -> 1;
      case 3 -> 10;
      case 2 -> 100;
      default -> 1000;
    };
    return Optional.of(new YearRange(n * span, n * span + span - 1));
  }
}
