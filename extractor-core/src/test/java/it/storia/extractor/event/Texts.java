package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.RuleSentenceSplitter;
import it.storia.extractor.text.Segmenter;
import it.storia.extractor.token.ItalianTokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Test helper: segments a text with the bundled segmenter and builds oracle entities from specs located by string
 * search (every whole-word occurrence, longest spec first, no overlaps). Spec syntax: {@code TYPE:text} with TYPE
 * PER, ORG, LOC; {@code PER:text=Canonical} sets the canonical name; {@code DATE:text=VALUE} sets the TimeML value.
 */
final class Texts {
  static final Segmenter SEGMENTER = new Segmenter(ItalianNormalizer.fromClasspath(),
      ItalianTokenizer.fromClasspath(), new RuleSentenceSplitter());

  private Texts() {}

  /** A segmented text with its oracle entities. */
  record Doc(String text, AnalyzedText analyzed, List<Entity> entities) {}

  static Doc doc(String text, String... specs) {
    return doc(text, List.of(specs));
  }

  /**
   * The events {@code extractor} finds in {@code text} with the oracle entities of {@code specs}, after checking that
   * every trigger, argument and date offset points into the original text (the surface at its offsets is its text).
   */
  static List<Event> events(EventExtractor extractor, String text, String... specs) {
    Doc d = doc(text, specs);
    List<Event> events = extractor.extract(d.analyzed(), d.entities());
    for (Event e : events) {
      assertThat(text.substring(e.trigger().begin(), e.trigger().end())).isEqualTo(e.trigger().text());
      for (EventArgument a : e.arguments()) {
        assertThat(text.substring(a.begin(), a.end())).isEqualTo(a.text());
      }
      if (e.date() != null) {
        assertThat(text.substring(e.date().begin(), e.date().end())).isEqualTo(e.date().text());
      }
    }
    return events;
  }

  /** The one event of {@code type} in {@code events} (fails unless there is exactly one). */
  static Event the(List<Event> events, String type) {
    List<Event> of = events.stream().filter(e -> e.type().equals(type)).toList();
    assertThat(of).as("events of type " + type + " in " + events).hasSize(1);
    return of.get(0);
  }

  /** The persons of an event in {@code role}: their canonical names, else their text. */
  static List<String> persons(Event e, String role) {
    return e.arguments().stream().filter(a -> a.role().equals(role) && a.type() == EntityType.PERSON)
        .map(a -> a.canonical() != null ? a.canonical() : a.text()).toList();
  }

  /** The types of the events {@code extractor} finds in {@code text} (see {@link #events}), in text order. */
  static List<String> types(EventExtractor extractor, String text, String... specs) {
    return events(extractor, text, specs).stream().map(Event::type).toList();
  }

  /** The types of the events the whole pipeline finds in {@code text} (its own entities, tags and lemmas), in order. */
  static List<String> pipelineTypes(Extractor pipeline, String text) {
    return pipeline.extract(text).events().stream().map(Event::type).toList();
  }

  static Doc doc(String text, List<String> specs) {
    AnalyzedText analyzed = SEGMENTER.segment(text);
    List<String[]> parsed = new ArrayList<>();
    for (String spec : specs) {
      int colon = spec.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("bad entity spec '" + spec + "', expected TYPE:text[=value]");
      }
      String body = spec.substring(colon + 1);
      int eq = body.lastIndexOf('=');
      String surface = eq < 0 ? body : body.substring(0, eq);
      String value = eq < 0 ? null : body.substring(eq + 1);
      parsed.add(new String[] {spec.substring(0, colon).strip(), surface.strip(), value == null ? null
          : value.strip()});
    }
    parsed.sort(Comparator.comparingInt((String[] p) -> -p[1].length()));
    boolean[] taken = new boolean[text.length()];
    List<Entity> out = new ArrayList<>();
    for (String[] p : parsed) {
      EntityType type = EntityType.parse(p[0]);
      String surface = p[1];
      int from = 0;
      int at;
      while ((at = text.indexOf(surface, from)) >= 0) {
        from = at + 1;
        int end = at + surface.length();
        if (!boundary(text, at - 1) || !boundary(text, end) || overlapsTaken(taken, at, end)) {
          continue;
        }
        int s = analyzed.sentenceAt(at);
        if (s < 0) {
          continue;
        }
        for (int k = at; k < end; k++) {
          taken[k] = true;
        }
        if (type == EntityType.DATE) {
          out.add(new Entity(type, surface, at, end, s, null, null, p[2], null));
        } else {
          out.add(new Entity(type, surface, at, end, s, p[2], null, null, null));
        }
      }
    }
    out.sort(Comparator.comparingInt(Entity::begin));
    return new Doc(text, analyzed, out);
  }

  private static boolean boundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }

  private static boolean overlapsTaken(boolean[] taken, int b, int e) {
    for (int k = b; k < e; k++) {
      if (taken[k]) {
        return true;
      }
    }
    return false;
  }
}
