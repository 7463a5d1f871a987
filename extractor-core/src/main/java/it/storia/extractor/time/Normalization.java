package it.storia.extractor.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The fixed set of normalisation functions a rule can name: each reads the named groups of a match (see the
 * header of {@code temporal-rules.txt}) and builds a {@link Timex}, or returns null when the groups do not make a
 * date (a range that ends before it starts, day 31 of a 30-day month...). Stateless; thread-safe.
 */
enum Normalization {
  /**
   * A day, month, year or any partial combination, with an optional modifier; a fixed feast, of a year or yearless
   * ("a Natale", "lo scorso Natale": a yearless day, deictic with group {@code deictic}); a bare
   * day ("il giorno 10", month and year from the anchor); a yearless day or month counted in years from the year of
   * writing (group {@code yeardeictic}: "il 5 maggio dell'anno scorso"). A year of the era before Christ (group {@code era}:
   * "a.C.") is negative. Days that no calendar has ("30 febbraio", "29 febbraio 1923") make no date. A movable feast
   * (group {@code movable}, lexicon class {@code MOVABLEFEAST}: days after Easter Sunday) of a year is its day
   * ("Pasqua del 1921" is 1921-03-27); without its year it is read as April of a year the resolver picks, and
   * {@link RuleTemporalTagger} turns the resolved month into the feast's day ({@link #easterSunday}).
   */
  DATE {
    @Override
    Timex apply(Groups g) {
      String movable = g.lexicon("movable", MOVABLE_FEAST);
      if (movable != null) {
        Timex t = g.point(null, null, "year", "yy");
        if (t != null && t.year() != null) {
          if (t.year() <= 0) {
            return null;
          }
          LocalDate d = easterSunday(t.year()).plusDays(Integer.parseInt(movable));
          return Timex.point(d.getYear(), null, d.getMonthValue(), d.getDayOfMonth(), null, null, null);
        }
        return Timex.point(null, t == null ? null : t.twoDigitYear(), EASTER_MONTH, null, null, null, null);
      }
      String feast = g.lexicon("feast", "FEAST");
      if (feast != null) {
        Timex t = g.point(null, null, "year", "yy");
        Timex day = Timex.point(t == null ? null : t.year(), t == null ? null : t.twoDigitYear(),
            Integer.valueOf(feast.substring(0, 2)), Integer.valueOf(feast.substring(3)), null, null, null);
        String feastDeictic = g.text("deictic");
        return t != null || feastDeictic == null ? day : day.deicticOffset(g.deicticOffset(feastDeictic));
      }
      if (g.text("dayword") != null) {
        Timex t = g.point(null, "month", "year", "yy");
        return t == null || t.month() == null ? null
            : Timex.point(t.year(), t.twoDigitYear(), t.month(), 1, null, null, t.mod());
      }
      String deictic = g.text("deictic");
      int offset = deictic == null ? 0 : g.deicticOffset(deictic);
      if (g.text("weekday") != null && g.text("day") == null) {
        return Timex.point(null, null, null, null, null, null, null)
            .withWeekday(Integer.valueOf(g.lexicon("weekday", "WEEKDAY"))).deicticOffset(offset);
      }
      if (g.text("month") == null && g.text("day") != null && g.text("year") == null) {
        Timex day = Timex.point(null, null, null, Integer.valueOf(g.text("day").replaceAll("[^0-9]", "")), null,
            null, null);
        if (g.text("weekday") != null) {
          day = day.withWeekday(Integer.valueOf(g.lexicon("weekday", "WEEKDAY")));
        }
        return deictic == null ? day : day.deicticOffset(offset);
      }
      Timex t = g.point("day", "month", "year", "yy");
      if (t != null && g.text("weekday") != null) {
        t = t.withWeekday(Integer.valueOf(g.lexicon("weekday", "WEEKDAY")));
      }
      if (t != null && deictic != null && t.year() == null && t.twoDigitYear() == null) {
        return t.deicticOffset(offset);
      }
      Integer years = g.deicticYears();
      if (t != null && years != null && t.year() == null && t.twoDigitYear() == null) {
        return t.deicticYears(years);
      }
      return withYearOffset(g, t);
    }
  },
  /**
   * A range of two points; the end may borrow the start's year or century ("1927-28", "dal 3 al 5 maggio"), at most
   * {@link #SHORT_RANGE_YEARS} years on ("1930 - 12" is no range). Two years written in descending order without
   * an era ("(1620 - 1590)") count backwards: years before Christ, except in a rule with group {@code reign} (a
   * bracketed reign after a name, "Decio (249 - 251)": descending numbers are a score, no date). With groups
   * {@code season} and {@code season2} the ends are seasons ("dall'autunno del 1918 alla primavera del 1919").
   */
  RANGE {
    @Override
    Timex apply(Groups g) {
      Timex end = g.point("day2", "month2", "year2", "yy2");
      if (end == null) {
        return null;
      }
      Timex start = g.text("month") == null && g.text("day") != null
          ? g.pointWith(g.text("day"), end.month(), end.year(), end.twoDigitYear())
          : g.point("day", "month", "year", "yy");
      String season = g.lexicon("season", "SEASON");
      String season2 = g.lexicon("season2", "SEASON");
      if (season != null && season2 != null) {
        start = Timex.point(start == null ? null : start.year(), start == null ? null : start.twoDigitYear(), null,
            null, season, null, null);
        end = Timex.point(end.year(), end.twoDigitYear(), null, null, season2, null, null);
      }
      if (start == null) {
        return null;
      }
      if (start.year() == null && start.twoDigitYear() == null && end.year() != null) {
        start = Timex.point(end.year(), null, start.month(), start.day(), start.season(), null, null);
      }
      if (end.year() == null && end.twoDigitYear() != null && start.year() != null) {
        int century = start.year() / 100 * 100;
        int y = century + end.twoDigitYear();
        end = Timex.point(y < start.year() ? y + 100 : y, null, end.month(), end.day(), null, null, null);
        if (end.year() - start.year() > SHORT_RANGE_YEARS) {
          return null;
        }
      }
      if (start.year() != null && end.year() != null && end.year() < start.year()) {
        if (g.text("reign") == null && start.year() > 0 && start.month() == null && end.month() == null
            && g.text("yy2") == null) {
          return Timex.range(Timex.point(-start.year(), null, null, null, null, null, null),
              Timex.point(-end.year(), null, null, null, null, null, null));
        }
        return null;
      }
      if (start.year() != null && start.year().equals(end.year()) && start.month() == null
          && (start.season() == null || start.season().equals(end.season()))) {
        return null;
      }
      String deictic = g.text("deictic");
      Integer years = g.deicticYears();
      if (years != null && start.year() == null && start.twoDigitYear() == null) {
        return Timex.range(start, end).deicticYears(years);
      }
      return deictic != null && start.year() == null && start.twoDigitYear() == null
          ? Timex.range(start, end).deicticOffset(g.deicticOffset(deictic)) : Timex.range(start, end);
    }
  },
  /**
   * A season of a year ("autunno del 1925"), two seasons ("estate-autunno del 1926"), a winter of two years, a
   * season whose year comes from the context ("in autunno"), one counted from the time of writing (group {@code
   * deictic}: "nello scorso autunno", "l'estate scorsa"), or one in the year after or before the anchor's (group
   * {@code dir}: "nell'inverno dell'anno successivo").
   */
  SEASON {
    @Override
    Timex apply(Groups g) {
      String season = g.lexicon("season", "SEASON");
      if (season == null) {
        return null;
      }
      Timex year = g.point(null, null, "year", "yy");
      Timex t = Timex.point(year == null ? null : year.year(), year == null ? null : year.twoDigitYear(), null,
          null, season, g.lexicon("season2", "SEASON"), g.lexicon("mod", "MOD"));
      String deictic = g.text("deictic");
      return deictic != null && year == null ? t.deicticOffset(g.deicticOffset(deictic)) : withYearOffset(g, t);
    }
  },
  /**
   * A decade ("anni '20", "anni Venti", "anni 1920"), optionally of a named century; one written without its
   * century takes the narrative's from the resolver ({@link Timex#twoDigitDecade}).
   */
  DECADE {
    @Override
    Timex apply(Groups g) {
      String text = g.text("decade");
      if (text == null) {
        return null;
      }
      String decade = text.matches("[0-9]{4}") ? text.substring(0, 3) : g.lexicon("decade", "DECADE");
      if (decade == null) {
        return null;
      }
      String century = g.century("century");
      if (century != null) {
        return Timex.decade(century + decade.substring(2), g.lexicon("mod", "MOD"));
      }
      return text.matches("[0-9]{4}") ? Timex.decade(decade, g.lexicon("mod", "MOD"))
          : Timex.twoDigitDecade(decade, Integer.parseInt(decade.substring(2)) * 10, g.lexicon("mod", "MOD"));
    }
  },
  /**
   * A century: Roman ("XX secolo"), ordinal ("ventesimo secolo") or name ("Novecento"); a range of two centuries
   * when the group of the first ({@code century}, {@code century2}, {@code century3}) has its end ({@code
   * centuryend}, {@code centuryend2}, {@code centuryend3}: "tra il XVIII e XIX secolo" is 17/18). Before Christ
   * (group {@code era}) the TIDES TIMEX2 prefix BC: "VII secolo a.C." is BC06, "dal XV al V secolo a.C." BC14/BC04.
   */
  CENTURY {
    @Override
    Timex apply(Groups g) {
      String era = g.beforeChrist() ? "BC" : "";
      for (String group : List.of("century", "century2", "century3")) {
        String c = g.century(group);
        if (c != null) {
          String end = g.century(group.replace("century", "centuryend"));
          if (end != null) {
            boolean forward = Integer.parseInt(end) > Integer.parseInt(c);
            return forward == era.isEmpty() ? Timex.century(era + c + "/" + era + end, null) : null;
          }
          return Timex.century(era + c, g.lexicon("mod", "MOD"));
        }
      }
      return null;
    }
  },
  /**
   * A period counted from the anchor ("l'anno successivo", "due anni dopo", "quell'anno"; direction words in the
   * lexicon classes AFTER and SAME; a rule without a {@code dir} group means the anchor's own period: "alla fine del
   * secolo") or from the time of writing ("due anni fa", "il nostro secolo"; class AGO).
   */
  RELATIVE {
    @Override
    Timex apply(Groups g) {
      String unit = g.lexicon("unit", "UNIT");
      if (unit == null) {
        return null;
      }
      String dirText = g.text("dir");
      int sign;
      boolean deictic = false;
      String after = g.rules.lookup("AFTER", dirText);
      String ago = g.rules.lookup("AGO", dirText);
      if (after != null) {
        sign = Integer.parseInt(after);
      } else if (ago != null) {
        sign = Integer.parseInt(ago);
        deictic = true;
      } else if (dirText == null || g.rules.lookup("SAME", dirText) != null) {
        sign = 0;
      } else {
        return null;
      }
      int count = 1;
      String n = g.text("n");
      if (n != null) {
        String word = g.rules.lookup("NUMBER", n);
        count = word != null ? Integer.parseInt(word) : Integer.parseInt(n);
      }
      return Timex.relative(unit, sign * count, deictic, g.lexicon("mod", "MOD"));
    }
  },
  /** Not a date: the span is claimed so that no other rule tags it. */
  NONE {
    @Override
    Timex apply(Groups g) {
      return null;
    }
  };

