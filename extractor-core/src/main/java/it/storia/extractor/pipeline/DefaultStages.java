package it.storia.extractor.pipeline;

import it.storia.extractor.event.EventExtractor;
import it.storia.extractor.event.PatternEventExtractor;
import it.storia.extractor.ner.EntityRecognizer;
import it.storia.extractor.ner.OpenNlpNameFinder;
import it.storia.extractor.ner.HistoryEntityRecognizer;
import it.storia.extractor.resolve.AliasResolver;
import it.storia.extractor.resolve.ReferentResolver;
import it.storia.extractor.tag.OpenNlpTagger;
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
    return OpenNlpTagger.fromClasspath();
  }

  static EntityRecognizer entityRecognizer() {
    return HistoryEntityRecognizer.over(OpenNlpNameFinder.fromClasspath());
  }

  static ReferentResolver referentResolver() {
    return AliasResolver.fromClasspath();
  }

  static TemporalTagger temporalTagger() {
    return it.storia.extractor.time.RuleTemporalTagger.fromClasspath();
  }

  static EventExtractor eventExtractor() {
    return PatternEventExtractor.fromClasspath();
  }
}
