package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Dev tool (docs/events.md, "Session 24"): every gold agent/patient person that the default pipeline (patterns and
 * parse step) misses on a matched event of the readable sets, with what a reader needs to class it by cause: whether
 * the gold name occurs in the trigger's sentence as text, as a pipeline PERSON mention, or covered by an entity of
 * another type; whether the document has a PERSON mention of it before the trigger; the event's predicted arguments;
 * the previous and the trigger's sentence. Run with {@code -Devents.missAudit=OUT.tsv}; skipped otherwise (corpus
 * text: keep the output out of the repository).
 */
class PersonMissAudit {

  @Test
  void missedGoldPersonsWithContext() throws IOException {
    String out = System.getProperty("events.missAudit");
    Assumptions.assumeTrue(out != null && !out.isBlank(), "dev tool: run with -Devents.missAudit=OUT.tsv");
    Extractor pipeline = SharedPipeline.defaults();
    Extractor.Stages st = pipeline.stages();
    int rows = 0;
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8))) {
      w.println("set\tdoc\trole\tperson\ttype\ttrigger\tin_sentence\tperson_in_sentence\tcovering\tperson_before"
          + "\tother_role\tpredicted\tprevious\tsentence");
      for (Map.Entry<String, EventDevSet.Readable> set : EventDevSet.readableSets().entrySet()) {
        for (EventDevSet.Doc d : set.getValue().load()) {
          String text = d.doc().text();
          var x = pipeline.extract(text);
          AnalyzedText seg = st.segmenter().segment(text);
          int[] hits = EventScorer.match(d.gold(), x.events());
          for (int gi = 0; gi < hits.length; gi++) {
            if (hits[gi] < 0) {
              continue;
            }
            EventDevSet.Gold g = d.gold().get(gi);
            Event e = x.events().get(hits[gi]);
            int s = seg.sentenceAt(e.trigger().begin());
            var sent = seg.sentences().get(s);
            String sentence = text.substring(sent.begin(), sent.end());
            String previous = s > 0 ? text.substring(seg.sentences().get(s - 1).begin(),
                seg.sentences().get(s - 1).end()) : "";
            for (String role : List.of("agent", "patient")) {
              String other = role.equals("agent") ? "patient" : "agent";
              for (String name : role.equals("agent") ? g.agents() : g.patients()) {
                if (EventScorer.has(e, role, name)) {
                  continue;
                }
                String n = name.toLowerCase(Locale.ROOT);
                boolean inSentence = sentence.toLowerCase(Locale.ROOT).contains(n);
                boolean personInSentence = false;
                boolean personBefore = false;
                List<String> covering = new ArrayList<>();
                for (Entity p : x.entities()) {
                  boolean matches = p.text().toLowerCase(Locale.ROOT).contains(n)
                      || p.canonical() != null && p.canonical().toLowerCase(Locale.ROOT).contains(n);
                  if (!matches) {
                    continue;
                  }
                  if (p.begin() >= sent.begin() && p.end() <= sent.end()) {
                    if (p.type() == EntityType.PERSON) {
                      personInSentence = true;
                    } else {
                      covering.add(p.type() + ":" + p.text());
                    }
                  } else if (p.type() == EntityType.PERSON && p.end() <= sent.begin()) {
                    personBefore = true;
                  }
                }
                String predicted = e.arguments().stream().map(PersonMissAudit::describe)
                    .collect(Collectors.joining("; "));
                w.println(String.join("\t", set.getKey(), d.id(), role, name, g.type(), e.trigger().text(),
                    String.valueOf(inSentence), String.valueOf(personInSentence), String.join(",", covering),
                    String.valueOf(personBefore), String.valueOf(EventScorer.has(e, other, name)), predicted,
                    flat(previous), flat(sentence)));
                rows++;
              }
            }
          }
        }
      }
    }
    System.out.println("person miss audit: " + rows + " rows written to " + out);
    assertThat(rows).isPositive();
  }

  private static String describe(EventArgument a) {
    return a.role() + "=" + a.text() + (a.type() != null ? ":" + a.type() : "")
        + (a.canonical() != null && !a.canonical().equals(a.text()) ? "->" + a.canonical() : "");
  }

  private static String flat(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }
}
