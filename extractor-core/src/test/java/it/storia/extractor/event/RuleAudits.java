package it.storia.extractor.event;

import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * What the rule audits of the event data files ({@link NeedsRuleAudit}, {@link BlockingRuleAudit}, {@link
 * ParseSenseAudit}) share: capturing the extractor's input to re-run variants on it, matching events to gold, event
 * keys and contexts, resources, F1 and per-set counts, events as JSON lines. Test-only,
 * not thread-safe ({@link Capturing} keeps the last input).
 */
final class RuleAudits {
  private RuleAudits() {}

  /** The event extractor's input for one document, kept to re-run variants on it. */
  record Input(AnalyzedText text, List<Entity> entities) {}

  /** Passes through to the bundled extractor and keeps the last input (single-threaded use only). */
  static final class Capturing implements EventExtractor {
    private final EventExtractor base;
    Input last;

    Capturing(EventExtractor base) {
      this.base = base;
    }

    @Override
    public List<Event> extract(AnalyzedText text, List<Entity> entities) {
      last = new Input(text, entities);
      return base.extract(text, entities);
    }
  }

  /** Gold indexes matched one-to-one by type and overlapping trigger ({@link EventScorer#match}). */
  static Set<Integer> matchedGold(List<EventDevSet.Gold> gold, List<Event> events) {
    Set<Integer> out = new HashSet<>();
    int[] hits = EventScorer.match(gold, events);
    for (int g = 0; g < hits.length; g++) {
      if (hits[g] >= 0) {
        out.add(g);
      }
    }
    return out;
  }

  static boolean overlaps(EventDevSet.Gold g, Event e) {
    return e.type().equals(g.type()) && e.trigger().begin() < g.end() && g.begin() < e.trigger().end();
  }

  static Set<String> keys(List<Event> events) {
    Set<String> out = new HashSet<>();
    for (Event e : events) {
      out.add(key(e));
    }
    return out;
  }

  static String key(Event e) {
    return e.type() + ":" + e.trigger().begin() + ":" + e.trigger().end();
  }

  /** The trigger in brackets with 100 characters before and 80 after, white space folded. */
  static String context(String text, Event e) {
    int from = Math.max(0, e.trigger().begin() - 100);
    int to = Math.min(text.length(), e.trigger().end() + 80);
    return (text.substring(from, e.trigger().begin()) + "[[" + e.trigger().text() + "]]"
        + text.substring(e.trigger().end(), to)).replaceAll("\\s+", " ");
  }

  /** A bundled event data file's text. */
  static String resource(String name) throws IOException {
    try (InputStream in = RuleAudits.class.getResourceAsStream("/it/storia/extractor/event/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static PrintWriter writer(Path p) throws IOException {
    return new PrintWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8));
  }

  /** One event as a JSON line (document id, type, trigger, sentence text) for {@code dev/event_corpus_diff.py}. */
  static String json(String id, AnalyzedText t, Event e) {
    int s = t.sentenceAt(e.trigger().begin());
    String sentence = s < 0 ? "" : t.original().substring(t.sentences().get(s).begin(), t.sentences().get(s).end());
    return "{\"documentId\":" + quote(id) + ",\"type\":" + quote(e.type()) + ",\"trigger\":{\"begin\":"
        + e.trigger().begin() + ",\"end\":" + e.trigger().end() + ",\"text\":" + quote(e.trigger().text())
        + ",\"lemma\":" + quote(e.trigger().lemma() == null ? "" : e.trigger().lemma()) + "},\"sentenceText\":"
        + quote(sentence.replaceAll("\\s+", " ")) + "}";
  }

  /** A JSON string literal. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** F1 from true positives, false positives and false negatives (0 without a true positive). */
  static double f1(int tp, int fp, int fn) {
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /** "set:n set:n ..." in the map's order. */
  static String bySet(Map<String, Integer> m) {
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> b.append(b.isEmpty() ? "" : " ").append(k).append(':').append(v));
    return b.toString();
  }
}
