package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.parse.DependencyTree;
import it.storia.extractor.parse.TransitionDependencyParser;
import it.storia.extractor.parse.Word;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Dev tool (docs/events.md, "Session 22"): for every gold agent/patient person of a matched event over the readable
 * sets (pipeline entities, the pattern extractor without its parse step), whether the patterns found it and how the
 * dependency parse relates the trigger word to the person's mention in the trigger's sentence: a path of relations,
 * {@code ^rel} up from the trigger, {@code rel[case]} down to the person ("obl:agent[da]", "nmod[di]>appos",
 * "^acl"), or {@code none} (no pipeline PERSON mention of that name in the sentence). Run with
 * {@code -Devents.parseAudit=OUT.tsv}; skipped otherwise. Columns: set, document, status (found, missed, other-role),
 * role, whether the pattern left the role empty, path, person, type, trigger, sentence (corpus text: keep the output
 * out of the repository).
 */
class ParseArgumentAudit {

  @Test
  void pathsFromTriggerToGoldPersons() throws IOException {
    String out = System.getProperty("events.parseAudit");
    Assumptions.assumeTrue(out != null && !out.isBlank(), "dev tool: run with -Devents.parseAudit=OUT.tsv");
    Extractor base = Extractor.builder().eventExtractor(PatternEventExtractor.fromClasspath()).build();
    Extractor.Stages st = base.stages();
    TransitionDependencyParser parser = TransitionDependencyParser.fromClasspath();
    int rows = 0;
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8))) {
      w.println("set\tdoc\tstatus\trole\tempty\tpath\tperson\ttype\ttrigger\tsentence");
      for (Map.Entry<String, EventDevSet.Readable> set : EventDevSet.readableSets().entrySet()) {
        for (EventDevSet.Doc d : set.getValue().load()) {
          String text = d.doc().text();
          var x = base.extract(text);
          AnalyzedText seg = st.segmenter().segment(text);
          AnalyzedText tagged = seg.withTokens(st.tagger().tag(seg));
          int[] hits = EventScorer.match(d.gold(), x.events());
          for (int gi = 0; gi < hits.length; gi++) {
            if (hits[gi] < 0) {
              continue;
            }
            EventDevSet.Gold g = d.gold().get(gi);
            Event e = x.events().get(hits[gi]);
            int s = tagged.sentenceAt(e.trigger().begin());
            DependencyTree tree = parser.parse(tagged, s);
            for (String role : List.of("agent", "patient")) {
              boolean empty = e.arguments().stream().noneMatch(a -> a.role().equals(role));
              for (String name : role.equals("agent") ? g.agents() : g.patients()) {
                String other = role.equals("agent") ? "patient" : "agent";
                String status = EventScorer.has(e, role, name) ? "found"
                    : EventScorer.has(e, other, name) ? "other-role" : "missed";
                String path = path(tree, tagged, e, x.entities(), name, s);
                var sent = tagged.sentences().get(s);
                w.println(String.join("\t", set.getKey(), d.id(), status, role, String.valueOf(empty), path, name,
                    g.type(), e.trigger().text(), text.substring(sent.begin(), sent.end()).replace('\t', ' ')
                        .replace('\n', ' ')));
                rows++;
              }
            }
          }
        }
      }
    }
    System.out.println("parse audit: " + rows + " rows written to " + out);
    assertThat(rows).isPositive();
  }

  private static String path(DependencyTree tree, AnalyzedText text, Event e, List<Entity> entities, String name,
      int s) {
    int first = text.sentenceTokens().get(s).first();
    int tw = -1;
    int bestM = -1;
    for (int i = 0; i < tree.words().size(); i++) {
      Word w = tree.words().get(i);
      var tok = text.tokens().get(w.token());
      if (tw < 0 && tok.begin() >= e.trigger().begin() && tok.end() <= e.trigger().end()
          && List.of("VERB", "NOUN", "ADJ", "PROPN").contains(w.upos())) {
        tw = i;
      }
    }
    for (int i = 0; tw < 0 && i < tree.words().size(); i++) {
      var tok = text.tokens().get(tree.words().get(i).token());
      if (tok.begin() >= e.trigger().begin() && tok.end() <= e.trigger().end()) {
        tw = i;
      }
    }
    if (tw < 0) {
      return "no-trigger-word";
    }
    String best = "none";
    int bestLen = Integer.MAX_VALUE;
    for (Entity p : entities) {
      if (p.type() != EntityType.PERSON || text.sentenceAt(p.begin()) != s || !EventScorer.matchesGold(
          new EventArgument("agent", p.text(), p.begin(), p.end(), EntityType.PERSON, p.canonical()), List.of(name))) {
        continue;
      }
      // the mention's head word: a word of the mention whose head is outside it
      int m = -1;
      for (int i = 0; i < tree.words().size(); i++) {
        Word w = tree.words().get(i);
        var tok = text.tokens().get(w.token());
        if (tok.begin() >= p.begin() && tok.end() <= p.end()) {
          int h = w.head();
          boolean inside = h >= 0 && text.tokens().get(tree.words().get(h).token()).begin() >= p.begin()
              && text.tokens().get(tree.words().get(h).token()).end() <= p.end();
          if (!inside) {
            m = i;
            break;
          }
        }
      }
      if (m < 0) {
        continue;
      }
      String pth = between(tree, tw, m);
      int len = pth.split("[>]").length;
      if (len < bestLen) {
        bestLen = len;
        best = pth;
        bestM = m;
      }
    }
    return best;
  }

  private static List<Integer> ancestors(DependencyTree tree, int w) {
    List<Integer> out = new ArrayList<>();
    for (int x = w; x >= 0 && out.size() < 60; x = tree.words().get(x).head()) {
      out.add(x);
    }
    return out;
  }

  private static String between(DependencyTree tree, int t, int m) {
    List<Integer> up = ancestors(tree, t);
    List<Integer> down = ancestors(tree, m);
    int lca = -1;
    for (int x : up) {
      if (down.contains(x)) {
        lca = x;
        break;
      }
    }
    if (lca < 0) {
      return "disconnected";
    }
    List<String> steps = new ArrayList<>();
    for (int x : up) {
      if (x == lca) {
        break;
      }
      steps.add("^" + tree.words().get(x).deprel());
    }
    List<String> downSteps = new ArrayList<>();
    for (int x : down) {
      if (x == lca) {
        break;
      }
      String c = "";
      for (int k : tree.children(x)) {
        if (tree.words().get(k).deprel().equals("case")) {
          c = "[" + tree.words().get(k).lemma() + "]";
          break;
        }
      }
      downSteps.add(0, tree.words().get(x).deprel() + c);
    }
    steps.addAll(downSteps);
    return steps.isEmpty() ? "self" : String.join(">", steps);
  }
}
