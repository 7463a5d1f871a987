package it.storia.extractor.time;

/**
 * A temporal expression as a rule read it, before resolution: some fields may be missing (no year in "il 3
 * gennaio", a two-digit year in "nel '27") or relative ("l'anno successivo"). {@link DateResolver} turns it into
 * a TimeML value.
 *
 * <p>Immutable; thread-safe.
 *
 * @param kind what the expression denotes
 * @param year the year, or null; negative before Christ (-44 is 44 a.C.; there is no year 0)
 * @param twoDigitYear the year written with two digits ("'27" → 27), or null; used when {@code year} is null; for
 *     a decade written without its century ("anni '80"), its two digits (80)
 * @param month 1-12, or null
 * @param day 1-31, or null; a day without a month ("il giorno 10") takes the anchor's month
 * @param season SP, SU, FA, WI, or null
 * @param season2 the second season of "estate-autunno", or null
 * @param decade three-digit TimeML decade ("192"), or null
 * @param century two-digit TimeML century ("19"), or null
 * @param end the end of a {@link Kind#RANGE}, or null
 * @param mod TimeML modifier START, MID or END, or null
 * @param unit unit of a {@link Kind#RELATIVE} expression: YEAR, MONTH, DAY, CENTURY or DATE (the anchor at its
 *     own precision: "quella data"); YEAR for a deictic point or range whose offset counts whole years from the
 *     year of writing ("il 5 maggio dell'anno scorso", "dal 3 al 7 gennaio del prossimo anno"); ANCHOR for a
 *     yearless point whose year counts from the anchor's ("gennaio dell'anno seguente", "novembre dello stesso
 *     anno"); else null
 * @param offset how many units after (positive) or before (negative) the anchor a relative expression is; -1 for
 *     a deictic point marked as past ("lo scorso marzo"); for a yearless point that is not deictic, how many years
 *     after the anchor's year it lies ("gennaio dell'anno seguente" +1)
 * @param deictic true when a relative expression counts from the time of writing ("due anni fa", "il nostro
 *     secolo"), not from the last narrative date; for a point without a year, when its year is the most recent
 *     one up to the time of writing ("il 23 aprile scorso")
 * @param weekday the ISO day of the week written with a day (1 = Monday ... 7 = Sunday: "giovedì, 9 marzo"), or
 *     null; it picks the year of a yearless date
 */
public record Timex(Kind kind, Integer year, Integer twoDigitYear, Integer month, Integer day, String season,
    String season2, String decade, String century, Timex end, String mod, String unit, int offset,
    boolean deictic, Integer weekday) {

  /** What a temporal expression denotes. */
  public enum Kind {
    /** A calendar point or period: a year, month, day or season, possibly missing its year. */
    POINT,
    /** From one point to another. */
    RANGE,
    /** A decade. */
    DECADE,
    /** A century. */
    CENTURY,
    /** A period counted from the anchor date. */
    RELATIVE
  }

  /** A calendar point: a year, a month of a year, a day, or a season. */
  public static Timex point(Integer year, Integer twoDigitYear, Integer month, Integer day, String season,
      String season2, String mod) {
    return new Timex(Kind.POINT, year, twoDigitYear, month, day, season, season2, null, null, null, mod, null, 0,
        false, null);
  }

  /** A range between two points. */
  public static Timex range(Timex start, Timex end) {
    return new Timex(Kind.RANGE, start.year, start.twoDigitYear, start.month, start.day, start.season, null, null,
        null, end, null, null, 0, false, null);
  }

  /** A decade ("192") with an optional modifier. */
  public static Timex decade(String decade, String mod) {
    return new Timex(Kind.DECADE, null, null, null, null, null, null, decade, null, null, mod, null, 0, false, null);
  }

  /**
   * A decade written without its century ("anni '80", "anni venti"): {@code decade} is the 20th-century reading
   * ("198"), {@code twoDigits} its two digits (80), with which the resolver puts it in the century of the narrative
   * ("primi anni '80" after "nel 1478" is 148).
   */
  public static Timex twoDigitDecade(String decade, int twoDigits, String mod) {
    return new Timex(Kind.DECADE, null, twoDigits, null, null, null, null, decade, null, null, mod, null, 0, false,
        null);
  }

  /** A century ("19") with an optional modifier. */
  public static Timex century(String century, String mod) {
    return new Timex(Kind.CENTURY, null, null, null, null, null, null, null, century, null, mod, null, 0, false, null);
  }

  /**
   * A period {@code offset} units (YEAR, MONTH, DAY, CENTURY or DATE) from the anchor, or from the time of writing when
   * {@code deictic}.
   */
  public static Timex relative(String unit, int offset, boolean deictic, String mod) {
    return new Timex(Kind.RELATIVE, null, null, null, null, null, null, null, null, null, mod, unit, offset,
        deictic, null);
  }

  /**
   * The same point, with its missing year to be taken from the time of writing: the latest such month up to it
   * when {@code past} ("il 23 aprile scorso", offset -1), else the year of writing ("dicembre dell'anno in corso").
   */
  public Timex deicticYear(boolean past) {
    return deicticOffset(past ? -1 : 0);
  }

  /**
   * The same point or range, counted from the time of writing: {@code offset} -1 for a past month ("lo scorso
   * marzo") or the last month of a bare day ("10 u. s."), 0 for the current year or month ("giugno a. c.", "13 m.
   * c."), +1 for the next such month ("il prossimo ottobre") or the next month of a bare day ("5 p. v.").
   */
  public Timex deicticOffset(int offset) {
    return new Timex(kind, year, twoDigitYear, month, day, season, season2, decade, century, end, mod, unit,
        offset, true, weekday);
  }

  /**
   * The same yearless point or range, in the year {@code years} years after the year of writing ("il 5 maggio
   * dell'anno scorso" -1, "gennaio del prossimo anno" +1): deictic, with unit YEAR.
   */
  public Timex deicticYears(int years) {
    return new Timex(kind, year, twoDigitYear, month, day, season, season2, decade, century, end, mod, "YEAR",
        years, true, weekday);
  }

  /** True for a deictic point or range counted in whole years from the year of writing ({@link #deicticYears}). */
  public boolean yearsFromWriting() {
    return deictic && (kind == Kind.POINT || kind == Kind.RANGE) && "YEAR".equals(unit);
  }

  /**
   * The same yearless point, in the year {@code offset} years after the narrative anchor's ("gennaio dell'anno
   * seguente" +1, "l'estate dell'anno precedente" -1); not deictic.
   */
  public Timex anchorOffset(int offset) {
    return new Timex(kind, year, twoDigitYear, month, day, season, season2, decade, century, end, mod, "ANCHOR",
        offset, false, weekday);
  }

  /**
   * True for a yearless point whose year counts from the narrative anchor's ({@link #anchorOffset}, offset 0 for
   * "novembre dello stesso anno"); such a point has no year a reader can give when nothing dates the text before it.
   */
  public boolean anchorYear() {
    return kind == Kind.POINT && !deictic && "ANCHOR".equals(unit);
  }

  /** The same expression with the day of the week written with it (ISO, 1 = Monday). */
  public Timex withWeekday(Integer weekday) {
    return new Timex(kind, year, twoDigitYear, month, day, season, season2, decade, century, end, mod, unit,
        offset, deictic, weekday);
  }

  /** True for a point or range whose (start) year is written in full. */
  public boolean hasExplicitYear() {
    return (kind == Kind.POINT || kind == Kind.RANGE) && year != null;
  }
}