  /**
   * A yearless point in the year after or before the anchor's when the match has a direction word (group {@code
   * dir}, lexicon class AFTER: "gennaio dell'anno seguente", "nell'estate dell'anno precedente"); in the anchor's
   * year when the match names that year (group {@code same}: "novembre dello stesso anno", "l'autunno di quell'anno").
   */
  private static Timex withYearOffset(Groups g, Timex t) {
    String after = g.text("same") != null ? "0" : g.rules.lookup("AFTER", g.text("dir"));
    return t == null || after == null || t.year() != null || t.twoDigitYear() != null ? t
        : t.anchorOffset(Integer.parseInt(after));
  }

  /** How many years a range whose end has two digits may span ("1877 - 78"; "1930 - 12" is no range). */
  static final int SHORT_RANGE_YEARS = 30;

  /** The Timex of a match, or null when the match is no date. */
  abstract Timex apply(Groups g);

  /** The lexicon class of the movable feasts: word, days after Easter Sunday ("Pentecoste" 49, "Sabato Santo" -1). */
  static final String MOVABLE_FEAST = "MOVABLEFEAST";
  /** The month a yearless movable feast is resolved in before its day is computed from the year. */
  static final int EASTER_MONTH = 4;
  /** The first year of the Gregorian calendar: Easter before it is computed in the Julian calendar. */
  private static final int GREGORIAN = 1583;

