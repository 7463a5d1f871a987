package it.storia.extractor.event;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.model.EventDate;
import it.storia.extractor.model.EventTrigger;
import it.storia.extractor.model.Sentence;
import it.storia.extractor.model.Token;
import it.storia.extractor.parse.DependencyParser;
import it.storia.extractor.parse.DependencyTree;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds events with declarative data: a trigger lexicon generated from lemmas and inflection templates
 * ({@code types.tsv}, {@code triggers.tsv}, {@code conjugations.tsv}), word classes ({@code word-classes.tsv}) and
 * token patterns around each trigger ({@code patterns.txt}) that set voice, polarity, modality and argument
 * captures, and argument patterns in the same language ({@code arguments.txt}) tried before those of
 * {@code patterns.txt}. The Java side only turns what the patterns captured into roles (by voice and the trigger's options),
 * carries a subject over to a later verb of the same sentence, resolves simple anaphora ("quest'ultimo", "Tre di
 * loro", "rimuoverlo") to the nearest fitting person mentions, and picks each event's date.
 *
 * <p>Input: an {@link AnalyzedText} (POS tags and lemmas are used when present, surface forms otherwise) and the
 * document's entities (names with canonical forms, DATE with TimeML values); without entities it still finds
 * triggers, and arguments it can capture stay untyped. Output: events in text order, negated ones dropped, all
 * offsets into the original input.
 *
 * <p>Immutable and thread-safe; build once with {@link #fromClasspath()}, {@link #load(Path)} or {@link #load(Path,
 * Path, Path, Path, Path, Path)}.
 */
public final class PatternEventExtractor implements EventExtractor {
  private static final Set<String> SUBJECT_FORMS = Set.of("fin", "pp", "ger", "inf", "infcl");
  private static final Set<String> DROPPED_SUBJECT_FORMS = Set.of("fin", "pp", "ger");
  private static final int ANAPHORA_SENTENCES = 3;
  private static final int DROPPED_SUBJECT_SENTENCES = 3;
  /** The words that join a verb to the clause before it in the rules that set carry=true (patterns.txt). */
  private static final Set<String> CARRY_WORDS = Set.of("e", "ed", "ma", "poi");
  /** The fewest tokens between quotation marks that make a title or a quotation rather than scare quotes. */
  private static final int MIN_QUOTED_WORDS = 3;

  /**
   * Tags of function words: no token of a name inferred from its role carries one (not ADV: the tagger reads an
   * unknown name opening a sentence as an adverb, "Neferefra sarebbe divenuto"; word class not_name lists adverbs).
   */
  private static final Set<String> FUNCTION_POS = Set.of("DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "NUM", "PUNCT",
      "ADP+DET");
  private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

  private final TriggerLexicon lexicon;
  private final WordClasses classes;
  private final PatternRules rules;
  /** The parser of the sentences that hold an event, or null (no parse step). */
  private final DependencyParser parser;
  private final ParseArguments parseArguments;
  /** The senses the parse gives readings whose {@code needs=} condition fails, or null (no parse step). */
  private final ParseSenses parseSenses;
  /** The lines of {@code parse-arguments.tsv} and {@code parse-senses.tsv} that {@link #withParser} compiles. */
  private final List<DataFiles.Line> parseArgumentLines;
  private final List<DataFiles.Line> parseSenseLines;

  /** The same data with a parse step ({@link #withParser}). */
  private PatternEventExtractor(PatternEventExtractor base, DependencyParser parser, ParseArguments parseArguments,
      ParseSenses parseSenses) {
    this.lexicon = base.lexicon;
    this.classes = base.classes;
    this.rules = base.rules;
    this.parser = parser;
    this.parseArguments = parseArguments;
    this.parseSenses = parseSenses;
    this.parseArgumentLines = base.parseArgumentLines;
    this.parseSenseLines = base.parseSenseLines;
  }

  private PatternEventExtractor(List<DataFiles.Line> types, List<DataFiles.Line> conjugations,
      List<DataFiles.Line> triggers, List<DataFiles.Line> wordClasses, List<DataFiles.Line> patterns,
      List<DataFiles.Line> arguments) {
    this(types, conjugations, triggers, wordClasses, patterns, arguments, DataFiles.classpath("parse-arguments.tsv"),
        DataFiles.classpath("parse-senses.tsv"));
  }

  private PatternEventExtractor(List<DataFiles.Line> types, List<DataFiles.Line> conjugations,
      List<DataFiles.Line> triggers, List<DataFiles.Line> wordClasses, List<DataFiles.Line> patterns,
      List<DataFiles.Line> arguments, List<DataFiles.Line> parseArgumentLines, List<DataFiles.Line> parseSenseLines) {
    this.parseArgumentLines = List.copyOf(parseArgumentLines);
    this.parseSenseLines = List.copyOf(parseSenseLines);
    this.lexicon = TriggerLexicon.parse(types, conjugations, triggers);
    this.classes = WordClasses.parse(wordClasses);
    List<DataFiles.Line> allRules = new ArrayList<>(arguments);
    allRules.addAll(patterns);
    this.rules = PatternRules.parse(allRules, classes, lexicon);
    this.parser = null;
    this.parseArguments = null;
    this.parseSenses = null;
    for (String cls : List.of("clause_break", "anaphor_sg", "anaphor_pl", "coord", "det", "oblique",
        "time_continuation", "paren_open", "paren_close", "period_end", "period_start", "happened", "prep_a", "prep_da", "prep_di",
        "prep_in", "person_title", "aux_passive", "aux_avere", "aux_stato")) {
      if (!classes.defines(cls)) {
        throw new IllegalArgumentException("word classes lack '" + cls + "', which the extractor needs");
      }
    }
    for (DataFiles.Line l : triggers) {
      String[] f = l.text().split("\t");
      if (f.length == 4) {
        for (String o : f[3].strip().split("\\s+")) {
          if (o.startsWith("needs=")) {
            for (String need : o.substring(6).split("\\|")) {
              if (!rules.defines(need)) {
                throw l.error("needs names rule '" + need + "' that patterns.txt lacks");
              }
            }
          }
        }
      }
    }
  }

  /** The bundled data files. */
  public static PatternEventExtractor fromClasspath() {
    return new PatternEventExtractor(DataFiles.classpath("types.tsv"), DataFiles.classpath("conjugations.tsv"),
        DataFiles.classpath("triggers.tsv"), DataFiles.classpath("word-classes.tsv"),
        DataFiles.classpath("patterns.txt"), DataFiles.classpath("arguments.txt"));
  }

  /**
   * Data files in the formats of the bundled ones (copy them from the jar's {@code it/storia/extractor/event/}
   * and extend them), with the bundled {@code arguments.txt}.
   *
   * @throws IllegalArgumentException naming file and line when a file is malformed
   */
  public static PatternEventExtractor load(Path types, Path conjugations, Path triggers, Path wordClasses,
      Path patterns) throws IOException {
    return new PatternEventExtractor(DataFiles.file(types), DataFiles.file(conjugations), DataFiles.file(triggers),
        DataFiles.file(wordClasses), DataFiles.file(patterns), DataFiles.classpath("arguments.txt"));
  }

  /**
   * All six data files in the formats of the bundled ones; the rules of {@code arguments} are tried before those of
   * {@code patterns}.
   *
   * @throws IllegalArgumentException naming file and line when a file is malformed
   */
  public static PatternEventExtractor load(Path types, Path conjugations, Path triggers, Path wordClasses,
      Path patterns, Path arguments) throws IOException {
    return new PatternEventExtractor(DataFiles.file(types), DataFiles.file(conjugations), DataFiles.file(triggers),
        DataFiles.file(wordClasses), DataFiles.file(patterns), DataFiles.file(arguments));
  }

  /**
   * The bundled data with the given directory's files in their place: any of {@code types.tsv},
   * {@code conjugations.tsv}, {@code triggers.tsv}, {@code word-classes.tsv}, {@code patterns.txt},
   * {@code arguments.txt} found there replaces the bundled one; so do {@code parse-arguments.tsv} and
   * {@code parse-senses.tsv}, which take effect in {@link #withParser}.
   */
  public static PatternEventExtractor load(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory");
    if (!java.nio.file.Files.isDirectory(directory)) {
      throw new IOException("not a directory: " + directory);
    }
    List<List<DataFiles.Line>> parts = new ArrayList<>();
    for (String name : List.of("types.tsv", "conjugations.tsv", "triggers.tsv", "word-classes.tsv",
        "patterns.txt", "arguments.txt", "parse-arguments.tsv", "parse-senses.tsv")) {
      Path p = directory.resolve(name);
      parts.add(java.nio.file.Files.exists(p) ? DataFiles.file(p) : DataFiles.classpath(name));
    }
    return new PatternEventExtractor(parts.get(0), parts.get(1), parts.get(2), parts.get(3), parts.get(4),
        parts.get(5), parts.get(6), parts.get(7));
  }

  /**
   * This extractor with a parse step: each sentence that holds an event and a PERSON mention is parsed once by {@code
   * parser}, and an event whose agent or patient role the patterns left empty takes the persons the parse relates
   * to its trigger (relations in {@code parse-arguments.tsv}); a sentence with a reading whose {@code needs=}
   * condition fails is parsed too, and that reading makes an event when the parse gives it its sense ({@code
   * parse-senses.tsv}) and no reading of its token makes one by the patterns. Both files are the bundled ones unless
   * this extractor was loaded from a directory holding its own ({@link #load(Path)}). Sentences whose tokens carry no
   * POS tags are not parsed.
   *
   * @param parser an immutable, thread-safe parser (e.g. {@code TransitionDependencyParser.fromClasspath()})
   */
  public PatternEventExtractor withParser(DependencyParser parser) {
    return withParser(parser, parseSenseLines);
  }

  /** As {@link #withParser(DependencyParser)}, with the sense lines given (dev tools and tests). */
  PatternEventExtractor withParser(DependencyParser parser, List<DataFiles.Line> senseLines) {
    return new PatternEventExtractor(this, Objects.requireNonNull(parser, "parser"),
        ParseArguments.parse(parseArgumentLines), ParseSenses.parse(senseLines, classes, lexicon));
  }

  /** The parse of sentence s, parsed the first time it is asked; null without a parser or POS tags. */
  private DependencyTree tree(AnalyzedText text, SentenceView v, int s) {
    if (parser == null || v.size() == 0 || v.tokens.get(0).pos() == null) {
      return null;
    }
    if (v.tree == null) {
      v.tree = parser.parse(text, s);
    }
    return v.tree;
  }

  @Override
  public List<Event> extract(AnalyzedText text, List<Entity> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    String original = text.original();
    List<List<Entity>> bySentence = new ArrayList<>();
    for (int s = 0; s < text.sentences().size(); s++) {
      bySentence.add(new ArrayList<>());
    }
    List<Entity> persons = new ArrayList<>();
    List<Entity> dates = new ArrayList<>();
    for (Entity e : entities) {
      int s = text.sentenceAt(e.begin());
      if (s >= 0) {
        bySentence.get(s).add(e);
      }
      if (e.type() == EntityType.PERSON) {
        persons.add(e);
      } else if (e.type() == EntityType.DATE && e.value() != null) {
        dates.add(e);
      }
    }
    Context ctx = new Context(text, original, persons, dates);
    List<Event> out = new ArrayList<>();
    for (int s = 0; s < text.sentences().size(); s++) {
      List<Entity> sentenceEntities = bySentence.get(s);
      sentenceEntities.addAll(titledProperNouns(text.tokensOf(s), sentenceEntities, original, s));
      SentenceView v = new SentenceView(text.tokensOf(s), sentenceEntities, classes, lexicon);
      List<Found> found = new ArrayList<>();
      for (int t = 0; t < v.size(); t++) {
        Found f = choose(ctx, v, s, t, found);
        if (f != null && !f.negated) {
          found.add(f);
        }
      }
      // the parse fills agent and patient roles with the sentence's PERSON mentions only: without one it adds nothing
      DependencyTree tree = found.isEmpty() || !hasPerson(sentenceEntities) ? null : tree(text, v, s);
      int first = tree == null ? 0 : text.sentenceTokens().get(s).first();
      for (Found f : found) {
        out.add(tree == null ? f.event : parseArguments.fill(f.event, tree, first, v, f.token, f.voice, f.entry,
            original));
      }
    }
    return out;
  }

  private static boolean hasPerson(List<Entity> entities) {
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /**
   * Person candidates the name finder left out: a run of tokens the tagger calls PROPN (joined across a hyphen
   * without spaces: "Naram-Sin") that no entity covers and that follows a title of word class {@code
   * person_title}, possibly with one lower-case word between ("il re akkadico Naram-Sin", "il comm. Larcher"), as
   * a PERSON mention without canonical name. They fill argument slots only; they are not antecedents for anaphora
   * or dropped subjects. Without POS tags there are none.
   */
  private List<Entity> titledProperNouns(List<Token> tokens, List<Entity> entities, String original, int s) {
    List<Entity> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!properNoun(tokens.get(i), entities) || !afterTitle(tokens, i)) {
        i++;
        continue;
      }
      int j = i;
      while (true) {
        if (j + 1 < tokens.size() && properNoun(tokens.get(j + 1), entities)) {
          j++;
        } else if (j + 2 < tokens.size() && tokens.get(j + 1).norm().equals("-")
            && tokens.get(j + 1).begin() == tokens.get(j).end() && tokens.get(j + 2).begin() == tokens.get(j + 1).end()
            && properNoun(tokens.get(j + 2), entities)) {
          j += 2;
        } else {
          break;
        }
      }
      int begin = tokens.get(i).begin();
      int end = tokens.get(j).end();
      out.add(Entity.name(EntityType.PERSON, original.substring(begin, end), begin, end, s, null));
      i = j + 1;
    }
    return out;
  }

  private boolean afterTitle(List<Token> tokens, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
      String w = tokens.get(k).norm().toLowerCase(Locale.ROOT);
      if (classes.has(w, "person_title")) {
        return true;
      }
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || classes.has(w, "det")) {
        return false;
      }
    }
    return false;
  }

  private static boolean properNoun(Token t, List<Entity> entities) {
    if (!"PROPN".equals(t.pos()) || t.norm().isEmpty() || !Character.isUpperCase(t.norm().charAt(0))) {
      return false;
    }
    for (Entity e : entities) {
      if (e.overlaps(t.begin(), t.end())) {
        return false;
      }
    }
    return true;
  }

  /**
   * For each token of the sentence, whether one of its readings makes an event there: a reading without {@code
   * needs=}, or one whose needed rule matches while every form with a reading counts as a trigger. A form whose
   * conditions all fail ("chiamate" not called to a post, "elezioni" without a person or a post) then no longer
   * blocks the {@code !trigger} gaps of a reading whose condition failed only because of it: that reading is matched
   * again with those gaps open (its argument rules too); a reading whose condition held is matched as before.
   */
  private boolean[] eventTriggers(SentenceView v) {
    boolean[] out = new boolean[v.size()];
    for (int t = 0; t < v.size(); t++) {
      out[t] = makesEvent(v, t);
    }
    return out;
  }

  /** Whether one of token t's readings makes an event there, tested with every trigger form blocking. */
  private boolean makesEvent(SentenceView v, int t) {
    for (TriggerLexicon.Reading r : v.readings.get(t)) {
      if (r.entry().needs().isEmpty() || needed(blockedMatches(v, t, r), r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each token, whether it closes the {@code [!trigger]} gaps right of a trigger: a token with a trigger reading
   * that is a verb (tagged VERB or AUX; untagged, a verb reading not after a determiner or preposition), dead or not,
   * since another verb is another predicate; or a noun or adjective form that makes an event there. A noun or
   * adjective form that makes no event ("il popolo elesse per acclamazione Pietro", "la battaglia" with no opponent)
   * is an ordinary word of the argument's phrase. Null when every token with a reading closes gaps.
   */
  private boolean[] predicates(SentenceView v) {
    boolean[] out = new boolean[v.size()];
    boolean open = false;
    for (int t = 0; t < v.size(); t++) {
      if (v.readings.get(t).isEmpty()) {
        continue;
      }
      out[t] = verbal(v, t) || makesEvent(v, t);
      open |= !out[t];
    }
    return open ? out : null;
  }

  /** Whether token t, which has a trigger reading, is a verb here. */
  private static boolean verbal(SentenceView v, int t) {
    String pos = v.tokens.get(t).pos();
    if (pos != null) {
      return pos.equals("VERB") || pos.equals("AUX");
    }
    if (t > 0 && (v.hasClass(t - 1, "det") || v.hasClass(t - 1, "oblique"))) {
      return false;
    }
    for (TriggerLexicon.Reading r : v.readings.get(t)) {
      if (!r.form().equals("noun")) {
        return true;
      }
    }
    return false;
  }

  /** The rules that match around token t for a reading with every trigger form blocking gaps (once per reading). */
  private List<PatternRules.Match> blockedMatches(SentenceView v, int t, TriggerLexicon.Reading r) {
    return v.matches(t, r, () -> rules.matches(v, t, r));
  }

  /** Whether one of the matched rules is one the reading's {@code needs=} names. */
  private static boolean needed(List<PatternRules.Match> matches, TriggerLexicon.Reading r) {
    for (PatternRules.Match m : matches) {
      if (r.entry().needs().contains(m.rule().name())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rules that match around token t for a reading whose {@code needs=} condition failed, matched again with the
   * gaps that only forms making an event block ({@link SentenceView#keepTriggers}, computed for the sentence the
   * first time it is needed).
   */
  private List<PatternRules.Match> matchesAmongEventTriggers(SentenceView v, int t, TriggerLexicon.Reading r) {
    if (!v.keepsTriggers()) {
      v.keepTriggers(eventTriggers(v));
    }
    v.testingConditions(true);
    try {
      return rules.matches(v, t, r);
    } finally {
      v.testingConditions(false);
    }
  }

  /**
   * The rules that match around token t for a reading, with the argument gaps stopping only at predicates ({@link
   * #predicates}, computed for the sentence the first time it is needed); the matches with every form blocking when
   * no trigger form right of t is a non-predicate (the gaps would match alike), or when the reading's condition does
   * not hold this way.
   */
  private List<PatternRules.Match> matchesAtPredicates(SentenceView v, int t, TriggerLexicon.Reading r,
      List<PatternRules.Match> blocked) {
    if (!v.keepsPredicates()) {
      v.keepPredicates(predicates(v));
    }
    if (!v.hasNonPredicateTriggerAfter(t)) {
      return blocked;
    }
    List<PatternRules.Match> open;
    v.predicateGaps(true, t);
    try {
      open = rules.matches(v, t, r);
    } finally {
      v.predicateGaps(false, t);
    }
    return r.entry().needs().isEmpty() || needed(open, r) ? open : blocked;
  }

  /** One event of the sentence being processed, with what a later verb may carry over. */
  private record Found(Event event, boolean negated, List<EventArgument> subject, String form, boolean voiced,
      int token, String voice, TriggerLexicon.Entry entry) {}

  /**
   * The reading of token t that makes an event: the first whose needs are met, except that a bare participle
   * reading ("espulse" without an auxiliary) gives way to a finite one (passato remoto "espulse").
   */
  private Found choose(Context ctx, SentenceView v, int s, int t, List<Found> before) {
    Found first = null;
    List<TriggerLexicon.Reading> readings = ordered(v, t);
    for (int k = 0; k < readings.size(); k++) {
      TriggerLexicon.Reading r = readings.get(k);
      Found f = analyse(ctx, v, s, t, r, before, false);
      if (f == null) {
        continue;
      }
      if (first == null) {
        first = f;
        if (!f.form().equals("pp") || f.voiced()) {
          return f;
        }
      } else if (f.form().equals("fin")) {
        return f;
      }
    }
    if (first == null && parseSenses != null) {
      // no reading makes an event by the patterns: one whose sense the parse gives does
      for (TriggerLexicon.Reading r : readings) {
        if (!r.entry().needs().isEmpty() && parseSenses.covers(r) && parseSenses.mayHold(r, v)) {
          DependencyTree tree = tree(ctx.text(), v, s);
          if (tree == null) {
            return null;
          }
          if (parseSenses.holds(r, tree, ctx.text().sentenceTokens().get(s).first(), v, t)) {
            return analyse(ctx, v, s, t, r, before, true);
          }
        }
      }
    }
    return first;
  }

  /** A captured token range and how to resolve it when it holds no entity. */
  private record Capture(int from, int to, String resolve) {}

  /** Document-level data for one call. */
  private record Context(AnalyzedText text, String original, List<Entity> persons, List<Entity> dates) {}

  /**
   * The event reading r makes at token t, or null when its {@code needs=} condition fails ({@code bySense}: the parse
   * gave the reading its sense, and the condition is not asked).
   */
  private Found analyse(Context ctx, SentenceView v, int s, int t, TriggerLexicon.Reading r, List<Found> before,
      boolean bySense) {
    List<PatternRules.Match> matches = blockedMatches(v, t, r);
    TriggerLexicon.Entry entry = r.entry();
    if (bySense) {
      matches = matchesAtPredicates(v, t, r, matches);
    } else if (!entry.needs().isEmpty() && !needed(matches, r)) {
      // the condition may fail only because a form that makes no event stands in a gap: match again without it
      matches = matchesAmongEventTriggers(v, t, r);
      if (!needed(matches, r)) {
        return null;
      }
    } else {
      // right of the trigger, a noun or adjective form that makes no event closes no gap ("elesse per acclamazione X")
      matches = matchesAtPredicates(v, t, r, matches);
    }
    Map<String, String> values = new HashMap<>();
    Map<String, Capture> caps = new HashMap<>();
    for (PatternRules.Match m : matches) {
      String resolve = m.rule().actions().get("resolve");
      for (Map.Entry<String, String> a : m.rule().actions().entrySet()) {
        String key = a.getKey();
        if (key.equals("resolve") || values.containsKey(key) || caps.containsKey(key)) {
          continue;
        }
        if (a.getValue().startsWith("$")) {
          int[] span = m.capture(a.getValue());
          if (span == null || span[0] == span[1]) {
            continue;
          }
          caps.put(key, new Capture(span[0], span[1], resolve));
        } else {
          values.put(key, a.getValue());
        }
      }
    }
    Token head = v.tokens.get(t);
    if ("true".equals(values.get("negated"))) {
      return new Found(null, true, List.of(), r.form(), true, t, "", entry);
    }
    String voice = values.getOrDefault("voice",
        r.form().equals("pp") ? "passive" : r.form().equals("noun") ? "noun" : "active");
    String subjectRole = switch (voice) {
      case "passive" -> "patient";
      case "reflexive" -> entry.reflexiveRole();
      default -> entry.subjectRole();
    };
    List<EventArgument> args = new ArrayList<>();
    List<EventArgument> subjectArgs = new ArrayList<>();
    boolean carry = "true".equals(values.get("carry")) && !before.isEmpty()
        && !(caps.containsKey("subject") && ownClauseSubject(v, caps.get("subject"), before.get(before.size() - 1), t));
    // subject=none: the subject is a common noun or a relative pronoun of one; no person is carried or resolved
    if (!"none".equals(values.get("subject"))) {
      if (caps.containsKey("subject") && !carry) {
        subjectArgs.addAll(arguments(ctx, v, s, withoutObliqueHead(v, caps.get("subject"), t), subjectRole, List.of()));
      } else if ((carry || SUBJECT_FORMS.contains(r.form())) && !before.isEmpty()) {
        Found previous = before.get(before.size() - 1);
        for (EventArgument a : previous.subject()) {
          subjectArgs.add(atOwnVerb(a, previous.event().trigger(), head, subjectRole));
        }
      } else if (DROPPED_SUBJECT_FORMS.contains(r.form()) && before.isEmpty()) {
        // Italian drops subject pronouns: "Nel 1940 fu ucciso", "Sono stati accusati"
        subjectArgs.addAll(resolved(ctx, head.begin(), head.end(), head.text(), number(v.lower[t], r.form()),
            subjectRole, s, List.of(), DROPPED_SUBJECT_SENTENCES, true));
      }
      if (subjectArgs.isEmpty() && r.form().equals("ger") && !caps.containsKey("subject") && !before.isEmpty()) {
        // a gerund after an event without subject ("si unì al circuito, e McKinley divenne ... battendo Stolle")
        subjectArgs.addAll(resolved(ctx, head.begin(), head.end(), head.text(), "sg", subjectRole, s, List.of(),
            DROPPED_SUBJECT_SENTENCES, true));
      }
    }
    if (caps.containsKey("with")) {
      subjectArgs.addAll(arguments(ctx, v, s, caps.get("with"), subjectRole, List.of()));
    }
    args.addAll(subjectArgs);
    if (caps.containsKey("object") && !voice.equals("passive")) {
      for (EventArgument o : arguments(ctx, v, s, caps.get("object"), "patient", subjectArgs)) {
        if (!sameSpan(o, subjectArgs)) {
          args.add(o);
        }
      }
    }
    if (r.form().equals("infcl")) {
      String clitic = v.lower[t].substring(v.lower[t].length() - 2);
      String number = clitic.equals("lo") || clitic.equals("la") ? "sg" : "pl";
      args.addAll(resolved(ctx, head.begin(), head.end(), head.text(), number, "patient", s, subjectArgs,
          ANAPHORA_SENTENCES, false));
    }
    if (caps.containsKey("of")) {
      args.addAll(arguments(ctx, v, s, caps.get("of"), entry.ofRole(), subjectArgs));
    }
    if (caps.containsKey("from")) {
      Capture c = caps.get("from");
      Entity e = v.entity[c.from()];
      String role = e == null ? "organization" : switch (e.type()) {
        case PERSON -> "agent";
        case LOCATION -> "location";
        default -> voice.equals("passive") && entry.type().equals("APPOINTMENT") ? "agent" : "organization";
      };
      args.addAll(arguments(ctx, v, s, c, role, List.of()));
    }
    for (String role : List.of("agent", "patient", "organization", "location", "position")) {
      if (caps.containsKey(role)) {
        args.addAll(arguments(ctx, v, s, caps.get(role), role, subjectArgs));
      }
    }
    int begin = head.begin();
    int end = head.end();
    if (caps.containsKey("extend")) {
      Capture x = caps.get("extend");
      begin = Math.min(begin, v.tokens.get(x.from()).begin());
      end = Math.max(end, v.tokens.get(x.to() - 1).end());
    }
    EventTrigger trigger = new EventTrigger(ctx.original().substring(begin, end), begin, end, entry.lemma());
    String type = values.getOrDefault("type", entry.type());
    Set<String> personRoles = values.containsKey("type") ? lexicon.personRoles(type) : entry.personRoles();
    if (!personRoles.isEmpty()) {
      args = inferredPersons(v, args, personRoles, r.form().equals("noun"));
    }
    Event event = new Event(type, s, trigger, dedupe(args), date(ctx, v, s, t), values.get("modality"));
    return new Found(event, false, subjectArgs, r.form(), values.containsKey("voice"), t, voice, entry);
  }

  /**
   * Untyped arguments in a role that only persons fill ({@code persons=} of types.tsv or of the lemma) whose words
   * are a name ({@link #nameRun}; {@code noun}: the trigger is a noun): typed PERSON without canonical name and
   * marked {@code inferred: "role"}. The name finder missed them ("Neferefra sarebbe divenuto faraone"); the offsets stay those of the words.
   */
  private List<EventArgument> inferredPersons(SentenceView v, List<EventArgument> args, Set<String> roles,
      boolean noun) {
    List<EventArgument> out = new ArrayList<>(args.size());
    for (EventArgument a : args) {
      out.add(a.type() == null && roles.contains(a.role()) && nameRun(v, a.begin(), a.end(), noun)
          ? new EventArgument(a.role(), a.text(), a.begin(), a.end(), EntityType.PERSON, null,
              EventArgument.INFERRED_ROLE)
          : a);
    }
    return out;
  }

  /**
   * Whether the tokens of the span are a name: one to four tokens, the first and the last capitalised, those between
   * capitalised, a name particle (word class {@code name_particle}: "Soga no Umako") or a hyphen; no capitalised
   * token of word class {@code not_name} (months, feasts, heads of place and body names, sentence-opening pronouns
   * and adverbs), title or article, none tagged as a function word, none all upper case but a regnal number after
   * the first ("SM", "PCI" are bodies' initials); not a single letter; not after a plural article, a number or a
   * quantifier (word class plural_det: "i Goti", "dei tre Orazi": a people, a family); not after a preposition
   * (word class oblique: "nelle carceri di Voghera moriva"), but for "di X" after a noun trigger ("la morte di X").
   */
  private static boolean nameRun(SentenceView v, int begin, int end, boolean noun) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < v.size(); i++) {
      Token tok = v.tokens.get(i);
      if (tok.begin() >= begin && tok.end() <= end) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0 || last - first > 3 || !v.isCapitalised(first) || !v.isCapitalised(last)
        || first > 0 && v.hasClass(first - 1, "plural_det") || end - begin < 2
        || first > 0 && v.hasClass(first - 1, "oblique") && !(noun && v.hasClass(first - 1, "prep_di"))) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      String norm = v.tokens.get(i).norm();
      if (!v.isCapitalised(i)) {
        if (!v.hasClass(i, "name_particle") && !norm.equals("-")) {
          return false;
        }
        continue;
      }
      String pos = v.tokens.get(i).pos();
      if (v.hasClass(i, "not_name") || v.hasClass(i, "person_title") || v.hasClass(i, "post_title")
          || v.hasClass(i, "det") || v.hasClass(i, "some_qty") || norm.toLowerCase(Locale.ROOT).endsWith("mente")
          || pos != null && FUNCTION_POS.contains(pos)
          || norm.length() > 1 && norm.equals(norm.toUpperCase(Locale.ROOT))
              && !(i > first && ROMAN.matcher(norm).matches())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The readings of token t, noun readings first when the tagger says NOUN or a determiner precedes ("la
   * sconfitta di Trotsky"), verb readings first when it says VERB or AUX; lexicon order otherwise.
   */
  private List<TriggerLexicon.Reading> ordered(SentenceView v, int t) {
    List<TriggerLexicon.Reading> readings = v.readings.get(t);
    if (readings.size() < 2) {
      return readings;
    }
    String pos = v.tokens.get(t).pos();
    boolean nounFirst;
    if ("NOUN".equals(pos)) {
      nounFirst = true;
    } else if ("VERB".equals(pos) || "AUX".equals(pos)) {
      nounFirst = false;
    } else if (pos == null && t > 0 && (v.hasClass(t - 1, "det") || v.hasClass(t - 1, "oblique"))) {
      nounFirst = true;
    } else {
      return readings;
    }
    List<TriggerLexicon.Reading> out = new ArrayList<>(readings.size());
    for (TriggerLexicon.Reading r : readings) {
      if (r.form().equals("noun") == nounFirst) {
        out.add(r);
      }
    }
    for (TriggerLexicon.Reading r : readings) {
      if (r.form().equals("noun") != nounFirst) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * A subject carried over from the previous event, in this event's role: a dropped subject of that event (resolved to
   * an earlier person, it keeps the words of that event's trigger: "Processato a Norimberga, morì") is dropped here too,
   * so it takes this verb's words; an overt subject keeps its own.
   */
  private static EventArgument atOwnVerb(EventArgument a, EventTrigger previous, Token head, String role) {
    if (a.begin() >= previous.begin() && a.end() <= previous.end()) {
      return new EventArgument(role, head.text(), head.begin(), head.end(), a.type(), a.canonical());
    }
    return new EventArgument(role, a.text(), a.begin(), a.end(), a.type(), a.canonical());
  }

  /**
   * Whether a subject capture names the subject of a clause of its own between the previous event and trigger {@code
   * t}, so that a coordinated verb takes it rather than the previous event's subject ("Tre di loro furono espulsi …,
   * ma KAM e ZIN scrissero dichiarazioni di pentimento e furono reintegrati"): the capture starts after the previous
   * trigger, does not follow a preposition, even across quotes ("espulso da Stalin e fu esiliato" keeps the
   * expelled; "si unirono nella «nuova opposizione» e diedero battaglia" keeps the allies), and a verb the tagger
   * calls VERB, not a light verb, stands between it and the trigger, followed by a word that joins the trigger's
   * clause ({@link #CARRY_WORDS}, the words of the rules that carry a subject in patterns.txt).
   */
  private static boolean ownClauseSubject(SentenceView v, Capture c, Found previous, int t) {
    if (previous.event() == null || v.tokens.get(c.from()).begin() < previous.event().trigger().end()) {
      return false;
    }
    int before = c.from() - 1;
    while (before >= 0 && v.isPunct(before) && !v.lower[before].equals(",")) {
      before--;
    }
    if (before >= 0 && v.hasClass(before, "oblique")) {
      return false;
    }
    boolean verb = false;
    for (int k = c.to(); k < t; k++) {
      if ("VERB".equals(v.tokens.get(k).pos()) && !v.isTrigger(k) && !v.hasClass(k, "light_verb")) {
        verb = true;
      } else if (verb && CARRY_WORDS.contains(v.lower[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * A subject capture whose first name follows a preposition and a comma separates it from the rest ("Dopo la morte
   * di Lenin, Trotsky e Zinoviev furono espulsi"): that name belongs to the prepositional phrase, so the capture
   * starts after the comma. Only for a subject before the trigger {@code t}: a rule that captures after a preposition
   * on purpose ("si formò una troika nella persona di Stalin, Kamenev, Zinoviev") keeps its capture.
   */
  private static Capture withoutObliqueHead(SentenceView v, Capture c, int t) {
    int from = c.from();
    if (from == 0 || c.to() > t || v.entity[from] == null || !v.hasClass(from - 1, "oblique")) {
      return c;
    }
    int after = v.entityLast[from] + 1;
    if (after + 1 < c.to() && v.lower[after].equals(",") && v.entity[after + 1] != null) {
      return new Capture(after + 1, c.to(), c.resolve());
    }
    return c;
  }

  /** "pl" for a plural verb form (espulsi, espulsero, furono), else "sg". */
  private static String number(String lowerWord, String form) {
    if (form.equals("pp")) {
      return lowerWord.endsWith("i") || lowerWord.endsWith("e") ? "pl" : "sg";
    }
    return lowerWord.endsWith("no") || lowerWord.endsWith("ero") ? "pl" : "sg";
  }

  /** Whether an argument covers the same words as one of {@code others} (a mention is not subject and object). */
  private static boolean sameSpan(EventArgument a, List<EventArgument> others) {
    for (EventArgument o : others) {
      if (o.begin() == a.begin() && o.end() == a.end()) {
        return true;
      }
    }
    return false;
  }

  private static List<EventArgument> dedupe(List<EventArgument> args) {
    return List.copyOf(new LinkedHashSet<>(args));
  }

  /**
   * Arguments for a capture: one per name inside it; else the resolved anaphor (a possessive of word class
   * {@code cataphoric} that nothing before it resolves: the person right after its noun, {@link #personAfter}); else
   * the words, untyped, without trailing articles or determiners (a capture that runs into the next phrase: "la morte
   * di V.I. La «Lettera»" gives "V.I.", not "V.I. La"); none when those words are all of word class {@code
   * no_argument} (a pronoun, clitic, possessive or negation that names no one: "la sua morte" with no person before
   * it, "l'accusa di non avere").
   */
  private List<EventArgument> arguments(Context ctx, SentenceView v, int s, Capture c, String role,
      List<EventArgument> exclude) {
    List<EventArgument> out = new ArrayList<>();
    for (int i = c.from(); i < c.to(); i++) {
      Entity e = v.entity[i];
      if (e != null && e.type() != EntityType.DATE && v.entityFirst[i] == i) {
        out.add(new EventArgument(role, e.text(), e.begin(), e.end(), e.type(), e.canonical()));
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    int to = c.to();
    while (to - 1 > c.from() && c.resolve() == null && v.hasClass(to - 1, "det")
        && !ROMAN.matcher(v.tokens.get(to - 1).norm()).matches()) {
      to--;
    }
    int begin = v.tokens.get(c.from()).begin();
    int end = v.tokens.get(to - 1).end();
    String text = ctx.original().substring(begin, end);
    if (c.resolve() != null) {
      List<EventArgument> r = resolved(ctx, begin, end, text, c.resolve(), role, s, exclude, ANAPHORA_SENTENCES,
          false);
      if (!r.isEmpty()) {
        return r;
      }
      if (allOfClass(v, c.from(), to, "cataphoric")) {
        Entity after = personAfter(v, c.to(), exclude);
        if (after != null) {
          return List.of(new EventArgument(role, text, begin, end, EntityType.PERSON, name(after)));
        }
      }
    }
    if (allOfClass(v, c.from(), to, "no_argument")) {
      return List.of();
    }
    return List.of(new EventArgument(role, text, begin, end, null, null));
  }

  /**
   * The person that a cataphoric possessive at tokens before {@code from} points to, when nothing before it resolves
   * it: a person mention that starts right after the noun the possessive qualifies (the first trigger word at most
   * three tokens on), or after a comma there, and is not already an argument ("Dopo il suo licenziamento, X iniziò
   * ...", "Con la sua elezione X tentò ..."). Null otherwise: a person further on, after a preposition or an
   * article ("dopo le sue dimissioni, la carica passa ad X", "dopo la sua morte i poeti X e Y gli dedicarono ...") is
   * mostly someone else.
   */
  private static Entity personAfter(SentenceView v, int from, List<EventArgument> exclude) {
    int i = from;
    while (i < v.size() && i < from + 3 && !v.isTrigger(i)) {
      i++;
    }
    if (i >= v.size() || !v.isTrigger(i)) {
      return null;
    }
    i++;
    if (i < v.size() && v.lower[i].equals(",")) {
      i++;
    }
    Entity e = i < v.size() ? v.entity[i] : null;
    return e != null && e.type() == EntityType.PERSON && v.entityFirst[i] == i && !excluded(e, exclude) ? e : null;
  }

  /** Whether every token in [from, to) is of the word class. */
  private static boolean allOfClass(SentenceView v, int from, int to, String cls) {
    for (int i = from; i < to; i++) {
      if (!v.hasClass(i, cls)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An anaphor resolved to person mentions before it (this sentence and the two before): "sg" takes the nearest
   * person not already an argument of the event; "pl" the nearest coordination of two or more persons ("Trotsky,
   * Zinoviev e Kamenev"). For a dropped subject ({@code droppedSubject}) the window is the paragraph when it holds
   * a person before the verb (else the sentences before it, across the paragraph break), and persons after a
   * preposition ("contatto con Bucharin") give way to an earlier one that is not. Each argument keeps the
   * anaphor's span and carries the antecedent's canonical name (or its text when it has none).
   */
  private List<EventArgument> resolved(Context ctx, int begin, int end, String text, String number, String role,
      int sentence, List<EventArgument> exclude, int sentences, boolean droppedSubject) {
    int firstSentence = Math.max(0, sentence - sentences + 1);
    List<Entity> candidates = persons(ctx, firstSentence, begin);
    if (droppedSubject) {
      List<Entity> inParagraph = persons(ctx, Math.max(firstSentence, paragraphStart(ctx, sentence)), begin);
      if (!inParagraph.isEmpty()) {
        candidates = inParagraph;
      }
    }
    List<EventArgument> out = new ArrayList<>();
    if (number.equals("sg")) {
      Entity nearest = null;
      for (int k = candidates.size() - 1; k >= 0; k--) {
        Entity p = candidates.get(k);
        if (excluded(p, exclude)) {
          continue;
        }
        if (nearest == null) {
          nearest = p;
        }
        if (!droppedSubject || !oblique(ctx, candidates, k)) {
          nearest = p;
          break;
        }
      }
      if (nearest != null) {
        out.add(new EventArgument(role, text, begin, end, EntityType.PERSON, name(nearest)));
      }
      return out;
    }
    List<Entity> chosen = null;
    for (int k = candidates.size() - 1; k >= 1; k--) {
      List<Entity> group = new ArrayList<>();
      group.add(candidates.get(k));
      int j = k - 1;
      while (j >= 0 && coordinated(ctx.original(), candidates.get(j), group.get(0))) {
        group.add(0, candidates.get(j));
        j--;
      }
      if (group.size() >= 2) {
        if (chosen == null) {
          chosen = group;
        }
        if (!droppedSubject || !oblique(ctx, candidates, k)) {
          chosen = group;
          break;
        }
      }
    }
    if (chosen != null) {
      for (Entity p : chosen) {
        out.add(new EventArgument(role, text, begin, end, EntityType.PERSON, name(p)));
      }
    }
    return out;
  }

  /** The person mentions from the start of sentence {@code first} up to offset {@code before}, in text order. */
  private static List<Entity> persons(Context ctx, int first, int before) {
    int windowBegin = ctx.text().sentences().get(first).begin();
    List<Entity> out = new ArrayList<>();
    for (Entity p : ctx.persons()) {
      if (p.end() <= before && p.begin() >= windowBegin) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Whether the person at index k (with the persons coordinated before it: "con Zinoviev e Kamenev") follows a
   * word of class {@code oblique} (a preposition), i.e. is unlikely to be the subject a later verb drops.
   */
  private boolean oblique(Context ctx, List<Entity> candidates, int k) {
    int head = k;
    while (head > 0 && coordinated(ctx.original(), candidates.get(head - 1), candidates.get(head))) {
      head--;
    }
    String original = ctx.original();
    int i = candidates.get(head).begin();
    while (i > 0 && Character.isWhitespace(original.charAt(i - 1))) {
      i--;
    }
    int end = i;
    while (i > 0 && (Character.isLetter(original.charAt(i - 1)) || original.charAt(i - 1) == '\''
        || original.charAt(i - 1) == '\u2019')) {
      i--;
    }
    if (i == end) {
      return false;
    }
    String word = original.substring(i, end).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    return classes.has(word, "oblique");
  }

  private static boolean excluded(Entity p, List<EventArgument> exclude) {
    for (EventArgument a : exclude) {
      if (a.begin() == p.begin() && a.end() == p.end() || a.canonical() != null && a.canonical().equals(name(p))) {
        return true;
      }
    }
    return false;
  }

  private static String name(Entity p) {
    return p.canonical() != null ? p.canonical() : p.text();
  }

  private boolean coordinated(String original, Entity left, Entity right) {
    if (left.end() > right.begin()) {
      return false;
    }
    String between = original.substring(left.end(), right.begin()).strip();
    if (between.isEmpty()) {
      return true;
    }
    for (String w : between.split("\\s+")) {
      if (!classes.has(w.toLowerCase(Locale.ROOT), "coord")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The event's date: the nearest DATE in its own clause (between clause breaks; a parenthesis is read through,
   * and a parenthesised range is a life span, never an event's date); else the last DATE before it
   * in the sentence, else the last one of the same paragraph before it, else, when the paragraph opens with a
   * time continuation ("Allo stesso tempo"), the last one of the previous paragraph; all but the first are marked
   * inferred. A clause opened by a word of class {@code period_start} ("Nel 1950, dopo la caduta del fascismo")
   * happened before the rest of its sentence, so it inherits no date from earlier in that sentence. A date without a resolved year ("XXXX-08-10") dates nothing: in the event's clause it leaves the
   * event undated, elsewhere it is skipped.
   */
  private EventDate date(Context ctx, SentenceView v, int s, int t) {
    int from = t;
    while (from > 0) {
      int open = v.hasClass(from - 1, "paren_close") ? matching(v, from - 1, -1) : -1;
      if (open >= 0) {
        from = open;
      } else if (v.hasClass(from - 1, "clause_break")) {
        break;
      } else {
        from--;
      }
    }
    int to = t + 1;
    while (to < v.size()) {
      int close = v.hasClass(to, "paren_open") ? matching(v, to, 1) : -1;
      if (close >= 0) {
        to = close + 1;
      } else if (v.hasClass(to, "clause_break")) {
        break;
      } else {
        to++;
      }
    }
    int[] quote = quoteAround(v, t);
    if (quote != null) {
      from = Math.max(from, quote[0] + 1);
      to = Math.min(to, quote[1]);
    }
    int clauseBegin = v.tokens.get(from).begin();
    int clauseEnd = v.tokens.get(to - 1).end();
    int trig = v.tokens.get(t).begin();
    boolean periodEnd = periodEnd(v, from, t);
    Entity best = null;
    for (Entity d : ctx.dates()) {
      if (d.begin() >= clauseBegin && d.end() <= clauseEnd && !lifeSpan(ctx, d)
          && !(periodEnd && d.begin() < trig) && !(d.begin() > trig && verbBetween(v, t, d.begin()))
          && (best == null || Math.abs(d.begin() - trig) < Math.abs(best.begin() - trig))) {
        best = d;
      }
    }
    if (best == null) {
      best = appendedDate(ctx, v, to);
    }
    if (best != null) {
      return yearless(best) ? null : new EventDate(best.value(), best.text(), best.begin(), best.end(), false);
    }
    if (periodEnd) {
      return null;
    }
    int paragraph = paragraphStart(ctx, s);
    int limit = ctx.text().sentences().get(paragraph).begin();
    boolean earlier = from > 0 && v.hasClass(from - 1, "period_start");
    Entity last = lastDate(ctx, limit, earlier ? ctx.text().sentences().get(s).begin() : trig);
    if (last == null && paragraph > 0 && continuesTime(ctx, paragraph)) {
      int previous = ctx.text().sentences().get(paragraphStart(ctx, paragraph - 1)).begin();
      last = lastDate(ctx, previous, limit);
    }
    return last == null ? null : new EventDate(last.value(), last.text(), last.begin(), last.end(), true);
  }

  /**
   * The quotation marks around token t, as token indexes [opening, closing], when t stands inside a quoted phrase of
   * its sentence ("Lotta intrapartitica dopo la morte di V.I. Lenin" 2017, «La morte di Lenin» (1990)): a title or a
   * quotation, whose event takes no date from outside the quotes. Straight quotes pair by their order in the
   * sentence, « with ». Null when t is not inside one, or inside scare quotes of fewer than {@link
   * #MIN_QUOTED_WORDS} tokens ("fu «espulso» nel 1927" keeps its date).
   */
  private static int[] quoteAround(SentenceView v, int t) {
    int open = -1;
    for (int k = 0; k < t; k++) {
      String w = v.lower[k];
      if (w.equals("\"") || w.equals("“") || w.equals("”")) {
        open = open < 0 ? k : -1;
      } else if (w.equals("«")) {
        open = k;
      } else if (w.equals("»")) {
        open = -1;
      }
    }
    if (open < 0) {
      return null;
    }
    boolean guillemet = v.lower[open].equals("«");
    for (int k = t + 1; k < v.size(); k++) {
      String w = v.lower[k];
      if (guillemet ? w.equals("»") : w.equals("\"") || w.equals("“") || w.equals("”")) {
        return k - open - 1 >= MIN_QUOTED_WORDS ? new int[] {open, k} : null;
      }
    }
    return null;
  }

  /**
   * Whether the trigger ends a period ("fino alla morte", "poco prima della sua morte", "Dal 1999 alla morte"):
   * a word of class {@code period_end} followed by a preposition shortly before it (not with an auxiliary between:
   * "prima di essere allontanato" is dated like its verb), or a preposition "a" before it
   * with a date introduced by "da" earlier in the clause. The dates before such a trigger mark the other end of
   * the period, not the event, and it inherits none.
   */
  private boolean periodEnd(SentenceView v, int from, int t) {
    for (int k = t - 1; k >= Math.max(from, t - 4); k--) {
      if (v.hasClass(k, "period_end") && k + 1 < t && (v.hasClass(k + 1, "prep_di") || v.hasClass(k + 1, "prep_a"))
          && !auxiliaryBetween(v, k + 2, t)) {
        return true;
      }
    }
    int k = t - 1;
    while (k >= from && (v.hasClass(k, "det"))) {
      k--;
    }
    if (k < from || !v.hasClass(k, "prep_a")) {
      return false;
    }
    for (int j = from; j + 1 < k; j++) {
      if (v.hasClass(j, "prep_da") && v.entity[j + 1] != null && v.entity[j + 1].type() == EntityType.DATE) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token in [from, to) is an auxiliary (word classes aux_passive, aux_avere). */
  private static boolean auxiliaryBetween(SentenceView v, int from, int to) {
    for (int k = from; k < to; k++) {
      if (v.hasClass(k, "aux_passive") || v.hasClass(k, "aux_avere")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an auxiliary and a verb (POS VERB, no trigger) stand between the trigger t and a date after it: the
   * date belongs to that predicate ("l'inchiesta sulla morte di Pinelli fu depositata il 25 ottobre 1975").
   * Without POS tags, never.
   */
  private static boolean verbBetween(SentenceView v, int t, int dateBegin) {
    for (int k = t + 2; k < v.size() && v.tokens.get(k).begin() < dateBegin; k++) {
      if ("VERB".equals(v.tokens.get(k).pos()) && !v.isTrigger(k) && (v.hasClass(k - 1, "aux_passive")
          || v.hasClass(k - 1, "aux_avere") || v.hasClass(k - 1, "aux_stato"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A date appended to the event's clause after a comma ("l'elezione di papa Benedetto XVI, avvenuta nel 2005";
   * "la sua morte, nel 251"): the comma at token {@code to}, optionally a word of class {@code happened}, at most
   * two prepositions or determiners, then a DATE followed by punctuation or the end of the sentence.
   */
  private Entity appendedDate(Context ctx, SentenceView v, int to) {
    if (to >= v.size() || !v.lower[to].equals(",")) {
      return null;
    }
    int k = to + 1;
    if (k < v.size() && v.hasClass(k, "happened")) {
      k++;
    }
    for (int n = 0; n < 2 && k < v.size() && (v.hasClass(k, "prep_in") || v.hasClass(k, "prep_a")
        || v.hasClass(k, "det")); n++) {
      k++;
    }
    if (k >= v.size() || v.entity[k] == null || v.entity[k].type() != EntityType.DATE || v.entityFirst[k] != k
        || v.entity[k].value() == null || lifeSpan(ctx, v.entity[k])) {
      return null;
    }
    int after = v.entityLast[k] + 1;
    // the date must close the sentence or the phrase ("..., nel 1847 la Tartuca sostituì" starts a new clause)
    return after >= v.size() || v.isPunct(after) ? v.entity[k] : null;
  }

  /**
   * The index of the parenthesis matching the one at token i ({@code dir} -1: the opening one left of a closing
   * one, +1: the closing one right of an opening one), or -1 when there is none in the sentence.
   */
  private static int matching(SentenceView v, int i, int dir) {
    int depth = 0;
    for (int k = i; k >= 0 && k < v.size(); k += dir) {
      if (v.hasClass(k, dir < 0 ? "paren_close" : "paren_open")) {
        depth++;
      } else if (v.hasClass(k, dir < 0 ? "paren_open" : "paren_close") && --depth == 0) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A range in parentheses ("Zhìyǐ (538 - 597)", "Dōgen (道元, 1200 - 1253)"): the life span of the name before
   * it, not the date of an event.
   */
  private static boolean lifeSpan(Context ctx, Entity date) {
    if (!date.value().contains("/")) {
      return false;
    }
    String text = ctx.original();
    int open = text.lastIndexOf('(', date.begin());
    if (open < 0 || date.begin() - open >= 40 || text.lastIndexOf(')', date.begin()) >= open) {
      return false;
    }
    int close = text.indexOf(')', date.end());
    if (close < 0 || close - date.end() >= 40) {
      return false;
    }
    int nextOpen = text.indexOf('(', date.end());
    return nextOpen < 0 || nextOpen > close;
  }

  /** The last DATE with a year inside [from, to), or null. */
  private static Entity lastDate(Context ctx, int from, int to) {
    for (int k = ctx.dates().size() - 1; k >= 0; k--) {
      Entity d = ctx.dates().get(k);
      if (d.end() <= to && d.begin() >= from && !yearless(d) && !lifeSpan(ctx, d)) {
        return d;
      }
    }
    return null;
  }

  /** A date whose year the tagger could not resolve ("XXXX-08-10"): it cannot date an event. */
  private static boolean yearless(Entity date) {
    return date.value().startsWith("XXXX");
  }

  /**
   * Whether the paragraph starting at sentence {@code first} opens with a phrase of class {@code
   * time_continuation} ("Allo stesso tempo", "Nel frattempo"; multi-word entries are joined by '_'), i.e. goes
   * on at the time of the previous paragraph.
   */
  private boolean continuesTime(Context ctx, int first) {
    List<Token> tokens = ctx.text().tokensOf(first);
    StringBuilder phrase = new StringBuilder();
    for (int i = 0; i < Math.min(4, tokens.size()); i++) {
      if (i > 0) {
        phrase.append('_');
      }
      phrase.append(tokens.get(i).norm().toLowerCase(Locale.ROOT));
      if (classes.has(phrase.toString(), "time_continuation")) {
        return true;
      }
    }
    return false;
  }

  /** Index of the first sentence of the paragraph holding sentence s (paragraphs end at a line break). */
  private static int paragraphStart(Context ctx, int s) {
    List<Sentence> sentences = ctx.text().sentences();
    int k = s;
    while (k > 0 && !hasLineBreak(ctx.original(), sentences.get(k - 1).end(), sentences.get(k).begin())) {
      k--;
    }
    return k;
  }

  /** Whether text[from, to) holds a '\n'. */
  private static boolean hasLineBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }
}
