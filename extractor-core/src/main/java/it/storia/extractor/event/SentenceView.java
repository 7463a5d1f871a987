package it.storia.extractor.event;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Token;
import it.storia.extractor.parse.DependencyTree;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The token attributes patterns test, for one sentence: lower-case forms, word classes, covering entity, trigger
 * readings. Built per sentence and call; not shared between threads.
 */
final class SentenceView {
  final List<Token> tokens;
  final String[] lower;
  /** Each token's word classes as a bit set ({@link WordClasses#bits}; shared arrays, never written). */
  final long[][] classBits;
  final Entity[] entity;
  /** For each token, the index of the first / last token of its entity, or -1. */
  final int[] entityFirst;
  final int[] entityLast;
  final List<List<TriggerLexicon.Reading>> readings;
  final WordClasses classes;
  /** The sentence's dependency parse once the extractor has asked for it, else null. */
  DependencyTree tree;
  /**
   * For each token, whether one of its readings makes an event there; null until {@link #keepTriggers} is called.
   * Read instead of the readings while {@code eventTriggersOnly} is set (sense conditions are being tested).
   */
  private boolean[] live;
  private boolean eventTriggersOnly;
  /**
   * For each token, whether it closes a {@code !trigger} gap right of the trigger {@code gapTrigger}: null until
   * {@link #keepPredicates} is called, or when every token with a reading does. Read while {@code predicateGapsOnly} is
   * set.
   */
  private boolean[] predicates;
  private boolean predicatesKept;
  /** The last token with a trigger reading that is no predicate ({@link #keepPredicates}); -1 when none is. */
  private int lastNonPredicate = -1;
  private boolean predicateGapsOnly;
  private int gapTrigger;
  /**
   * For each token, the rules matched for each of its readings with every form blocking, filled as they are asked
   * (null for a token never asked: most tokens have no reading).
   */
  private final List<Map<TriggerLexicon.Reading, List<PatternRules.Match>>> matched;

