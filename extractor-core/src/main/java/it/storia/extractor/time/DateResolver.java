package it.storia.extractor.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Second step of temporal tagging: turns the {@link Timex} expressions of one document, in text order, into TimeML
 * values, filling what the text leaves implicit.
 *
 * <p>The <em>anchor</em> is the last narrative date: the most recent point, range end or resolved relative
 * expression before the expression being resolved, leaving out dates inside quotation marks and bare years that
 * qualify a noun when the anchor has a month (see {@link Mention}). The document date (given by the caller or a
 * dated header line) is not an anchor — in a 2019 article about the 1920s it says when the text was written, not
 * when its events happen; it is the <em>time of writing</em> (else the latest full year of the text).
 * <ul>
 *   <li>A day or month without a year coordinated with a following full date ("il 28 agosto e il 27 settembre
 *       1945") takes that date's year (with one of the year of writing, "agosto o settembre di quest'anno", the
 *       year of writing); one equal to the latest earlier mention of its month that had a year ("dei
 *       23 aprile 1910 ... dei 23 aprile") is that date.</li>
 *   <li>A yearless date in a sentence about the future ("si avrà", "avremo") takes the year of writing (when that
 *       is only estimated, the anchor's year if later: "Nel 1912 la revisione non si potrà avere prima
 *       dell'inverno"; with only the year of writing known, a month before June is next year's unless it follows
 *       an anchor of the year of writing in the same year: "convocate per l'8 maggio. Poi il 9 maggio ... vedremo")
 *       and does not move the anchor.</li>
 *   <li>A day, month or season without a year ("il 3 gennaio", "a dicembre", "in autunno") takes the anchor's
 *       year, or the next year when it is nearer, six months or more back ("il 18 febbraio" after "18 settembre
 *       1931" is 1932; "16 ottobre" after "16 dicembre 1943" is 1943): narratives move forward, never back.</li>
 *   <li>With no anchor yet: the first full year written later in the text (not a bound, "prima del 1917", nor a
 *       range of years, "Nel 1920-21") when there is no document date or it is the year of writing or the one
 *       before; else the most recent such month up to the time of writing (with only the year of writing known: a
 *       December day, or a month of the second half of the year in a sentence with a pluperfect, is last year's,
 *       any other month this year's); else "XXXX".</li>
 *   <li>A two-digit year ("nel '27") takes the century that puts it closest to that same reference year, and the
 *       20th century when there is none; only the 19th, 20th and 21st centuries are candidates (nobody writes
 *       "'35" for 1235), and none more than ten years after the time of writing ("'70" in 1937 is 1870).</li>
 *   <li>A relative expression counts its offset from the anchor in its own unit ("l'anno successivo" = anchor
 *       year + 1; "il mese seguente" = anchor month + 1; "quell'anno" = anchor year). When the anchor is coarser
 *       than the unit (a month counted from a bare year), the value is the anchor year shifted by whole years,
 *       i.e. the coarser period. A resolved relative expression becomes the new anchor. A day counted from an
 *       anchor without a day ("nello stesso giorno" after "nel 1945") is too vague: no value (null). A count or a
 *       same-period reference with no anchor at all ("Nello stesso anno" opening a text, "Un mese dopo" an
 *       undated event, "nel novembre dello stesso anno" opening a text, "nel gennaio dell'anno seguente" with no
 *       date before it, even with a document date) has no value either, unless a document date gives a
 *       same-period reference its year ("la fine del secolo" keeps its span: a century is vague enough to be taken
 *       from any date).</li>
 *   <li>A count or same-period reference is counted from the date just named, even one that does not move the anchor:
 *       a full date of a pluperfect flashback within its own sentence ("il quale nel 1848 era stato eletto ...,
 *       riunito nello stesso anno" is 1848), an attributive bare year also later ("l'allocuzione natalizia del 1925
 *       ... Un anno dopo" is 1926; session 16). A day counted by one day or none from a day of unknown year ("il 19
 *       agosto ... il giorno prima") is a day of unknown year ({@code XXXX-08-18}).</li>
 *   <li>A day whose month nothing gives (a dateline "INNSBRUCK, 14.", "il giorno 10") takes the year of writing when
 *       the document date is known ({@code 1909-XX-14}), else none ({@code XXXX-XX-14}, also after a bare year: "Nel
 *       1925 ...; il giorno 5"); a day counted by one day from it ("l'indomani", not in a sentence about the future: "che
 *       cosa ci porterà l'indomani?") is the next day of that unknown month while it stays within the 28th, counted
 *       from the day named (a report's day; session 17b).</li>
 *   <li>A deictic expression ("due anni fa", "il nostro secolo") counts from the time of writing. It does not move
 *       the anchor, except "quest'anno" when the document date is known. A day or month marked as past ("il 23
 *       aprile scorso", "lo scorso marzo") takes the year of writing, or the year before when its month comes
 *       after the month of writing (after September when only the year of writing is known: the likelier case); one
 *       marked by its year ("il 5 maggio dell'anno scorso", "dal 3 al 7 gennaio del prossimo anno") the year of
 *       writing shifted by that many years. A day coordinated with a following marked one ("il 28 e 29 novembre
 *       prossimi") is marked alike.</li>
 *   <li>A decade written without its century ("primi anni '80") takes the century that puts it nearest the anchor
 *       (after "nel 1478" it is 148), the 20th without one.</li>
 *   <li>Decades and centuries do not move the anchor; nor does a full date earlier than
 *       the anchor in a sentence with a pluperfect (a flashback: "già nell'allocuzione 18 novembre 1924 Pio XI
 *       aveva dimostrato").</li>
 *   <li>A yearless day written with its weekday ("giovedì, 9 marzo") takes a year in which that day falls on that
 *       weekday; a weekday alone ("domenica", "sabato scorso") is the last such day before a document date that has
 *       its day (the next after it when marked as next or in a future sentence), a day of the year of writing when
 *       the document date has no day ("domenica scorsa" in a text of 1920: 1920-XX-XX); a day written with its
 *       weekday and no month ("venerdì 19") takes the anchor's month, or the month before or after it where that day
 *       falls on that weekday.</li>
 *   <li>With a document date: a deictic expression later than the anchor ("l'anno scorso" after "nell'estate del
 *       1931" in a 1933 text) becomes the anchor; an anchor after the year of writing (a plan) is not used by the
 *       yearless dates of other sentences not about the future, which take the year of writing; a yearless month
 *       six to eleven months after the known month of writing, in a sentence not about the future, is last
 *       year's.</li>
 *   <li>"il prossimo ottobre" is the next such month from the time of writing; "13 m. c.", "10 u. s.", "5 p. v."
 *       are days of the month of writing, the one before, the one after.</li>
 *   <li>A yearless day, month or season of a sentence that speaks in the present ({@link Mention#present}) after an
 *       anchor more than a year before the year of writing (known, else estimated), set in an earlier sentence, is
 *       dated from the time of writing, as before any anchor ("preme ... fissare ... per non più tardi del 20 marzo"
 *       after "nel 1919" in a 1946 text).</li>
 * </ul>
 *
 * <p>Input: expressions in text order and the document date (TimeML value) or null. Output: one value per
 * expression. The rules above are those of {@link Anchoring#NARRATIVE}; {@link Anchoring#NEWS} takes the year of a
 * yearless date from the time of writing instead. Immutable and thread-safe.
 */
public final class DateResolver {
  /**
   * An expression to resolve.
   *
   * @param timex the expression as its rule read it
   * @param sharesYearWithNext true when only a conjunction separates it from the next expression ("il 28 agosto
   *     e il 27 settembre 1945"): a missing year is then the next expression's year
   * @param future true when its sentence speaks of the future ("In aprile avremo..."): a missing year is then
   *     the year of writing
   * @param attributive true for a bare year that qualifies a noun ("le condizioni del 1938", "l'amnistia del
   *     1946"): it names a reference, not the time the narrative has reached, so it does not replace an anchor
   *     that has a month
   * @param quoted true inside quotation marks («...»): a date of the quoted text does not move the anchor of the
   *     text around it
   * @param sentence the index of its sentence, or -1 when unknown: a yearless date keeps the year of a planned
   *     date of its own sentence ("nella primavera del 1978, tra maggio e giugno" in a 1975 text)
   * @param backward true when its sentence has a pluperfect ("nell'allocuzione 18 novembre 1924 Pio XI aveva
   *     dimostrato"): a flashback, so a date earlier than the anchor does not replace it
   * @param bound true for a year that bounds a period rather than places an event ("prima del 1917", "fino al
   *     1920"): it does not give its year to an earlier yearless date
   * @param remote true when the text places it before the present of the time of writing: its sentence has a
   *     pluperfect anywhere ("La mozione era stata presentata, come si ricorderà, nel luglio"), or it names a day of
   *     history of the year before the year of writing; with only the year of writing known, a yearless month of the
   *     second half of the year before any anchor is then last year's, otherwise this year's
   * @param present true when its sentence speaks in the present (a finite verb, none in the passato remoto or the
   *     imperfect: "egli precisa che preme ... fissare", "Nell'Avanti! del 13 maggio c'è un titolo"): such a date does
   *     not take its year from a narrative anchor more than a year before the year of writing set in an earlier
   *     sentence (session 12); false when not known
   */
  public record Mention(Timex timex, boolean sharesYearWithNext, boolean future, boolean attributive,
      boolean quoted, int sentence, boolean backward, boolean bound, boolean remote, boolean present) {
    /** An expression whose sentence and tenses beyond the future are not known. */
    public Mention(Timex timex, boolean sharesYearWithNext, boolean future, boolean attributive, boolean quoted) {
      this(timex, sharesYearWithNext, future, attributive, quoted, -1, false, false, false, false);
    }

    /** An expression not known to be a bound. */
    public Mention(Timex timex, boolean sharesYearWithNext, boolean future, boolean attributive, boolean quoted,
        int sentence, boolean backward) {
      this(timex, sharesYearWithNext, future, attributive, quoted, sentence, backward, false, false, false);
    }

    /** An expression whose sentence is not known to speak in the present. */
    public Mention(Timex timex, boolean sharesYearWithNext, boolean future, boolean attributive, boolean quoted,
        int sentence, boolean backward, boolean bound, boolean remote) {
      this(timex, sharesYearWithNext, future, attributive, quoted, sentence, backward, bound, remote, false);
    }
  }

  /** A value that is one day: {@code YYYY-MM-DD}. */
  private static final Pattern FULL_DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Value of a date whose year cannot be recovered from the text. */
  public static final String UNKNOWN_YEAR = "XXXX";

  /** The last day a day of unknown month can be counted to by a day without crossing into the next month. */
  private static final int MONTHLESS_LAST_DAY = 28;

  /** Where a day or month written without its year finds the year. */
  public enum Anchoring {
    /** History prose: the last narrative date (the default). */
    NARRATIVE,
    /**
     * News and correspondence: the time of writing (the document date, else the latest full year in the text),
     * as in HeidelTime's news mode; relative expressions still count from the last narrative date.
     */
    NEWS
  }

  /**
   * The month a count of months from a season starts from: the middle of spring, summer and autumn, the December
   * that a winter is named by.
   */
  private static final Map<String, Integer> SEASON_MONTH = Map.of("SP", 4, "SU", 7, "FA", 10, "WI", 12);

  /** How far after the time of writing a year written with two digits may lie in a plan ("entro il '50" in 1948). */
  private static final int TWO_DIGIT_FUTURE = 10;

  /**
   * With only the year of writing known, "il prossimo M" is next year's only for a month before this one: a text
   * names the next such month mostly a few months ahead, so "il 15 aprile prossimo" in a 1920 text was most
   * likely written early in 1920, "il prossimo gennaio" late in it.
   */
  private static final int NEXT_YEAR_BEFORE = 3;

  private final Anchoring anchoring;

  /** A resolver for history prose ({@link Anchoring#NARRATIVE}). */
  public DateResolver() {
    this(Anchoring.NARRATIVE);
  }

  /** A resolver with the given anchoring of yearless dates. */
  public DateResolver(Anchoring anchoring) {
    this.anchoring = java.util.Objects.requireNonNull(anchoring, "anchoring");
  }

  /** How this resolver anchors yearless dates. */
  public Anchoring anchoring() {
    return anchoring;
  }

  /**
   * The TimeML value of each expression.
   *
   * @param mentions the expressions of one document in text order (without the document date itself)
   * @param documentDate the document date as a TimeML value, or null
   * @return one value per expression, same order; null for a day counted from no narrative date or one that has no
   *     day ("nello stesso giorno", "il giorno dopo" after "nel 1945") and for a count before or after no narrative
   *     date ("dieci anni dopo" an undated event, "l'anno successivo" opening a text): too vague to be a date
   */
  public List<String> resolve(List<Mention> mentions, String documentDate) {
    List<Timex> expressions = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Timex t = mentions.get(i).timex();
      if (mentions.get(i).sharesYearWithNext() && i + 1 < mentions.size() && t.kind() == Timex.Kind.POINT
          && t.year() == null && t.twoDigitYear() == null) {
        Timex next = mentions.get(i + 1).timex();
        if (next.hasExplicitYear()) {
          t = Timex.point(next.year(), null, t.month(), t.day(), t.season(), t.season2(), t.mod())
              .withWeekday(t.weekday());
        } else if (!t.deictic() && next.kind() == Timex.Kind.POINT && next.deictic()) {
          t = next.yearsFromWriting() ? t.deicticYears(next.offset()) : t.deicticOffset(next.offset());
        }
      }
      expressions.add(t);
    }
    Integer documentYear = documentDate != null && documentDate.matches("[0-9]{4}.*")
        ? Integer.valueOf(documentDate.substring(0, 4)) : null;
    // the year of a day or weekday that nothing else dates: the year of writing, else unknown
    String writingYear = documentYear != null ? yearText(documentYear) : UNKNOWN_YEAR;
    Set<Integer> thisYearSentences = new HashSet<>();
    for (int i = 0; i < expressions.size(); i++) {
      Timex t = expressions.get(i);
      if (t.kind() == Timex.Kind.RELATIVE && t.deictic() && "YEAR".equals(t.unit()) && t.offset() == 0
          && mentions.get(i).sentence() >= 0) {
        thisYearSentences.add(mentions.get(i).sentence());
      }
    }
    Integer[] nextExplicit = new Integer[expressions.size() + 1];
    for (int i = expressions.size() - 1; i >= 0; i--) {
      Timex t = expressions.get(i);
      boolean yearsOnly = t.kind() == Timex.Kind.RANGE && t.month() == null && t.season() == null;
      nextExplicit[i] = t.hasExplicitYear() && !yearsOnly && !mentions.get(i).bound() ? t.year()
          : nextExplicit[i + 1];
    }
    for (int i = 0; i < expressions.size(); i++) {
      Timex t = expressions.get(i);
      if (t.kind() == Timex.Kind.POINT && t.year() == null && t.twoDigitYear() == null && t.day() != null
          && t.month() != null && !t.deictic()) {
        for (int j = i - 1; j >= 0; j--) {
          Timex earlier = expressions.get(j);
          if (earlier.kind() == Timex.Kind.POINT && t.month().equals(earlier.month())) {
            if (earlier.year() != null && t.day().equals(earlier.day())) {
              t = Timex.point(earlier.year(), null, t.month(), t.day(), null, null, t.mod()).withWeekday(t.weekday());
              expressions.set(i, t);
            }
            break;
          }
        }
      }
    }
    Anchor now = documentDate != null ? Anchor.of(documentDate) : latestYear(expressions, mentions);
    List<String> values = new ArrayList<>(expressions.size());
    Anchor anchor = null;
    Anchor mentioned = null;
    boolean mentionedInItsSentenceOnly = false;
    int mentionedSentence = -1;
    MonthDay yearlessDay = null;
    Integer monthlessDay = null;
    String monthlessYear = null;
    int anchorSentence = -1;
    Anchor plan = null;
    for (int i = 0; i < expressions.size(); i++) {
      Timex t = expressions.get(i);
      Anchor previousAnchor = anchor;
      Anchor previousMentioned = mentioned;
      int sentence = mentions.get(i).sentence();
      Anchor countBase = mentioned != null && (!mentionedInItsSentenceOnly
          || sentence >= 0 && sentence == mentionedSentence) ? mentioned : anchor;
      Integer reference = anchor != null ? Integer.valueOf(anchor.year) : nextExplicit[i];
      if (anchor == null && documentYear != null && (reference == null || reference > documentYear
          || reference < documentYear - 1)) {
        reference = lastPast(t, now, mentions.get(i).remote());
      }
      if (anchor != null && documentYear != null && anchor.year > documentYear && !mentions.get(i).future()
          && (sentence < 0 || sentence != anchorSentence)) {
        reference = documentYear;
      }
      if (presentAfterOldAnchor(mentions.get(i), t, anchor, anchorSentence,
          documentYear != null ? documentYear : now != null ? Integer.valueOf(now.year) : null)) {
        reference = lastPast(t, now, mentions.get(i).remote());
      }
      if (documentYear != null && thisYearSentences.contains(sentence) && !t.deictic() && t.offset() == 0
          && t.year() == null && t.twoDigitYear() == null && t.month() != null) {
        reference = documentYear;
      }
      int futureYears = mentions.get(i).future() || documentDate == null ? TWO_DIGIT_FUTURE : 1;
      boolean future = mentions.get(i).future() && now != null && !t.deictic() && t.year() == null
          && t.twoDigitYear() == null && (t.kind() == Timex.Kind.POINT || t.kind() == Timex.Kind.RANGE);
      if (future) {
        reference = t.month() != null && (now.month != null ? t.month() < now.month
            : documentDate != null && t.month() < 6) ? now.year + 1 : now.year;
        if (documentDate == null && anchor != null && anchor.year > reference) {
          reference = anchor.year;
        }
        if (now.month == null && documentDate != null && anchor != null && anchor.year == now.year
            && anchor.month != null && t.month() != null && t.month() >= anchor.month) {
          reference = now.year;
        }
      }
      if ((anchoring == Anchoring.NEWS || t.deictic()) && now != null) {
        reference = now.year;
        Integer month = monthOf(t);
        boolean pointOrRange = t.kind() == Timex.Kind.POINT || t.kind() == Timex.Kind.RANGE;
        if (t.yearsFromWriting()) {
          reference = plusYears(now.year, t.offset());
        } else if (t.deictic() && pointOrRange && t.offset() < 0 && month != null
            && (now.month != null ? month > now.month : documentDate != null && pastMonthOfLastYear(t, month))) {
          reference = now.year - 1;
        } else if (t.deictic() && pointOrRange && t.offset() > 0 && month != null
            && (now.month != null ? month < now.month : documentDate != null && month < NEXT_YEAR_BEFORE)) {
          reference = now.year + 1;
        }
      }
      if (t.kind() == Timex.Kind.POINT && !t.deictic() && (t.offset() != 0 || t.anchorYear()) && t.year() == null
          && t.twoDigitYear() == null) {
        reference = anchor != null ? Integer.valueOf(plusYears(countBase.year, t.offset()))
            : t.offset() == 0 ? reference : null;
      }
      switch (t.kind()) {
        case POINT: {
          if (t.anchorYear() && t.offset() == 0 && anchor == null && documentDate == null && t.year() == null
              && t.twoDigitYear() == null) {
            values.add(null);
            break;
          }
          if (t.offset() != 0 && !t.deictic() && t.weekday() == null && anchor == null && t.year() == null
              && t.twoDigitYear() == null) {
            values.add(null);
            break;
          }
          if (t.weekday() != null && t.day() == null) {
            Anchor a = weekdayNear(t.weekday(), now, t.offset() > 0 || (t.offset() == 0 && mentions.get(i).future()));
            values.add(a != null ? a.format() : writingYear + "-XX-XX");
            break;
          }
          if (t.month() == null && t.day() != null) {
            Anchor a = t.deictic() ? dayOfMonth(t.day(), t.offset(), now != null && now.month != null ? now : anchor)
                : onWeekdayNear(t, dayOf(t.day(), future ? plan : anchor));
            if (a == null) {
              values.add(String.format(Locale.ROOT, "%s-XX-%02d", writingYear, t.day()));
              if (!mentions.get(i).quoted()) {
                monthlessDay = t.day();
                monthlessYear = writingYear;
              }
            } else {
              values.add(a.format());
            }
            if (a != null && !future && !mentions.get(i).quoted()) {
              anchor = a;
            }
            break;
          }
          Anchor a = onWeekday(t, nearest(t, point(t, reference, now, futureYears), future ? plan : anchor), now,
              documentDate != null);
          if (!future && !mentions.get(i).future() && documentDate != null) {
            a = notAfter(t, a, now);
          }
          values.add(a == null ? unknownYear(t) : format(a, t));
          if (a == null && t.month() != null && t.day() != null && t.season() == null && !mentions.get(i).quoted()
              && t.day() <= Month.of(t.month()).maxLength()) {
            yearlessDay = MonthDay.of(t.month(), t.day());
          }
          if (a != null && future) {
            plan = a;
          } else if (a != null && !mentions.get(i).quoted() && !(mentions.get(i).attributive()
              && a.month == null && anchor != null && anchor.month != null)
              && !flashback(mentions.get(i), t, a, anchor)) {
            anchor = a;
          } else if (a != null && !mentions.get(i).quoted()) {
            mentioned = a;
            mentionedInItsSentenceOnly = !mentions.get(i).attributive();
            mentionedSentence = sentence;
          }
          break;
        }
        case RANGE: {
          Anchor start = nearest(t, point(t, reference, now, futureYears), future ? plan : anchor);
          if (!future && !mentions.get(i).future() && documentDate != null) {
            start = notAfter(t, start, now);
          }
          Anchor end = wrapped(t, start,
              point(t.end(), start != null ? Integer.valueOf(start.year) : reference, now, futureYears));
          if (start == null || end == null) {
            values.add(start == null && end == null ? unknownYear(t) + "/" + unknownYear(t.end()) : unknownYear(t));
          } else {
            values.add(format(start, t) + "/" + format(end, t.end()));
            if (future) {
              plan = end;
            } else if (!mentions.get(i).quoted() && !flashback(mentions.get(i), t, end, anchor)) {
              anchor = end;
            } else if (!mentions.get(i).quoted()) {
              mentioned = end;
              mentionedInItsSentenceOnly = true;
              mentionedSentence = sentence;
            }
          }
          break;
        }
        case DECADE:
          values.add(decadeOf(t, anchor, documentDate != null ? now : null, futureYears));
          break;
        case CENTURY:
          values.add(t.century());
          break;
        case RELATIVE: {
          if (!t.deictic() && "DAY".equals(t.unit()) && yearlessDay == null && monthlessDay != null
              && !mentions.get(i).future()
              && Math.abs(t.offset()) <= 1 && monthlessDay + t.offset() >= 1
              && monthlessDay + t.offset() <= MONTHLESS_LAST_DAY) {
            values.add(String.format(Locale.ROOT, "%s-XX-%02d", monthlessYear, monthlessDay + t.offset()));
            break;
          }
          if (!t.deictic() && "DAY".equals(t.unit()) && yearlessDay != null && Math.abs(t.offset()) <= 1) {
            yearlessDay = plusDays(yearlessDay, t.offset());
            values.add(String.format(Locale.ROOT, "%s-%02d-%02d", UNKNOWN_YEAR, yearlessDay.getMonthValue(),
                yearlessDay.getDayOfMonth()));
            break;
          }
          if (partOfAMonth(t)) {
            Anchor month = countBase != null ? countBase : documentYear != null ? Anchor.of(documentDate) : null;
            if (month == null || month.month == null) {
              values.add(UNKNOWN_YEAR + "-XX");
              break;
            }
          }
          Anchor base = t.deictic() ? now : countBase;
          if (!t.deictic() && anchor == null
              && (t.offset() != 0 || documentYear == null && !"CENTURY".equals(t.unit()))) {
            values.add(null);
            break;
          }
          if (base == null && documentYear != null) {
            base = Anchor.of(documentDate);
          }
          if (!t.deictic() && "DAY".equals(t.unit()) && (base == null || base.day == null)) {
            values.add(null);
          } else if (base == null) {
            values.add("WEEK".equals(t.unit()) ? UNKNOWN_YEAR + "-WXX" : UNKNOWN_YEAR);
          } else if ("CENTURY".equals(t.unit())) {
            values.add(String.format(Locale.ROOT, "%02d", base.year / 100 + t.offset()));
          } else if ("WEEK".equals(t.unit())) {
            values.add(week(base, t.offset()));
          } else {
            Anchor shifted = shift(base, t.unit(), t.offset());
            values.add(shifted.format());
            if (!mentions.get(i).quoted() && (!t.deictic() || (documentDate != null && (anchor == null
                ? "YEAR".equals(t.unit()) && t.offset() == 0 : shifted.year > anchor.year)))) {
              anchor = shifted;
            }
          }
          break;
        }
        default:
          throw new IllegalStateException("unknown kind " + t.kind());
      }
      if (anchor != previousAnchor) {
        anchorSentence = sentence;
        mentioned = anchor;
        mentionedInItsSentenceOnly = false;
      }
      if (anchor != previousAnchor || mentioned != previousMentioned) {
        yearlessDay = null;
        monthlessDay = null;
      }
    }
    weeksAtTheNearestDay(expressions, values);
    return values;
  }

  /**
   * A part of the month the text has just named ("la fine del mese", "ai primi giorni del mese"): the anchor's month;
   * {@code XXXX-XX} when neither the anchor nor the document date gives a month (a letter dated by its year only).
   */
  private static boolean partOfAMonth(Timex t) {
    return !t.deictic() && "MONTH".equals(t.unit()) && t.offset() == 0 && t.mod() != null;
  }

  /**
   * A week of a text whose time of writing has no day ("Questa settimana ... la celebrazione del 25 aprile ... alla
   * prossima settimana" in 1958) is taken as the week of the nearest day of that year the text names (earlier
   * mentions first on a tie), moved by its offset: a weekly chronicle names the days of the week it reports on.
   */
  private static void weeksAtTheNearestDay(List<Timex> expressions, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      Timex t = expressions.get(i);
      if (v == null || !v.endsWith("-WXX") || v.startsWith(UNKNOWN_YEAR) || t.kind() != Timex.Kind.RELATIVE) {
        continue;
      }
      String yearPrefix = v.substring(0, v.length() - "WXX".length());
      for (int d = 1; d < values.size(); d++) {
        String day = nearestDay(values, i - d, yearPrefix);
        if (day == null) {
          day = nearestDay(values, i + d, yearPrefix);
        }
        if (day != null) {
          values.set(i, week(Anchor.of(day), t.offset()));
          break;
        }
      }
    }
  }

  /** values[j] when it is a day ("1958-04-25") whose value starts with yearPrefix ("1958-"), else null. */
  private static String nearestDay(List<String> values, int j, String yearPrefix) {
    if (j < 0 || j >= values.size()) {
      return null;
    }
    String v = values.get(j);
    return v != null && v.startsWith(yearPrefix) && FULL_DAY.matcher(v).matches() ? v : null;
  }

  /**
   * The value of a decade: one written without its century ("primi anni '80") takes the century, among the
   * anchor's and the two around it, whose decade is nearest the anchor's year (after "nel 1478" it is 148, after
   * "nel 1900" "anni venti" is 192), not more than {@code futureYears} after a known time of writing ({@code now}:
   * the document date; null when the time of writing is only estimated from the latest year written, which is a lower
   * bound, not a limit); with no anchor, the 20th century's reading.
   */
  private static String decadeOf(Timex t, Anchor anchor, Anchor now, int futureYears) {
    if (t.twoDigitYear() == null || anchor == null || anchor.year <= 0) {
      return t.decade();
    }
    Integer best = null;
    for (int c = anchor.year / 100 - 1; c <= anchor.year / 100 + 1; c++) {
      int y = c * 100 + t.twoDigitYear();
      if (c < 0 || (now != null && y > now.year + futureYears)) {
        continue;
      }
      if (best == null || Math.abs(y + 5 - anchor.year) < Math.abs(best + 5 - anchor.year)) {
        best = y;
      }
    }
    return best == null ? t.decade() : String.format(Locale.ROOT, "%03d", best / 10);
  }

  /**
   * The year of a yearless month before any narrative date of a text written at {@code now}: the latest such month
   * up to it. When only the year of writing is known, a day of December is last year's (a text cites a past day
   * mostly within weeks: "il suo messaggio in data 31 dicembre" in a 1968 letter), and a month of the second half of
   * the year is last year's only when the text
   * places it in a remote past ({@link Mention#remote}: a pluperfect, "era stata presentata ... nel luglio" in a 1951
   * speech, or a day of history of the year before); otherwise it is this year's: a letter, a report or a speech cites
   * without its year a date of the last weeks or the coming ones ("Dando seguito alla mia lettera del 25 ottobre", "era
   * già convocata ad Ottawa per il 15 settembre", "i trentini si attendevano di poter essere convocati alle urne il 16
   * novembre").
   */
  private static int lastPast(Timex t, Anchor now, boolean remote) {
    if (t.month() == null || t.deictic()) {
      return now.year;
    }
    boolean later = now.month != null ? t.month() > now.month
        : remote && t.month() > 6 || t.day() != null && t.month() == 12;
    return later ? now.year - 1 : now.year;
  }

  /**
   * A yearless day, month or season of a sentence that speaks in the present ({@link Mention#present}: a finite verb,
   * no passato remoto, no imperfect; not about the future either) whose narrative anchor, set in an earlier sentence,
   * is more than a year before the year of writing (the document date, else its estimate, the latest year written):
   * the text has come back to its present ("egli precisa che preme enormemente anche a lui fissare ... per non più
   * tardi del 20 marzo" after "nel 1919" in a 1946 text; "Nell'Avanti! del 13 maggio c'è un titolo" after "dal 1850"
   * in a 1947 speech), so the date is placed as one before any anchor is, from the time of writing ({@link
   * #lastPast}). Session 12: see docs/time.md for the counts on the dev sets.
   */
  private static boolean presentAfterOldAnchor(Mention m, Timex t, Anchor anchor, int anchorSentence,
      Integer yearOfWriting) {
    return yearOfWriting != null && anchor != null && anchor.year < yearOfWriting - 1 && m.present()
        && !m.future() && m.sentence() >= 0 && m.sentence() != anchorSentence && !t.deictic() && t.offset() == 0
        && !t.anchorYear() && t.year() == null && t.twoDigitYear() == null
        && (t.kind() == Timex.Kind.POINT || t.kind() == Timex.Kind.RANGE) && (t.month() != null || t.season() != null);
  }

  /**
   * With only the year of writing known, a month or season marked as past is last year's when it comes after this
   * month (September).
   */
  private static final int PAST_MONTH_OF_LAST_YEAR_AFTER = 9;

  /**
   * A day, month or season marked as past, with only the year of writing known, is last year's when that is
   * likelier: a month or season alone ("lo scorso ottobre", "nello scorso autunno") when it falls in the last quarter
   * of the year (October, November, December, autumn, winter: a text names the last such month mostly within a few
   * months, so "lo scorso settembre" in a 1945 letter, "nel settembre scorso" in a 1951 speech and "la scorsa estate"
   * are this year's when written from October on, and a past October is this year's only when written in November or
   * December); a day ("il 13 novembre scorso", "10 novembre
   * u.s.") only in December, since a letter or article cites a past day mostly within weeks, so that November is
   * this year's when written in November, December or January, December when written in December only.
   */
  private static boolean pastMonthOfLastYear(Timex t, int month) {
    return t.day() != null ? month == 12 : month > PAST_MONTH_OF_LAST_YEAR_AFTER;
  }

  /** The month of a point: its own, or the middle month of its season ("lo scorso autunno": October); else null. */
  private static Integer monthOf(Timex t) {
    if (t.month() != null) {
      return t.month();
    }
    return t.season() != null && t.season2() == null ? SEASON_MONTH.get(t.season()) : null;
  }

  /**
   * A date written with its year in a sentence with a pluperfect, earlier than the anchor: the narrative looks back
   * ("Ma fu nella primavera del 1931 ... già nell'allocuzione 18 novembre 1924 Pio XI aveva dimostrato ... Il
   * sabato 16 maggio" is May 1931) and keeps its anchor.
   */
  private static boolean flashback(Mention m, Timex t, Anchor a, Anchor anchor) {
    if (!m.backward() || !t.hasExplicitYear() || anchor == null) {
      return false;
    }
    return a.year < anchor.year || (a.year == anchor.year && a.month != null && anchor.month != null
        && a.month < anchor.month);
  }

  /**
   * The latest explicit year of a document: the estimate of its time of writing when it states none. A year
   * written in a sentence about the future ("per il 1946 sarà finanziato", "Presto scriveremo 1907") is a plan,
   * counted as the year before it.
   */
  private static Anchor latestYear(List<Timex> expressions, List<Mention> mentions) {
    Integer latest = null;
    for (int i = 0; i < expressions.size(); i++) {
      Timex t = expressions.get(i);
      Integer y = t.kind() == Timex.Kind.RANGE && t.end().year() != null ? t.end().year() : t.year();
      if (y != null && mentions.get(i).future() && t.kind() == Timex.Kind.POINT && t.month() == null
          && t.season() == null) {
        y = plusYears(y, -1);
      }
      if (t.hasExplicitYear() && y != null && (latest == null || y > latest)) {
        latest = y;
      }
    }
    return latest == null ? null : new Anchor(latest, null, null);
  }

  /**
   * A yearless month or day of the narrative placed after the anchor when it is nearer there: "18 febbraio" after
   * "18 settembre 1931" is 1932 (narratives move forward), "16 ottobre" after "16 dicembre 1943" stays in 1943,
   * and so does "ottobre" after "gennaio 1947".
   */
  private Anchor nearest(Timex t, Anchor a, Anchor anchor) {
    if (anchoring != Anchoring.NARRATIVE || t.deictic() || a == null || t.year() != null
        || t.twoDigitYear() != null || t.month() == null || anchor == null || anchor.month == null
        || a.year != anchor.year || anchor.month - t.month() < 6) {
      return a;
    }
    return new Anchor(a.year + 1, a.month, a.day);
  }

  /**
   * A bare day ("il giorno 10") in the anchor's month, or the next month when that day is already past ("il giorno
   * 5" after "28 febbraio"); null when the anchor has no month.
   */
  private static Anchor dayOf(int day, Anchor anchor) {
    if (anchor == null || anchor.month == null) {
      return null;
    }
    YearMonth m = YearMonth.of(anchor.year, anchor.month);
    if (anchor.day != null && day < anchor.day) {
      m = m.plusMonths(1);
    }
    return day > m.lengthOfMonth() ? null : new Anchor(m.getYear(), m.getMonthValue(), day);
  }

  /**
   * A bare day written with its weekday and no month ("venerdì 19", session 14) in the month next to {@code a}'s, one
   * before or one after, where that day falls on that weekday, when it does not in {@code a}'s own month; {@code a}
   * unchanged when no neighbour matches either (a wrong weekday in the text) or there is no weekday.
   */
  private static Anchor onWeekdayNear(Timex t, Anchor a) {
    if (t.weekday() == null || a == null || a.day == null || a.month == null || a.year <= 0) {
      return a;
    }
    YearMonth m = YearMonth.of(a.year, a.month);
    for (YearMonth c : List.of(m, m.plusMonths(1), m.minusMonths(1))) {
      if (a.day <= c.lengthOfMonth() && c.atDay(a.day).getDayOfWeek().getValue() == t.weekday()) {
        return new Anchor(c.getYear(), c.getMonthValue(), a.day);
      }
    }
    return a;
  }

  /**
   * A bare day of the month of {@code base} shifted by {@code months} ("13 m. c." 0, "10 u. s." -1, "5 p. v." +1),
   * or null when the base has no month or that month has no such day.
   */
  private static Anchor dayOfMonth(int day, int months, Anchor base) {
    if (base == null || base.month == null) {
      return null;
    }
    YearMonth m = YearMonth.of(base.year, base.month).plusMonths(months);
    return day > m.lengthOfMonth() ? null : new Anchor(m.getYear(), m.getMonthValue(), day);
  }

  /**
   * A yearless month or day of a sentence not about the future placed a year back when it would fall six months or
   * more after the known month of writing, where the year before is nearer ("nei mesi di ottobre e novembre" in an
   * article of 20 February 2009 is 2008); a date a few weeks ahead stays ("Il 25 aprile Kapler annunzia" in a paper
   * of 12 March 1933). With a year-only date of writing, a yearless date moved past the year of writing (the
   * next year being nearer the anchor: "le elezioni del 28 aprile" after "quella scadenza di ottobre" in a 1963
   * text) stays in the year of writing.
   */
  private static Anchor notAfter(Timex t, Anchor a, Anchor now) {
    if (a == null || now == null || t.year() != null || t.twoDigitYear() != null
        || t.deictic() || t.month() == null || a.month == null) {
      return a;
    }
    if (now.month == null) {
      return a.year > now.year ? new Anchor(now.year, a.month, a.day) : a;
    }
    int ahead = (a.year - now.year) * 12 + a.month - now.month;
    return ahead >= 6 && ahead < 12 ? new Anchor(plusYears(a.year, -1), a.month, a.day) : a;
  }

  /**
   * The day of the week nearest the time of writing: the last one before it ("domenica" in an article of Monday 9
   * July 2007 is 8 July), or the next one after it when {@code next} ("giovedì prossimo"); null when the time of
   * writing has no day.
   */
  private static Anchor weekdayNear(int weekday, Anchor now, boolean next) {
    if (now == null || now.day == null || now.year <= 0) {
      return null;
    }
    LocalDate d = LocalDate.of(now.year, now.month, now.day);
    int step = next ? 1 : -1;
    do {
      d = d.plusDays(step);
    } while (d.getDayOfWeek().getValue() != weekday);
    return new Anchor(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /**
   * A yearless day written with its weekday ("giovedì, 9 marzo") in the year where that day falls on that weekday:
   * the year of writing if it does and is known (a writer names the weekday of recent days: "sabato 16 maggio" in a
   * 1931 article that also speaks of 1925, whose calendar is the same), else the resolved year if it does, else
   * the estimated year of writing, else the nearest such year within three of the resolved one; unchanged when
   * none does (a wrong weekday in the text).
   */
  private static Anchor onWeekday(Timex t, Anchor a, Anchor now, boolean nowKnown) {
    if (t.weekday() == null || a == null || a.day == null || a.month == null || t.year() != null
        || t.twoDigitYear() != null || a.year <= 0) {
      return a;
    }
    List<Integer> years = new ArrayList<>();
    if (now != null && nowKnown) {
      years.add(now.year);
    }
    years.add(a.year);
    if (now != null) {
      years.add(now.year);
    }
    for (int d = 1; d <= 3; d++) {
      years.add(a.year + d);
      years.add(a.year - d);
    }
    for (int y : years) {
      if (y > 0 && a.day <= YearMonth.of(y, a.month).lengthOfMonth()
          && LocalDate.of(y, a.month, a.day).getDayOfWeek().getValue() == t.weekday()) {
        return new Anchor(y, a.month, a.day);
      }
    }
    return a;
  }

  /**
   * The end of a range whose end writes no year, moved to the next year when it would come before the start ("nei mesi
   * di dicembre e di gennaio", "da novembre a marzo": the range runs over the new year; session 13); else {@code end}.
   */
  private static Anchor wrapped(Timex t, Anchor start, Anchor end) {
    Timex e = t.end();
    if (start == null || end == null || e.year() != null || e.twoDigitYear() != null || start.month == null
        || end.month == null || end.year != start.year) {
      return end;
    }
    boolean before = end.month < start.month
        || end.month.equals(start.month) && start.day != null && end.day != null && end.day < start.day;
    return before ? new Anchor(end.year + 1, end.month, end.day) : end;
  }

  /**
   * The anchor of a point, or null when its year cannot be found; a two-digit year lies at most {@code futureYears}
   * after the time of writing.
   */
  private static Anchor point(Timex t, Integer reference, Anchor now, int futureYears) {
    Integer year = t.year();
    if (year == null && t.twoDigitYear() != null) {
      year = closestYear(t.twoDigitYear(), reference, now, futureYears);
    }
    if (year == null) {
      year = reference;
    }
    if (year == null) {
      return null;
    }
    Integer seasonMonth = t.season() != null && t.season2() == null ? SEASON_MONTH.get(t.season()) : null;
    return new Anchor(year, t.month(), t.day(), seasonMonth);
  }

  /**
   * The year of "'27": the 19th, 20th or 21st century closest to the reference year, but not more than {@code
   * futureYears} after the time of writing: one year when the document date is known and the sentence is not about
   * the future ("'70" in a 1937 text is 1870, "nel '27" in a 2019 history of the 1920s is 1927), else {@link
   * #TWO_DIGIT_FUTURE} ("entro il '50" in 1948; without a document date the time of writing is the latest year
   * written, a lower bound: "Nel 1925 ...; nel '27" is 1927).
   */
  private static int closestYear(int twoDigits, Integer reference, Anchor now, int futureYears) {
    if (reference == null) {
      reference = now == null ? Integer.valueOf(1900 + twoDigits) : Integer.valueOf(now.year);
    }
    int best = 0;
    for (int c = 18; c <= 20; c++) {
      int y = c * 100 + twoDigits;
      if (now != null && y > now.year + futureYears && c > 18) {
        continue;
      }
      if (best == 0 || Math.abs(y - reference) < Math.abs(best - reference)) {
        best = y;
      }
    }
    return best;
  }

  private static String format(Anchor a, Timex t) {
    if (t.season() != null) {
      String first = yearText(a.year) + "-" + t.season();
      return t.season2() == null ? first : first + "/" + yearText(a.year) + "-" + t.season2();
    }
    return a.format();
  }

  /**
   * A year as TimeML writes it: four digits, and for a year before Christ the TIMEX2/TimeML "BC" prefix with the
   * historical year number ("BC0044" for 44 a.C.; ISO 8601's astronomical numbering would write -0043).
   */
  static String yearText(int year) {
    return year < 0 ? String.format(Locale.ROOT, "BC%04d", -year) : String.format(Locale.ROOT, "%04d", year);
  }

  private static String unknownYear(Timex t) {
    if (t.season() != null) {
      return UNKNOWN_YEAR + "-" + t.season();
    }
    if (t.month() == null) {
      return UNKNOWN_YEAR;
    }
    String v = String.format(Locale.ROOT, "%s-%02d", UNKNOWN_YEAR, t.month());
    return t.day() == null ? v : v + String.format(Locale.ROOT, "-%02d", t.day());
  }

  /**
   * A week counted from a base ("la scorsa settimana" -1, "questa settimana" 0): the ISO week of the base day moved
   * by whole weeks ({@code 1958-W18}), or {@code YYYY-WXX} when the base has no day (a year-only document date). A week
   * never becomes the narrative anchor.
   */
  private static String week(Anchor base, int offset) {
    if (base.day == null || base.month == null) {
      return yearText(base.year) + "-WXX";
    }
    LocalDate d = base.date().plusWeeks(offset);
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static Anchor shift(Anchor base, String unit, int offset) {
    switch (unit) {
      case "DAY":
        if (base.day != null) {
          LocalDate d = base.date().plusDays(offset);
          return new Anchor(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
        return base.month != null ? base : new Anchor(base.year, null, null);
      case "MONTH":
        if (base.month != null || (base.seasonMonth != null && base.year > 0)) {
          YearMonth m = YearMonth.of(base.year, base.month != null ? base.month : base.seasonMonth).plusMonths(offset);
          return new Anchor(m.getYear(), m.getMonthValue(), null);
        }
        return new Anchor(plusYears(base.year, Math.round(offset / 12.0f)), null, null);
      case "YEAR":
        return new Anchor(plusYears(base.year, offset), null, null);
      case "DATE":
        return base;
      default:
        throw new IllegalArgumentException("unknown unit '" + unit + "' of a relative expression");
    }
  }

  /**
   * A day of unknown year moved by a number of days, counted in a year that is not a leap year (the 29th of February
   * counted in a leap year): "il giorno dopo" the 28th of February of no known year is the 1st of March.
   */
  private static MonthDay plusDays(MonthDay day, int days) {
    LocalDate d = day.atYear(day.getMonthValue() == 2 && day.getDayOfMonth() == 29 ? 2000 : 2001).plusDays(days);
    return MonthDay.of(d.getMonthValue(), d.getDayOfMonth());
  }

  /** A year plus a number of years, skipping the year 0 that the era count has not (1 a.C. + 1 = 1 d.C.). */
  private static int plusYears(int year, int years) {
    int r = year + years;
    if (year < 0 && r >= 0) {
      return r + 1;
    }
    return year > 0 && r <= 0 ? r - 1 : r;
  }

  /**
   * A resolved calendar position: year, optional month, optional day; a season has no month but a middle month
   * that counts of months start from ("Due mesi dopo" the summer of 1931 is September 1931).
   */
  private static final class Anchor {
    final int year;
    final Integer month;
    final Integer day;
    final Integer seasonMonth;

    Anchor(int year, Integer month, Integer day) {
      this(year, month, day, null);
    }

    Anchor(int year, Integer month, Integer day, Integer seasonMonth) {
      this.year = year;
      this.month = month;
      this.day = month == null ? null : day;
      this.seasonMonth = month == null ? seasonMonth : null;
    }

    static Anchor of(String value) {
      String[] parts = value.split("-");
      Integer month = parts.length > 1 && parts[1].matches("[0-9]{2}") ? Integer.valueOf(parts[1]) : null;
      Integer day = parts.length > 2 && parts[2].matches("[0-9]{2}") ? Integer.valueOf(parts[2]) : null;
      return new Anchor(Integer.parseInt(parts[0]), month, day);
    }

    /** The day as a date (a day past the month's end is its last day); only when month and day are known. */
    LocalDate date() {
      YearMonth ym = YearMonth.of(year, month);
      return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    String format() {
      StringBuilder b = new StringBuilder(yearText(year));
      if (month != null) {
        b.append(String.format(Locale.ROOT, "-%02d", month));
        if (day != null) {
          b.append(String.format(Locale.ROOT, "-%02d", day));
        }
      }
      return b.toString();
    }
  }
}
