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
    for (Sense s : sensesOf(r)) {
      for (int i = 0; i < v.size(); i++) {
        if (filler(v, i, s.fillers(), parserLemmas(v.tokens.get(i)), null)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The lemmas the parser may give a word of token t: its lemma, the lemma's parts, its words and its form. */
  private static List<String> parserLemmas(Token t) {
    List<String> out = new ArrayList<>(t.words());
    out.add(t.norm());
    if (t.lemma() != null) {
      out.add(t.lemma());
      out.addAll(List.of(t.lemma().split(" ")));
    }
    return out;
  }

  /** The sense lines naming reading r's type and lemma whose reading (noun, verb, *) fits its form. */
  private List<Sense> sensesOf(TriggerLexicon.Reading r) {
    List<Sense> senses = byReading.getOrDefault(r.entry().type() + "\t" + r.entry().lemma(), List.of());
    boolean noun = r.form().equals("noun");
    return senses.stream().filter(s -> s.reading().equals("*") || s.reading().equals("noun") == noun).toList();
  }

  /**
   * Whether the parse gives reading r of trigger token t its event sense.
   *
   * @param tree the parse of the sentence
   * @param first the text's index of the sentence's first token
   * @param v the sentence's tokens, entities and word classes
   */
  boolean holds(TriggerLexicon.Reading r, DependencyTree tree, int first, SentenceView v, int t) {
    List<Sense> senses = sensesOf(r);
    if (senses.isEmpty()) {
      return false;
    }
    int w = ParseArguments.triggerWord(tree, first + t);
    if (w < 0) {
      return false;
    }
    for (Sense s : senses) {
      for (int c : ParseArguments.follow(tree, w, s.path())) {
        if (!ParseArguments.caseMatches(tree, c, s.cases())) {
          continue;
        }
        Word cw = tree.words().get(c);
        int i = cw.token() - first;
        if (i >= 0 && i < v.size() && filler(v, i, s.fillers(), List.of(cw.lemma()), cw.upos())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether token i is one of the fillers: an entity of the type over it, a word of the class (by its class bits or
   * one of {@code lemmas}), a UD tag ({@code upos}; null when not known yet: any tag may be).
   */
  private static boolean filler(SentenceView v, int i, List<String> fillers, List<String> lemmas, String upos) {
    Entity e = v.entity[i];
    for (String f : fillers) {
      if (f.startsWith("class=")) {
        String cls = f.substring(6);
        if (e == null && (v.hasClass(i, cls)
            || lemmas.stream().anyMatch(l -> v.classes.has(l.toLowerCase(Locale.ROOT), cls)))) {
          return true;
        }
      } else if (f.startsWith("upos=")) {
        if (upos == null || upos.equals(f.substring(5))) {
          return true;
        }
      } else if (e != null && e.type() == EntityType.valueOf(f)) {
        return true;
      }
    }
    return false;
  }
}