  SentenceView(List<Token> tokens, List<Entity> sentenceEntities, WordClasses classes, TriggerLexicon lexicon) {
    this.tokens = tokens;
    this.classes = classes;
    int n = tokens.size();
    lower = new String[n];
    classBits = new long[n][];
    entity = new Entity[n];
    entityFirst = new int[n];
    entityLast = new int[n];
    readings = new java.util.ArrayList<>(n);
    matched = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      lower[i] = t.norm().toLowerCase(Locale.ROOT).replace('’', '\'');
      classBits[i] = classes.bits(lower[i]);
      entityFirst[i] = -1;
      entityLast[i] = -1;
    }
    for (Entity e : sentenceEntities) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        if (e.overlaps(t.begin(), t.end()) && entity[i] == null) {
          if (first < 0) {
            first = i;
          }
          last = i;
        }
      }
      if (first < 0) {
        continue;
      }
      for (int i = first; i <= last; i++) {
        entity[i] = e;
        entityFirst[i] = first;
        entityLast[i] = last;
      }
    }
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      // a token inside a name is never a trigger ("Partito Comunista", "Morte" in a title)
      readings.add(entity[i] != null && entity[i].type() != EntityType.DATE ? List.of()
          : lexicon.readings(lower[i], t.lemma(), t.pos()));
      matched.add(null);
    }
  }

  int size() {
    return tokens.size();
  }

  /**
   * Whether token i is a trigger: it has a reading; while sense conditions are tested ({@link #testingConditions}),
   * only when one of its readings makes an event there ({@link #keepTriggers}).
   */
  boolean isTrigger(int i) {
    return eventTriggersOnly && live != null ? live[i] : !readings.get(i).isEmpty();
  }

  /**
   * Whether token i closes a gap written {@code [!trigger]}: as {@link #isTrigger}, except while argument gaps stop
   * only at predicates ({@link #predicateGaps}), when right of the trigger only the tokens kept by {@link
   * #keepPredicates} do.
   */
  boolean blocksGap(int i) {
    if (eventTriggersOnly && live != null) {
      return live[i];
    }
    return predicateGapsOnly && predicates != null && i > gapTrigger ? predicates[i] : !readings.get(i).isEmpty();
  }

  /**
   * The tokens with a trigger reading that are predicates: a verb, or a form that makes an event there; a form whose
   * readings are all nouns or adjectives and make no event ("per acclamazione" when no title follows) is then an
   * ordinary word in an argument gap. Null when every token with a reading is one (nothing would change).
   */
  void keepPredicates(boolean[] flags) {
    if (flags != null && flags.length != tokens.size()) {
      throw new IllegalArgumentException("predicate flags for " + flags.length + " tokens, the sentence has "
          + tokens.size());
    }
    predicates = flags == null ? null : flags.clone();
    predicatesKept = true;
    lastNonPredicate = -1;
    for (int i = 0; predicates != null && i < predicates.length; i++) {
      if (!predicates[i] && !readings.get(i).isEmpty()) {
        lastNonPredicate = i;
      }
    }
  }

  /** Whether {@link #keepPredicates} was called. */
  boolean keepsPredicates() {
    return predicatesKept;
  }

  /**
   * Whether some token with a trigger reading right of token t is no predicate ({@link #keepPredicates}): only then
   * can the gaps right of t stopping at predicates match differently.
   */
  boolean hasNonPredicateTriggerAfter(int t) {
    return lastNonPredicate > t;
  }

  /**
   * Sets whether {@code [!trigger]} gaps right of trigger token {@code t} stop only at the tokens kept by {@link
   * #keepPredicates}; gaps left of it stop at every trigger form.
   */
  void predicateGaps(boolean on, int t) {
    predicateGapsOnly = on;
    gapTrigger = t;
  }

  /**
   * The tokens of which a reading makes an event there (its {@code needs=} condition holds): while sense conditions
   * are tested, a form whose conditions all fail is an ordinary word and no longer blocks the {@code !trigger} gaps
   * of other triggers' condition rules ("passare" of a book, "elezioni" without a person or a post).
   */
  void keepTriggers(boolean[] triggers) {
    if (triggers.length != tokens.size()) {
      throw new IllegalArgumentException("trigger flags for " + triggers.length + " tokens, the sentence has "
          + tokens.size());
    }
    live = triggers.clone();
  }

  /**
   * The rules matched around token t for one of its readings with every form blocking ({@code match} computes them
   * the first time; later calls return the same list).
   */
  List<PatternRules.Match> matches(int t, TriggerLexicon.Reading r, Supplier<List<PatternRules.Match>> match) {
    Map<TriggerLexicon.Reading, List<PatternRules.Match>> byReading = matched.get(t);
    if (byReading == null) {
      byReading = new IdentityHashMap<>(4);
      matched.set(t, byReading);
    }
    return byReading.computeIfAbsent(r, k -> match.get());
  }

  /** Whether {@link #keepTriggers} was called. */
  boolean keepsTriggers() {
    return live != null;
  }

  /** Sets whether the {@code trigger} attribute reads only the tokens kept by {@link #keepTriggers}. */
  void testingConditions(boolean on) {
    eventTriggersOnly = on;
  }

  boolean hasClass(int i, String name) {
    return classes.has(lower[i], name);
  }

  boolean isPunct(int i) {
    String s = lower[i];
    for (int k = 0; k < s.length(); k++) {
      if (Character.isLetterOrDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  boolean isCapitalised(int i) {
    String s = tokens.get(i).norm();
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }

  /** True when no word comes before token i in its sentence (only punctuation, e.g. an opening quote). */
  boolean isFirstWord(int i) {
    for (int k = 0; k < i; k++) {
      if (!isPunct(k)) {
        return false;
      }
    }
    return true;
  }

  /** Text of tokens [from, to) in the original input. */
  String text(String original, int from, int to) {
    return original.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
  }
}
