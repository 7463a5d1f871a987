package it.storia.extractor.ner;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Token;
import it.storia.extractor.ner.WordClasses.WordClass;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.TokenRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name recogniser for history texts: a statistical recogniser combined with the genre rules and gazetteers
 * of {@link HistoryRules}, plus document-level propagation.
 *
 * <ol>
 *   <li>Clean model spans: a person loses its leading titles ("don Sturzo" → "Sturzo"), a "P." (Padre) before a
 *       given name and a surname and its trailing non-names ("Togliatti No"), and takes one unlisted name word
 *       right after it ("Ferrari Aggradi"); any span loses a trailing "of" word or elided article
 *       ("Commissione parlamentare d'", "B. Nell'"); an event named after a place is the place ("Battaglia di
 *       Stalingrado" → "Stalingrado"); an organisation cut inside a quoted title takes the whole title
 *       («Stimmen der Zeit»).</li>
 *   <li>Merge: rule and gazetteer spans win over overlapping model spans, except that a model span keeps its
 *       larger extent when it contains rule spans of its own type (a person only adding capitalised name words)
 *       or contains places ("Università di Genova"), and, with {@link ModelTrust#CONTEXT}, a listed place that
 *       the model calls an organisation is one (a state acting: "la Francia dichiarò"). An article opening a
 *       model span before a listed name is left out ("Il Tirolo" → "Tirolo").</li>
 *   <li>Model spans that are derived words ("trotskisti", "leninismo"), function words, titles or forms of
 *       address alone ("Maresciallo", "Vostra Signoria"), a letter after a label noun ("zona B."), bare initials,
 *       lower-case persons, sentence-initial common nouns (POS NOUN: "Lotta ...") or organisation heads alone
 *       where the rules would not read an organisation ("al Congresso") are dropped.</li>
 *   <li>Silver counts ({@link NameTypeCounts}: the bundled ones with {@link #over}): a model span that no rule
 *       or list changed, of an unlisted name whose counts over the silver corpora make another type clear, takes
 *       that type ("Saratov" a place, "Plutarco" a person); with {@link #over}, a capitalised unlisted name that
 *       no span covers and whose counts make a place or organisation clear is added ({@link CountedNames}) and
 *       treated as a model span from here on; with {@link #over}, a capitalised run opening with a given name of
 *       the silver counts ({@link PersonWords}) is a person: added where no span covers it, re-typed where only the
 *       model called it a place or organisation ("Walter Pusceddu").</li>
 *   <li>Harmonise: a one-word organisation whose word is a person elsewhere in the document is that person; an
 *       unlisted one-word name truncating one person's surname ("ZIN"), or a model's one-word place that is the
 *       surname of a longer model person ("Cappa"), is that person, so is a model's one-word
 *       place or organisation with a Slavic surname ending ("Dostojewsky"); a person followed by a
 *       hyphen and a capitalised word is a double-barrelled surname ("Fülöp-Miller").</li>
 *   <li>Propagate: a name found once (one-word names only when name-like) is tagged at every other capitalised
 *       occurrence in the document, a surname alone too (not after a particle), with any initials before it;
 *       truncated forms of a person of the document ("Kam.", "KAM", "TR.") are that person.</li>
 *   <li>Enumerations: unknown capitalised names listed next to a person ("Banelli, Giunta, Albanese e
 *       Bilucaglia") or after a plural person noun ("senatori come ...") are persons; then propagate again.</li>
 *   <li>Newspapers named like places: a place after "articolo del", "pagina del", ... ({@code newspaper-cue}),
 *       or a listed place filling a quotation after an article ("dell'«Alto Adige»", «l'Alto Adige»), is the
 *       newspaper at every occurrence in the document ("l'Alto Adige reagì").</li>
 * </ol>
 *
 * <p>Input: a segmented (optionally tagged) text. Output: non-overlapping PERSON, ORGANIZATION, LOCATION
 * mentions in text order, original offsets, no canonical names; a regnal number's final period is left out
 * ("Benedetto XV."). Immutable and thread-safe when the statistical
 * recogniser is.
 */
public final class HistoryEntityRecognizer implements EntityRecognizer {
  private static final Set<String> OPENING_QUOTES = Set.of("\"", "«", "“");
  private static final Set<String> PLACE_CUES = Set.of("a", "in", "da");
  private static final Set<String> FUNCTION_POS = Set.of("ADP", "DET", "CCONJ", "PRON");
  private static final Set<String> CLOSING_QUOTES = Set.of("\"", "»", "”");
  private static final int MAX_QUOTED_TITLE = 6;
  private static final int MIN_STEM = 4;
  private static final int MAX_TRUNCATION = 4;
  private static final Pattern REGNAL_END = Pattern.compile("\\p{L} [IVX]+\\.$");
  private static final Pattern NOBLE_PARTICLE = Pattern.compile(" (?:di|de) | d['’]");
  /** "di"/"d'" between a given name and a one-word place: a ruler's or a noble's name ("Cristina di Svezia"). */
  private static final Pattern REALM_PARTICLE = Pattern.compile(" di | d['’]");

  /** How far the combiner trusts the statistical model where it disagrees with the genre lists. */
  public enum ModelTrust {
    /**
     * The model sees the context (KIND convention): a listed place that the model tags as an organisation with
     * the same extent is one ("la Francia dichiarò"), and lower-case organisations of the model are kept
     * ("polizia", "governo italiano").
     */
    CONTEXT,
    /** The lists win: listed places stay places and lower-case model spans are dropped ("regime", "giunta
     * regionale"), except party names: an organisation head with a party adjective ("partito popolare"). */
    LISTS
  }

  private final EntityRecognizer statistical;
  private final HistoryRules rules;
  private final ModelTrust trust;
  private final NameTypeCounts types;
  private final CountedNames counted;
  private final ModelSpanFilter filter;
  private final PersonWords persons;

  private HistoryEntityRecognizer(EntityRecognizer statistical, HistoryRules rules, ModelTrust trust,
      NameTypeCounts types) {
    this(statistical, rules, trust, types, CountedNames.none(), ModelSpanFilter.off(), PersonWords.none());
  }

  private HistoryEntityRecognizer(EntityRecognizer statistical, HistoryRules rules, ModelTrust trust,
      NameTypeCounts types, CountedNames counted, ModelSpanFilter filter, PersonWords persons) {
    this.statistical = Objects.requireNonNull(statistical, "statistical");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.trust = Objects.requireNonNull(trust, "trust");
    this.types = Objects.requireNonNull(types, "types");
    this.counted = Objects.requireNonNull(counted, "counted");
    this.filter = Objects.requireNonNull(filter, "filter");
    this.persons = Objects.requireNonNull(persons, "persons");
  }

  /**
   * The bundled rules and gazetteers over a statistical recogniser ({@link EntityRecognizer#none()} is fine),
   * trusting the lists ({@link ModelTrust#LISTS}): countries, regions and cities are places, as the issue's
   * guidelines say; a model span of a name whose silver counts make another type clear takes that type
   * ({@link NameTypeCounts#fromClasspath()}), and a place or organisation the model missed whose counts make its
   * type clear is added ({@link CountedNames#fromClasspath}); capitalised runs opening with a given name of the
   * silver counts are persons ({@link PersonWords#fromClasspath()}); the model's common words are dropped when the
   * bundled {@link ModelSpanFilter} is enabled (since session 24: one-word persons only).
   */
  public static HistoryEntityRecognizer over(EntityRecognizer statistical) {
    NameTypeCounts counts = NameTypeCounts.fromClasspath();
    return new HistoryEntityRecognizer(statistical, HistoryRules.fromClasspath(), ModelTrust.LISTS, counts,
        CountedNames.fromClasspath(counts), ModelSpanFilter.fromClasspath(), PersonWords.fromClasspath());
  }

  /** Given rules over a statistical recogniser, trusting the lists ({@link ModelTrust#LISTS}), no name counts. */
  public static HistoryEntityRecognizer of(EntityRecognizer statistical, HistoryRules rules) {
    return new HistoryEntityRecognizer(statistical, rules, ModelTrust.LISTS, NameTypeCounts.none());
  }

  /** Given rules over a statistical recogniser with the given trust in the model, no name counts. */
  public static HistoryEntityRecognizer of(EntityRecognizer statistical, HistoryRules rules, ModelTrust trust) {
    return new HistoryEntityRecognizer(statistical, rules, trust, NameTypeCounts.none());
  }

  /**
   * Given rules over a statistical recogniser with the given trust in the model and name counts that retype the
   * model's spans of names no list or rule reaches ({@link NameTypeCounts#none()} for none).
   */
  public static HistoryEntityRecognizer of(EntityRecognizer statistical, HistoryRules rules, ModelTrust trust,
      NameTypeCounts types) {
    return new HistoryEntityRecognizer(statistical, rules, trust, types);
  }

  /**
   * As {@link #of(EntityRecognizer, HistoryRules, ModelTrust, NameTypeCounts)}, and places and organisations the
   * model missed are added from their counts ({@link CountedNames}; {@link CountedNames#none()} for none).
   */
  public static HistoryEntityRecognizer of(EntityRecognizer statistical, HistoryRules rules, ModelTrust trust,
      NameTypeCounts types, CountedNames counted) {
    return new HistoryEntityRecognizer(statistical, rules, trust, types, counted, ModelSpanFilter.off(),
        PersonWords.none());
  }

  /**
   * As {@link #of(EntityRecognizer, HistoryRules, ModelTrust, NameTypeCounts, CountedNames)}, and the model's
   * common words are dropped by the given filter ({@link ModelSpanFilter#off()} for none) before they are
   * harmonised or propagated.
   */
  public static HistoryEntityRecognizer of(EntityRecognizer statistical, HistoryRules rules, ModelTrust trust,
      NameTypeCounts types, CountedNames counted, ModelSpanFilter filter) {
    return new HistoryEntityRecognizer(statistical, rules, trust, types, counted, filter, PersonWords.none());
  }

  /**
   * As {@link #of(EntityRecognizer, HistoryRules, ModelTrust, NameTypeCounts, CountedNames, ModelSpanFilter)}, and
   * capitalised runs opening with a given name are persons ({@link PersonWords}; {@link PersonWords#none()} for
   * none): added where no span covers them, re-typed where only the model called them a place or organisation.
   */
  public static HistoryEntityRecognizer of(EntityRecognizer statistical, HistoryRules rules, ModelTrust trust,
      NameTypeCounts types, CountedNames counted, ModelSpanFilter filter, PersonWords persons) {
    return new HistoryEntityRecognizer(statistical, rules, trust, types, counted, filter, persons);
  }

  @Override
  public List<Entity> recognize(AnalyzedText text) {
    List<Entity> ruled = rules.recognize(text);
    List<Entity> model = new ArrayList<>();
    for (Entity found : statistical.recognize(text)) {
      Entity m = trimmed(text, found);
      if (m != null && m.type() == EntityType.ORGANIZATION) {
        m = wholeQuotedTitle(text, m);
      }
      if (m != null) {
        model.add(m.type() == EntityType.PERSON ? withSecondSurname(text, m) : m);
      }
    }
    Set<Entity> modelOnly = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    modelOnly.addAll(model);
    ruled = bodiesBeforeModelPersons(text, ruled, model);
    List<Entity> fromCounts = new ArrayList<>();
    List<Entity> counts = counted.addMissed(text, typedByCounts(mergeModel(text, ruled, model), modelOnly),
        name -> rules.gazetteer().word(name) != null, fromCounts);
    modelOnly.addAll(fromCounts);
    List<Entity> fromGivenNames = new ArrayList<>();
    counts = persons.apply(text, counts, modelOnly, types, this::listedOtherThanPerson, fromGivenNames);
    modelOnly.addAll(fromGivenNames);
    counts = filter.apply(text, counts, modelOnly, types,
        name -> rules.gazetteer().word(name) != null || name.indexOf(' ') < 0 && persons.personWord(name));
    List<Entity> merged = joinHyphenated(text, harmonise(text, counts, modelOnly));
    List<Entity> spread = propagate(text, merged);
    List<Entity> listed = coordinate(text, spread, modelOnly);
    List<Entity> all = listed.size() == spread.size() ? spread : propagate(text, listed);
    return withoutBodiesNamedAfterPersons(text,
        joinNobleNames(text, newspapers(text, withAbbreviationPeriods(text,
            withoutFinalPeriods(joinHyphenated(text, all))))));
  }

  /** Whether the lists hold the name as a place or an organisation. */
  private boolean listedOtherThanPerson(String name) {
    Gazetteer.Entry entry = rules.gazetteer().word(name);
    return entry != null && entry.type() != EntityType.PERSON;
  }

  /**
   * A model span that no rule or list changed, of an unlisted name whose silver counts make another type clear
   * ({@link NameTypeCounts#clearType}), takes that type ("Saratov" a place, "Plutarco" a person); it stays a model
   * span for the later steps.
   */
  private List<Entity> typedByCounts(List<Entity> merged, Set<Entity> modelOnly) {
    List<Entity> out = new ArrayList<>(merged.size());
    for (Entity e : merged) {
      EntityType clear = modelOnly.contains(e) && e.type() != EntityType.DATE
          && rules.gazetteer().word(e.text()) == null ? types.clearType(e.text()).orElse(null) : null;
      if (clear != null && clear != e.type()) {
        Entity retyped = new Entity(clear, e.text(), e.begin(), e.end(), e.sentence(), null, e.confidence(), null,
            null);
        modelOnly.add(retyped);
        out.add(retyped);
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * A body or place of two or more words whose last word is a short capitalised abbreviation keeps the period glued
   * to it when the sentence goes on after it in lower case, a digit or a comma ("Austria Inf. assieme", "Ufficio
   * Inform., rione"): the period is the abbreviation's, not a sentence end.
   */
  private static List<Entity> withAbbreviationPeriods(AnalyzedText text, List<Entity> found) {
    String original = text.original();
    List<Entity> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Entity e = found.get(i);
      int end = e.end();
      boolean abbreviation = e.type() != EntityType.PERSON && end < original.length() && original.charAt(end) == '.'
          && (i + 1 == found.size() || found.get(i + 1).begin() > end) && abbreviationLast(e.text())
          && goesOnInLowerCase(original, end + 1);
      out.add(abbreviation ? new Entity(e.type(), e.text() + ".", e.begin(), end + 1, e.sentence(), e.canonical(),
          e.confidence(), e.value(), e.mod()) : e);
    }
    return out;
  }

  /** Whether a name of two or more words ends in a short capitalised word of letters ("Austria Inf"). */
  private static boolean abbreviationLast(String name) {
    int space = name.lastIndexOf(' ');
    String last = space < 0 ? "" : name.substring(space + 1);
    return space > 0 && last.length() >= 2 && last.length() <= 6 && Character.isUpperCase(last.charAt(0))
        && last.chars().allMatch(Character::isLetter);
  }

  /** Whether the text from {@code from} goes on, past spaces, in lower case, a digit, a comma or a semicolon. */
  private static boolean goesOnInLowerCase(String original, int from) {
    int after = from;
    while (after < original.length() && original.charAt(after) == ' ') {
      after++;
    }
    if (after >= original.length()) {
      return false;
    }
    char c = original.charAt(after);
    return Character.isLowerCase(c) || Character.isDigit(c) || c == ',' || c == ';';
  }


  /**
   * A body named after the person who leads it is that person alone: a one-word organisation that is an
   * organisation head ("Ministero", "Governo", "Gabinetto") right before a one-word person (a surname), one space
   * apart, is dropped ("del Ministero Parri" → "Parri", as "il governo Bonomi", "piano Marshall" give the person);
   * before a full name the body stays ("del Consiglio Silvio Berlusconi": the body, then its president).
   */
  private List<Entity> withoutBodiesNamedAfterPersons(AnalyzedText text, List<Entity> found) {
    List<Entity> out = new ArrayList<>(found.size());
    String original = text.original();
    for (int i = 0; i < found.size(); i++) {
      Entity e = found.get(i);
      Entity next = i + 1 < found.size() ? found.get(i + 1) : null;
      boolean namedAfter = next != null && e.type() == EntityType.ORGANIZATION && next.type() == EntityType.PERSON
          && e.text().indexOf(' ') < 0 && rules.wordClasses().is(WordClass.ORG_HEAD, e.text())
          && next.text().indexOf(' ') < 0 && next.begin() == e.end() + 1 && original.charAt(e.end()) == ' ';
      if (!namedAfter) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * A given name, "di"/"d'"/"de" and a person are one person, as a noble's or a ruler's name without a regnal
   * number is written ("Eugenio di Beauharnais", "Matilde di Canossa" when the model splits them in two persons):
   * a person of one or two name words ("Duarte Nuno di Braganza"), then the particle, then a one-word person (a
   * given name and a surname after "di" are an author or an owner: "Cesare di Andrea Frediani", "Microsoft di Bill
   * Gates"). Also a one-word person that the silver counts know mostly as a given name
   * ({@link PersonWords#mostlyGivenName}; no listed person), "di"/"d'" and a one-word place ("Cristina di Svezia",
   * "Isabella di Gerusalemme": a ruler's name without a regnal number is one person; "Federico II di Svevia" is not
   * joined, nor a surname and the town of origin, "Facta di Pinerolo", nor "da", which is as often motion, "Tito da
   * Trieste").
   */
  private List<Entity> joinNobleNames(AnalyzedText text, List<Entity> found) {
    List<Entity> out = new ArrayList<>(found.size());
    String original = text.original();
    for (int i = 0; i < found.size(); i++) {
      Entity e = found.get(i);
      Entity next = i + 1 < found.size() ? found.get(i + 1) : null;
      if (next != null && e.type() == EntityType.PERSON && next.type() == EntityType.PERSON
          && givenNames(e.text()) && !listedPerson(e.text())
          && next.text().indexOf(' ') < 0 && e.sentence() == next.sentence()
          && NOBLE_PARTICLE.matcher(original.substring(e.end(), next.begin())).matches()) {
        out.add(new Entity(EntityType.PERSON, original.substring(e.begin(), next.end()), e.begin(), next.end(),
            e.sentence(), null, e.confidence(), null, null));
        i++;
      } else if (next != null && e.type() == EntityType.PERSON && next.type() == EntityType.LOCATION
          && e.text().indexOf(' ') < 0 && next.text().indexOf(' ') < 0 && e.sentence() == next.sentence()
          && persons.mostlyGivenName(e.text()) && !listedPerson(e.text())
          && REALM_PARTICLE.matcher(original.substring(e.end(), next.begin())).matches()) {
        out.add(new Entity(EntityType.PERSON, original.substring(e.begin(), next.end()), e.begin(), next.end(),
            e.sentence(), null, e.confidence(), null, null));
        i++;
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /** One or two name words separated by one space: the given names before a noble's "di". */
  private boolean givenNames(String names) {
    String[] words = names.split(" ", -1);
    return words.length <= 2 && Arrays.stream(words).allMatch(rules::isNameWord);
  }

  /**
   * Newspapers named like places: when a place follows a {@code newspaper-cue} and an articled "of"
   * ("un articolo dell'Alto Adige", "la prima pagina del Brennero"), that place's name is the newspaper, an
   * organisation, at every occurrence in the document (one sense per document).
   */
  private List<Entity> newspapers(AnalyzedText text, List<Entity> found) {
    List<Token> tokens = text.tokens();
    Set<String> papers = new HashSet<>();
    int ti = 0;
    for (Entity e : found) {
      while (ti < tokens.size() && tokens.get(ti).end() <= e.begin()) {
        ti++;
      }
      if (e.type() == EntityType.LOCATION && ti >= 2 && ti < tokens.size() && tokens.get(ti).begin() == e.begin()
          && tokens.get(ti - 1).sentence() == e.sentence() && tokens.get(ti - 2).sentence() == e.sentence()
          && rules.wordClasses().is(WordClass.OF, tokens.get(ti - 1).norm())
          && rules.wordClasses().is(WordClass.ORG_DETERMINER, tokens.get(ti - 1).norm())
          && rules.wordClasses().is(WordClass.NEWSPAPER_CUE, tokens.get(ti - 2).norm())) {
        papers.add(NameKeys.fold(e.text()));
      } else if (e.type() == EntityType.LOCATION && quotedWithArticle(text, e, ti)) {
        papers.add(NameKeys.fold(e.text()));
      }
    }
    if (papers.isEmpty()) {
      return found;
    }
    List<Entity> out = new ArrayList<>(found.size());
    for (Entity e : found) {
      if (e.type() == EntityType.LOCATION && papers.contains(NameKeys.fold(e.text()))) {
        out.add(new Entity(EntityType.ORGANIZATION, e.text(), e.begin(), e.end(), e.sentence(), null,
            e.confidence(), null, null));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * True when the place starting at token {@code first} fills a quotation and takes an article, as newspapers are
   * quoted: "dell'«Alto Adige»", "il «Brennero»", «l'Alto Adige» (an elided article inside the quotes), "del nuovo
   * «Trentino»" (a lower-case adjective between the article and the quotes); a listed
   * place is not quoted so (a lodge "della “Valle del Tevere”" is no listed place).
   */
  private boolean quotedWithArticle(AnalyzedText text, Entity e, int first) {
    List<Token> tokens = text.tokens();
    int last = first;
    while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= e.end()) {
      last++;
    }
    if (first < 2 || last + 1 >= tokens.size() || !CLOSING_QUOTES.contains(tokens.get(last + 1).norm())
        || tokens.get(last + 1).sentence() != e.sentence() || tokens.get(first - 2).sentence() != e.sentence()) {
      return false;
    }
    Gazetteer.Match listed = rules.gazetteer().longest(tokens, first, last + 1);
    if (listed == null || listed.end() != last + 1 || listed.entry().type() != EntityType.LOCATION) {
      return false;
    }
    WordClasses c = rules.wordClasses();
    Token before = tokens.get(first - 1);
    if (OPENING_QUOTES.contains(before.norm())) {
      Token adjective = tokens.get(first - 2);
      return c.is(WordClass.ORG_DETERMINER, adjective.norm())
          || first >= 3 && "ADJ".equals(adjective.pos()) && !NameKeys.capitalised(adjective.norm())
          && tokens.get(first - 3).sentence() == e.sentence()
          && c.is(WordClass.ORG_DETERMINER, tokens.get(first - 3).norm()); // "del nuovo «Trentino»"
    }
    return before.norm().endsWith("'") && c.is(WordClass.ORG_DETERMINER, before.norm())
        && OPENING_QUOTES.contains(tokens.get(first - 2).norm());
  }

  /**
   * A name never ends with the period after a regnal number: "Benedetto XV." at a sentence end (the tokenizer
   * reads "XV." as initials) is "Benedetto XV".
   */
  private static List<Entity> withoutFinalPeriods(List<Entity> found) {
    List<Entity> out = new ArrayList<>(found.size());
    for (Entity e : found) {
      if (REGNAL_END.matcher(e.text()).find()) {
        String t = e.text().substring(0, e.text().length() - 1);
        out.add(new Entity(e.type(), t, e.begin(), e.end() - 1, e.sentence(), e.canonical(), e.confidence(),
            e.value(), e.mod()));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * A double-barrelled surname is one person: a person followed, without spaces, by a hyphen and one capitalised
   * word ("Renato Fülöp-Miller", "Reut-Nicolussi") takes that word, whether another span holds it or not, unless
   * either side is a listed person of its own ("Stalin-Zinoviev" stays two persons).
   */
  private List<Entity> joinHyphenated(AnalyzedText text, List<Entity> found) {
    String original = text.original();
    List<Entity> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Entity e = found.get(i);
      int dash = e.end();
      if (e.type() != EntityType.PERSON || dash + 2 >= original.length() || original.charAt(dash) != '-'
          || !Character.isUpperCase(original.charAt(dash + 1))) {
        out.add(e);
        continue;
      }
      int stop = dash + 1;
      while (stop < original.length() && Character.isLetter(original.charAt(stop))) {
        stop++;
      }
      String second = original.substring(dash + 1, stop);
      String first = e.text().substring(e.text().lastIndexOf(' ') + 1);
      Entity next = i + 1 < found.size() ? found.get(i + 1) : null;
      boolean nextInside = next != null && next.begin() < stop;
      boolean nextIsSecond = nextInside && next.begin() == dash + 1 && next.end() == stop;
      if (nextInside && !nextIsSecond || listedPerson(first) || listedPerson(second)
          || !rules.isNameWord(second)) {
        out.add(e);
        continue;
      }
      out.add(new Entity(EntityType.PERSON, original.substring(e.begin(), stop), e.begin(), stop, e.sentence(),
          null, e.confidence(), null, null));
      if (nextIsSecond) {
        i++;
      }
    }
    return joinHyphenatedLeft(original, out);
  }

  /**
   * The other half of {@link #joinHyphenated}: a person right after a capitalised word and a hyphen takes that
   * word ("Reut-Nicolussi" with "Reut" untagged or a one-word name of another type; a double given name,
   * "Jean-Paul Sartre" found as "Jean" and "Paul Sartre"), unless either side, or the word after the hyphen,
   * is a listed person.
   */
  private List<Entity> joinHyphenatedLeft(String original, List<Entity> found) {
    List<Entity> out = new ArrayList<>(found.size());
    for (Entity e : found) {
      int dash = e.begin() - 1;
      int space = e.text().indexOf(' ');
      if (e.type() != EntityType.PERSON || dash < 2 || original.charAt(dash) != '-'
          || !Character.isLetter(original.charAt(dash - 1))
          || space >= 0 && listedPerson(e.text().substring(0, space))) {
        out.add(e);
        continue;
      }
      int start = dash;
      while (start > 0 && Character.isLetter(original.charAt(start - 1))) {
        start--;
      }
      String first = original.substring(start, dash);
      Entity prev = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean prevInside = prev != null && prev.end() > start;
      boolean prevIsFirst = prevInside && prev.begin() == start && prev.end() == dash;
      if (prevInside && !prevIsFirst || !rules.isNameWord(first) || listedPerson(first) || listedPerson(e.text())
          || prevIsFirst && rules.gazetteer().word(first) != null) {
        out.add(e);
        continue;
      }
      if (prevIsFirst) {
        out.remove(out.size() - 1);
      }
      out.add(new Entity(EntityType.PERSON, original.substring(start, e.end()), start, e.end(), e.sentence(), null,
          e.confidence(), null, null));
    }
    return out;
  }

  /**
   * True when every word of a person before its surname is a proper noun (POS PROPN) that does not open the
   * sentence: "Paolo Cappa", not a headline's "Sciopero Alitalia".
   */
  private static boolean givenNames(AnalyzedText text, Entity person) {
    List<Token> inside = tokensIn(text.tokens(), person);
    if (inside.size() < 2 || sentenceInitial(text, inside.get(0))) {
      return false;
    }
    for (int k = 0; k < inside.size() - 1; k++) {
      if (!"PROPN".equals(inside.get(k).pos())) {
        return false;
      }
    }
    return true;
  }

  private boolean listedPerson(String word) {
    Gazetteer.Entry entry = rules.gazetteer().word(word);
    return entry != null && entry.type() == EntityType.PERSON;
  }

  /**
   * A one-word organisation whose word names a person elsewhere in the document is that person ("il Giunta"); so
   * is an unlisted one-word organisation or place that truncates one person's surname ("KAM e ZIN"), and one that
   * only the model typed and that ends with a {@code person-suffix} ("Dostojewsky"). Only persons
   * that the rules or the lists found count (the model alone calling one "Microsoft" a person does not), except
   * that an unlisted one-word place or organisation of the model after a longer person of the document whose unlisted
   * surname it is, the words before the surname proper nouns, is that person ("Paolo Cappa" ... "da Cappa" typed a
   * place).
   */
  private List<Entity> harmonise(AnalyzedText text, List<Entity> found, Set<Entity> modelOnly) {
    Set<String> persons = new HashSet<>();
    Set<String> surnames = new HashSet<>();
    Map<String, Integer> fullNames = new HashMap<>();
    for (Entity e : found) {
      int space = e.text().lastIndexOf(' ');
      String last = e.text().substring(space + 1);
      if (e.type() == EntityType.PERSON && space > 0 && rules.gazetteer().word(last) == null
          && rules.isNameWord(last) && givenNames(text, e)) {
        fullNames.putIfAbsent(NameKeys.fold(last), e.begin());
      }
      if (modelOnly.contains(e)) {
        continue;
      }
      if (e.type() == EntityType.PERSON && e.text().indexOf(' ') < 0) {
        persons.add(NameKeys.fold(e.text()));
      }
      if (e.type() == EntityType.PERSON) {
        surnames.add(NameKeys.letters(e.text().substring(e.text().lastIndexOf(' ') + 1)));
      }
    }
    List<Entity> out = new ArrayList<>(found.size());
    for (Entity e : found) {
      boolean oneWord = e.type() != EntityType.PERSON && e.text().indexOf(' ') < 0;
      boolean slavic = oneWord && modelOnly.contains(e) && rules.wordClasses().personSuffix(e.text())
          && rules.gazetteer().word(e.text()) == null && rules.isNameWord(e.text());
      Integer introduced = oneWord && modelOnly.contains(e) ? fullNames.get(NameKeys.fold(e.text())) : null;
      boolean surname = introduced != null && introduced < e.begin() && rules.gazetteer().word(e.text()) == null;
      if (oneWord && (e.type() == EntityType.ORGANIZATION && persons.contains(NameKeys.fold(e.text()))
          || truncation(e.text(), surnames) || slavic || surname)) {
        out.add(new Entity(EntityType.PERSON, e.text(), e.begin(), e.end(), e.sentence(), null, e.confidence(),
            null, null));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Enumerations: in a list of capitalised names joined by commas and "e" ("Banelli, Giunta, Albanese e
   * Bilucaglia"), with parenthesised places allowed after an item, the unknown names are persons when at least
   * one item is a person found by the rules, the lists or propagation (not by the model alone), or when a plural
   * person noun ({@code person-plural}: "i deputati fascisti: ...", "senatori come ...") opens the list, or when
   * a {@code pair-cue} ("tra", "fra") opens it and the model found a person in it ("la battaglia tra Svjatopolk e
   * Jaroslav"); an item that is another kind of listed name ends the list. Without a plural person noun a list
   * holds "e"/"ed" or three items or more: two names split by a comma alone are none ("durante il Kultur-Kampf,
   * Bismarck lanciava").
   */
  private List<Entity> coordinate(AnalyzedText text, List<Entity> found, Set<Entity> modelOnly) {
    List<Token> tokens = text.tokens();
    Map<Integer, Entity> startingAt = new HashMap<>();
    boolean[] covered = new boolean[tokens.size()];
    int ti = 0;
    for (Entity e : found) {
      while (ti < tokens.size() && tokens.get(ti).end() <= e.begin()) {
        ti++;
      }
      if (ti < tokens.size() && tokens.get(ti).begin() == e.begin()) {
        startingAt.put(ti, e);
      }
      for (int k = ti; k < tokens.size() && tokens.get(k).begin() < e.end(); k++) {
        covered[k] = true;
      }
    }
    List<Entity> out = new ArrayList<>(found);
    Set<Entity> replaced = new HashSet<>();
    String original = text.original();
    for (TokenRange r : text.sentenceTokens()) {
      ListRun run = new ListRun();
      int k = r.first();
      int listStart = k;
      while (k < r.end()) {
        Entity e = startingAt.get(k);
        int next = -1;
        if (e != null && e.type() != EntityType.PERSON && convertible(e, modelOnly)) {
          if (run.unknown.isEmpty() && !run.person && afterPersonNoun(tokens, k, r.first())) {
            run.person = true; // "senatori come Giardino, ..." with "Giardino" a place for the model
            run.opened = true;
          }
          int stop = k + 1;
          while (stop < r.end() && tokens.get(stop).begin() < e.end()) {
            stop++;
          }
          run.unknown.add(new int[] {k, stop});
          replaced.add(e);
          next = stop;
        } else if (e != null && e.type() == EntityType.PERSON) {
          run.person |= !modelOnly.contains(e) // a person the rules, the lists or propagation vouch for
              || listStart > r.first() && rules.wordClasses().is(WordClass.PAIR_CUE, tokens.get(listStart - 1).norm());
          next = k;
          while (next < r.end() && tokens.get(next).begin() < e.end()) {
            next++;
          }
        } else if (e == null && !covered[k] && (k > r.first() || "PROPN".equals(tokens.get(k).pos()))) {
          int from = k;
          int w = k;
          while (w < r.end() - 1 && rules.isInitials(tokens, w, r.end())) {
            w++;
          }
          int stop = rules.nameEnd(tokens, w, r.end(), 3, false);
          boolean free = stop > w;
          for (int x = from; x < stop && free; x++) {
            free = !covered[x];
          }
          if (free) {
            if (run.unknown.isEmpty() && !run.person && afterPersonNoun(tokens, from, r.first())) {
              run.person = true; // "i deputati fascisti: Banelli, ...", "senatori come Giardino, ..."
              run.opened = true;
            }
            run.unknown.add(new int[] {from, stop});
            next = stop;
          }
        }
        if (next < 0) {
          run.close(tokens, original, out);
          k++;
          listStart = k;
          continue;
        }
        run.items++;
        next = skipParenthesis(tokens, next, r.end());
        if (next < r.end()
            && (isSeparator(tokens.get(next).norm()) || correlated(tokens, listStart, next, r.first()))) {
          run.conjunction |= !",".equals(tokens.get(next).norm());
          k = next + 1;
        } else {
          run.close(tokens, original, out);
          k = Math.max(next, k + 1);
          listStart = k;
        }
      }
      run.close(tokens, original, out);
    }
    Set<Integer> personBegins = new HashSet<>();
    for (Entity e : out) {
      if (e.type() == EntityType.PERSON) {
        personBegins.add(e.begin());
      }
    }
    out.removeIf(e -> replaced.contains(e) && personBegins.contains(e.begin()));
    out.sort(Comparator.comparingInt(Entity::begin));
    return out;
  }

  /**
   * A name of another type that a list of persons may claim: an unlisted, name-like word ("Polese"), or two or
   * three such words that only the model typed ("i sottosegretari Russo e Ferrari Aggradi").
   */
  private boolean convertible(Entity e, Set<Entity> modelOnly) {
    String[] words = e.text().split(" ");
    if (words.length > 1 && (words.length > 3 || !modelOnly.contains(e))) {
      return false;
    }
    for (String w : words) {
      if (rules.gazetteer().word(w) != null || !rules.isNameWord(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * One candidate list of {@link #coordinate}: the spans of its unknown names and what makes it a list of persons (a
   * vouched-for person in it, and an opening plural person noun, a conjunction or at least three items).
   */
  private static final class ListRun {
    final List<int[]> unknown = new ArrayList<>();
    boolean person;
    /** Opened by a plural person noun ("i deputati fascisti: ..."). */
    boolean opened;
    boolean conjunction;
    int items;

    /** Adds the unknown names as persons when the list is one of persons, then starts a new list. */
    void close(List<Token> tokens, String original, List<Entity> out) {
      flush(unknown, person && (opened || conjunction || items >= 3), tokens, original, out);
      unknown.clear();
      person = false;
      opened = false;
      conjunction = false;
      items = 0;
    }
  }

  private static void flush(List<int[]> unknown, boolean person, List<Token> tokens, String original,
      List<Entity> out) {
    if (!person) {
      return;
    }
    for (int[] u : unknown) {
      int b = tokens.get(u[0]).begin();
      int e = tokens.get(u[1] - 1).end();
      out.add(Entity.name(EntityType.PERSON, original.substring(b, e), b, e, tokens.get(u[0]).sentence(), null));
    }
  }

  /** True when a plural person noun ("deputati", "senatori") opens the list at {@code i} within a few words. */
  private boolean afterPersonNoun(List<Token> tokens, int i, int first) {
    for (int k = i - 1; k >= first && k >= i - 4; k--) {
      String w = tokens.get(k).norm();
      if (rules.wordClasses().is(WordClass.PERSON_PLURAL, w)) {
        return true;
      }
      boolean adjective = w.length() > 3 && !NameKeys.capitalised(w) && Character.isLetter(w.charAt(0))
          && !rules.wordClasses().is(WordClass.OF, w) && !rules.wordClasses().is(WordClass.ORG_DETERMINER, w);
      if (!(adjective || ":".equals(w) || "come".equals(w))) {
        return false; // "rappresentanti dei Sovieti" is no list of persons
      }
    }
    return false;
  }

  /**
   * True when the word at {@code next} continues a correlative pair opened right before the list: "sia Cattani che
   * Brosio", "né Nenni né Togliatti".
   */
  private boolean correlated(List<Token> tokens, int listStart, int next, int first) {
    if (listStart <= first) {
      return false;
    }
    return rules.wordClasses().is(WordClass.CORRELATIVE,
        tokens.get(listStart - 1).norm() + " " + tokens.get(next).norm());
  }

  private static boolean isSeparator(String w) {
    return ",".equals(w) || "e".equals(w) || "ed".equals(w);
  }

  /** Index after a short parenthesis such as "(Trieste)" at {@code i}, or {@code i}. */
  private static int skipParenthesis(List<Token> tokens, int i, int end) {
    if (i < end && "(".equals(tokens.get(i).norm())) {
      for (int k = i + 1; k < end && k <= i + 5; k++) {
        if (")".equals(tokens.get(k).norm())) {
          return k + 1;
        }
      }
    }
    return i;
  }

  private List<Entity> mergeModel(AnalyzedText text, List<Entity> ruled, List<Entity> model) {
    List<Entity> out = new ArrayList<>(ruled);
    WordPositions positions = new WordPositions(text.tokens());
    for (Entity found : model) {
      Entity m = withoutArticle(text, found);
      if (m.type() == EntityType.DATE || notAName(text, m, positions)) {
        continue;
      }
      List<Entity> inside = new ArrayList<>();
      boolean keep = true;
      Entity ruler = null;
      for (Entity r : out) {
        if (r.overlaps(m.begin(), m.end())) {
          boolean same = r.begin() == m.begin() && r.end() == m.end();
          boolean within = r.begin() >= m.begin() && r.end() <= m.end();
          ruler = within && !same ? rulerAfterPlace(text, m, r) : null;
          if (ruler == null && within && !same) {
            Entity p = personAfterBody(text, m, r);
            ruler = p != null && out.stream().noneMatch(o -> o.overlaps(p.begin(), p.end())) ? p : null;
          }
          if (ruler != null) {
            keep = false; // "la Norvegia di Vidkun Quisling": the place and its ruler
            break;
          } else if (same && trust == ModelTrust.CONTEXT && r.type() == EntityType.LOCATION
              && m.type() == EntityType.ORGANIZATION) {
            inside.add(r); // a place acting as a state ("la Francia dichiarò"): the model sees the context
          } else if (same && saintPerson(text, m, r)) {
            inside.add(r); // "esclamava S. Agostino": the model's saint, not the saint-prefix place
          } else if (same) {
            keep = false; // the rule span stands
            break;
          } else if (within && placeBeforeAdjective(text, m, r)) {
            keep = false; // "l'Italia democratica", "la Germania nazista": the listed place stands
            break;
          } else if (within && r.type() == EntityType.LOCATION && m.type() != EntityType.LOCATION
              && !listLetterAfter(text, m, r)) {
            inside.add(r); // named after a place: "Università di Genova", "Regione Lazio", not "Austria c"
          } else if (within && r.type() == m.type() && (m.type() == EntityType.ORGANIZATION
              ? extendsWithOrganisationWords(text, m, r) || quoted(text, m) || lowerCaseTail(text, m, r)
              : extendsWithNameWords(text, m, r))) {
            inside.add(r);
          } else {
            keep = false;
            break;
          }
        }
      }
      if (keep) {
        out.removeAll(inside);
        out.add(m);
      } else if (ruler != null) {
        out.add(ruler);
      }
    }
    out.sort(Comparator.comparingInt(Entity::begin));
    return out;
  }

  /**
   * A rule organisation that runs into a person the model found ends before that person: an organisation head
   * followed by capitalised words reads "Presidente del Consiglio Silvio Berlusconi" as one body "Consiglio Silvio
   * Berlusconi"; when the model tags the words at the end of the rule span as a person of two or more name words
   * ("Silvio Berlusconi"), the body is the words before them, without a trailing "of" word ("Lega Nord di Roberto
   * Maroni" → "Lega Nord"), and the person is left to the model. A body with no word left is dropped.
   */
  private List<Entity> bodiesBeforeModelPersons(AnalyzedText text, List<Entity> ruled, List<Entity> model) {
    Map<Integer, List<Entity>> personsByEnd = new HashMap<>();
    for (Entity m : model) {
      if (m.type() == EntityType.PERSON) {
        personsByEnd.computeIfAbsent(m.end(), k -> new ArrayList<>()).add(m);
      }
    }
    List<Entity> out = new ArrayList<>(ruled.size());
    for (Entity r : ruled) {
      Entity person = null;
      if (r.type() == EntityType.ORGANIZATION) {
        for (Entity m : personsByEnd.getOrDefault(r.end(), List.of())) {
          if (m.begin() > r.begin() && personNames(text, m)) {
            person = m;
            break;
          }
        }
      }
      if (person == null) {
        out.add(r);
        continue;
      }
      List<Token> before = new ArrayList<>();
      for (Token t : tokensIn(text.tokens(), r)) {
        if (t.end() <= person.begin()) {
          before.add(t);
        }
      }
      while (!before.isEmpty() && rules.wordClasses().is(WordClass.OF, before.get(before.size() - 1).norm())) {
        before.remove(before.size() - 1);
      }
      if (!before.isEmpty()) {
        int e = before.get(before.size() - 1).end();
        out.add(new Entity(r.type(), text.original().substring(r.begin(), e), r.begin(), e, r.sentence(), null,
            r.confidence(), null, null));
      }
    }
    return out;
  }

  /** True when a model person is two or more name words, none of them listed as an organisation or a place. */
  private boolean personNames(AnalyzedText text, Entity m) {
    List<Token> inside = tokensIn(text.tokens(), m);
    if (inside.size() < 2) {
      return false;
    }
    for (Token t : inside) {
      Gazetteer.Entry listed = rules.gazetteer().word(t.norm());
      if (!rules.isNameWord(t.norm()) || listed != null && listed.type() != EntityType.PERSON) {
        return false;
      }
    }
    return true;
  }

  /**
   * The person of a model place that is a listed place + "di"/"d'" + two or three unlisted name words ("la
   * Norvegia di Vidkun Quisling": the country of its ruler), else {@code null}.
   */
  private Entity rulerAfterPlace(AnalyzedText text, Entity m, Entity r) {
    if (m.type() != EntityType.LOCATION || r.type() != EntityType.LOCATION || r.begin() != m.begin()) {
      return null;
    }
    List<Token> tail = new ArrayList<>();
    for (Token tok : tokensIn(text.tokens(), m)) {
      if (tok.begin() >= r.end()) {
        tail.add(tok);
      }
    }
    if (tail.size() < 3 || tail.size() > 4 || !("di".equals(tail.get(0).norm()) || "d'".equals(tail.get(0).norm()))) {
      return null;
    }
    for (Token tok : tail.subList(1, tail.size())) {
      if (!rules.isNameWord(tok.norm())) {
        return null;
      }
    }
    int b = tail.get(1).begin();
    int e = tail.get(tail.size() - 1).end();
    return Entity.name(EntityType.PERSON, text.original().substring(b, e), b, e, m.sentence(), null);
  }

  /**
   * The person after a listed body inside a model organisation ("il capo dell'OGPU Menžinskij" → "OGPU" +
   * "Menžinskij"): the words after the rule's organisation are name words, one of them a listed person or
   * with a Slavic surname ending ({@code person-suffix}); {@code null} otherwise.
   */
  private Entity personAfterBody(AnalyzedText text, Entity m, Entity r) {
    if (m.type() != EntityType.ORGANIZATION || r.type() != EntityType.ORGANIZATION || r.begin() != m.begin()
        || r.end() >= m.end()) {
      return null;
    }
    boolean person = false;
    Token firstAfter = null;
    for (Token t : tokensIn(text.tokens(), m)) {
      if (t.begin() >= r.end()) {
        if (!rules.isNameWord(t.norm())) {
          return null;
        }
        firstAfter = firstAfter == null ? t : firstAfter;
        person |= rules.wordClasses().personSuffix(t.norm()) || listedPerson(t.norm());
      }
    }
    if (!person) {
      return null;
    }
    return new Entity(EntityType.PERSON, text.original().substring(firstAfter.begin(), m.end()), firstAfter.begin(),
        m.end(), m.sentence(), null, m.confidence(), null, null);
  }

  /**
   * A model span without the words no name starts or ends with: a person's leading titles ("don Sturzo",
   * "Caro Micheli" → "Sturzo", "Micheli"), the leading abbreviated titles of any other span (none is left of
   * "Cons. D.r"), a ruler's realm ("Carlo V d'Asburgo" → "Carlo V"), a place's leading title and "of" before a
   * listed realm ("Sultano dell'Oman" → "Oman"), a place's leading
   * lower-case {@code geo-noun} ("fiume Bug" → "Bug"), an organisation's leading lower-case {@code portfolio-noun}
   * and "of" ("ministero del Tesoro" → "Tesoro")
   * and any span's trailing "of" words ("Commissione parlamentare d'");
   * {@code null} when nothing is left.
   */
  private Entity trimmed(AnalyzedText text, Entity m) {
    if (m.type() == EntityType.DATE) {
      return m;
    }
    List<Token> inside = tokensIn(text.tokens(), m);
    WordClasses c = rules.wordClasses();
    int first = 0;
    int end = inside.size();
    while (m.type() == EntityType.PERSON && first < end && c.is(WordClass.TITLE, inside.get(first).norm())) {
      first++;
    }
    while (m.type() != EntityType.PERSON && first < end && c.is(WordClass.TITLE, inside.get(first).norm())
        && inside.get(first).norm().indexOf('.') >= 0) {
      first++; // "Cons. D.r": abbreviated titles open no organisation or place
    }
    if (m.type() == EntityType.PERSON && end - first == 3 && c.is(WordClass.TITLE_INITIAL, inside.get(first).norm())
        && rules.isNameWord(inside.get(first + 1).norm()) && rules.isNameWord(inside.get(first + 2).norm())) {
      first++; // "P. Giuseppe Grisar": Padre before a given name and a surname
    }
    if (m.type() == EntityType.PERSON && end - first >= 2 && c.is(WordClass.CLERGY_INITIAL, inside.get(first).norm())
        && rules.isNameWord(inside.get(first + 1).norm())) {
      first++; // "D. Bettin": Don before a name
    }
    Entity event = eventPlace(text, m, inside);
    if (event != null) {
      return event;
    }
    if (m.type() == EntityType.LOCATION && end - first >= 3 && NameKeys.capitalised(inside.get(first).norm())
        && c.is(WordClass.TITLE, inside.get(first).norm()) && c.is(WordClass.OF, inside.get(first + 1).norm())) {
      Gazetteer.Match realm = rules.gazetteer().longest(inside, first + 2, end);
      if (realm != null && realm.end() == end && realm.entry().type() == EntityType.LOCATION) {
        first += 2; // "il Sultano dell'Oman" -> "Oman": a ruler's title and his listed realm name the realm
      }
    }
    if (m.type() == EntityType.LOCATION && end - first > 1 && c.is(WordClass.GEO_NOUN, inside.get(first).norm())
        && !NameKeys.capitalised(inside.get(first).norm()) && NameKeys.capitalised(inside.get(first + 1).norm())) {
      first++; // "fiume Bug" -> "Bug"
    }
    if (m.type() == EntityType.ORGANIZATION && end - first > 2
        && c.is(WordClass.PORTFOLIO_NOUN, inside.get(first).norm()) && !NameKeys.capitalised(inside.get(first).norm())
        && c.is(WordClass.OF, inside.get(first + 1).norm()) && NameKeys.capitalised(inside.get(first + 2).norm())) {
      first += 2; // "ministero dell'Interno" -> "Interno": the lower-case noun is no name, the portfolio names the body
    }
    if (m.type() == EntityType.PERSON) {
      end = beforeRealm(inside, first, end);
    }
    while (end > first && (c.is(WordClass.OF, inside.get(end - 1).norm())
        || rules.elided(inside.get(end - 1).norm()) // "zona B. Nell'inverno": no name ends with an elided article
        || m.type() == EntityType.PERSON && end - first > 1 && c.is(WordClass.NOT_NAME, inside.get(end - 1).norm())
        && !rules.isInitials(inside, end - 1, end))) { // "Togliatti No"
      end--;
    }
    if (inside.isEmpty() || first == 0 && end == inside.size()) {
      return m;
    }
    if (first == end) {
      return null;
    }
    int b = inside.get(first).begin();
    int e = inside.get(end - 1).end();
    return new Entity(m.type(), text.original().substring(b, e), b, e, m.sentence(), m.canonical(), m.confidence(),
        m.value(), m.mod());
  }

  /**
   * The place of a model span that names an event after it: a capitalised {@code event-head} + "of" + a listed
   * place ("Battaglia di Stalingrado", "Conferenza di Lisbona" → the place), or, in a model place, + unlisted
   * capitalised place words ("Battaglia di Ypres" → "Ypres"); {@code null} for any other span.
   */
  private Entity eventPlace(AnalyzedText text, Entity m, List<Token> inside) {
    if (inside.size() < 3) {
      return null;
    }
    boolean listed = rules.eventPlace(inside, 0, inside.size(), inside.size());
    boolean placeWords = m.type() == EntityType.LOCATION && NameKeys.capitalised(inside.get(0).norm())
        && rules.wordClasses().is(WordClass.EVENT_HEAD, inside.get(0).norm())
        && rules.wordClasses().is(WordClass.OF, inside.get(1).norm())
        && inside.subList(2, inside.size()).stream().allMatch(t -> rules.isPlaceWord(t.norm()));
    if (!listed && !placeWords) {
      return null;
    }
    int b = inside.get(2).begin();
    return new Entity(EntityType.LOCATION, text.original().substring(b, m.end()), b, m.end(), m.sentence(), null,
        m.confidence(), null, null);
  }

  /**
   * End of a person's tokens before "di"/"d'" + a realm after a regnal number: "Carlo V d'Asburgo" → "Carlo V",
   * "IV Adolfo di Svezia" → "IV Adolfo" (the realm is a place of its own, as in KIND); {@code end} otherwise.
   */
  private static int beforeRealm(List<Token> inside, int first, int end) {
    for (int k = first; k < end - 1; k++) {
      if (HistoryRules.isRegnal(inside.get(k).norm())) {
        int j = k + 1;
        if (j + 1 < end && NameKeys.capitalised(inside.get(j).norm())) {
          j++;
        }
        String w = inside.get(j).norm();
        if ("di".equals(w) || "d'".equals(w)) {
          return j;
        }
        return end;
      }
    }
    return end;
  }

  /**
   * A model organisation that opens a quoted title and stops inside it is the whole title when the rest is made of
   * capitalised words and short lower-case function words: «Stimmen der Zeit», «Neue Freie Presse» (the model cut
   * at "der"); any other span is returned as is.
   */
  private static Entity wholeQuotedTitle(AnalyzedText text, Entity m) {
    List<Token> tokens = text.tokens();
    List<Token> inside = tokensIn(tokens, m);
    if (inside.isEmpty()) {
      return m;
    }
    int first = indexOf(tokens, inside.get(0));
    if (first < 1 || !OPENING_QUOTES.contains(tokens.get(first - 1).norm())) {
      return m;
    }
    int k = first + inside.size();
    boolean capital = false;
    while (k < tokens.size() && k - first < MAX_QUOTED_TITLE && tokens.get(k).sentence() == m.sentence()) {
      String w = tokens.get(k).norm();
      if (CLOSING_QUOTES.contains(w)) {
        return capital ? new Entity(m.type(), text.original().substring(m.begin(), tokens.get(k - 1).end()),
            m.begin(), tokens.get(k - 1).end(), m.sentence(), m.canonical(), m.confidence(), m.value(), m.mod()) : m;
      }
      boolean word = w.chars().allMatch(Character::isLetter);
      if (!word || !NameKeys.capitalised(w) && w.length() > 3) {
        return m;
      }
      capital |= NameKeys.capitalised(w);
      k++;
    }
    return m;
  }

  /**
   * A model person followed, in its sentence and after one space, by one unlisted name word is that longer name:
   * the double surnames of the period the model cuts ("Ferrari | Aggradi", "Pecori | Giraldi").
   */
  private Entity withSecondSurname(AnalyzedText text, Entity m) {
    List<Token> tokens = text.tokens();
    List<Token> inside = tokensIn(tokens, m);
    if (inside.isEmpty()) {
      return m;
    }
    int next = indexOf(tokens, inside.get(inside.size() - 1)) + 1;
    if (next <= 0 || next >= tokens.size()) {
      return m;
    }
    Token t = tokens.get(next);
    boolean follows = t.begin() == m.end() + 1 && text.original().charAt(m.end()) == ' '
        && t.sentence() == inside.get(0).sentence();
    if (!follows || !rules.isNameWord(t.norm()) || rules.gazetteer().word(t.norm()) != null
        || next + 1 < tokens.size() && tokens.get(next + 1).begin() == t.end()
        && NameKeys.capitalised(tokens.get(next + 1).norm())) {
      return m;
    }
    return new Entity(m.type(), text.original().substring(m.begin(), t.end()), m.begin(), t.end(), m.sentence(),
        m.canonical(), m.confidence(), m.value(), m.mod());
  }

  /**
   * A model span that opens with an article before a listed name ("Il Trentino") is that listed name, typed by
   * the list; any other span is returned as is.
   */
  private Entity withoutArticle(AnalyzedText text, Entity m) {
    List<Token> inside = tokensIn(text.tokens(), m);
    if (inside.size() < 2 || !rules.wordClasses().is(WordClass.NOT_NAME, inside.get(0).norm())
        || !rules.wordClasses().is(WordClass.ORG_DETERMINER, inside.get(0).norm())) {
      return m;
    }
    Gazetteer.Match whole = rules.gazetteer().longest(inside, 0, inside.size());
    Gazetteer.Match g = rules.gazetteer().longest(inside, 1, inside.size());
    if (whole != null || g == null || g.end() != inside.size()) { // "Il Brennero" is a listed newspaper
      return m;
    }
    int b = inside.get(1).begin();
    return new Entity(g.entry().type(), text.original().substring(b, m.end()), b, m.end(), m.sentence(), null,
        m.confidence(), null, null);
  }

  /**
   * True when the model span adds only words an organisation name is made of around the rule span: capitalised
   * words, "of" words, modifiers, complements, ordinals, "(b)" — not a list-item letter or a lower-case word
   * ("Democrazia Cristiana f)"), nor a listed person or a word with a Slavic surname ending ("OGPU Menžinskij").
   */
  private boolean extendsWithOrganisationWords(AnalyzedText text, Entity m, Entity r) {
    WordClasses c = rules.wordClasses();
    boolean complete = completeName(text, r);
    for (Token t : tokensIn(text.tokens(), m)) {
      if (t.end() <= r.begin() || t.begin() >= r.end()) {
        String w = t.norm();
        if (complete && t.begin() >= r.end() && !NameKeys.capitalised(w) && !c.is(WordClass.OF, w)) {
          return false; // "Democrazia Cristiana italiana": the adjective describes a complete name
        }
        boolean nameLike = NameKeys.capitalised(w) && w.length() > 1 && !c.is(WordClass.NOT_NAME, w)
            && !c.personSuffix(w) && !listedPerson(w); // not "il capo dell'OGPU Menžinskij"
        if (!(nameLike || c.is(WordClass.OF, w) || c.is(WordClass.ORG_MODIFIER, w) || c.is(WordClass.ORG_COMPLEMENT, w)
            || c.ordinal(w) || "(b)".equals(w) || "-".equals(w) || "'".equals(w))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * True when a model organisation is a rule place (a listed country, region or city) followed by one or two
   * lower-case words and nothing else ("Italia democratica", "Germania nazista", "Italia guardi"): the words
   * describe the place, or are no name at all, and the place keeps its type (countries are places); not after an
   * opening or before a closing quotation mark («Austria Cattolica», a title) and not with an "of" word.
   */
  private boolean placeBeforeAdjective(AnalyzedText text, Entity m, Entity r) {
    if (m.type() != EntityType.ORGANIZATION || r.type() != EntityType.LOCATION || r.begin() != m.begin()
        || r.end() >= m.end()) {
      return false;
    }
    List<Token> tokens = text.tokens();
    List<Token> inside = tokensIn(tokens, m);
    int first = indexOf(tokens, inside.get(0));
    int after = first + inside.size();
    if (first > 0 && OPENING_QUOTES.contains(tokens.get(first - 1).norm())
        || after < tokens.size() && CLOSING_QUOTES.contains(tokens.get(after).norm())) {
      return false; // «Vaticano trentino», "Siria libera": a title or a slogan, spaced quotes included
    }
    int tail = 0;
    for (Token t : inside) {
      if (t.begin() >= r.end()) {
        String w = t.norm();
        if (w.length() < 3 || !w.chars().allMatch(Character::isLowerCase) || rules.wordClasses().is(WordClass.OF, w)
            || rules.wordClasses().is(WordClass.ORG_DETERMINER, w)) {
          return false;
        }
        tail++;
      }
    }
    return tail >= 1 && tail <= 2;
  }

  /**
   * True when the rule organisation is a name of two or more words with no "of" word, ending in a capitalised word
   * other than a head ("Democrazia Cristiana", "Partito Nazionale Fascista"): a lower-case adjective after it
   * describes the body ("italiana", "reggiano") and stays outside, where a head alone takes one ("Parlamento
   * subalpino") and so does a body with its complement (KIND's "Ministero della Sanità sudafricano").
   */
  private boolean completeName(AnalyzedText text, Entity r) {
    List<Token> name = tokensIn(text.tokens(), r);
    WordClasses c = rules.wordClasses();
    String last = name.isEmpty() ? "" : name.get(name.size() - 1).norm();
    return name.size() >= 2 && NameKeys.capitalised(last) && !c.is(WordClass.ORG_HEAD, last)
        && name.stream().noneMatch(t -> c.is(WordClass.OF, t.norm()));
  }

  /**
   * True when a model organisation only adds a short lower-case tail to the rule's organisation that opens it: one
   * or two lower-case words, or "d'"/"di" + a lower-case noun ("Partito d'azione", "Parlamento subalpino"): the
   * rules would only cut the name, the model's extent stands. An articled "of" ("del partito") opens another
   * body: "Comitato centrale del partito" stays cut; a {@link #completeName} takes no tail.
   */
  private boolean lowerCaseTail(AnalyzedText text, Entity m, Entity r) {
    if (r.begin() != m.begin() || r.end() >= m.end()) {
      return false;
    }
    List<Token> tail = new ArrayList<>();
    for (Token t : tokensIn(text.tokens(), m)) {
      if (t.begin() >= r.end()) {
        tail.add(t);
      }
    }
    if (tail.isEmpty() || tail.size() > 2 || completeName(text, r)) {
      return false;
    }
    for (int k = 0; k < tail.size(); k++) {
      String w = tail.get(k).norm();
      boolean of = k == 0 && tail.size() == 2 && ("d'".equals(w) || "di".equals(w));
      if (!of && (w.length() < 3 || !w.chars().allMatch(Character::isLowerCase)
          || rules.wordClasses().is(WordClass.OF, w) || rules.wordClasses().is(WordClass.ORG_DETERMINER, w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the model's person spans the rule's saint-prefix place from its start with the abbreviated "S."
   * ("S. Agostino", "S. Francesco di Sales": a saint is a person) and no place cue ("a", "in", "da") comes right
   * before it. "San Remo" and the plural "Santi Evangeli" stay with the rules.
   */
  private boolean saintPerson(AnalyzedText text, Entity m, Entity r) {
    if (m.type() != EntityType.PERSON || r.type() != EntityType.LOCATION || r.begin() != m.begin()) {
      return false;
    }
    List<Token> tokens = text.tokens();
    List<Token> inside = tokensIn(tokens, m);
    String prefix = inside.get(0).norm();
    if (inside.size() < 2 || prefix.length() != 2 || !prefix.endsWith(".")
        || !rules.wordClasses().is(WordClass.SAINT_PREFIX, prefix)
        || !rules.isNameWord(inside.get(1).norm())) {
      return false;
    }
    int i = indexOf(tokens, inside.get(0));
    String before = i > 0 && tokens.get(i - 1).sentence() == m.sentence() ? tokens.get(i - 1).norm() : "";
    return !PLACE_CUES.contains(before.toLowerCase(java.util.Locale.ROOT));
  }

  /** True when the span fills a quotation: «Stimmen der Zeit» (a title, whatever its words). */
  private static boolean quoted(AnalyzedText text, Entity m) {
    List<Token> tokens = text.tokens();
    List<Token> inside = tokensIn(tokens, m);
    if (inside.isEmpty()) {
      return false;
    }
    int first = indexOf(tokens, inside.get(0));
    int after = first + inside.size();
    return first > 0 && after < tokens.size() && OPENING_QUOTES.contains(tokens.get(first - 1).norm())
        && CLOSING_QUOTES.contains(tokens.get(after).norm()) && tokens.get(after).begin() == m.end();
  }

  /** True when a lone lower-case letter follows the rule span inside the model span: "Austria c", "Lazio f)". */
  private static boolean listLetterAfter(AnalyzedText text, Entity m, Entity r) {
    for (Token t : tokensIn(text.tokens(), m)) {
      String w = t.norm();
      if (t.begin() >= r.end() && (w.length() == 1 || w.length() == 2 && w.charAt(1) == ')')
          && Character.isLowerCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** True when the model span adds only capitalised words, particles or initials around the rule span. */
  private boolean extendsWithNameWords(AnalyzedText text, Entity m, Entity r) {
    for (Token t : tokensIn(text.tokens(), m)) {
      if (t.end() <= r.begin() || t.begin() >= r.end()) {
        String w = t.norm();
        WordClasses c = rules.wordClasses();
        boolean nameLike = NameKeys.capitalised(w) && !c.is(WordClass.TITLE, w) && !c.is(WordClass.NOT_NAME, w);
        if (!(nameLike || c.is(WordClass.PARTICLE, w) || c.is(WordClass.SURNAME_ARTICLE, w) && t.end() < m.end()
            || "(b)".equals(w) || "-".equals(w))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The tokens that lie wholly inside a span (binary search: tokens are sorted and do not overlap). */
  private static List<Token> tokensIn(List<Token> tokens, Entity span) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).begin() < span.begin()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < tokens.size() && tokens.get(end).end() <= span.end()) {
      end++;
    }
    return tokens.subList(lo, end);
  }

  /** A model span that is a derived word of a name or a function word. */
  private boolean notAName(AnalyzedText text, Entity m, WordPositions positions) {
    String s = m.text();
    WordClasses c = rules.wordClasses();
    if (c.is(WordClass.NOT_NAME, s) || c.is(WordClass.NOT_ALONE, s) || c.alwaysDerived(s)
        || c.is(WordClass.TITLE, s)) {
      return true; // a title alone is no name either: "l'articolo del Maresciallo Tito"; nor "lo Stato", "Dio"
    }
    boolean onlyInitials = true;
    boolean lowerCase = true;
    List<Token> inside = tokensIn(text.tokens(), m);
    for (int k = 0; k < inside.size(); k++) {
      Token t = inside.get(k);
      onlyInitials &= rules.isInitials(List.of(t), 0, 1) || ".".equals(t.norm());
      boolean article = k == 0 && inside.size() > 1 && c.is(WordClass.ORG_DETERMINER, t.norm());
      lowerCase &= article || !NameKeys.capitalised(t.norm()); // "L'attacco tedesco" opening a sentence
    }
    if (onlyInitials && m.type() == EntityType.ORGANIZATION && s.chars().filter(Character::isLetter).count() >= 3) {
      onlyInitials = false; // an acronym written with periods: "la D.C.I.", "il P.P.I." (a person's initials are two)
    }
    if (!inside.isEmpty()
        && (onlyInitials || lowerCase && (m.type() == EntityType.PERSON
            || trust == ModelTrust.LISTS && !lowerCaseParty(text, inside)))) {
      return true; // "V.I." alone; a person in lower case; a lower-case body ("giunta regionale", "polizia")
    }
    if (!inside.isEmpty() && inside.get(0).norm().length() <= 2 && afterLabelNoun(text, inside.get(0))) {
      return true; // a letter that labels: "della zona B. Teme i risultati"
    }
    if (m.type() == EntityType.ORGANIZATION && !inside.isEmpty() && NameKeys.capitalised(inside.get(0).norm())
        && c.is(WordClass.TREATY_HEAD, inside.get(0).norm()) && rules.gazetteer().word(s) == null) {
      return true; // a treaty, law or summit is no organisation: "Concordato", "Patti Lateranensi", "Vertice Europeo"
    }
    if (inside.size() > 1 && c.is(WordClass.EVENT_HEAD, inside.get(0).norm())
        && !c.is(WordClass.ORG_HEAD, inside.get(0).norm()) && rules.gazetteer().word(s) == null
        && inside.subList(1, inside.size()).stream().noneMatch(t -> NameKeys.capitalised(t.norm()))) {
      return true; // an event named by common words: "Guerra civile spagnola", "Guerra fredda"
    }
    if (m.type() == EntityType.PERSON && inside.stream()
        .allMatch(t -> c.is(WordClass.TITLE, t.norm()) || c.is(WordClass.NOT_NAME, t.norm()))) {
      return true; // forms of address alone: "Vostra Signoria", "Sua Eccellenza"
    }
    if (m.type() == EntityType.PERSON && inside.size() > 1) {
      String last = inside.get(inside.size() - 1).norm();
      if (c.is(WordClass.NOT_NAME, last) && c.is(WordClass.ORG_DETERMINER, last)) {
        return true; // initials before an article, where a translation lost the name: "morte di V.I. La"
      }
    }
    if (m.type() == EntityType.PERSON && inside.size() > 1 && rules.gazetteer().word(s) == null
        && (lowerCaseContentWord(inside) || writtenInLowerCase(text, inside, positions))) {
      return true; // a capitalised common phrase: "Ninna nanna", "Ordini Religiosi" (also "Ordini religiosi")
    }
    if (m.type() == EntityType.PERSON && inside.size() == 1 && "NOUN".equals(inside.get(0).pos())
        && inflectedCommonNoun(inside.get(0)) && rules.gazetteer().word(s) == null) {
      return true; // a plural or inflected common noun the tagger knows: "i detti Ordini" (lemma "ordine")
    }
    if (inside.size() == 1 && sentenceInitial(text, inside.get(0)) && "NOUN".equals(inside.get(0).pos())
        && rules.gazetteer().word(s) == null
        && !(m.type() == EntityType.ORGANIZATION && fillsQuotation(text, inside.get(0)))) {
      return true; // a capitalised common noun opening a sentence or a heading: "Lotta all'interno del partito"
    }
    if (inside.size() == 1 && m.type() == EntityType.ORGANIZATION && c.is(WordClass.ORG_HEAD, s)
        && rules.gazetteer().word(s) == null
        && !(c.is(WordClass.ORG_ALONE, s)
            && (afterDeterminer(text, inside.get(0)) || coordinatedBody(text, inside.get(0)))
            && !endsQuotedTitle(text, inside.get(0)))) {
      return true; // a head alone, as the rules read it: "la Camera", "Stato e Chiesa", not "un Ufficio", «Lettera al Congresso"
    }
    if (s.indexOf(' ') < 0 && rules.gazetteer().word(s) == null) {
      String stem = c.derivedStem(s, MIN_STEM);
      return stem != null && (rules.gazetteer().wordWithPrefix(stem, EntityType.PERSON)
          || rules.gazetteer().wordWithPrefix(stem, EntityType.LOCATION));
    }
    return false;
  }

  /**
   * True when a word after the first is a lower-case content word (four letters or more, not a function word,
   * particle, "of" word, epithet or patronymic): no person's name is written so ("Ninna nanna"; "Pipino il Breve",
   * "Leonardo da Vinci", "Lev Davidovič" stay).
   */
  private boolean lowerCaseContentWord(List<Token> inside) {
    WordClasses c = rules.wordClasses();
    for (int k = 1; k < inside.size(); k++) {
      Token t = inside.get(k);
      String w = t.norm();
      if (!NameKeys.capitalised(w) && w.length() >= 4 && w.chars().allMatch(Character::isLetter)
          && !FUNCTION_POS.contains(t.pos()) && !c.is(WordClass.PARTICLE, w)
          && !c.is(WordClass.OF, w) && !c.is(WordClass.EPITHET, w) && !c.patronymic(w)) {
        return true;
      }
    }
    return false;
  }

  /** True for a token whose lemma is a lower-case word other than the token itself ("Ordini" → "ordine"). */
  private static boolean inflectedCommonNoun(Token t) {
    String lemma = t.lemma();
    return lemma != null && !lemma.isEmpty() && !NameKeys.capitalised(lemma)
        && !lemma.equalsIgnoreCase(t.norm()) && lemma.chars().allMatch(Character::isLetter);
  }

  /**
   * True when the document also writes the span's words with a word after the first in lower case ("Ordini
   * Religiosi" and "Ordini religiosi", "Decreto Reale" and "Decreto reale"): the document itself says they are
   * common nouns.
   */
  private static boolean writtenInLowerCase(AnalyzedText text, List<Token> inside, WordPositions positions) {
    List<Token> tokens = text.tokens();
    int n = inside.size();
    for (int i : positions.of(inside.get(0).norm())) {
      boolean same = i + n <= tokens.size();
      boolean lower = false;
      for (int k = 0; k < n && same; k++) {
        String w = tokens.get(i + k).norm();
        same = w.equalsIgnoreCase(inside.get(k).norm());
        lower |= k > 0 && !NameKeys.capitalised(w) && NameKeys.capitalised(inside.get(k).norm());
      }
      if (same && lower) {
        return true;
      }
    }
    return false;
  }

  /**
   * The positions of a document's tokens by their norm folded as {@link String#equalsIgnoreCase} compares (each
   * code point upper- then lower-cased), built at the first lookup: one pass over the document instead of one per
   * model span that {@link #writtenInLowerCase} checks. Used by one thread, within one {@code recognize} call.
   */
  private static final class WordPositions {
    private final List<Token> tokens;
    private Map<String, List<Integer>> positions;

    WordPositions(List<Token> tokens) {
      this.tokens = tokens;
    }

    /** The positions (ascending) of the tokens equal to {@code word} ignoring case; empty when none. */
    List<Integer> of(String word) {
      if (positions == null) {
        positions = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
          positions.computeIfAbsent(fold(tokens.get(i).norm()), k -> new ArrayList<>()).add(i);
        }
      }
      return positions.getOrDefault(fold(word), List.of());
    }

    private static String fold(String word) {
      StringBuilder b = new StringBuilder(word.length());
      word.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
      return b.toString();
    }
  }


  /**
   * True for a lower-case span that names a party: a {@code party-noun} followed by a party adjective
   * ("partito comunista", "club popolare italiano"), the only lower-case bodies the guidelines count as names
   * ("parlamento popolare", "governo fascista" are none), when a determiner makes it one party's name
   * ({@link HistoryRules#partyDetermined}: "il partito comunista", not "un grande partito democratico").
   */
  private boolean lowerCaseParty(AnalyzedText text, List<Token> inside) {
    WordClasses c = rules.wordClasses();
    if (!c.is(WordClass.PARTY_NOUN, inside.get(0).norm())) {
      return false;
    }
    int at = indexOf(text.tokens(), inside.get(0));
    if (at >= 0 && !rules.partyDetermined(text.tokens(), at)) {
      return false;
    }
    for (Token t : inside.subList(1, inside.size())) {
      if (c.is(WordClass.PARTY_ADJECTIVE, t.norm())) {
        return true;
      }
    }
    return false;
  }

  /** True when the token opens its sentence. */
  private static boolean sentenceInitial(AnalyzedText text, Token token) {
    List<Token> tokens = text.tokens();
    int i = indexOf(tokens, token);
    if (i > 0 && opensQuotation(text.original(), tokens.get(i - 1), token)) {
      return true; // a quoted title opens like a sentence: la categoria "Lotta intrapartitica dopo ..."
    }
    return i == 0 || i > 0 && tokens.get(i - 1).sentence() != token.sentence();
  }

  /**
   * True when the token alone fills a quotation, the marks glued to it: the one-word title of a newspaper or a body
   * («Popolo», «Avanti»), which opens no sentence.
   */
  private static boolean fillsQuotation(AnalyzedText text, Token token) {
    List<Token> tokens = text.tokens();
    int i = indexOf(tokens, token);
    return i > 0 && i + 1 < tokens.size() && OPENING_QUOTES.contains(tokens.get(i - 1).norm())
        && CLOSING_QUOTES.contains(tokens.get(i + 1).norm()) && tokens.get(i - 1).end() == token.begin()
        && tokens.get(i + 1).begin() == token.end();
  }

  /** True when {@code quote} is a quotation mark glued to the next token and not to the previous word. */
  private static boolean opensQuotation(String original, Token quote, Token next) {
    return OPENING_QUOTES.contains(quote.norm()) && quote.end() == next.begin()
        && (quote.begin() == 0 || Character.isWhitespace(original.charAt(quote.begin() - 1))
            || "([".indexOf(original.charAt(quote.begin() - 1)) >= 0);
  }

  /** True when a {@code label-noun} ("zona", "punto") precedes the token in its sentence. */
  private boolean afterLabelNoun(AnalyzedText text, Token token) {
    return previousIs(text, token, WordClass.LABEL_NOUN);
  }

  /** True when the token ends a quoted work title in its sentence ({@link HistoryRules#endsQuotedTitle}). */
  private boolean endsQuotedTitle(AnalyzedText text, Token token) {
    List<Token> tokens = text.tokens();
    int i = indexOf(tokens, token);
    return i >= 3 && tokens.get(i - 3).sentence() == token.sentence() && rules.endsQuotedTitle(tokens, i, i - 3);
  }

  /** True when the token is a head paired with another body ({@link HistoryRules#coordinatedBody}). */
  private boolean coordinatedBody(AnalyzedText text, Token token) {
    return rules.coordinatedBody(text.tokens(), indexOf(text.tokens(), token));
  }

  /** True when an {@code org-determiner} ("la", "del", "in") precedes the token in its sentence. */
  private boolean afterDeterminer(AnalyzedText text, Token token) {
    return previousIs(text, token, WordClass.ORG_DETERMINER);
  }

  /** True when the token before {@code token}, in the same sentence, is a word of {@code wordClass}. */
  private boolean previousIs(AnalyzedText text, Token token, WordClass wordClass) {
    List<Token> tokens = text.tokens();
    int i = indexOf(tokens, token);
    return i > 0 && tokens.get(i - 1).sentence() == token.sentence()
        && rules.wordClasses().is(wordClass, tokens.get(i - 1).norm());
  }

  /** The index of {@code token} in the text's tokens (ordered by offset), as {@link Collections#binarySearch}. */
  private static int indexOf(List<Token> tokens, Token token) {
    return Collections.binarySearch(tokens, token, Comparator.comparingInt(Token::begin));
  }

  private List<Entity> propagate(AnalyzedText text, List<Entity> found) {
    List<Token> tokens = text.tokens();
    boolean[] covered = new boolean[tokens.size()];
    Map<List<String>, EntityType> names = new HashMap<>();
    Set<List<String>> clashes = new HashSet<>();
    Set<String> surnames = new HashSet<>();
    Set<String> lowerWords = new HashSet<>();
    for (Token t : tokens) {
      if (!t.norm().isEmpty() && Character.isLowerCase(t.norm().charAt(0))) {
        lowerWords.add(NameKeys.fold(t.norm()));
      }
    }
    int maxLength = 0;
    int ti = 0;
    for (Entity e : found) {
      while (ti < tokens.size() && tokens.get(ti).end() <= e.begin()) {
        ti++;
      }
      int first = ti;
      int end = ti;
      while (end < tokens.size() && tokens.get(end).begin() < e.end()) {
        covered[end] = true;
        end++;
      }
      if (end == first || tokens.get(first).begin() != e.begin() || tokens.get(end - 1).end() != e.end()) {
        continue; // part of a token: not propagated
      }
      if (e.type() == EntityType.PERSON) {
        while (first < end - 1 && rules.isInitials(tokens, first, end)) {
          first++;
        }
        Token last = tokens.get(end - 1);
        boolean afterParticle = end - first > 1
            && rules.wordClasses().is(WordClass.PARTICLE, tokens.get(end - 2).norm());
        if (end - first > 1 && !afterParticle && rules.isNameWord(last.norm()) && last.norm().length() > 2) {
          remember(names, clashes, List.of(NameKeys.fold(last.norm())), e.type());
        }
        if (end - first == 1 || rules.isNameWord(last.norm())) {
          surnames.add(NameKeys.letters(last.norm()));
        }
      }
      List<String> key = new ArrayList<>();
      for (int k = first; k < end; k++) {
        key.add(NameKeys.fold(tokens.get(k).norm()));
      }
      String head = tokens.get(first).norm();
      WordClasses wc = rules.wordClasses();
      boolean nameLike = end - first > 1 || rules.isNameWord(head) || NameKeys.allCaps(head)
          || rules.gazetteer().word(head) != null || e.type() == EntityType.PERSON
          && !wc.is(WordClass.TITLE, head) && !wc.is(WordClass.NOT_NAME, head);
      boolean commonPerson = e.type() == EntityType.PERSON && end - first == 1 && commonNoun(head, lowerWords);
      if (NameKeys.capitalised(head) && nameLike && !commonPerson) {
        remember(names, clashes, key, e.type());
        maxLength = Math.max(maxLength, key.size());
      }
    }
    for (List<String> k : clashes) {
      names.remove(k);
    }
    List<Entity> out = new ArrayList<>(found);
    String original = text.original();
    for (TokenRange r : text.sentenceTokens()) {
      for (int i = r.first(); i < r.end(); i++) {
        if (covered[i] || !NameKeys.capitalised(tokens.get(i).norm())) {
          continue;
        }
        int stop = -1;
        EntityType type = null;
        List<String> key = new ArrayList<>();
        for (int k = i; k < r.end() && k - i < maxLength && !covered[k]; k++) {
          key.add(NameKeys.fold(tokens.get(k).norm()));
          EntityType t = names.get(key);
          if (t != null) {
            stop = k + 1;
            type = t;
          }
        }
        int from = i;
        if (type == null && truncation(tokens.get(i).norm(), surnames)) {
          stop = i + 1;
          type = EntityType.PERSON;
        } else if (type == EntityType.PERSON) {
          from = rules.initialsBefore(tokens, i, r.first());
          while (from < i && covered[from]) {
            from++;
          }
        }
        if (type == EntityType.ORGANIZATION && i - 2 >= r.first()
            && rules.wordClasses().is(WordClass.PORTFOLIO_TITLE, tokens.get(i - 2).norm())
            && rules.wordClasses().is(WordClass.OF, tokens.get(i - 1).norm())) {
          type = null; // "il ministro degli Esteri": a minister's portfolio is no body, the ministry's name is
        } else if (type == EntityType.ORGANIZATION && stop == i + 1 && i - 2 >= r.first()
            && rules.wordClasses().is(WordClass.PORTFOLIO_ALONE, tokens.get(i).norm())
            && rules.portfolioOfTitle(tokens, i - 2, r.first())) {
          type = null; // nor in a list of portfolios: "i ministri dell'Industria, del Tesoro, delle Finanze"
        }
        if (type != null) {
          int b = tokens.get(from).begin();
          int e = tokens.get(stop - 1).end();
          out.add(Entity.name(type, original.substring(b, e), b, e, tokens.get(i).sentence(), null));
          for (int k = from; k < stop; k++) {
            covered[k] = true;
          }
          i = stop - 1;
        }
      }
    }
    out.sort(Comparator.comparingInt(Entity::begin));
    return out;
  }

  /**
   * True when a capitalised word is a common noun, not a surname to spread over the document: it is no listed
   * person and it is a {@code not-name}, a {@code state-head} or a {@code geo-head} word, or the document writes it
   * in lower case too ("Regioni" beside "regioni"). An {@code org-alone} head may be a surname ("Giunta").
   */
  private boolean commonNoun(String word, Set<String> lowerWords) {
    Gazetteer.Entry entry = rules.gazetteer().word(word);
    if (entry != null && entry.type() == EntityType.PERSON) {
      return false;
    }
    WordClasses wc = rules.wordClasses();
    return wc.is(WordClass.NOT_NAME, word) || wc.is(WordClass.STATE_HEAD, word) || wc.is(WordClass.GEO_HEAD, word)
        || lowerWords.contains(NameKeys.fold(word));
  }

  private static void remember(Map<List<String>, EntityType> names, Set<List<String>> clashes, List<String> key,
      EntityType type) {
    EntityType old = names.putIfAbsent(List.copyOf(key), type);
    if (old != null && old != type) {
      clashes.add(List.copyOf(key));
    }
  }

  /** "Kam.", "KAM", "TR.": 2 to 4 letters, abbreviated or in capitals, the start of one person's surname. */
  private boolean truncation(String w, Set<String> surnames) {
    String letters = NameKeys.letters(w);
    if (letters.length() < 2 || letters.length() > MAX_TRUNCATION || !(w.endsWith(".") || NameKeys.allCaps(w))
        || rules.wordClasses().is(WordClass.NOT_NAME, w) || rules.gazetteer().word(w) != null) {
      return false;
    }
    String match = null;
    for (String s : surnames) {
      if (s.length() > letters.length() && s.startsWith(letters)) {
        if (match != null && !match.equals(s)) {
          return false;
        }
        match = s;
      }
    }
    return match != null;
  }
}
