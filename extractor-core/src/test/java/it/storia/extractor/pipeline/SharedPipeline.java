package it.storia.extractor.pipeline;

import java.util.function.UnaryOperator;

/**
 * Test helper: the default pipeline, loaded once per test JVM and shared by every test that runs it.
 *
 * <p>Why: a test class's static fields live as long as the JVM (JUnit never unloads a test class), so each class that
 * kept its own {@code Extractor.withDefaults()} pinned a full set of models (about 125 MB in session 23: tagger, name
 * finder, lemma lexicon, event data; about 100 MB with the parser since session 24's compact models) to the end of the run: halfway through the core suite 8 such pipelines held 1.0 GB of
 * its 2 GB heap (docs/events.md, "Session 23"). An {@link Extractor} is immutable and thread-safe, so one instance serves them all;
 * tests that replace a stage take the shared stages and load only what they replace ({@link #with}).
 */
public final class SharedPipeline {
  private SharedPipeline() {}

  /** The default pipeline, as {@link Extractor#withDefaults()} builds it; loaded on first use. */
  public static Extractor defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * A pipeline with the shared default stages except those {@code replace} sets on the builder (the segmentation
   * stages are reloaded: they are small).
   */
  public static Extractor with(UnaryOperator<Extractor.Builder> replace) {
    Extractor.Stages s = defaults().stages();
    return replace.apply(Extractor.builder().tagger(s.tagger()).entityRecognizer(s.names())
        .referentResolver(s.resolver()).temporalTagger(s.dates()).eventExtractor(s.events())).build();
  }

  /** Initialised by the JVM on the first call of {@link #defaults()} (the lazy holder idiom; thread-safe). */
  private static final class Holder {
    static final Extractor DEFAULTS = Extractor.withDefaults();
  }
}
