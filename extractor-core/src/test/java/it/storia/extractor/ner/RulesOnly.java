package it.storia.extractor.ner;

import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import it.storia.extractor.resolve.AliasResolver;

/**
 * Test helper: an extractor with the genre layer over no statistical model, so that the names tests do not
 * depend on which model {@code DefaultStages} wires. Stateless; thread-safe.
 */
public final class RulesOnly {
  private static final Extractor EXTRACTOR = SharedPipeline.with(b -> b
      .entityRecognizer(HistoryEntityRecognizer.over(EntityRecognizer.none()))
      .referentResolver(AliasResolver.fromClasspath()));

  private RulesOnly() {}

  /** The shared rules-only extractor (immutable). */
  public static Extractor extractor() {
    return EXTRACTOR;
  }
}
