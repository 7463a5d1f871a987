package it.storia.extractor.index;

import it.storia.extractor.event.EventExtractor;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventDate;
import it.storia.extractor.model.EventTrigger;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.model.Referent;
import it.storia.extractor.model.Sentence;
import it.storia.extractor.ner.EntityRecognizer;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.resolve.ReferentResolver;
import it.storia.extractor.tag.Tagger;
import it.storia.extractor.time.TemporalTagger;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: builds ExtractedDocuments from real text segmented by the bundled splitter, with the entities and
 * events a test sets (the recognisers are not part of what the index tests check).
 */
final class Passages {
  private static final Extractor SEGMENT_ONLY = Extractor.builder().tagger(Tagger.none())
      .entityRecognizer(EntityRecognizer.none()).referentResolver(ReferentResolver.none())
      .temporalTagger(TemporalTagger.none()).eventExtractor(EventExtractor.none()).build();

  private final String id;
  private final String source;
  private final String text;
  private final List<Sentence> sentences;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Referent> referents = new ArrayList<>();

  private Passages(String id, String source, String text) {
    this.id = id;
    this.source = source;
    this.text = text;
    this.sentences = SEGMENT_ONLY.extract(text, id, source).sentences();
  }

  static Passages of(String id, String source, String text) {
    return new Passages(id, source, text);
  }

  private int at(String surface, int from) {
    int b = text.indexOf(surface, from);
    if (b < 0) {
      throw new IllegalArgumentException("'" + surface + "' not in the fixture text after " + from);
    }
    return b;
  }

  private int sentenceOf(int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.begin() && offset < s.end()) {
        return s.index();
      }
    }
    throw new IllegalArgumentException("offset " + offset + " is in no sentence");
  }

  /** A name mention (first occurrence after {@code from}) with its canonical name. */
  Passages name(EntityType type, String surface, String canonical, int from) {
    int b = at(surface, from);
    entities.add(new Entity(type, surface, b, b + surface.length(), sentenceOf(b), canonical, 0.9, null, null));
    return this;
  }

  Passages person(String surface, String canonical) {
    return name(EntityType.PERSON, surface, canonical, 0);
  }

  Passages referent(EntityType type, String canonical, String... aliases) {
    referents.add(new Referent("r" + (referents.size() + 1), type, canonical, List.of(aliases), List.of()));
    return this;
  }

  Passages date(String surface, String value) {
    int b = at(surface, 0);
    entities.add(new Entity(EntityType.DATE, surface, b, b + surface.length(), sentenceOf(b), null, null, value,
        null));
    return this;
  }

  Passages event(String type, String trigger, String dateValue) {
    int b = at(trigger, 0);
    EventDate date = dateValue == null ? null : new EventDate(dateValue, trigger, b, b + trigger.length(), true);
    events.add(new Event(type, sentenceOf(b), new EventTrigger(trigger, b, b + trigger.length(), null), List.of(),
        date, null));
    return this;
  }

  ExtractedDocument build() {
    List<Entity> sorted = new ArrayList<>(entities);
    sorted.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
    List<Event> evs = new ArrayList<>(events);
    evs.sort((x, y) -> Integer.compare(x.trigger().begin(), y.trigger().begin()));
    return new ExtractedDocument(id, source, text, null, sentences, List.of(), sorted, evs, referents);
  }
}
