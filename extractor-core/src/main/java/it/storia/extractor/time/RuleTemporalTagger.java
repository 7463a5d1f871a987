package it.storia.extractor.time;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Token;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.NormalizedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based temporal tagger for Italian, in the spirit of HeidelTime: the rules of a data file
 * ({@code temporal-rules.txt}: lexicon, macros, patterns, each naming a {@link Normalization}) find dates in the
 * normalised text; where rules overlap the longest span wins; spans that do not start and end on token
 * boundaries are dropped. The {@link DateResolver} then fills missing years and resolves relative expressions.
 * Rules are tried only a few tokens before a token that holds a digit or a word of the rule file's lexicon, so a
 * user rule must have its key words in the lexicon.
 *
 * <p>The document date is the date the caller passes to {@link #annotate(AnalyzedText, String)}, else a first
 * line holding nothing but a full date ("24.09.2019"), possibly after a place name ("Roma, 12 maggio 1925"); such
 * a header line is tagged as a date and not used as an anchor of the narrative. The document date is returned as
 * {@link TemporalAnnotation#documentDate()}. A weekday alone ("domenica") is kept only when the document date has
 * its day, unless it is marked as past or next ("domenica scorsa": a day of the year of writing); a day counted from
 * a narrative date without a day ("nello stesso giorno") is dropped as too vague.
 *
 * <p>Input: an {@link AnalyzedText} (tokens are needed; POS tags, when present, restrict the future-tense cue to
 * verbs), optionally its date of writing. Output: DATE entities with TimeML {@code value} and {@code mod}, offsets
 * in the original input. Immutable and thread-safe: build once with {@link #fromClasspath()} or
 * {@link #load(Path)}, then call {@link #annotate} from any number of threads.
 */
public final class RuleTemporalTagger implements TemporalTagger {
  private static final String RESOURCE = "/it/storia/extractor/time/temporal-rules.txt";
  /**
   * What may stand between two coordinated dates: "il 28 agosto e il 27 settembre 1945", "6, 9 maggio", "nel
   * gennaio e nel febbraio del 1912".
   */
  private static final Pattern COORDINATION =
      Pattern.compile("\\s*(?:,|e|ed|o|od)?\\s*(?:(?:del|dell'|il|l'|al|all'|dal|dall'|nel|nell'|in)\\s*)?");

  /** What stands before a year that qualifies a noun: "le condizioni del 1938", "(base 1938)". */
  private static final Pattern ATTRIBUTIVE = Pattern.compile("(?:\\bdel|\\()\\s{0,2}$");

  /**
   * What stands before a yearless day that names a day of history ("le elezioni del 15 giugno", "dopo il 20 giugno",
   * "dall'8 settembre"), not an adverbial of time ("Il 15 giugno vinse la tappa").
   */
  private static final String KNOWN_DAY_CUE_WORDS = "(?:\\b(?:del|dal|al|dopo|prima\\s{1,2}del)\\s{1,2}"
      + "|\\b(?:dell|dall|all)'\\s{0,2}|\\bdopo\\s{1,2}(?:il\\s{1,2}|l'\\s{0,2}))";
  private static final Pattern KNOWN_DAY_CUE = Pattern.compile("(?i)" + KNOWN_DAY_CUE_WORDS + "$");

  /** A yearless day whose year the resolver could not find: {@code XXXX-MM-DD}. */
  private static final Pattern YEARLESS_DAY = Pattern.compile("XXXX-([0-9]{2}-[0-9]{2})");

  /** The lexicon class of the days of history that texts cite without their year: month-day, year. */
  static final String KNOWN_DAY = "KNOWNDAY";
  /** The lexicon class of the nouns whose "del" + day is their own date: an issue, a letter, a note ("rassegna"). */
  static final String ISSUE_NOUN = "ISSUENOUN";
  /**
   * How many years after a day of history of the {@code KNOWNDAY} lexicon a text still names it by its day and month
   * alone, whatever its narrative anchor (session 12: on the dev sets every yearless listed day 0, 1 or 2 years
   * before the document year is the listed one; 4 years after, "il 18 aprile" of a 1952 text is 1952's).
   */
  private static final int KNOWN_DAY_RECENT_YEARS = 2;
  /**
   * How many years after a day of history of the {@code KNOWNDAY} lexicon a text still names it by its day and month
   * alone when a cue of a day of history stands before it ({@link #KNOWN_DAY_CUE}: "la grande vittoria del 18 aprile"
   * in 1954, "dopo il 25 luglio" in 1952). Session 13: in the 649 De Gasperi documents every such day 3 to 9 years
   * after its listed year is the listed one (4 of 4); without the cue only 1 of 6 is ("Fiera Milano 18 aprile" in a
   * 1952 telegram, "Il 24 maggio infatti venne indetto" in a 1938 text are days of the year of writing).
   */
  private static final int KNOWN_DAY_CUED_YEARS = 10;
  /**
   * The lexicon class of the days of history that are also yearly holidays (the referendum of 2 June 1946): a yearless
   * one takes the listed year only after a cue of a day of history and in a text of that year or of the {@link
   * #KNOWN_DAY_RECENT_YEARS} after it ("il referendum del 2 giugno" in 1947; not "il giorno 2 giugno, si sono visti in
   * giro certi cartelli", the holiday of 1947).
   */
  static final String KNOWN_HOLIDAY = "KNOWNHOLIDAY";
  /** A value that is one day of a year. */
  private static final Pattern DAY_VALUE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** What stands before a year that bounds a period: "prima del 1917", "fino al 1920", "entro il 1950". */
  private static final Pattern BOUND = Pattern.compile(
      "(?i)(?:\\bprima\\s{1,2}del|\\bdopo\\s{1,2}il|\\b(?:fino|sino)\\s{1,2}al|\\bentro\\s{1,2}il|\\boltre\\s{1,2}il"
          + "|\\banteriore\\s{1,2}al|\\bposteriore\\s{1,2}al)\\s{1,2}$");

  /** A place name before the date of a dateline: "Roma, ", "Trento, li ". */
  private static final Pattern DATELINE_PLACE =
      Pattern.compile("\\s*\\p{Lu}[\\p{L}'. -]{1,40},\\s{0,2}(?:li\\s{1,2}|lì\\s{1,2})?");
  /**
   * A title line before a dateline ("Steve Jobs muore a 56 anni" + newline + "6 ottobre 2011"): one line, not
   * ending like a sentence.
   */
  private static final Pattern TITLE_LINE = Pattern.compile("\\s*[^\\n]{0,200}[^.!?:;\\s][ \\t]*\\n[ \\t]*");
  /** What may follow the date of a header or dateline on its line. */
  private static final Pattern REST_OF_DATELINE = Pattern.compile("[.]?\\s*");

  /** The reflexive pronouns before an "essere" auxiliary that make it a pluperfect ("si era dimesso"). */
  private static final Set<String> REFLEXIVE = Set.of("si", "s'", "mi", "m'", "ti", "t'", "ci", "vi", "se");
  /** A token that ends a clause for the pluperfect cue: comma, semicolon, colon, bracket, quotation mark, dash. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]«»\"“”'-]");

  /** A document date with its day: the only one that resolves a weekday alone ("domenica"). */
  private static final Pattern FULL_DATE = Pattern.compile("-?[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** How many tokens before its digit or lexicon word a date may start ("entro il mese di ottobre"). */
  private static final int TRIGGER_REACH = 6;

  private final TemporalRules rules;
  private final DateResolver resolver;
  /** The rules' first-character filters, as one table. */
  private final StartChars.Index startIndex;
  /** The distinct needed-word lists of the rules ({@link StartChars#needWords}). */
  private final List<List<String>> needLists;
  /** For each rule, the index of its needed words in {@link #needLists}, or -1. */
  private final int[] needOf;

  private RuleTemporalTagger(TemporalRules rules, DateResolver resolver) {
    this.rules = rules;
    this.resolver = resolver;
    this.startIndex = new StartChars.Index(rules.rules().stream().map(TemporalRules.Rule::starts).toList());
    List<List<String>> lists = new ArrayList<>();
    int[] of = new int[rules.rules().size()];
    for (int r = 0; r < of.length; r++) {
      List<String> words = rules.rules().get(r).starts().needWords();
      of[r] = words == null ? -1 : lists.indexOf(words);
      if (words != null && of[r] < 0) {
        of[r] = lists.size();
        lists.add(words);
      }
    }
    this.needLists = List.copyOf(lists);
    this.needOf = of;
  }

  /**
   * A tagger with the same rules that anchors yearless dates as given: {@link DateResolver.Anchoring#NARRATIVE}
   * (the default, for history prose) or {@link DateResolver.Anchoring#NEWS} (newspaper articles, letters).
   */
  public RuleTemporalTagger withAnchoring(DateResolver.Anchoring anchoring) {
    return new RuleTemporalTagger(rules, new DateResolver(anchoring));
  }

  /** The bundled rules. */
  public static RuleTemporalTagger fromClasspath() {
    try (InputStream in = RuleTemporalTagger.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new RuleTemporalTagger(TemporalRules.parse(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE), new DateResolver());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Rules read from a file in the format of the bundled {@code temporal-rules.txt}. */
  public static RuleTemporalTagger load(Path rulesFile) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(rulesFile, StandardCharsets.UTF_8)) {
      return new RuleTemporalTagger(TemporalRules.parse(r, rulesFile.toString()), new DateResolver());
    }
  }

  /** A match of a rule: normalised span and the expression it read (null for NONE rules). */
  record Candidate(int begin, int end, int rule, Timex timex) {
    int length() {
      return end - begin;
    }
  }

  @Override
  public TemporalAnnotation annotate(AnalyzedText text, String givenDate) {
    Objects.requireNonNull(text, "text");
    if (givenDate != null) {
      TemporalTagger.checkDocumentDate(givenDate);
    }
    NormalizedText nt = text.normalized();
    List<Candidate> chosen = select(candidates(text));
    String original = text.original();

    String headerDate = null;
    if (!chosen.isEmpty() && isDocumentDate(nt.text(), chosen.get(0))) {
      headerDate = resolver.resolve(
          List.of(new DateResolver.Mention(chosen.get(0).timex(), false, false, false, false)), null).get(0);
    }
    String documentDate = givenDate != null ? givenDate : headerDate;
    if (documentDate == null || !FULL_DATE.matcher(documentDate).matches()) {
      chosen.removeIf(c -> c.timex().weekday() != null && c.timex().day() == null && c.timex().offset() == 0);
    }
    int first = headerDate == null ? 0 : 1;
    boolean[] quoted = quoted(text.original(), nt, chosen);
    Boolean[] futureSentence = new Boolean[text.sentences().size()];
    Boolean[] pluperfectSentence = new Boolean[text.sentences().size()];
    Boolean[] presentSentence = new Boolean[text.sentences().size()];
    List<DateResolver.Mention> narrative = new ArrayList<>();
    for (int i = first; i < chosen.size(); i++) {
      boolean coordinated = i + 1 < chosen.size()
          && COORDINATION.matcher(nt.text().substring(chosen.get(i).end(), chosen.get(i + 1).begin())).matches();
      Timex t = chosen.get(i).timex();
      boolean attributive = t.kind() == Timex.Kind.POINT && t.year() != null && t.month() == null
          && t.season() == null && ATTRIBUTIVE.matcher(
          nt.text().substring(Math.max(0, chosen.get(i).begin() - 10), chosen.get(i).begin())).find();
      int sentence = text.sentenceAt(nt.originalBegin(chosen.get(i).begin()));
      if (futureSentence[sentence] == null) {
        futureSentence[sentence] = hasFutureVerb(text, sentence);
      }
      boolean backward = inPluperfectClause(text.tokensOf(sentence), nt.originalBegin(chosen.get(i).begin()),
          nt.originalEnd(chosen.get(i).end()));
      String before = nt.text().substring(Math.max(0, chosen.get(i).begin() - 16), chosen.get(i).begin());
      boolean bound = t.kind() == Timex.Kind.POINT && t.year() != null && t.month() == null && t.season() == null
          && BOUND.matcher(before).find();
      if (pluperfectSentence[sentence] == null) {
        pluperfectSentence[sentence] = hasPluperfect(text.tokensOf(sentence));
      }
      boolean remote = pluperfectSentence[sentence] || knownDayOfYearBefore(t, documentDate, before);
      if (presentSentence[sentence] == null) {
        presentSentence[sentence] = inThePresent(text.tokensOf(sentence));
      }
      narrative.add(new DateResolver.Mention(t, coordinated, futureSentence[sentence], attributive, quoted[i],
          sentence, backward, bound, remote, presentSentence[sentence]));
    }
    List<String> values = resolver.resolve(narrative, documentDate);
    List<Entity> dates = new ArrayList<>(chosen.size());
    for (int i = 0; i < chosen.size(); i++) {
      Candidate c = chosen.get(i);
      String value = i < first ? headerDate : values.get(i - first);
      if (value == null && i >= first) {
        value = yearInApposition(nt.text(), text, nt, chosen, values, first, i);
      }
      if (value == null) {
        continue;
      }
      String before = nt.text().substring(Math.max(0, c.begin() - ISSUE_REACH), c.begin());
      boolean cued = KNOWN_DAY_CUE.matcher(before).find();
      value = knownDay(value, before, cued);
      if (i >= first) {
        value = recentKnownDay(value, c.timex(), documentDate, yearInSentence(text, nt, chosen, i), cued);
      }
      value = recurring(value, c.timex(), nt.text().substring(Math.max(0, c.begin() - RECURRING_REACH), c.begin()));
      value = movableFeast(value, nt.text().substring(c.begin(), c.end()));
      int begin = nt.originalBegin(c.begin());
      int end = nt.originalEnd(c.end());
      dates.add(new Entity(EntityType.DATE, original.substring(begin, end), begin, end, text.sentenceAt(begin),
          null, null, value, c.timex().mod()));
    }
    return new TemporalAnnotation(dates, documentDate);
  }

  /** How many characters before a date the noun of a publication's issue date ({@code ISSUENOUN}) is looked for. */
  private static final int ISSUE_REACH = 40;

  /** The word right before the cue of a day of history: "rassegna" in "la rassegna del 16 marzo". */
  private static final Pattern WORD_BEFORE_CUE =
      Pattern.compile("(?i)(\\p{L}+)\\s{1,2}" + KNOWN_DAY_CUE_WORDS + "$");

  /**
   * Whether the cue of a day of history follows a noun of the lexicon class {@code ISSUENOUN} ("la rassegna del 16
   * marzo", "il numero del 25 luglio", "la lettera dell'8 settembre"): the day is the date of an issue, a letter or a
   * note, not the listed day of history, so a text with no year of its own leaves its year unknown.
   */
  private boolean issueDate(String before) {
    Matcher w = WORD_BEFORE_CUE.matcher(before);
    return w.find() && rules.lookup(ISSUE_NOUN, w.group(1)) != null;
  }

  /**
   * A yearless day left without a year ({@code XXXX-06-15}: no year in the text, no document date) that names a day of
   * history (after "del", "dal", "dopo il"...: {@link #KNOWN_DAY_CUE}) takes the year of the lexicon class {@code
   * KNOWNDAY} ("le elezioni del 15 giugno" is 1975-06-15), unless the cue follows an {@code ISSUENOUN} ({@link
   * #issueDate}); any other value is returned unchanged. {@code cued} is whether {@code before}, the text right
   * before the date, ends in such a cue.
   */
  private String knownDay(String value, String before, boolean cued) {
    Matcher m = YEARLESS_DAY.matcher(value);
    if (!m.matches() || !cued || issueDate(before)) {
      return value;
    }
    String year = rules.lookup(KNOWN_DAY, m.group(1));
    return year == null ? value : year + value.substring(4);
  }

  /**
   * What stands between a count of years with no anchor and the date in apposition that gives its year: a comma or an
   * opening bracket, then perhaps an article or preposition ("Un anno dopo, il 23 giugno 1781", "L'anno seguente
   * (1981)", "Due anni dopo, nel 1861").
   */
  private static final Pattern APPOSITION_GAP =
      Pattern.compile("(?i)\\s{0,2}[,(]\\s{0,2}(?:(?:il|nel|del|l'|nell'|dell')\\s{0,2})?");

  /**
   * A count of years with no date before it to count from ("Un anno dopo, il 23 giugno 1781, diventò...", "L'anno
   * seguente (1981)"), which the resolver leaves untagged, takes the year of the date right after it in apposition
   * ({@link #APPOSITION_GAP}) when that date writes its year; else null. A later date of the sentence that is no
   * apposition ("l'anno successivo e l'annessione avvenne il 23 gennaio 1928") gives nothing.
   */
  private static String yearInApposition(String normalised, AnalyzedText text, NormalizedText nt,
      List<Candidate> chosen, List<String> values, int first, int i) {
    Timex t = chosen.get(i).timex();
    if (t.kind() != Timex.Kind.RELATIVE || t.deictic() || !"YEAR".equals(t.unit()) || i + 1 >= chosen.size()) {
      return null;
    }
    Candidate next = chosen.get(i + 1);
    String nextValue = values.get(i + 1 - first);
    if (next.timex().kind() != Timex.Kind.POINT || next.timex().year() == null || nextValue == null
        || !nextValue.matches("[0-9]{4}.*")
        || !APPOSITION_GAP.matcher(normalised.substring(chosen.get(i).end(), next.begin())).matches()
        || text.sentenceAt(nt.originalBegin(next.begin()))
            != text.sentenceAt(nt.originalBegin(chosen.get(i).begin()))) {
      return null;
    }
    return nextValue.substring(0, 4);
  }

  /** A value resolved to a month of a year (the month of a yearless movable feast). */
  private static final Pattern YEAR_MONTH = Pattern.compile("([0-9]{4})-[0-9]{2}");

  /**
   * The day of a yearless movable feast ("subito dopo Pasqua", "(Sabato Santo)": a span that is a word of the lexicon
   * class {@code MOVABLEFEAST}), computed from the year its month was resolved in (1921-04 → 1921-03-27 for "Pasqua");
   * {@code XXXX-XX-XX} when the year is unknown; any other value is returned unchanged.
   */
  private String movableFeast(String value, String span) {
    String days = rules.lookup(Normalization.MOVABLE_FEAST, span);
    if (days == null) {
      return value;
    }
    Matcher m = YEAR_MONTH.matcher(value);
    if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
      LocalDate d = Normalization.easterSunday(Integer.parseInt(m.group(1))).plusDays(Integer.parseInt(days));
      return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
    return value.startsWith(DateResolver.UNKNOWN_YEAR) ? DateResolver.UNKNOWN_YEAR + "-XX-XX" : value;
  }

  /** How many characters before a date the cue of a recurring day ({@code RECURRING} macro) is looked for. */
  private static final int RECURRING_REACH = 80;

  /** A resolved day or month: {@code 1638-08-07}, {@code XXXX-08}. */
  private static final Pattern DAY_OR_MONTH = Pattern.compile("(?:[0-9]{4}|XXXX)-[0-9]{2}(?:-[0-9]{2})?");

  /**
   * A day or month written without a year that the text says recurs every year ("commemorato il 7 agosto" after "nel
   * 1638", "Ogni anno il 15 agosto": the {@code RECURRING} macro) is no day of one year: its year is {@code XXXX};
   * so are both ends of such a range of days or months ("Ogni anno a Sepino, tra il 9 e il 10 gennaio, si festeggia").
   * Any other value is returned unchanged.
   */
  private String recurring(String value, Timex timex, String before) {
    int slash = value.indexOf('/');
    if (timex.kind() == Timex.Kind.RANGE && timex.end() != null && yearlessMonth(timex) && yearlessMonth(timex.end())
        && slash > 0 && DAY_OR_MONTH.matcher(value.substring(0, slash)).matches()
        && DAY_OR_MONTH.matcher(value.substring(slash + 1)).matches() && rules.recursAfter(before)) {
      return DateResolver.UNKNOWN_YEAR + value.substring(4, slash + 1) + DateResolver.UNKNOWN_YEAR
          + value.substring(slash + 5);
    }
    if (timex.kind() != Timex.Kind.POINT || !yearlessMonth(timex) || !DAY_OR_MONTH.matcher(value).matches()
        || !rules.recursAfter(before)) {
      return value;
    }
    return DateResolver.UNKNOWN_YEAR + value.substring(4);
  }

  /** Whether a point names a month (perhaps a day of it) and no year. */
  private static boolean yearlessMonth(Timex timex) {
    return timex.year() == null && timex.twoDigitYear() == null && timex.month() != null;
  }

  /** How many tokens may separate a date from the auxiliary of the pluperfect of its clause. */
  private static final int PLUPERFECT_REACH = 6;

  /**
   * Whether the date at {@code [begin, end)} (original offsets) is in a clause with a pluperfect ("nell'allocuzione
   * 18 novembre 1924 Pio XI aveva dimostrato"): an auxiliary of the {@code PLUPERFECT} macro (tagged AUX, or any
   * token when the text has no POS tags) followed within three tokens by a past participle of the
   * {@code PARTICIPLE} macro, at most {@link #PLUPERFECT_REACH} tokens before or after the date, with no comma,
   * semicolon, colon, bracket or quotation mark between them ("Nel secondo semestre del 1947 abbiamo raggiunto
   * ... mentre nel primo semestre eravamo arrivati" is no flashback).
   */
  private boolean inPluperfectClause(List<Token> tokens, int begin, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > begin && tokens.get(i).begin() < end) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return false;
    }
    for (int step : new int[] {-1, 1}) {
      int from = step < 0 ? first - 1 : last + 1;
      for (int i = from, n = 0; i >= 0 && i < tokens.size() && n < PLUPERFECT_REACH; i += step, n++) {
        Token t = tokens.get(i);
        if (CLAUSE_BREAK.matcher(t.norm()).matches()) {
          break;
        }
        if ((t.pos() == null || "AUX".equals(t.pos())) && rules.isPluperfectAuxiliary(t.norm())) {
          for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
            if (rules.isParticiple(tokens.get(j).norm())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a sentence has a pluperfect anywhere: an auxiliary of the {@code PLUPERFECT} macro (tagged AUX, or any
   * token when the text has no POS tags) followed within three tokens by a participle of the {@code PARTICIPLE} macro;
   * after an auxiliary of the {@code ESSERE} macro, which also makes a passive imperfect ("era già convocata"), the
   * participle must be one of {@code ESSEREPARTICIPLE} ("era partito", "era stata convocata") unless a reflexive
   * pronoun precedes the auxiliary ("si era dimesso").
   */
  private boolean hasPluperfect(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if ((t.pos() == null || "AUX".equals(t.pos())) && rules.isPluperfectAuxiliary(t.norm())) {
        boolean passiveToo = rules.isEssereAuxiliary(t.norm())
            && !(i > 0 && REFLEXIVE.contains(tokens.get(i - 1).norm().toLowerCase(Locale.ROOT)));
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
          String w = tokens.get(j).norm();
          if (rules.isParticiple(w) && (!passiveToo || rules.isEssereParticiple(w))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a yearless day after a cue of a day of history ({@link #KNOWN_DAY_CUE}: "l'odg del 16 ottobre") is, by
   * the {@code KNOWNDAY} lexicon, a day of the year before the year of the given document date (October 1943 in a
   * 1944 text).
   */
  private boolean knownDayOfYearBefore(Timex t, String documentDate, String before) {
    if (documentDate == null || !documentDate.matches("[0-9]{4}.*") || t.kind() != Timex.Kind.POINT
        || t.year() != null || t.twoDigitYear() != null || t.month() == null || t.day() == null || t.deictic()
        || !KNOWN_DAY_CUE.matcher(before).find()) {
      return false;
    }
    String year = rules.lookup(KNOWN_DAY, String.format(Locale.ROOT, "%02d-%02d", t.month(), t.day()));
    return year != null && Integer.parseInt(year) == Integer.parseInt(documentDate.substring(0, 4)) - 1;
  }

  /**
   * Whether a sentence speaks in the present: a verb of the {@code PRESENT} macro ("è", "ha", "preme", "dicono") and
   * none of the {@code NARRATIVEPAST} macro (a passato remoto or an imperfect: "fu", "parlava"), among the tokens
   * tagged VERB or AUX. A sentence with no such present form ("27 aprile, elezione del primo Parlamento subalpino",
   * an item of a list) does not, nor does any sentence of a text without POS tags.
   */
  private boolean inThePresent(List<Token> tokens) {
    boolean present = false;
    for (Token t : tokens) {
      if (!"VERB".equals(t.pos()) && !"AUX".equals(t.pos())) {
        continue;
      }
      if (rules.isNarrativePastVerb(t.norm())) {
        return false;
      }
      present |= rules.isPresentVerb(t.norm());
    }
    return present;
  }

  /**
   * A yearless day that the {@code KNOWNDAY} lexicon lists as a day of history of the year of writing or of the {@link
   * #KNOWN_DAY_RECENT_YEARS} before it takes the listed year, whatever the narrative anchor says: with a document date
   * of 1948 or 1949, "il 18 aprile" is the 1948 election ("Il 18 aprile abbiamo dato un voto" in 1949, "guardiate al
   * 18 aprile" after "estate 1943" in a 1948 text), with one of 1944 "l'8 settembre" is 1943. Not for a day marked as
   * past or next ("25 luglio u.s."), one counted from another date, one with its weekday, nor one whose sentence writes
   * a year (the text then dates it itself). Session 12: on the dev sets (all but blind16's part b) it changes 8
   * values, all to the gold's. After a cue of a day of history ({@code cued}) the listed day stays that day for {@link
   * #KNOWN_DAY_CUED_YEARS}, and the days of the {@code KNOWNHOLIDAY} class count too (session 13).
   */
  private String recentKnownDay(String value, Timex t, String documentDate, boolean yearInSentence, boolean cued) {
    if (value == null || documentDate == null || !documentDate.matches("[0-9]{4}.*") || yearInSentence
        || t.kind() != Timex.Kind.POINT || t.year() != null || t.twoDigitYear() != null || t.month() == null
        || t.day() == null || t.deictic() || t.offset() != 0 || t.anchorYear() || t.weekday() != null
        || !DAY_VALUE.matcher(value).matches()) {
      return value;
    }
    String day = String.format(Locale.ROOT, "%02d-%02d", t.month(), t.day());
    String year = rules.lookup(KNOWN_DAY, day);
    int reach = cued ? KNOWN_DAY_CUED_YEARS : KNOWN_DAY_RECENT_YEARS;
    if (year == null && cued) {
      year = rules.lookup(KNOWN_HOLIDAY, day);
      reach = KNOWN_DAY_RECENT_YEARS;
    }
    if (year == null) {
      return value;
    }
    int since = Integer.parseInt(documentDate.substring(0, 4)) - Integer.parseInt(year);
    return since >= 0 && since <= reach ? year + value.substring(4) : value;
  }

  /** Whether another date of the sentence of {@code chosen.get(i)} writes its year ("1948", "'48"). */
  private static boolean yearInSentence(AnalyzedText text, NormalizedText nt, List<Candidate> chosen, int i) {
    int sentence = text.sentenceAt(nt.originalBegin(chosen.get(i).begin()));
    for (int j = 0; j < chosen.size(); j++) {
      Timex t = chosen.get(j).timex();
      if (j != i && t != null && (t.hasExplicitYear() || t.twoDigitYear() != null)
          && text.sentenceAt(nt.originalBegin(chosen.get(j).begin())) == sentence) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence has a future-tense verb (any token when the text has no POS tags). */
  private boolean hasFutureVerb(AnalyzedText text, int sentence) {
    for (Token t : text.tokensOf(sentence)) {
      if ((t.pos() == null || "VERB".equals(t.pos()) || "AUX".equals(t.pos())) && rules.isFutureVerb(t.norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every token-aligned match of every rule, NONE rules included. Rules are tried only where a token starts
   * ({@code lookingAt} with transparent bounds, so look-behinds still see the text before), and only within
   * {@link #TRIGGER_REACH} tokens before a token that holds a digit or a lexicon word: no date lacks both. A rule
   * is not tried where the first character, or the first two, cannot start one of its matches ({@link StartChars},
   * derived from the loaded rule's regex); a match needs at least one character, so no match is lost. A rule all of
   * whose matches hold an ASCII digit within their longest length ({@link StartChars#mayMatchWithDigitAt}) is not
   * tried where the next digit of the text lies beyond that length; likewise a rule all of whose matches hold one
   * of a set of words ({@link StartChars#mayMatchWithWordAt}) where none of them ends within that length.
   */
  private List<Candidate> candidates(AnalyzedText text) {
    return candidates(text, true, null);
  }

  /**
   * The candidates, with or without the digit and word filters of {@link #candidates(AnalyzedText)};
   * {@code tries[0]}, when given, receives the number of {@code lookingAt} calls (for tests).
   */
  List<Candidate> candidates(AnalyzedText text, boolean digitFilter, int[] tries) {
    NormalizedText nt = text.normalized();
    String normalized = nt.text();
    BitSet tokenEnds = new BitSet(text.original().length() + 1);
    List<Token> tokens = text.tokens();
    int[] allStarts = new int[tokens.size()];
    int[] starts = new int[tokens.size()];
    int total = 0;
    int n = 0;
    int nextTrigger = Integer.MAX_VALUE;
    boolean[] near = new boolean[tokens.size()];
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (rules.isTrigger(tokens.get(i).norm())) {
        nextTrigger = i;
      }
      near[i] = nextTrigger - i <= TRIGGER_REACH;
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      tokenEnds.set(t.end());
      int s = normalizedIndex(nt, t.begin());
      if (s >= 0) {
        allStarts[total++] = s;
        if (near[i]) {
          starts[n++] = s;
        }
      }
    }
    long[][] admitted = new long[n][];
    int[] firstCode = new int[n];
    int[] secondCode = new int[n];
    int[] digitSpan = digitSpans(normalized, starts, n);
    String folded = null;
    int[][] wordSpans = new int[needLists.size()][];
    for (int i = 0; i < n; i++) {
      if (starts[i] < normalized.length()) {
        int c = normalized.codePointAt(starts[i]);
        int next = starts[i] + Character.charCount(c);
        admitted[i] = startIndex.admitting(c);
        firstCode[i] = StartChars.pairCode(c);
        secondCode[i] = next < normalized.length() ? StartChars.pairCode(normalized.codePointAt(next)) : -1;
      } else {
        admitted[i] = startIndex.admitting(-1);
      }
    }
    List<Candidate> out = new ArrayList<>();
    List<TemporalRules.Rule> all = rules.rules();
    for (int r = 0; r < all.size(); r++) {
      TemporalRules.Rule rule = all.get(r);
      StartChars first = rule.starts();
      Matcher m = null;
      Normalization.Groups groups = null;
      boolean narrows = rule.groups().contains("span");
      int[] wordSpan = null;
      for (int i = 0; i < n; i++) {
        if (!StartChars.Index.admits(admitted[i], r) || !first.mayStartPair(firstCode[i], secondCode[i])
            || (digitFilter && !first.mayMatchWithDigitAt(digitSpan[i]))) {
          continue;
        }
        if (digitFilter && needOf[r] >= 0) {
          if (wordSpan == null) {
            if (wordSpans[needOf[r]] == null) {
              folded = folded == null ? StartChars.foldText(normalized) : folded;
              wordSpans[needOf[r]] = wordSpans(folded, needLists.get(needOf[r]), starts, n);
            }
            wordSpan = wordSpans[needOf[r]];
          }
          if (!first.mayMatchWithWordAt(wordSpan[i])) {
            continue;
          }
        }
        if (m == null) {
          m = rule.pattern().matcher(normalized).useTransparentBounds(true).useAnchoringBounds(false);
          groups = new Normalization.Groups(m, rule.groups(), rules);
        }
        m.region(starts[i], normalized.length());
        if (tries != null) {
          tries[0]++;
        }
        if (!m.lookingAt()) {
          continue;
        }
        boolean narrowed = narrows && m.start("span") >= 0;
        int begin = narrowed ? m.start("span") : m.start();
        int end = narrowed ? m.end("span") : m.end();
        if (end <= begin || (narrowed && normalizedIndex(nt, nt.originalBegin(begin)) != begin)
            || (narrowed && Arrays.binarySearch(allStarts, 0, total, begin) < 0)
            || !endsToken(text.original(), tokenEnds, nt.originalEnd(end))) {
          continue;
        }
        Timex timex = rule.normalization().apply(groups);
        if (timex == null && rule.normalization() != Normalization.NONE) {
          continue;
        }
        out.add(new Candidate(begin, end, r, timex));
      }
    }
    return out;
  }

  /**
   * For each of the first {@code n} (ascending) starts, the number of characters from it to the first ASCII digit at
   * or after it, that digit included; {@link Integer#MAX_VALUE} when no digit follows.
   */
  static int[] digitSpans(String text, int[] starts, int n) {
    int[] out = new int[n];
    int next = -1;
    int p = text.length();
    for (int i = n - 1; i >= 0; i--) {
      while (p > starts[i]) {
        p--;
        char c = text.charAt(p);
        if (c >= '0' && c <= '9') {
          next = p;
        }
      }
      out[i] = next < 0 ? Integer.MAX_VALUE : next - starts[i] + 1;
    }
    return out;
  }

  /**
   * For each of the first {@code n} (ascending) starts, the number of characters from it to the end of the first-ending
   * occurrence of one of the words that starts at or after it; {@link Integer#MAX_VALUE} when none does.
   */
  static int[] wordSpans(String folded, List<String> words, int[] starts, int n) {
    long[] occurrences = new long[16];
    int m = 0;
    for (String w : words) {
      for (int p = folded.indexOf(w); p >= 0; p = folded.indexOf(w, p + 1)) {
        if (m == occurrences.length) {
          occurrences = Arrays.copyOf(occurrences, m * 2);
        }
        occurrences[m++] = ((long) p << 32) | (p + w.length());
      }
    }
    Arrays.sort(occurrences, 0, m);
    int[] out = new int[n];
    int j = m - 1;
    int end = Integer.MAX_VALUE;
    for (int i = n - 1; i >= 0; i--) {
      while (j >= 0 && (int) (occurrences[j] >>> 32) >= starts[i]) {
        end = Math.min(end, (int) occurrences[j]);
        j--;
      }
      out[i] = end == Integer.MAX_VALUE ? Integer.MAX_VALUE : end - starts[i];
    }
    return out;
  }

  /**
   * True when a span ending at {@code end} ends a token, or all of a token but its final period (the tokenizer keeps
   * "XX." of "per il XX. Il secolo" whole, as it keeps "IV." of "IV. Stalin").
   */
  private static boolean endsToken(String original, BitSet tokenEnds, int end) {
    return tokenEnds.get(end)
        || (end < original.length() && original.charAt(end) == '.' && tokenEnds.get(end + 1));
  }

  /** The normalised index whose original index is {@code original}, or -1 (the map is strictly increasing). */
  private static int normalizedIndex(NormalizedText nt, int original) {
    int lo = 0;
    int hi = nt.text().length();
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int o = nt.toOriginal(mid);
      if (o < original) {
        lo = mid + 1;
      } else if (o > original) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * Which candidates stand inside quotation marks of the original text: «...» or “...” (the normaliser makes them
   * all '"'), nested, closed at the latest by a blank line (an unbalanced mark must not quote the rest).
   */
  private static boolean[] quoted(String text, NormalizedText nt, List<Candidate> chosen) {
    boolean[] out = new boolean[chosen.size()];
    int depth = 0;
    int pos = 0;
    for (int i = 0; i < chosen.size(); i++) {
      int begin = nt.originalBegin(chosen.get(i).begin());
      for (; pos < begin; pos++) {
        char c = text.charAt(pos);
        if (c == '«' || c == '“') {
          depth++;
        } else if ((c == '»' || c == '”') && depth > 0) {
          depth--;
        } else if (c == '\n' && blankLineFollows(text, pos + 1)) {
          depth = 0;
        }
      }
      out[i] = depth > 0;
    }
    return out;
  }

  /** True when the line starting at {@code from} is blank and ends with a line break. */
  private static boolean blankLineFollows(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '\n';
  }

  /** Longest first (then leftmost, then earlier rule); no overlaps; NONE spans dropped; text order. */
  private static List<Candidate> select(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::begin)
        .thenComparingInt(Candidate::rule));
    List<Candidate> kept = new ArrayList<>();
    BitSet taken = new BitSet();
    for (Candidate c : sorted) {
      int next = taken.nextSetBit(c.begin());
      if (next < 0 || next >= c.end()) {
        kept.add(c);
        taken.set(c.begin(), c.end());
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate k : kept) {
      if (k.timex() != null) {
        out.add(k);
      }
    }
    out.sort(Comparator.comparingInt(Candidate::begin));
    return out;
  }

  /**
   * A full date alone on the first line of the text, after a place name ("Roma, 12 maggio 1925") or alone on the
   * line after a title line (a news article's dateline): a header or dateline.
   */
  private static boolean isDocumentDate(String text, Candidate c) {
    Timex t = c.timex();
    if (t.kind() != Timex.Kind.POINT || t.year() == null || t.month() == null || t.day() == null) {
      return false;
    }
    String before = text.substring(0, c.begin());
    if (!before.isBlank() && !DATELINE_PLACE.matcher(before).matches() && !TITLE_LINE.matcher(before).matches()) {
      return false;
    }
    int lineEnd = text.indexOf('\n', c.end());
    String rest = text.substring(c.end(), lineEnd < 0 ? text.length() : lineEnd);
    return REST_OF_DATELINE.matcher(rest).matches();
  }

}
