package it.storia.extractor.train;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The options of a name-finder training run ({@code extractor train ner}). Immutable; thread-safe.
 *
 * @param corpora training corpora: {@code kind} (KIND WN+FIC+ADG train), {@code kind-dev}, {@code moro},
 *     {@code icab}, {@code wikineural}, {@code eneide}, {@code names:DIR[*N]} (see {@link NerTrainingRun})
 * @param gazetteers silver corpora whose mentions fill the gazetteers (only with {@code features = gazetteers})
 * @param features a feature descriptor file, {@code bundled}, {@code gazetteers} or {@code default}
 * @param clusterRawText whether learned clusters also read the raw DaDoEval and ENEIDE texts
 * @param algorithm {@code MAXENT} or {@code PERCEPTRON}
 * @param iterations training iterations
 * @param cutoff feature count cutoff
 */
public record NerOptions(List<String> corpora, List<String> gazetteers, String features, boolean clusterRawText,
    String algorithm, int iterations, int cutoff) {
  /** Default training corpora. */
  public static final String DEFAULT_CORPORA = "kind";
  /** Default gazetteer corpora. */
  public static final String DEFAULT_GAZETTEERS = "wikineural,moro,eneide";
  /** Default feature set. */
  public static final String DEFAULT_FEATURES = "bundled";
  /** Default algorithm. */
  public static final String DEFAULT_ALGORITHM = "PERCEPTRON";
  /** Default iterations. */
  public static final int DEFAULT_ITERATIONS = 100;
  /** Default cutoff. */
  public static final int DEFAULT_CUTOFF = 1;

  /** Validates: known corpus names, at least one training corpus, MAXENT or PERCEPTRON, iterations ≥ 1, cutoff ≥ 0. */
  public NerOptions {
    corpora = List.copyOf(corpora);
    gazetteers = List.copyOf(gazetteers);
    Objects.requireNonNull(features, "features");
    algorithm = algorithm.toUpperCase(Locale.ROOT);
    for (String c : gazetteers) {
      if (!NerTrainingRun.CORPORA.contains(c) || c.startsWith("kind")) {
        throw new IllegalArgumentException("unknown gazetteer corpus '" + c + "', expected moro, icab, wikineural "
            + "or eneide");
      }
    }
    for (String c : corpora) {
      if (!NerTrainingRun.CORPORA.contains(c) && !(c.startsWith(NerTrainingRun.NAMES_PREFIX)
          && c.length() > NerTrainingRun.NAMES_PREFIX.length())) {
        throw new IllegalArgumentException("unknown corpus '" + c + "', expected one of "
            + new TreeSet<>(NerTrainingRun.CORPORA) + " or names:DIR[*N]");
      }
    }
    if (corpora.isEmpty()) {
      throw new IllegalArgumentException("no training corpus given");
    }
    if (!algorithm.equals("MAXENT") && !algorithm.equals("PERCEPTRON")) {
      throw new IllegalArgumentException("algorithm must be MAXENT or PERCEPTRON, got '" + algorithm + "'");
    }
    if (iterations < 1 || cutoff < 0) {
      throw new IllegalArgumentException("iterations must be ≥ 1 and cutoff ≥ 0, got " + iterations + " and "
          + cutoff);
    }
  }

  /** The options the shipped model was trained with. */
  public static NerOptions defaults() {
    return new NerOptions(List.of(DEFAULT_CORPORA.split(",")), List.of(DEFAULT_GAZETTEERS.split(",")),
        DEFAULT_FEATURES, true, DEFAULT_ALGORITHM, DEFAULT_ITERATIONS, DEFAULT_CUTOFF);
  }
}
