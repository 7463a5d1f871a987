package it.storia.extractor.ner;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Token;
import it.storia.extractor.ner.WordClasses.WordClass;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.TokenRange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gazetteer and rule recogniser for history texts: the names of the period from the lists of {@link Gazetteer}
 * and the genre patterns driven by {@link WordClasses}.
 *
 * <p>Patterns: initials before a listed or capitalised surname in every written form ("V.I. Lenin",
 * "I. V. Stalin", "IV. Stalin", "LB Kamenev"); a title before capitalised words ("on. De Gasperi", title left
 * out); a capitalised particle inside a sentence opens a surname even before a listed word ("Giacomo Della
 * Chiesa"); party acronyms with "(b)" ("PCUS (b)"); organisation heads with their modifiers and "of" chains
 * ("Comitato centrale del PCR (b)", "Consiglio Militare Rivoluzionario della Repubblica"); congresses after an
 * ordinal ("XIV Congresso del PCUS (b)", "14° Congresso del Partito"); lower-case party names ("partito
 * bolscevico"); quoted factions ("nuova opposizione") and quoted newspaper titles; listed names inside hyphen
 * chains ("trotskista-Zinoviev"); a saint's name as a place ("S. Germano"); states and geographic names ("Regno
 * d'Italia", "Mare del Nord"); a work's author ("il libro di testo di Thot") and a signer ("firmato da «Audax»");
 * rulers with their regnal number and epithet ("Gustavo IV Adolfo", "Pipino il Breve"); a relative
 * ("padre di Siagrio") and the subject of a person's verb ("Teodorico morì"); a title before adjectives or a
 * lower-case particle ("il deputato socialista Piscel", "cav. de Bellat"), but no office after a title ("Signor
 * Primo Vice Presidente"); an event named after a place is the place ("Conferenza di Lisbona"); streets with their
 * noun ("piazza Lenin"); no initial after a label noun ("zona B.") and no "P." (Padre) before a full name; a given
 * name and a patronymic, also when a detokenised corpus split it at the apostrophe ("Pëtr Arkad 'evič Stolypin");
 * a body whose words an editor completed in brackets ("C.[onsiglio] n.[azionale]", "P[artito] s[ocialista]").
 * Where candidates overlap, the one with more tokens wins.
 *
 * <p>Input: a segmented text (POS tags not needed). Output: non-overlapping PERSON, ORGANIZATION and LOCATION
 * mentions in text order with original offsets, without canonical names. Immutable and thread-safe; build once
 * with {@link #fromClasspath()} or {@link #load}.
 */
public final class HistoryRules implements EntityRecognizer {
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){1,3}|\\p{Lu}{2}\\.|\\p{Lu}\\.\\p{Lu}");
  private static final Pattern BARE_INITIALS = Pattern.compile("\\p{Lu}{2}");
  private static final Pattern HEADING_NUMBER = Pattern.compile("[IVX]\\.");
  private static final Pattern ROMAN_HEADING = Pattern.compile("(?=[IVXL]{2})L?X{0,3}(?:IX|IV|V?I{0,3})\\.");
  private static final Pattern REGNAL = Pattern.compile("(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})");
  private static final Pattern BRACKETED_STEM = Pattern.compile("\\p{L}{1,3}\\.?");
  private static final Set<String> APPOSITION_POS = Set.of("ADJ", "VERB", "NOUN");
  /**
   * Parts of speech of a sentence-opening word that is no subject name before a person's verb ("Questi fu eletto",
   * "Qui nacque"); the tagger often reads an unknown opening name as a noun or a verb ("Gondemaro si scontrò").
   */
  private static final Set<String> SUBJECT_NOT_NAME_POS =
      Set.of("PRON", "DET", "ADV", "ADP", "CCONJ", "SCONJ", "NUM", "AUX", "ADP+DET", "INTJ", "PUNCT");
  private static final int MAX_QUOTED = 5;
  /** Among candidates of equal length: listed names, then patterns, then weak cues. */
  private static final int RANK_OVER_LIST = 4;
  private static final int RANK_LISTED = 3;
  private static final int RANK_PATTERN = 2;
  private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d{1,4}(?:/?[A-Za-z])?");
  private static final int RANK_WEAK = 1;
  /** Parts of speech after a {@code numeral-body} word that make it a count of things ("i Sei ministri"). */
  private static final Set<String> NUMERAL_NOUN_POS = Set.of("NOUN", "PROPN", "ADJ", "NUM");

  private final Gazetteer gazetteer;
  private final WordClasses classes;

  private HistoryRules(Gazetteer gazetteer, WordClasses classes) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.classes = Objects.requireNonNull(classes, "classes");
  }

  /** The bundled lists and word classes. */
  public static HistoryRules fromClasspath() {
    return new HistoryRules(Gazetteer.fromClasspath(), WordClasses.fromClasspath());
  }

  /** Rules over the given lists and word classes. */
  public static HistoryRules of(Gazetteer gazetteer, WordClasses classes) {
    return new HistoryRules(gazetteer, classes);
  }

  /**
   * Lists and word classes in the bundled formats ({@code persons.tsv}, {@code organizations.tsv},
   * {@code locations.tsv}, {@code rules.tsv}).
   */
  public static HistoryRules load(Path persons, Path organizations, Path locations, Path rules)
      throws IOException {
    return new HistoryRules(Gazetteer.load(persons, organizations, locations), WordClasses.load(rules));
  }

  /** The name lists. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The word classes. */
  public WordClasses wordClasses() {
    return classes;
  }

  /** A candidate span: tokens [first, end) and original offsets (a part of one token for hyphen chains). */
  private record Candidate(int first, int end, int begin, int stop, EntityType type, int rank) {}

  @Override
  public List<Entity> recognize(AnalyzedText text) {
    List<Token> tokens = text.tokens();
    List<Candidate> candidates = new ArrayList<>();
    for (TokenRange r : text.sentenceTokens()) {
      for (int i = r.first(); i < r.end(); i++) {
        candidatesAt(tokens, i, r.first(), r.end(), candidates);
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.first() - c.end())
        .thenComparingInt(c -> c.begin() - c.stop()).thenComparingInt(c -> -c.rank())
        .thenComparingInt(Candidate::begin));
    boolean[] covered = new boolean[tokens.size()];
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean free = true;
      for (int k = c.first(); k < c.end() && free; k++) {
        free = !covered[k];
      }
      if (free) {
        for (int k = c.first(); k < c.end(); k++) {
          covered[k] = true;
        }
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::begin));
    String original = text.original();
    List<Entity> out = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      out.add(Entity.name(c.type(), original.substring(c.begin(), c.stop()), c.begin(), c.stop(),
          tokens.get(c.first()).sentence(), null));
    }
    return out;
  }

  private void candidatesAt(List<Token> t, int i, int first, int end, List<Candidate> out) {
    Token tok = t.get(i);
    Gazetteer.Match m = gazetteer.longest(t, i, end);
    if (m != null && i == first && m.end() > i + 1 && classes.is(WordClass.ORG_DETERMINER, tok.norm())) {
      Gazetteer.Match rest = gazetteer.longest(t, i + 1, end);
      if (rest != null && rest.end() == m.end() && rest.entry().type() != m.entry().type()) {
        m = null; // a sentence capitalises any article: "Il Trentino è fascistizzato" is the region, not the paper
      }
    }
    if (m != null && m.entry().type() == EntityType.PERSON && i - 2 >= first && isRegnal(t.get(i - 2).norm())
        && ("di".equals(t.get(i - 1).norm()) || "d'".equals(t.get(i - 1).norm()))) {
      m = null; // a listed house after a ruler's regnal number is the realm's slot, no name of its own ("Carlo V
      // d'Asburgo" is "Carlo V" in KIND and parts F-wiki and G)
    }
    if (m != null) {
      int from = i;
      int stop = m.end();
      if (m.entry().type() == EntityType.PERSON) {
        from = initialsBefore(t, i, first);
      } else if (m.entry().type() == EntityType.LOCATION && stop < end
          && !NameKeys.capitalised(t.get(stop).norm()) && classes.is(WordClass.PLACE_ADJECTIVE, t.get(stop).norm())) {
        stop++; // "Austria inferiore", "Austria superiore"
      }
      add(t, from, stop, m.entry().type(), RANK_LISTED, out);
    }
    boolean regnal = i > first && isRegnal(tok.norm()) && isNameWord(t.get(i - 1).norm()); // "Gustavo IV Adolfo"
    boolean label = i > first && tok.norm().length() <= 2 && classes.is(WordClass.LABEL_NOUN, t.get(i - 1).norm());
    if (!regnal && !label && isInitials(t, i, end) && (i == first || !isInitials(t, i - 1, end))
        && !isHeadingNumber(t, i, first, end)) { // not "la zona B. Teme": a label
      int k = i;
      while (k < end && isInitials(t, k, end)) {
        k++;
      }
      int stop = nameEnd(t, k, end, 2, false);
      if (stop > k) {
        boolean title = k == i + 1 && (stop - k == 2 && classes.is(WordClass.TITLE_INITIAL, tok.norm())
            || classes.is(WordClass.CLERGY_INITIAL, tok.norm()));
        add(t, title ? k : i, stop, EntityType.PERSON, RANK_PATTERN, out); // "P. Giuseppe Grisar": Padre; "D. Bettin": Don
      } else if (k == i + 1 && k + 1 < end && classes.is(WordClass.TITLE_INITIAL, tok.norm())
          && lowerParticle(t.get(k).norm()) && isNameWord(t.get(k + 1).norm())) {
        add(t, k, nameEnd(t, k + 1, end, 2, false), EntityType.PERSON, RANK_PATTERN, out); // "il P. von Caloen"
      }
    }
    if (i > first && NameKeys.capitalised(tok.norm()) && classes.is(WordClass.PARTICLE, tok.norm())) {
      int stop = nameEnd(t, i, end, 3, false);
      if (stop > i + 1) {
        int from = i - 1 > first && isNameWord(t.get(i - 1).norm()) ? i - 1 : i;
        add(t, initialsBefore(t, from, first), stop, EntityType.PERSON, RANK_PATTERN, out); // "Giacomo Della Chiesa"
      }
    }
    if (classes.is(WordClass.TITLE, tok.norm()) && i + 1 < end && !insideCapitalisedName(t, i, first)) {
      int stop = nameEnd(t, i + 1, end, 4, true);
      if (stop == i + 1 && listedPlaceAfter(t, i, end)) {
        add(t, i + 1, i + 2, EntityType.PERSON, RANK_OVER_LIST, out); // "il filologo Ascoli": no city
      } else if (stop > i + 1 && !pairReading(t, i, stop, end)) {
        boolean office = stop < end && NameKeys.capitalised(t.get(stop).norm())
            && classes.is(WordClass.TITLE, t.get(stop).norm()); // "Signor Primo Vice Presidente" names no "Primo"
        if (!office) {
          add(t, i + 1, stop, EntityType.PERSON, RANK_PATTERN, out);
        }
      } else if ("NOUN".equals(tok.pos()) && titleAdjective(t.get(i + 1)) || lowerParticle(t.get(i + 1).norm())) {
        int from = i + 1; // a title noun, not the preposition "fra" of "fra diverse Potenze"
        while (from < end && from - i <= 2 && titleAdjective(t.get(from))) {
          from++; // "il presidente americano Truman", "il deputato socialista Matteotti"
        }
        int name = from == i + 1 ? i + 2 : from; // or a lower-case particle: "cav. de Bellat"
        int last = name < end ? nameEnd(t, name, end, 3, false) : name;
        boolean office = last < end && NameKeys.capitalised(t.get(last).norm())
            && classes.is(WordClass.TITLE, t.get(last).norm());
        if (last > name && !office) {
          add(t, from, last, EntityType.PERSON, RANK_PATTERN, out);
        }
      } else if (classes.is(WordClass.OF, t.get(i + 1).norm())) {
        int name = officeEnd(t, i + 2, end);
        int last = name > i + 2 ? nameEnd(t, name, end, 3, false) : name;
        if (last > name && !classes.is(WordClass.ORG_MODIFIER, t.get(name).norm())) {
          add(t, name, last, EntityType.PERSON, RANK_PATTERN, out); // "il ministro del lavoro Schmitz"
        }
      }
    }
    boolean afterTitle = i > first && classes.is(WordClass.TITLE, t.get(i - 1).norm());
    if (!afterTitle && NameKeys.capitalised(tok.norm()) && classes.is(WordClass.ORG_HEAD, tok.norm())) {
      int stop = orgEnd(t, i + 1, end);
      if (stop > i + 1) {
        if (!eventPlace(t, i, stop, end)) { // "Conferenza di Lisbona": the place alone is a name
          add(t, i, stop, EntityType.ORGANIZATION, RANK_PATTERN, out);
        }
      } else if (classes.is(WordClass.ORG_ALONE, tok.norm())
          && (afterDeterminer(t, i, first) || coordinatedBody(t, i)) && !endsQuotedTitle(t, i, first)) {
        add(t, i, stop, EntityType.ORGANIZATION, RANK_WEAK, out);
      }
    }
    if (i > first && NameKeys.capitalised(tok.norm()) && classes.is(WordClass.NUMERAL_BODY, tok.norm())
        && afterDeterminer(t, i, first) && (i + 1 == end || !NUMERAL_NOUN_POS.contains(t.get(i + 1).pos())
        && !classes.is(WordClass.NUMERAL_NOUN, t.get(i + 1).norm()))) {
      add(t, i, Math.max(i + 1, orgEnd(t, i + 1, end)), EntityType.ORGANIZATION, RANK_PATTERN, out); // "dai Quattro",
      // "i Nove della Comunità": the powers as one body; not "i Sei ministri", "dei Nove Paesi", "degli Otto stati"
    }
    if (i > first && NameKeys.capitalised(tok.norm()) && classes.is(WordClass.PORTFOLIO_ALONE, tok.norm())
        && classes.is(WordClass.ORG_DETERMINER, t.get(i - 1).norm())
        && !portfolioOfTitle(t, i - 2, first)) {
      add(t, i, i + 1, EntityType.ORGANIZATION, RANK_WEAK, out); // "il Tesoro non ritiene", "agli Interni"; a
      // minister's portfolio is no name ("il ministro del Tesoro")
    }
    if (i > first && NameKeys.capitalised(tok.norm()) && classes.is(WordClass.ORG_FINAL, tok.norm())) {
      int from = i;
      while (from > first && i - from < 4 && NameKeys.capitalised(t.get(from - 1).norm())
          && isNameWord(t.get(from - 1).norm())) {
        from--;
      }
      if (from < i) {
        add(t, from, i + 1, EntityType.ORGANIZATION, RANK_PATTERN, out); // "il Bharatiya Janata Party"
      }
    }
    if (NameKeys.capitalised(tok.norm()) && classes.is(WordClass.STATE_HEAD, tok.norm())) {
      int stop = stateEnd(t, i + 1, end);
      if (stop > i + 1) {
        add(t, i, stop, EntityType.LOCATION, RANK_LISTED, out); // "Regno d'Italia", "Impero austriaco"
      }
    }
    if (NameKeys.capitalised(tok.norm()) && classes.is(WordClass.GEO_HEAD, tok.norm())) {
      int stop = geoEnd(t, i + 1, end);
      if (stop > i + 1) {
        add(t, i, stop, EntityType.LOCATION, RANK_PATTERN, out); // "Mare del Nord", "Lago di Garda"
      }
    }
    if (compassWord(tok.norm()) && compassRegion(t, i, first, end)) {
      add(t, i, i + 1, EntityType.LOCATION, RANK_PATTERN, out); // "i rapporti con l'Est", "tra Sud e Nord"
    }
    boolean nameWord = isNameWord(tok.norm()) && !classes.is(WordClass.NOT_ALONE, tok.norm()); // no "lo Stato abdica"
    if (nameWord && !"NOUN".equals(tok.pos()) && !NameKeys.allCaps(tok.norm())
        && (i == first || !"DET".equals(t.get(i - 1).pos()))) { // not "il Capitolo II"
      int stop = rulerEnd(t, i, end);
      if (stop > i + 1) {
        add(t, i, stop, EntityType.PERSON, RANK_PATTERN, out); // "Gustavo IV Adolfo", "Pipino il Breve"
      }
    }
    if (nameWord && i + 1 < end && classes.patronymic(t.get(i + 1).norm()) && isNameWord(t.get(i + 1).norm())) {
      int stop = i + 2;
      if (stop < end && isNameWord(t.get(stop).norm()) && !classes.patronymic(t.get(stop).norm())) {
        stop++;
      }
      add(t, i, stop, EntityType.PERSON, RANK_PATTERN, out); // "Lev Davidovič", "Sergej Mironovič Kostrikov"
    }
    int bracketed = bracketedWordEnd(t, i, end);
    if (bracketed > 0 && NameKeys.capitalised(tok.norm())
        && classes.is(WordClass.ORG_HEAD, tok.norm().replace(".", "") + t.get(i + 2).norm())) {
      int stop = bracketed;
      for (int next = bracketedWordEnd(t, stop, end); next > 0; next = bracketedWordEnd(t, stop, end)) {
        stop = next;
      }
      add(t, i, stop, EntityType.ORGANIZATION, RANK_PATTERN, out); // "C.[onsiglio] n.[azionale]"
    }
    int split = splitPatronymicEnd(t, i, end);
    if (nameWord && split > 0) {
      int stop = split < end && isNameWord(t.get(split).norm()) ? split + 1 : split;
      add(t, i, stop, EntityType.PERSON, RANK_PATTERN, out); // "Pëtr Arkad 'evič Stolypin"
    }
    if (("di".equals(tok.norm()) || "d'".equals(tok.norm())) && i > first && i + 1 < end
        && classes.is(WordClass.KIN_NOUN, t.get(i - 1).norm())
        && !NameKeys.capitalised(t.get(i - 1).norm())) {
      int stop = nameEnd(t, i + 1, end, 3, false);
      if (stop > i + 1) {
        add(t, i + 1, stop, EntityType.PERSON, RANK_PATTERN, out); // "padre di Siagrio": a relative
      }
    }
    if (nameWord && i > first && !NameKeys.capitalised(t.get(i - 1).norm())
        && classes.is(WordClass.KIN_NOUN, t.get(i - 1).norm()) && !NameKeys.allCaps(tok.norm())) {
      int stop = nameEnd(t, i, end, 3, false);
      if (stop == end || !t.get(stop).norm().startsWith("'")) { // not a name split at its apostrophe: "Natal 'ja"
        add(t, i, stop, EntityType.PERSON, RANK_PATTERN, out); // "mio fratello Augusto"
      }
    }
    if (nameWord && !NameKeys.allCaps(tok.norm()) && (i == first ? !SUBJECT_NOT_NAME_POS.contains(tok.pos())
        : !NameKeys.capitalised(t.get(i - 1).norm()))) { // at a sentence start too: "Massinissa, figlio di Gaia"
      int stop = nameEnd(t, i, end, 3, false);
      if (stop > i && (i == first ? stop + 1 < end && ",".equals(t.get(stop).norm()) && kinOf(t, stop + 1, end)
          : appositiveTitle(t, stop, end))) {
        // not an acronym: "consigliere di BPU, commissario"; at a sentence start a kin noun only, since a title
        // there is mostly a form of address after a vocative or an imperative ("Piano, signor Vicequestore!")
        add(t, i, stop, EntityType.PERSON, RANK_PATTERN, out); // "del Mahnic, jugoslavo, vescovo di Veglia"
      }
    }
    if (nameWord && (i == first ? !SUBJECT_NOT_NAME_POS.contains(tok.pos())
        : !NameKeys.capitalised(t.get(i - 1).norm()))) {
      int stop = nameEnd(t, i, end, 3, false);
      int verb = stop < end ? verbAfter(t, stop, end) : stop;
      if (stop > i && stop < end && classes.is(WordClass.PERSON_VERB, t.get(verb).norm())
          && (verb == stop ? !t.get(verb).norm().endsWith("o")
              : i == first || !t.get(i - 1).pos().startsWith("ADP"))) {
        add(t, i, stop, EntityType.PERSON, RANK_PATTERN, out); // "Teodorico morì": the subject of a person's verb
      } else if (stop > i && stop + 1 < end && ",".equals(t.get(stop).norm())
          && participleOfPerson(t.get(stop + 1).norm())) {
        add(t, i, stop, EntityType.PERSON, RANK_PATTERN, out); // "Gallieno, costretto a": a participial apposition
      }
    }
    if (nameWord && i > first && classes.is(WordClass.PERSON_OBJECT_VERB, t.get(i - 1).norm())
        && !NameKeys.allCaps(tok.norm())) {
      int stop = nameEnd(t, i, end, 3, false);
      if (stop > i) {
        add(t, i, stop, EntityType.PERSON, RANK_PATTERN, out); // "licenziò Sami Vänskä": the object of a verb
      }
    }
    if ("da".equals(tok.norm()) && i > first && i + 1 < end && classes.is(WordClass.SIGN_VERB, t.get(i - 1).norm())) {
      int from = isQuote(t.get(i + 1).norm()) ? i + 2 : i + 1;
      int stop = from < end ? nameEnd(t, from, end, 3, false) : from;
      if (stop > from) {
        add(t, from, stop, EntityType.PERSON, RANK_PATTERN, out); // "firmato da «Audax»": the signer
      }
    }
    if ("di".equals(tok.norm()) && i > first && i + 1 < end && classes.is(WordClass.WORK_NOUN, t.get(i - 1).norm())
        && !NameKeys.capitalised(t.get(i - 1).norm())) {
      int stop = nameEnd(t, i + 1, end, 3, false);
      if (stop > i + 1) {
        add(t, i + 1, stop, EntityType.PERSON, RANK_PATTERN, out); // "il libro di testo di Thot": its author
      }
    }
    if (classes.ordinal(tok.norm()) && i + 1 < end && NameKeys.capitalised(t.get(i + 1).norm())
        && classes.is(WordClass.CONGRESS, t.get(i + 1).norm())) {
      add(t, i, orgEnd(t, i + 2, end), EntityType.ORGANIZATION, RANK_PATTERN, out);
    }
    if (i + 1 < end && NameKeys.allCaps(tok.norm()) && "(b)".equals(t.get(i + 1).norm())) {
      add(t, i, i + 2, EntityType.ORGANIZATION, RANK_PATTERN, out);
    }
    if (!NameKeys.capitalised(tok.norm()) && classes.is(WordClass.PARTY_NOUN, tok.norm()) && i + 1 < end
        && classes.is(WordClass.PARTY_ADJECTIVE, t.get(i + 1).norm())
        && partyDetermined(t, i)) { // "il partito comunista", "club popolare"; not "un grande partito popolare"
      int stop = i + 2;
      while (stop < end && !NameKeys.capitalised(t.get(stop).norm())
          && classes.is(WordClass.ORG_MODIFIER, t.get(stop).norm())) {
        stop++;
      }
      add(t, i, stop, EntityType.ORGANIZATION, RANK_PATTERN, out);
    }
    if (isQuote(tok.norm())) {
      int close = closingQuote(t, i, end);
      if (close > i + 1) {
        boolean faction = false;
        for (int k = i + 1; k < close; k++) {
          faction |= classes.is(WordClass.FACTION_HEAD, t.get(k).norm());
        }
        boolean paper = i > first && classes.is(WordClass.NEWSPAPER_NOUN, t.get(i - 1).norm())
            && NameKeys.capitalised(t.get(i + 1).norm());
        if (faction || paper) {
          add(t, i + 1, close, EntityType.ORGANIZATION, RANK_PATTERN, out);
        }
      }
    }
    if (!NameKeys.capitalised(tok.norm()) && classes.is(WordClass.STREET_NOUN, tok.norm()) && i + 1 < end) {
      boolean route = classes.is(WordClass.ROUTE_NOUN, tok.norm());
      boolean way = route && i > first && classes.is(WordClass.ORG_DETERMINER, t.get(i - 1).norm())
          && i + 2 < end && classes.is(WordClass.OF, t.get(i + 1).norm())
          && classes.is(WordClass.ORG_ALONE, t.get(i + 2).norm()); // "la via del Governo": the way a body takes
      int stop = way ? i + 1 : streetEnd(t, i + 1, end, route);
      if (stop > i + 1) {
        add(t, i, stop, EntityType.LOCATION, RANK_PATTERN, out); // "piazza Lenin", "viale Mazzini"
      }
    }
    if (NameKeys.capitalised(tok.norm()) && classes.is(WordClass.STREET_NOUN, tok.norm())
        && i + 1 < end) {
      int stop = streetEnd(t, i + 1, end, false);
      if (stop > i + 1 && stop < end && isHouseNumber(t.get(stop).norm())) {
        add(t, i, stop, EntityType.LOCATION, RANK_PATTERN, out); // an address: "Via Bisignano 4"
      }
    }
    if (!NameKeys.capitalised(tok.norm()) && "NOUN".equals(tok.pos()) && classes.is(WordClass.PLACE_NOUN, tok.norm())
        && i + 2 < end
        && ("di".equals(t.get(i + 1).norm()) || "d'".equals(t.get(i + 1).norm()))) {
      int stop = i + 2;
      while (stop < end && stop - i < 5 && isNameWord(t.get(stop).norm())) {
        stop++;
      }
      if (stop > i + 2) {
        add(t, i + 2, stop, EntityType.LOCATION, RANK_PATTERN, out); // "il piccolo comune di Cavedano"
      }
    }
    if (classes.is(WordClass.SAINT_PREFIX, tok.norm()) && NameKeys.capitalised(tok.norm()) && i + 1 < end
        && isNameWord(t.get(i + 1).norm())) {
      add(t, i, i + 2, EntityType.LOCATION, RANK_WEAK, out); // "S. Germano", "San Remo"
    }
    hyphenParts(tok, i, out);
  }

  /**
   * True when a lower-case title noun, not an abbreviation nor a {@code pair-cue} ("il filologo Ascoli", "il
   * ministro Ascoli", not "fra Trento e Bolzano"), is followed by a one-word listed place: the person wins over the
   * city.
   */
  private boolean listedPlaceAfter(List<Token> t, int i, int end) {
    String title = t.get(i).norm();
    if (NameKeys.capitalised(title) || !title.chars().allMatch(Character::isLetter)
        || classes.is(WordClass.PAIR_CUE, title)) {
      return false;
    }
    Gazetteer.Match m = gazetteer.longest(t, i + 1, end);
    return m != null && m.end() == i + 2 && m.entry().type() == EntityType.LOCATION;
  }

  /**
   * True when a lower-case title that is also a {@code pair-cue} opens "X e Y" rather than a friar's name: "fra Stato
   * e Regioni", "fra Regione e Stato" (tokens [{@code i} + 1, {@code stop}) are X, one unlisted word, and "e"/"ed" +
   * a capitalised word follow). "fra Cristoforo" and "fra Paolo e fra Fulgenzio" keep the title reading. No
   * friar's name opens with the head of a body, state or geographic name: "fra Partito Comunista e gli altri
   * partiti" is the preposition before the party, whatever follows.
   */
  private boolean pairReading(List<Token> t, int i, int stop, int end) {
    String cue = t.get(i).norm();
    if (NameKeys.capitalised(cue) || !classes.is(WordClass.PAIR_CUE, cue)) {
      return false;
    }
    String next = t.get(i + 1).norm();
    if (NameKeys.capitalised(next) && (classes.is(WordClass.ORG_HEAD, next) || classes.is(WordClass.STATE_HEAD, next)
        || classes.is(WordClass.GEO_HEAD, next))) {
      return true;
    }
    if (stop != i + 2 || stop + 1 >= end || gazetteer.word(next) != null) {
      return false;
    }
    String and = t.get(stop).norm();
    return ("e".equals(and) || "ed".equals(and)) && NameKeys.capitalised(t.get(stop + 1).norm());
  }

  /**
   * A lower-case adjective between a title and a name: letters only, four or more, tagged ADJ, not an "of" word or
   * a determiner ("americano", "socialista", "emerito").
   */
  private boolean titleAdjective(Token tok) {
    String w = tok.norm();
    return w.length() > 3 && "ADJ".equals(tok.pos()) && Character.isLowerCase(w.charAt(0))
        && w.chars().allMatch(Character::isLetter) && !classes.is(WordClass.OF, w)
        && !classes.is(WordClass.ORG_DETERMINER, w);
  }

  /** A lower-case particle that opens a surname after a title ("de", "von", "van"), not an "of" word. */
  private boolean lowerParticle(String w) {
    return !NameKeys.capitalised(w) && classes.is(WordClass.PARTICLE, w) && !classes.is(WordClass.OF, w);
  }

  /**
   * True when the capitalised {@code event-head} at {@code i} + "of" + a listed place make up tokens
   * [{@code i}, {@code stop}): an event named after its place ("Battaglia di Stalingrado", "Conferenza di Lisbona").
   */
  boolean eventPlace(List<Token> t, int i, int stop, int end) {
    if (stop <= i + 2 || stop > end || !NameKeys.capitalised(t.get(i).norm())
        || !classes.is(WordClass.EVENT_HEAD, t.get(i).norm()) || !classes.is(WordClass.OF, t.get(i + 1).norm())) {
      return false;
    }
    Gazetteer.Match m = gazetteer.longest(t, i + 2, end);
    return m != null && m.entry().type() == EntityType.LOCATION && m.end() == stop;
  }

  /**
   * True when a lower-case title written without a period stands between two capitalised words, inside a foreign
   * name rather than before a person: "Directions on Microsoft" ("on" is also the period-less "onorevole"),
   * while "l'on Giunta" and "il prefetto Rossi" open persons.
   */
  private static boolean insideCapitalisedName(List<Token> t, int i, int first) {
    String w = t.get(i).norm();
    return i > first && i + 1 < t.size() && !NameKeys.capitalised(w) && w.indexOf('.') < 0
        && NameKeys.capitalised(t.get(i - 1).norm()) && Character.isLetter(t.get(i - 1).norm().charAt(0))
        && NameKeys.capitalised(t.get(i + 1).norm());
  }

  /**
   * End of a word an editor completed in brackets at {@code i}, one to three letters with an optional period and the
   * rest glued in brackets ("C.[onsiglio]", "n.[azionale]", "P[artito]"); 0 when there is none.
   */
  private static int bracketedWordEnd(List<Token> t, int i, int end) {
    if (i + 3 >= end) {
      return 0;
    }
    Token abbreviation = t.get(i);
    Token open = t.get(i + 1);
    Token rest = t.get(i + 2);
    Token close = t.get(i + 3);
    boolean bracketed = BRACKETED_STEM.matcher(abbreviation.norm()).matches() && "[".equals(open.norm())
        && "]".equals(close.norm()) && abbreviation.end() == open.begin() && open.end() == rest.begin()
        && rest.end() == close.begin() && !rest.norm().isEmpty()
        && rest.norm().chars().allMatch(Character::isLowerCase);
    return bracketed ? i + 4 : 0;
  }

  /**
   * End of a given name and a patronymic that a detokenised corpus split at its apostrophe, with a space before it
   * ("Pëtr Arkad 'evič", "Michail Vasil 'evič"): a name word at {@code i}, a name word, then "'" glued to a
   * lower-case word that with it makes a patronymic; 0 when there is none.
   */
  private int splitPatronymicEnd(List<Token> t, int i, int end) {
    if (i + 3 >= end) {
      return 0;
    }
    Token stem = t.get(i + 1);
    Token mark = t.get(i + 2);
    Token rest = t.get(i + 3);
    boolean split = isNameWord(stem.norm()) && "'".equals(mark.norm()) && mark.begin() > stem.end()
        && mark.end() == rest.begin() && !rest.norm().isEmpty() && Character.isLowerCase(rest.norm().charAt(0))
        && classes.patronymic(stem.norm() + "'" + rest.norm());
    return split ? i + 4 : 0;
  }

  /**
   * End of the name of a street after a lower-case {@code street-noun}: an optional "of" word, then one to three
   * capitalised words ("piazza Lenin", "piazza di Spagna", "viale Regina Margherita"); {@code i} when there is
   * none. After a {@code route-noun} ("via") a listed place or "di" opens a route, not a street ("via Vienna", "la
   * via di San Francisco", "la via del Brennero"); an articled "of" word does not ("via della Torre Verde").
   */
  private int streetEnd(List<Token> t, int i, int end, boolean via) {
    boolean of = i < end && classes.is(WordClass.OF, t.get(i).norm());
    boolean articled = of && !"di".equals(t.get(i).norm()) && !"d'".equals(t.get(i).norm());
    int k = of && (!via || articled) ? i + 1 : i; // "via della Torre Verde", not "la via di San Francisco"
    int from = k;
    while (k < end && k - from < 3 && streetWord(t.get(k).norm())) {
      k++;
    }
    if (k == from) {
      return i;
    }
    if (via) {
      Gazetteer.Match m = gazetteer.longest(t, from, end);
      if (m != null && m.entry().type() != EntityType.PERSON) {
        return i;
      }
    }
    return k;
  }

  /** A house number after a street's name: digits, optionally followed by one letter ("4", "12a", "7/B"). */
  private static boolean isHouseNumber(String w) {
    return HOUSE_NUMBER.matcher(w).matches();
  }

  /** A capitalised word of letters that may name a street: not a function word, title or elided article. */
  private boolean streetWord(String w) {
    if (!NameKeys.capitalised(w) || w.length() < 2 || elided(w) || classes.is(WordClass.NOT_NAME, w)
        || classes.is(WordClass.TITLE, w)) {
      return false;
    }
    return w.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-');
  }

  /**
   * True when an {@code org-determiner} comes right before {@code i}, or before one {@code org-pre-adjective}
   * right before it ("la Camera", "il nuovo Governo").
   */
  /**
   * Whether a title or a minister's title governs the portfolio whose article is at {@code k + 1}: the word at
   * {@code k} ("il ministro del Tesoro"), or one reached back over at most ten words of a list of portfolios
   * (commas, "e", "per", articled prepositions, capitalised words: "ministro dei Lavori Pubblici e degli Esteri",
   * "i ministri dell'Industria, del Tesoro, delle Finanze", "sottosegretario per l'Interno").
   */
  boolean portfolioOfTitle(List<Token> t, int k, int first) {
    for (int j = k; j >= first && j >= k - 10; j--) {
      String w = t.get(j).norm();
      if (titleWord(w)) {
        return true;
      }
      boolean list = ",".equals(w) || "per".equals(w) || classes.is(WordClass.TOPIC_JOIN, w)
          || classes.is(WordClass.OF, w) || classes.is(WordClass.ORG_DETERMINER, w) || NameKeys.capitalised(w);
      if (!list) {
        return false;
      }
    }
    return false;
  }

  private boolean titleWord(String w) {
    return classes.is(WordClass.TITLE, w) || classes.is(WordClass.PORTFOLIO_TITLE, w);
  }

  private boolean afterDeterminer(List<Token> t, int i, int first) {
    if (i > first && classes.is(WordClass.ORG_DETERMINER, t.get(i - 1).norm())) {
      return true;
    }
    return i - 1 > first && classes.is(WordClass.ORG_PRE_ADJECTIVE, t.get(i - 1).norm())
        && classes.is(WordClass.ORG_DETERMINER, t.get(i - 2).norm());
  }

  /**
   * End of a ruler's name that starts with the name word at {@code i}: one more given name, a regnal number, one
   * more name word and an epithet ("Vittorio Emanuele III", "Gustavo IV Adolfo", "Carlo II il Calvo"), or an
   * article + an {@code epithet} ("Pipino il Breve", "Scipione l'Africano"); {@code i + 1} when neither follows.
   * A realm after "di"/"d'" stays outside, a place of its own ("Ruggero II | di Sicilia", as in KIND).
   */
  private int rulerEnd(List<Token> t, int i, int end) {
    int k = i + 1;
    if (k + 1 < end && isNameWord(t.get(k).norm()) && isRegnal(t.get(k + 1).norm())) {
      k++;
    }
    if (k < end && isRegnal(t.get(k).norm())) {
      k++;
      if (k < end && isNameWord(t.get(k).norm()) && !classes.is(WordClass.OF, t.get(k).norm())) {
        k++;
      }
      return epithetEnd(t, k, end, true);
    }
    int epithet = epithetEnd(t, i + 1, end, false);
    return epithet > i + 1 ? epithet : i + 1;
  }

  /**
   * End of an article + {@code epithet} at {@code i} ("il Breve", "l'Africano"), or {@code i}. After a regnal number
   * ({@code afterRegnal}) any unlisted name word after the article is an epithet: "Leone IV il Cazaro", "Carlo II
   * il Calvo" ("Pio XI il Papa" keeps its title outside: a title is no name word).
   */
  private int epithetEnd(List<Token> t, int i, int end, boolean afterRegnal) {
    if (i + 1 >= end) {
      return i;
    }
    String article = t.get(i).norm();
    boolean det = "il".equals(article) || "lo".equals(article) || "la".equals(article) || "l'".equals(article);
    String w = t.get(i + 1).norm();
    boolean epithet = classes.is(WordClass.EPITHET, w)
        || afterRegnal && isNameWord(w) && gazetteer.word(w) == null && !NameKeys.allCaps(w);
    return det && NameKeys.capitalised(w) && epithet ? i + 2 : i;
  }

  /** True for a roman regnal number up to LXXXIX written in capitals ("I", "IV", "XIII"). */
  static boolean isRegnal(String w) {
    return !w.isEmpty() && w.length() <= 7 && REGNAL.matcher(w).matches();
  }

  /**
   * End of a state's name whose head ends before {@code i}: capitalised words or one lower-case adjective
   * ("Impero Ottomano", "Impero austro-ungarico", "Territorio libero"), then optionally "di"/"d'"/"del" + a
   * listed place or capitalised words ("Regno d'Italia", "Territorio libero di Trieste"); {@code i} when nothing
   * follows the head.
   */
  private int stateEnd(List<Token> t, int i, int end) {
    int k = i;
    while (k < end && k - i < 3 && isPlaceWord(t.get(k).norm())) {
      k++;
    }
    if (k == i && k < end && isAdjective(t.get(k))) {
      k++;
    }
    int after = ofPlace(t, k, end);
    return after > k ? after : k;
  }

  /**
   * End of a geographic name whose head ends before {@code i}: "di"/"del"/... + a listed place or capitalised
   * words ("Mare del Nord", "Lago di Garda"), or capitalised words ("Monte Bianco", "Mare Adriatico").
   */
  private int geoEnd(List<Token> t, int i, int end) {
    int after = ofPlace(t, i, end);
    if (after > i) {
      return after;
    }
    int k = i;
    while (k < end && k - i < 2 && isPlaceWord(t.get(k).norm())) {
      k++;
    }
    return k;
  }

  /** End of "of" + a listed place or up to three capitalised place words at {@code i}, or {@code i}. */
  private int ofPlace(List<Token> t, int i, int end) {
    if (i + 1 >= end || !classes.is(WordClass.OF, t.get(i).norm())) {
      return i;
    }
    Gazetteer.Match m = gazetteer.longest(t, i + 1, end);
    if (m != null) {
      return m.entry().type() == EntityType.LOCATION ? m.end() : i;
    }
    int k = i + 1;
    while (k < end && k - i <= 3 && isPlaceWord(t.get(k).norm())) {
      k++;
    }
    return k > i + 1 ? k : i;
  }

  /** A capitalised word of a place name: letters, not a function word, title, head, listed person or body. */
  boolean isPlaceWord(String w) {
    if (!NameKeys.capitalised(w) || w.length() < 2 || elided(w) || classes.is(WordClass.NOT_NAME, w)
        || classes.is(WordClass.TITLE, w) || classes.is(WordClass.ORG_HEAD, w) || classes.alwaysDerived(w)
        || classes.adverb(w)) {
      return false;
    }
    for (int c = 0; c < w.length(); c++) {
      if (!Character.isLetter(w.charAt(c)) && w.charAt(c) != '\'' && w.charAt(c) != '-') {
        return false;
      }
    }
    Gazetteer.Entry e = gazetteer.word(w);
    return e == null || e.type() == EntityType.LOCATION;
  }

  /**
   * True for an elided article or preposition: a word of at most three characters ending with an apostrophe
   * ("L'", "D'", "Un'") or an elided {@code org-determiner}/{@code of} word ("Dell'", "Nell'"); a soft sign
   * ending a transliterated name is none ("Gogol'", "Astrachan'").
   */
  boolean elided(String w) {
    return w.charAt(w.length() - 1) == '\'' && (w.length() <= 3 || classes.is(WordClass.ORG_DETERMINER, w)
        || classes.is(WordClass.OF, w));
  }

  /** A lower-case adjective of four letters or more (tagged ADJ, or a hyphenated compound: "austro-ungarico"). */
  private static boolean isAdjective(Token tok) {
    String w = tok.norm();
    if (w.length() < 4 || !Character.isLowerCase(w.charAt(0))
        || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
      return false; // not "n" of "dell'Impero n.159"
    }
    return "ADJ".equals(tok.pos()) || w.indexOf('-') > 0;
  }

  /**
   * True when the capitalised {@code compass-region} word at {@code i} names a geopolitical region: after an
   * {@code org-determiner} ("nel Sud", "con l'Est europeo") or paired with another by a {@code compass-link} ("tra
   * Est ed Ovest"); not before a capitalised word ("Nord America", "Sud Tirolo") nor after "of" + a proper name
   * ("Corea del Nord", "Europa dell'Est": a longer name's part), while "i Paesi dell'Est" and "Vento del Nord" are
   * the region. The determiner is a masculine singular one, as the region's name is ("degli Est eri" is a word
   * broken by the OCR). A direction is written in lower case ("a nord di") and never read.
   */
  private boolean compassRegion(List<Token> t, int i, int first, int end) {
    if (i + 1 < end && NameKeys.capitalised(t.get(i + 1).norm())) {
      return false;
    }
    if (i - 2 >= first && classes.is(WordClass.OF, t.get(i - 1).norm()) && NameKeys.capitalised(t.get(i - 2).norm())
        && (!"NOUN".equals(t.get(i - 2).pos()) || gazetteer.word(t.get(i - 2).norm()) != null)) {
      return false;
    }
    boolean determined = i > first && classes.is(WordClass.ORG_DETERMINER, t.get(i - 1).norm())
        && singularMasculine(t.get(i - 1).norm());
    boolean pairedAfter = i + 2 < end && classes.is(WordClass.COMPASS_LINK, t.get(i + 1).norm())
        && compassWord(t.get(i + 2).norm());
    boolean pairedBefore = i - 2 >= first && classes.is(WordClass.COMPASS_LINK, t.get(i - 1).norm())
        && compassWord(t.get(i - 2).norm());
    return determined || pairedAfter || pairedBefore;
  }

  /** True for a determiner that is not feminine nor plural: no final a, e, i ("il", "dell'", "nello", "in"). */
  private static boolean singularMasculine(String determiner) {
    char last = determiner.charAt(determiner.length() - 1);
    return last != 'a' && last != 'e' && last != 'i';
  }

  /** True for a capitalised {@code compass-region} word ("Ovest"; not "ovest"). */
  private boolean compassWord(String w) {
    return NameKeys.capitalised(w) && classes.is(WordClass.COMPASS_REGION, w);
  }

  private static void add(List<Token> t, int first, int end, EntityType type, int rank, List<Candidate> out) {
    out.add(new Candidate(first, end, t.get(first).begin(), t.get(end - 1).end(), type, rank));
  }

  /** Listed persons and places inside a hyphenated token: "trotskista-Zinoviev" → "Zinoviev". */
  private void hyphenParts(Token tok, int i, List<Candidate> out) {
    String s = tok.text();
    if (s.indexOf('-') < 0 || s.length() != tok.norm().length()) {
      return;
    }
    int from = 0;
    while (from <= s.length()) {
      int dash = s.indexOf('-', from);
      int to = dash < 0 ? s.length() : dash;
      String part = s.substring(from, to);
      if (to - from > 2 && NameKeys.capitalised(part) && !part.equals(s)) {
        Gazetteer.Entry e = gazetteer.word(part);
        if (e != null && e.type() != EntityType.ORGANIZATION) {
          out.add(new Candidate(i, i + 1, tok.begin() + from, tok.begin() + to, e.type(), RANK_WEAK));
        }
      }
      if (dash < 0) {
        break;
      }
      from = dash + 1;
    }
  }

  /**
   * True for a roman number opening a sentence before a common noun, a heading rather than an initial:
   * "I. Comunicazioni riguardo alla decisione ...".
   */
  private boolean isHeadingNumber(List<Token> t, int i, int first, int end) {
    if (i != first || i + 1 >= end) {
      return false;
    }
    Token next = t.get(i + 1);
    if (HEADING_NUMBER.matcher(t.get(i).norm()).matches()) {
      return "NOUN".equals(next.pos());
    }
    return ROMAN_HEADING.matcher(t.get(i).norm()).matches() && !"PROPN".equals(next.pos())
        && gazetteer.word(next.norm()) == null; // "IV. Dimissioni del Podestà", not "IV. Stalin"
  }

  /**
   * True when the lower-case party noun at {@code i} is determined as one party's name: the word before it (over
   * {@code org-pre-adjective} words, adjectives and quotation marks: "del nuovo partito comunista", "il grande partito
   * socialista germanico") is an {@code org-determiner} or "e"/"o" after
   * another name ("democrazia cristiana e partito comunista"), or nothing. An indefinite or other word before it
   * makes "partito popolare" a description ("un grande partito popolare", "di partito democratico", "il nostro
   * partito, partito popolare"), no name.
   */
  boolean partyDetermined(List<Token> t, int i) {
    int k = i - 1;
    while (k >= 0 && !NameKeys.capitalised(t.get(k).norm())
        && (classes.is(WordClass.ORG_PRE_ADJECTIVE, t.get(k).norm()) || "ADJ".equals(t.get(k).pos())
            || isQuote(t.get(k).norm()))) {
      k--; // "del nuovo partito", "il grande partito socialista germanico", "nel «partito popolare conservativo»"
    }
    if (k < 0) {
      return true;
    }
    String w = t.get(k).norm();
    return classes.is(WordClass.ORG_DETERMINER, w) || k == i - 1 && ("e".equals(w) || "o".equals(w));
  }

  /** First token of the initials right before {@code i} ("I.V." "IV." "I. V." "LB"), or {@code i}. */
  int initialsBefore(List<Token> t, int i, int first) {
    int j = i;
    while (j > first && isInitials(t, j - 1, i + 1)) {
      j--;
    }
    return j;
  }

  /** True for initials such as "V.I.", "I.", "IV.", and bare "LB" right before a capitalised word. */
  boolean isInitials(List<Token> t, int i, int end) {
    String w = t.get(i).norm();
    if (w.length() < 2 || Character.getType(w.codePointAt(0)) != Character.UPPERCASE_LETTER) {
      return false; // what INITIALS and BARE_INITIALS both require, tested without a regex or a word lookup
    }
    if (classes.is(WordClass.NOT_NAME, w) || classes.is(WordClass.TITLE, w)) {
      return false;
    }
    if (INITIALS.matcher(w).matches()) {
      return !(w.length() == 3 && w.charAt(0) == w.charAt(1)); // "II." numbers a heading
    }
    if (BARE_INITIALS.matcher(w).matches() && i + 1 < end && gazetteer.word(w) == null) {
      String next = t.get(i + 1).norm();
      return NameKeys.capitalised(next) && !NameKeys.allCaps(next) && (isNameWord(next)
          || INITIALS.matcher(next).matches());
    }
    return false;
  }

  /**
   * True when a comma at {@code i} opens an apposition that is a lower-case title, after at most one lower-case
   * adjective (the tagger may call it a verb or a noun) and its comma: ", vescovo di Trento", ", jugoslavo,
   * vescovo di Veglia", ", deputato tirolese"; or a kin noun with its "of", after at most one lower-case adjective
   * or ordinal (", secondo figlio di", ", moglie del").
   */
  private boolean appositiveTitle(List<Token> t, int i, int end) {
    if (i + 1 >= end || !",".equals(t.get(i).norm())) {
      return false;
    }
    int k = i + 1;
    if (k + 2 < end && APPOSITION_POS.contains(t.get(k).pos()) // the tagger's "jugoslavo": VERB
        && !NameKeys.capitalised(t.get(k).norm())
        && ",".equals(t.get(k + 1).norm())) {
      k += 2;
    }
    String w = t.get(k).norm();
    if (kinOf(t, k, end)) {
      return true; // a relative: "Ottone, secondo figlio di Enrico il Leone"
    }
    return !NameKeys.capitalised(w) && w.length() > 3 && !w.endsWith(".") && classes.is(WordClass.TITLE, w);
  }

  /**
   * True when the words from {@code k} are a kin noun and "of", after at most one lower-case adjective or ordinal:
   * "figlio di", "secondo figlio di", "moglie del" (the relatives of {@link #appositiveTitle}).
   */
  private boolean kinOf(List<Token> t, int k, int end) {
    String w = t.get(k).norm();
    int kin = k + 1 < end && ("ADJ".equals(t.get(k).pos()) || classes.ordinal(w)) && !NameKeys.capitalised(w)
        ? k + 1 : k; // the tagger's "secondo": ADP
    return kin + 1 < end && !NameKeys.capitalised(t.get(kin).norm())
        && classes.is(WordClass.KIN_NOUN, t.get(kin).norm()) && classes.is(WordClass.OF, t.get(kin + 1).norm());
  }

  /**
   * True when a word is a masculine singular participle of a {@code person-verb} ("costretto", "deceduto",
   * "incaricato"): after a name and a comma it opens an apposition that only a person takes ("Gallieno, costretto a
   * combattere", "di Umayado, deceduto nel 622"; places are mostly feminine and listed places win anyway).
   */
  private boolean participleOfPerson(String word) {
    return word.endsWith("o") && classes.is(WordClass.PERSON_VERB, word);
  }

  /**
   * The index of the verb after a subject ending at {@code i}: past at most two finite auxiliaries (POS AUX: "fu",
   * "sarebbe", "è stato"; not a gerund: "venendo") and lower-case clitic pronouns (POS PRON: "si", "lo"), so that
   * "Attila costrinse", "Perdicca si scontrò", "Barbazione lo arrestò" and "Magnenzio fu costretto" all reach their
   * verb; {@code i} when none is skipped, and never past {@code end - 1}. A participle (a {@code person-verb} ending in
   * "o") counts only after an auxiliary ("il parlamento del Minnesota eletto" names nobody), and a name after a
   * preposition only before a verb right after it ("la battaglia di Mentana venendo sconfitto" is no person).
   */
  private static int verbAfter(List<Token> t, int i, int end) {
    int k = i;
    while (k + 1 < end && k - i < 2) {
      Token tok = t.get(k);
      boolean aux = "AUX".equals(tok.pos()) && !tok.norm().endsWith("ndo");
      boolean clitic = "PRON".equals(tok.pos()) && !NameKeys.capitalised(tok.norm()) && tok.norm().length() <= 3;
      if (!aux && !clitic) {
        break;
      }
      k++;
    }
    return k;
  }

  /**
   * End of a person name that starts at {@code i}: capitalised words with lower-case particles between them,
   * at most {@code max} words; {@code i} when there is none. After a title an organisation head is a surname
   * too ("on. Giunta").
   */
  int nameEnd(List<Token> t, int i, int end, int max, boolean afterTitle) {
    int k = i;
    while (k < end && k - i < max) {
      String w = t.get(k).norm();
      if (k + 1 < end && classes.is(WordClass.PARTICLE, w) && NameKeys.capitalised(w)
          && surnameAfterParticle(t.get(k + 1).norm())) {
        k += 2; // "De Gasperi", "Di Vittorio", "Della Chiesa", "Giacomo Della Chiesa"
      } else if (isNameWord(w) || afterTitle && k == i && classes.is(WordClass.ORG_HEAD, w)
          && NameKeys.capitalised(w)) {
        k++;
      } else if (k > i && k + 1 < end && classes.is(WordClass.PARTICLE, w) && !NameKeys.capitalised(w)
          && isNameWord(t.get(k + 1).norm()) && !isRegnal(t.get(k - 1).norm())) {
        k += 2; // not after a regnal number: "l'imperatore Massimiliano II | d'Asburgo" (the realm or house apart)
      } else if (k > i && k + 1 < end && NameKeys.capitalised(w) && classes.is(WordClass.SURNAME_ARTICLE, w)
          && isNameWord(t.get(k + 1).norm())) {
        k += 2; // "Francesco Lo Sardo", "Ugo La Malfa"
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * A word that may follow a capitalised particle as a surname: a name word, or a capitalised word that is
   * otherwise a listed name or an organisation head ("Della Chiesa", "De Rossi", "Della Torre").
   */
  private boolean surnameAfterParticle(String w) {
    return isNameWord(w) || NameKeys.capitalised(w) && w.length() > 2 && !classes.is(WordClass.NOT_NAME, w)
        && !classes.is(WordClass.TITLE, w) && Character.isLetter(w.charAt(w.length() - 1));
  }

  /**
   * A word that can be part of a name: capitalised letters, not a function word, title or known non-person, not an
   * elided article or preposition ("L'", "Dell'").
   */
  boolean isNameWord(String w) {
    if (!NameKeys.capitalised(w) || w.length() < 2 || elided(w) || classes.is(WordClass.NOT_NAME, w)
        || classes.is(WordClass.TITLE, w) || classes.is(WordClass.ORG_HEAD, w) || classes.alwaysDerived(w)
        || classes.adverb(w)) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!Character.isLetter(c) && c != '\'' && c != '-') {
        return false;
      }
    }
    Gazetteer.Entry e = gazetteer.word(w);
    return e == null || e.type() == EntityType.PERSON;
  }

  /**
   * End of the office after a title and "of" ("[ministro] degli Esteri", "[presidente] del Consiglio"): at most
   * three lower-case words, organisation heads, modifiers or complements; {@code i} when there is none.
   */
  private int officeEnd(List<Token> t, int i, int end) {
    int k = i;
    while (k < end && k - i < 3) {
      String w = t.get(k).norm();
      boolean office = classes.is(WordClass.ORG_HEAD, w) || classes.is(WordClass.ORG_COMPLEMENT, w)
          || classes.is(WordClass.ORG_MODIFIER, w);
      if (office || !NameKeys.capitalised(w) && Character.isLetter(w.charAt(0)) && !classes.is(WordClass.OF, w)) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  /** End of an organisation name whose head ends before {@code i}: modifiers and "of" chains. */
  private int orgEnd(List<Token> t, int i, int end) {
    int k = i;
    boolean chained = false;
    boolean afterOffice = i > 2 && classes.is(WordClass.OF, t.get(i - 2).norm())
        && classes.is(WordClass.TITLE, t.get(i - 3).norm()); // "presidente del Consiglio sulla politica del governo"
    String head = i > 0 ? t.get(i - 1).norm() : "";
    boolean topicHead = !afterOffice && classes.is(WordClass.TOPIC_HEAD, head);
    while (k < end) {
      String w = t.get(k).norm();
      int linked = classes.is(WordClass.ORG_LINK, w) ? linkedName(t, k + 1, end) : k + 1;
      int topic = topicHead && linked == k + 1 ? topicEnd(t, k, end, classes.is(WordClass.ABOUT_HEAD, head)) : k;
      if (topic > k) {
        k = topic; // "Commissariato per le riparazioni dei danni di guerra": the lower-case topic ends the name
        break;
      }
      topicHead &= !NameKeys.capitalised(w) && classes.is(WordClass.ORG_MODIFIER, w); // only after the head's
      // lower-case modifiers: "Consiglio mondiale per ...", not "Consiglio di Stato per violazione di legge"
      if ("(b)".equals(w)) {
        k++;
      } else if ("(".equals(w) && k + 2 < end && classes.is(WordClass.PARTY_ADJECTIVE, t.get(k + 1).norm())
          && ")".equals(t.get(k + 2).norm())) {
        k += 3; // "Partito comunista russo (bolscevico)"
      } else if (linked > k + 1) {
        k = linked; // "Comitato per le Grandes Conférences Catholiques"
        chained = true;
      } else if (!NameKeys.capitalised(w) && classes.is(WordClass.ORG_MODIFIER, w)) {
        k++;
      } else if (NameKeys.capitalised(w) && orgWord(t, k, end)) {
        k++;
      } else if (classes.is(WordClass.OF, w) && k + 1 < end) {
        int next = k + 1;
        String n = t.get(next).norm();
        Gazetteer.Match m = gazetteer.longest(t, next, end);
        if (m != null && m.entry().type() == EntityType.ORGANIZATION) {
          k = m.end();
        } else if (m != null && m.entry().type() == EntityType.LOCATION && !chained
            && ("di".equals(w) || "d'".equals(w))) {
          k = m.end(); // the place identifies the body: "Consiglio comunale di Trento", "Comune di Levico"
          break;
        } else if (m != null) {
          break; // a person or a place closes the name: "Camera dei deputati | di Vienna"
        } else if (NameKeys.capitalised(n) && orgWord(t, next, end)) {
          k = next + 1;
          chained = true;
        } else if (!NameKeys.capitalised(n) && classes.is(WordClass.ORG_COMPLEMENT, n)) {
          k = next + 1;
          chained = true;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * End of the capitalised words (at least one, after an optional article) that an {@code org-link} ("per")
   * joins to an organisation's head, or {@code i}: only unlisted words or a listed organisation (not a listed
   * acronym alone: "al Parlamento per la DC"), so that "per Trieste" or "per Mussolini" stay outside; after an
   * article a listed place is the body's field and ends the name ("Ministero per il Mezzogiorno").
   */
  private int linkedName(List<Token> t, int i, int end) {
    int k = i < end && classes.is(WordClass.ORG_DETERMINER, t.get(i).norm())
        && !NameKeys.capitalised(t.get(i).norm()) ? i + 1 : i;
    int from = k;
    while (k < end && NameKeys.capitalised(t.get(k).norm()) && orgWord(t, k, end)
        && !classes.is(WordClass.OF, t.get(k).norm())) {
      Gazetteer.Match m = gazetteer.longest(t, k, end);
      if (m != null && m.entry().type() == EntityType.LOCATION && k == from && from > i) {
        return m.end(); // an articled place is the body's field: "Ministero per il Mezzogiorno", "per l'Alta Italia"
      }
      if (m != null && (m.entry().type() != EntityType.ORGANIZATION
          || k == from && m.end() == k + 1 && NameKeys.allCaps(t.get(k).norm()))) {
        break; // nor a listed acronym alone: "candidato al Parlamento per la DC" is for the party
      }
      k++;
    }
    return k > from ? k : i;
  }

  /**
   * End of the lower-case topic that a {@code topic-link} ("per"), or after an {@code about-head} ("Conferenza") an
   * {@code about-link} ("sulla", "sul", ...), joins to a {@code topic-head}'s name, or {@code i}: an optional
   * {@code topic-article}, a lower-case noun (POS NOUN), then lower-case nouns and adjectives, "of" + a lower-case noun, a {@code topic-join} ("e") + an optional article + a lower-case noun, and
   * at the end a {@code topic-place} word ("in") + a listed place
   * ("Conferenza sulla sicurezza e la cooperazione in Europa", "Consiglio mondiale per l'alimentazione").
   */
  private int topicEnd(List<Token> t, int i, int end, boolean about) {
    if (i >= end || NameKeys.capitalised(t.get(i).norm()) || !classes.is(WordClass.TOPIC_LINK, t.get(i).norm())
        && !(about && classes.is(WordClass.ABOUT_LINK, t.get(i).norm()))) {
      return i;
    }
    int k = article(t, i + 1, end);
    if (!lowerNoun(t, k, end)) {
      return i;
    }
    k++;
    while (k < end) {
      String w = t.get(k).norm();
      if (lowerWord(t, k, end) && ("NOUN".equals(t.get(k).pos()) || "ADJ".equals(t.get(k).pos()))) {
        k++;
      } else if (classes.is(WordClass.OF, w) && !NameKeys.capitalised(w) && lowerNoun(t, k + 1, end)) {
        k += 2;
      } else if (classes.is(WordClass.TOPIC_JOIN, w) && lowerNoun(t, article(t, k + 1, end), end)) {
        k = article(t, k + 1, end) + 1;
      } else {
        break;
      }
    }
    if (k + 1 < end && classes.is(WordClass.TOPIC_PLACE, t.get(k).norm())) {
      Gazetteer.Match m = gazetteer.longest(t, k + 1, end);
      if (m != null && m.entry().type() == EntityType.LOCATION) {
        k = m.end(); // "... la cooperazione in Europa"
      }
    }
    return k;
  }

  /** {@code i + 1} after a lower-case {@code topic-article} ("il", "la", "l'", ...) at {@code i}, else {@code i}. */
  private int article(List<Token> t, int i, int end) {
    return i < end && !NameKeys.capitalised(t.get(i).norm()) && classes.is(WordClass.TOPIC_ARTICLE, t.get(i).norm())
        ? i + 1 : i;
  }

  /** A lower-case word of letters (a hyphen inside allowed) at {@code k}. */
  private static boolean lowerWord(List<Token> t, int k, int end) {
    if (k >= end) {
      return false;
    }
    String w = t.get(k).norm();
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    for (int c = 0; c < w.length(); c++) {
      if (!Character.isLetter(w.charAt(c)) && w.charAt(c) != '-') {
        return false;
      }
    }
    return true;
  }

  /** A lower-case common noun (POS NOUN) at {@code k}. */
  private static boolean lowerNoun(List<Token> t, int k, int end) {
    return lowerWord(t, k, end) && "NOUN".equals(t.get(k).pos());
  }

  /** A capitalised word that may continue an organisation name (not a listed person, not a function word). */
  private boolean orgWord(List<Token> t, int k, int end) {
    String w = t.get(k).norm();
    if (classes.is(WordClass.NOT_NAME, w)) {
      return false;
    }
    Gazetteer.Match m = gazetteer.longest(t, k, end);
    if (m != null && m.entry().type() == EntityType.PERSON) {
      return false;
    }
    for (int c = 0; c < w.length(); c++) {
      if (!Character.isLetter(w.charAt(c)) && w.charAt(c) != '\'' && w.charAt(c) != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the capitalised head at {@code i} is joined by a {@code body-link} ("e", "ed") to a capitalised
   * {@code org-alone} head or {@code body-partner} ("Stato") right before or after it in the same sentence: a pair of
   * bodies needs no determiner ("i rapporti tra Stato e Chiesa", "Chiesa e Stato", "Governo e Parlamento", "tra
   * Camera e Senato"). The partner is not made a name by this: "Stato" stays none.
   */
  boolean coordinatedBody(List<Token> t, int i) {
    return linkAt(t, i, i - 1) && partnerAt(t, i, i - 2) || linkAt(t, i, i + 1) && partnerAt(t, i, i + 2);
  }

  private boolean linkAt(List<Token> t, int i, int k) {
    return k >= 0 && k < t.size() && t.get(k).sentence() == t.get(i).sentence()
        && classes.is(WordClass.BODY_LINK, t.get(k).norm());
  }

  private boolean partnerAt(List<Token> t, int i, int k) {
    if (k < 0 || k >= t.size() || t.get(k).sentence() != t.get(i).sentence()) {
      return false;
    }
    String w = t.get(k).norm();
    return NameKeys.capitalised(w) && (classes.is(WordClass.ORG_ALONE, w) || classes.is(WordClass.BODY_PARTNER, w));
  }

  boolean endsQuotedTitle(List<Token> t, int i, int first) {
    return i - 3 >= first && isQuote(t.get(i - 3).norm()) && NameKeys.capitalised(t.get(i - 2).norm())
        && classes.is(WordClass.ORG_DETERMINER, t.get(i - 1).norm())
        && (i + 1 >= t.size() || isQuote(t.get(i + 1).norm()));
  }

  private static boolean isQuote(String w) {
    return "\"".equals(w) || "«".equals(w) || "»".equals(w) || "“".equals(w) || "”".equals(w);
  }

  private static int closingQuote(List<Token> t, int i, int end) {
    for (int k = i + 1; k < end && k <= i + MAX_QUOTED; k++) {
      if (isQuote(t.get(k).norm())) {
        return k;
      }
    }
    return -1;
  }
}
