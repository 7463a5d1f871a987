package it.storia.extractor.train;

/**
 * The options of a dependency-parser training run ({@code extractor train parse}). Immutable; thread-safe.
 *
 * @param predictedTags whether the training words carry the tagger's UPOS and lemmas (the bundled tagger, or the
 *     one in the output directory when it holds {@code it-pos.bin}) instead of the treebanks' gold ones
 * @param iterations perceptron iterations
 * @param cutoff feature count cutoff
 * @param tweets whether the tweet treebanks (TWITTIRO, PoSTWITA) are trained on
 */
public record ParseOptions(boolean predictedTags, int iterations, int cutoff, boolean tweets) {
  /** Default iterations. */
  public static final int DEFAULT_ITERATIONS = 25;
  /** Default cutoff. */
  public static final int DEFAULT_CUTOFF = 2;

  /** Validates: iterations ≥ 1, cutoff ≥ 0. */
  public ParseOptions {
    if (iterations < 1 || cutoff < 0) {
      throw new IllegalArgumentException("parser iterations must be ≥ 1 and cutoff ≥ 0, got " + iterations + " and "
          + cutoff);
    }
  }

  /** The options the shipped model was trained with. */
  public static ParseOptions defaults() {
    return new ParseOptions(false, DEFAULT_ITERATIONS, DEFAULT_CUTOFF, true);
  }
}
