package it.storia.extractor.eval;

import it.storia.extractor.ner.EntityRecognizer;
import it.storia.extractor.ner.HistoryEntityRecognizer;
import it.storia.extractor.ner.HistoryRules;
import it.storia.extractor.ner.OpenNlpNameFinder;
import it.storia.extractor.pipeline.Extractor;

/**
 * Which entity recogniser {@code extractor eval names} puts into the pipeline, so that the names layer and the
 * statistical model can be scored on the same documents, through the same segmentation.
 *
 * <p>Input: nothing; output: an {@link Extractor} with the bundled stages and the chosen recogniser. Immutable;
 * thread-safe.
 */
public enum NamesRecognizer {
  /** The shipped recogniser ({@link Extractor#withDefaults()}): the names layer over the model. */
  SHIPPED,
  /** The statistical model alone, with its document-consistency pass ({@link OpenNlpNameFinder}). */
  MODEL,
  /** The names layer over the model, trusting the model's context ({@code ModelTrust.CONTEXT}, KIND's reading). */
  CONTEXT,
  /** The names layer's gazetteers and rules alone, without the model. */
  RULES;

  /** A pipeline with the bundled stages and this recogniser, built once per call. */
  public Extractor extractor() {
    return switch (this) {
      case SHIPPED -> Extractor.withDefaults();
      case MODEL -> Extractor.builder().entityRecognizer(OpenNlpNameFinder.fromClasspath()).build();
      case CONTEXT -> Extractor.builder().entityRecognizer(HistoryEntityRecognizer.of(
          OpenNlpNameFinder.fromClasspath(), HistoryRules.fromClasspath(),
          HistoryEntityRecognizer.ModelTrust.CONTEXT)).build();
      case RULES -> Extractor.builder().entityRecognizer(HistoryEntityRecognizer.over(EntityRecognizer.none()))
          .build();
    };
  }
}
