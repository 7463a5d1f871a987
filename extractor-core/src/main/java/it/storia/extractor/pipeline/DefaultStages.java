package it.storia.extractor.pipeline;

import it.storia.extractor.event.EventExtractor;
import it.storia.extractor.event.PatternEventExtractor;
import it.storia.extractor.ner.EntityRecognizer;
import it.storia.extractor.resolve.ReferentResolver;
import it.storia.extractor.tag.Tagger;
import it.storia.extractor.time.TemporalTagger;

/**
 * The bundled implementation of each stage: the one place that says which class a default extractor uses.
 *
 * <p>Stateless; thread-safe.
 */
final class DefaultStages {
  private DefaultStages() {}

  static Tagger tagger() {
    return Tagger.none();
  }

  static EntityRecognizer entityRecognizer() {
    return EntityRecognizer.none();
  }

  static ReferentResolver referentResolver() {
    return ReferentResolver.none();
  }

  static TemporalTagger temporalTagger() {
    return TemporalTagger.none();
  }

  static EventExtractor eventExtractor() {
    return PatternEventExtractor.fromClasspath();
  }
}
