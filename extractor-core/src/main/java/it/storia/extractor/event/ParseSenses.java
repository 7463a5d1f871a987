package it.storia.extractor.event;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Token;
import it.storia.extractor.parse.DependencyTree;
import it.storia.extractor.parse.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Event senses read off a dependency parse ({@code parse-senses.tsv}): a reading whose {@code needs=} condition
 * fails still makes an event when the parse relates its trigger word to the argument the event sense needs ("la
 * costituzione di un governo": {@code nmod} + {@code di} + a word of class {@code body}). Only readings the lexicon
 * offers are let through, and only when no reading of the token makes an event by the patterns.
 *
 * <p>Immutable and thread-safe.
 */
final class ParseSenses {
  private static final Set<String> READINGS = Set.of("noun", "verb", "*");

  /**
   * One sense line: the reading (noun, verb, *), the path from the trigger word (relations down, {@code ^relation}
   * up), the case words allowed on the last word ({@code -} none, {@code *} any) and the fillers it may be.
   */
  private record Sense(String reading, List<String> path, Set<String> cases, List<String> fillers) {}

  private final Map<String, List<Sense>> byReading;

  private ParseSenses(Map<String, List<Sense>> byReading) {
    Map<String, List<Sense>> copy = new HashMap<>();
    byReading.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.byReading = Map.copyOf(copy);
  }

  static ParseSenses parse(List<DataFiles.Line> lines, WordClasses classes, TriggerLexicon lexicon) {
    Map<String, List<Sense>> out = new HashMap<>();
    for (DataFiles.Line l : lines) {
      String[] f = l.text().strip().split("\t");
      if (f.length != 6) {
        throw l.error("a sense line has 6 tab-separated fields: TYPE LEMMA READING PATH CASE FILLERS");
      }
      if (!lexicon.hasType(f[0])) {
        throw l.error("unknown type '" + f[0] + "'");
      }
      if (!READINGS.contains(f[2])) {
        throw l.error("unknown reading '" + f[2] + "'");
      }
      List<String> fillers = List.of(f[5].split("\\|"));
      for (String filler : fillers) {
        if (filler.startsWith("class=")) {
          if (!classes.defines(filler.substring(6))) {
            throw l.error("unknown word class '" + filler.substring(6) + "'");
          }
        } else if (!filler.startsWith("upos=") && !Set.of("PERSON", "ORGANIZATION", "LOCATION").contains(filler)) {
          throw l.error("unknown filler '" + filler + "'");
        }
      }
      out.computeIfAbsent(f[0] + "\t" + f[1], k -> new ArrayList<>())
          .add(new Sense(f[2], List.of(f[3].split(">")), Set.of(f[4].split("\\|")), fillers));
    }
    return new ParseSenses(out);
  }

  /** Whether some line names the reading's type and lemma (only then is a sentence parsed for it). */
  boolean covers(TriggerLexicon.Reading r) {
    return byReading.containsKey(r.entry().type() + "\t" + r.entry().lemma());
  }

  /**
   * Whether some token of the sentence could fill a sense line of reading r: an entity of a filler type, a word of a
   * filler class (by its class bits or any of its lemmas and words), or any token when a line names a UD tag. Checked
   * before the sentence is parsed; {@link #holds} is false whenever this is.
   */
  boolean mayHold(TriggerLexicon.Reading r, SentenceView v) {
    List<Sense> senses = byReading.get(r.entry().type() + "\t" + r.entry().lemma());
    if (senses == null) {
      return false;
    }
    boolean noun = r.form().equals("noun");
    for (Sense s : senses) {
      if (!s.reading().equals("*") && s.reading().equals("noun") != noun) {
        continue;
      }
      for (int i = 0; i < v.size(); i++) {
        if (mayFill(v, i, s.fillers())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether token i could be a filler for {@link #fills}, whichever parse word of the token the parse makes it. */
  private static boolean mayFill(SentenceView v, int i, List<String> fillers) {
    Entity e = v.entity[i];
    for (String f : fillers) {
      if (f.startsWith("class=")) {
        String cls = f.substring(6);
        if (e == null && (v.hasClass(i, cls) || anyWordHas(v, i, cls))) {
          return true;
        }
      } else if (f.startsWith("upos=")) {
        return true;
      } else if (e != null && e.type() == EntityType.valueOf(f)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lemma the parser may give a word of token i (its lemma, lemma parts, words or form) is of the class. */
  private static boolean anyWordHas(SentenceView v, int i, String cls) {
    Token t = v.tokens.get(i);
    List<String> candidates = new ArrayList<>(t.words());
    candidates.add(t.norm());
    if (t.lemma() != null) {
      candidates.add(t.lemma());
      candidates.addAll(List.of(t.lemma().split(" ")));
    }
    for (String c : candidates) {
      if (v.classes.has(c.toLowerCase(Locale.ROOT), cls)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the parse gives reading r of trigger token t its event sense.
   *
   * @param tree the parse of the sentence
   * @param first the text's index of the sentence's first token
   * @param v the sentence's tokens, entities and word classes
   */
  boolean holds(TriggerLexicon.Reading r, DependencyTree tree, int first, SentenceView v, int t) {
    List<Sense> senses = byReading.get(r.entry().type() + "\t" + r.entry().lemma());
    if (senses == null) {
      return false;
    }
    int w = ParseArguments.triggerWord(tree, first + t);
    if (w < 0) {
      return false;
    }
    boolean noun = r.form().equals("noun");
    for (Sense s : senses) {
      if (!s.reading().equals("*") && s.reading().equals("noun") != noun) {
        continue;
      }
      for (int c : ParseArguments.follow(tree, w, s.path())) {
        if (ParseArguments.caseMatches(tree, c, s.cases()) && fills(tree, c, first, v, s.fillers())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether word c is one of the fillers: an entity of the type over it, a word of the class, a UD tag. */
  private static boolean fills(DependencyTree tree, int c, int first, SentenceView v, List<String> fillers) {
    Word cw = tree.words().get(c);
    int i = cw.token() - first;
    if (i < 0 || i >= v.size()) {
      return false;
    }
    Entity e = v.entity[i];
    for (String f : fillers) {
      if (f.startsWith("class=")) {
        String cls = f.substring(6);
        if (e == null && (v.hasClass(i, cls) || v.classes.has(cw.lemma().toLowerCase(Locale.ROOT), cls))) {
          return true;
        }
      } else if (f.startsWith("upos=")) {
        if (cw.upos().equals(f.substring(5))) {
          return true;
        }
      } else if (e != null && e.type() == EntityType.valueOf(f)) {
        return true;
      }
    }
    return false;
  }
}