  /**
   * Easter Sunday of a year after Christ: the Gregorian computus from 1583 on (Meeus/Jones/Butcher), the Julian one
   * before, as the texts of those centuries write their dates (1300 is 10 April).
   */
  static LocalDate easterSunday(int year) {
    if (year <= 0) {
      throw new IllegalArgumentException("a year after Christ, got " + year);
    }
    if (year < GREGORIAN) {
      int d = (19 * (year % 19) + 15) % 30;
      int e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
      int n = d + e + 114;
      return LocalDate.of(year, n / 31, n % 31 + 1);
    }
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int n = h + l - 7 * m + 114;
    return LocalDate.of(year, n / 31, n % 31 + 1);
  }

  /** The named groups of one match, with the lexicon to read them. Not thread-safe; one per match. */
  static final class Groups {
    private final Matcher matcher;
    private final List<String> names;
    private final TemporalRules rules;

    Groups(Matcher matcher, List<String> names, TemporalRules rules) {
      this.matcher = matcher;
      this.names = names;
      this.rules = rules;
    }

    /** The text of a named group, or null when the rule has no such group or it did not take part. */
    String text(String name) {
      if (name == null || !names.contains(name)) {
        return null;
      }
      return matcher.group(name);
    }

    String lexicon(String group, String lexClass) {
      String t = text(group);
      return t == null ? null : rules.lookup(lexClass, t);
    }

