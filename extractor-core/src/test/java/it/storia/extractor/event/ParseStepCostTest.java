package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.parse.DependencyParser;
import it.storia.extractor.parse.TransitionDependencyParser;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The parse step parses only sentences whose parse can change the events (docs/performance.md, "Session 25"): a
 * sentence holding an event but no PERSON mention (the parse fills agent and patient roles with persons only), and a
 * sentence whose blocked reading has no token that could fill its sense line, are not parsed; the events of the
 * sentences that are parsed are those the parse gives.
 */
class ParseStepCostTest {
  private static final DependencyParser PARSER = TransitionDependencyParser.fromClasspath();

  /** A pipeline whose event stage counts the sentences it parses. */
  private static Extractor counting(AtomicInteger parses) {
    PatternEventExtractor events = PatternEventExtractor.fromClasspath().withParser((text, sentence) -> {
      parses.incrementAndGet();
      return PARSER.parse(text, sentence);
    });
    return SharedPipeline.with(b -> b.eventExtractor(events));
  }

  private static List<String> types(List<Event> events) {
    return events.stream().map(Event::type).toList();
  }

  @Test
  void anEventSentenceWithoutAPersonIsNotParsed() {
    AtomicInteger parses = new AtomicInteger();
    Extractor x = counting(parses);
    List<Event> events = x.extract("Nel 1925 il partito fu sciolto dal governo.").events();
    assertThat(types(events)).containsExactly("DISSOLUTION");
    assertThat(parses).hasValue(0);

    events = x.extract("Nel 1927 Trotsky fu espulso dal partito.").events();
    assertThat(types(events)).containsExactly("EXPULSION");
    assertThat(events.get(0).arguments()).extracting(EventArgument::text).contains("Trotsky");
    assertThat(parses).hasValue(1);
  }

  @Test
  void aBlockedReadingWithNoPossibleFillerIsNotParsed() {
    AtomicInteger parses = new AtomicInteger();
    Extractor x = counting(parses);
    assertThat(x.extract("La pioggia continuò a battere le finestre per tutta la notte.").events()).isEmpty();
    assertThat(parses).hasValue(0);

    List<Event> events =
        x.extract("Nel 1135 la flotta siciliana riuscì a battere la flotta pisana davanti ad Amalfi.").events();
    assertThat(types(events)).containsExactly("DEFEAT");
    assertThat(parses).hasValue(1);
  }
}
