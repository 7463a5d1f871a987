package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.model.Token;
import it.storia.extractor.pipeline.Extractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Dev tool (docs/events.md, "Session 13"): for every gold event of the readable sets ({@link EventDevSet#readableSets}:
 * dev set, held-out 1-17, 18a, 19a; since session 14 also 18a and 19a; 18b and 19b are never loaded) whether the bundled trigger lexicon offers any reading on a token of its trigger span, with the
 * tagger's lemma and POS of each token. Run with {@code -Devents.candidates=OUT.tsv}; skipped otherwise.
 *
 * <p>Columns: set, document, gold type, gold trigger, class ({@code matched}; {@code cand} = a reading of the gold
 * type that the rules rejected; {@code other} = readings of other types only; {@code masked} = readings only on
 * tokens inside a name; {@code none} = no reading at all), the span's tokens as form/lemma/POS, the readings' lemmas
 * and types, and the sentence around the trigger (corpus text: keep the output out of the repository).
 */
class TriggerCandidateAudit {


  @Test
  void goldTriggersAndTheirLexiconReadings() throws IOException {
    String out = System.getProperty("events.candidates");
    Assumptions.assumeTrue(out != null && !out.isBlank(), "dev tool: run with -Devents.candidates=OUT.tsv");
    TriggerLexicon lexicon = TriggerLexicon.parse(DataFiles.classpath("types.tsv"),
        DataFiles.classpath("conjugations.tsv"), DataFiles.classpath("triggers.tsv"));
    Extractor pipeline = Extractor.withDefaults();
    Map<String, Integer> byClass = new LinkedHashMap<>();
    int gold = 0;
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8))) {
      for (Map.Entry<String, EventDevSet.Readable> set : EventDevSet.readableSets().entrySet()) {
        for (EventDevSet.Doc d : set.getValue().load()) {
          String text = d.doc().text();
          ExtractedDocument x = pipeline.extract(text);
          boolean[] used = new boolean[x.events().size()];
          for (EventDevSet.Gold g : d.gold()) {
            gold++;
            String cls = classify(g, x, used, lexicon);
            byClass.merge(cls, 1, Integer::sum);
            StringBuilder toks = new StringBuilder();
            TreeSet<String> readings = new TreeSet<>();
            for (Token t : x.tokens()) {
              if (t.end() <= g.begin() || t.begin() >= g.end()) {
                continue;
              }
              String lower = lower(t);
              toks.append(toks.isEmpty() ? "" : " ").append(t.norm()).append('/').append(t.lemma()).append('/')
                  .append(t.pos());
              for (TriggerLexicon.Reading r : lexicon.readings(lower, t.lemma(), t.pos())) {
                readings.add(r.entry().lemma() + ":" + r.entry().type() + ":" + r.form());
              }
            }
            int from = Math.max(0, g.begin() - 90);
            int to = Math.min(text.length(), g.end() + 90);
            w.println(String.join("\t", set.getKey(), d.id(), g.type(), g.trigger(), cls, toks.toString(),
                String.join(" ", readings), text.substring(from, to).replaceAll("\\s+", " ")));
          }
        }
      }
    }
    System.out.println("trigger candidates of " + gold + " gold events: " + byClass);
    assertThat(gold).isPositive();
  }

  private static String classify(EventDevSet.Gold g, ExtractedDocument x, boolean[] used, TriggerLexicon lexicon) {
    for (int i = 0; i < used.length; i++) {
      Event e = x.events().get(i);
      if (!used[i] && e.type().equals(g.type()) && e.trigger().begin() < g.end() && g.begin() < e.trigger().end()) {
        used[i] = true;
        return "matched";
      }
    }
    boolean any = false;
    boolean unmasked = false;
    boolean ofType = false;
    for (Token t : x.tokens()) {
      if (t.end() <= g.begin() || t.begin() >= g.end()) {
        continue;
      }
      List<TriggerLexicon.Reading> rs = lexicon.readings(lower(t), t.lemma(), t.pos());
      if (rs.isEmpty()) {
        continue;
      }
      any = true;
      if (!insideName(t, x.entities())) {
        unmasked = true;
        for (TriggerLexicon.Reading r : rs) {
          ofType |= r.entry().type().equals(g.type());
        }
      }
    }
    return !any ? "none" : !unmasked ? "masked" : ofType ? "cand" : "other";
  }

  private static boolean insideName(Token t, List<Entity> entities) {
    for (Entity e : entities) {
      if (e.type() != EntityType.DATE && e.overlaps(t.begin(), t.end())) {
        return true;
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.norm().toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