    /** A two-digit TimeML century from a Roman numeral, an ordinal word, a century name or "XX secolo". */
    String century(String group) {
      String t = text(group);
      if (t == null) {
        return null;
      }
      String named = rules.lookup("CENTURYNAME", t);
      if (named == null) {
        named = rules.lookup("ORDINAL", t);
      }
      if (named != null) {
        return named;
      }
      String roman = t.replaceAll("(?i)\\s*secolo", "").strip().toUpperCase(Locale.ROOT);
      int value = romanValue(roman);
      if (value < 1 || value > 21) {
        return null;
      }
      return String.format(Locale.ROOT, "%02d", value - 1);
    }

    /** A point from day, month and year groups; null when present groups do not make a valid date. */
    Timex point(String dayGroup, String monthGroup, String yearGroup, String yyGroup) {
      String monthText = text(monthGroup);
      Integer month = null;
      if (monthText != null) {
        String word = rules.lookup("MONTH", monthText);
        month = word != null ? Integer.valueOf(word) : intOf(monthText);
        if (month == null || month < 1 || month > 12) {
          return null;
        }
      }
      String day = text(dayGroup);
      if (day == null && "day".equals(dayGroup) && text("dayword") != null) {
        day = "1";
      }
      Integer year = intOf(text(yearGroup));
      if (year != null && ("year".equals(yearGroup) || "year2".equals(yearGroup)) && beforeChrist()) {
        year = -year;
      }
      return pointWith(day, month, year, intOf(text(yyGroup)));
    }

    /**
     * The offset of a deictic word from the time of writing (lexicon class AGO: "scorso" -1, "prossimo" +1, "m. c."
     * 0); 0 for a phrase the lexicon lacks ("dell'anno in corso").
     */
    int deicticOffset(String deictic) {
      String v = rules.lookup("AGO", deictic);
      return v == null ? 0 : Integer.parseInt(v);
    }

    /**
     * The whole years from the year of writing named by group {@code yeardeictic} (lexicon class AGOYEAR: "anno
     * scorso" -1, "prossimo anno" +1), or null when the rule has no such group or it did not take part.
     */
    Integer deicticYears() {
      String v = lexicon("yeardeictic", "AGOYEAR");
      return v == null ? null : Integer.valueOf(v);
    }

    /** True when the match names the era before Christ ("a.C.", "avanti Cristo" in group {@code era}). */
    private boolean beforeChrist() {
      String era = text("era");
      return era != null && era.strip().toLowerCase(Locale.ROOT).startsWith("a");
    }

    /** A point from a day's text and known month and year; null when they do not make a valid date. */
    Timex pointWith(String dayText, Integer month, Integer year, Integer yy) {
      Integer day = intOf(dayText);
      if (day != null && (month == null || day < 1 || day > daysIn(month))) {
        return null;
      }
      if (day != null && month == 2 && day == 29 && year != null && year > 0 && !java.time.Year.isLeap(year)) {
        return null;
      }
      if (year == null && yy == null && month == null) {
        return null;
      }
      return Timex.point(year, year == null ? yy : null, month, day, null, null, lexicon("mod", "MOD"));
    }

    private static Integer intOf(String s) {
      if (s == null) {
        return null;
      }
      String digits = s.replaceAll("[^0-9]", "");
      return digits.isEmpty() ? null : Integer.valueOf(digits);
    }

    private static int daysIn(int month) {
      switch (month) {
        case 2:
          return 29;
        case 4:
        case 6:
        case 9:
        case 11:
          return 30;
        default:
          return 31;
      }
    }

    private static int romanValue(String roman) {
      int total = 0;
      int previous = 0;
      for (int i = roman.length() - 1; i >= 0; i--) {
        int v;
        switch (roman.charAt(i)) {
          case 'I':
            v = 1;
            break;
          case 'V':
            v = 5;
            break;
          case 'X':
            v = 10;
            break;
          case 'L':
            v = 50;
            break;
          default:
            return -1;
        }
        total += v < previous ? -v : v;
        previous = Math.max(previous, v);
      }
      return total;
    }
  }
}
