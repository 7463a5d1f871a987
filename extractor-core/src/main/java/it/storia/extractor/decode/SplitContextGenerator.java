package it.storia.extractor.decode;

import opennlp.tools.util.BeamSearchContextGenerator;

/**
 * A beam-search context generator whose context at a position is a part shared by every beam (built once per
 * position) followed by a beam's own part, which depends on at most the two previous outcomes.
 * {@link SharedBeamSearch} then scores the shared part once per position and, with a validator it knows to look
 * at no more than the last outcome, builds no per-beam outcome history and no per-beam context copy.
 *
 * <p>Contract: the first {@link #getContext} call at {@code index} (OpenNLP asks the best beam first) with previous
 * outcomes {@code preds} equals {@code sharedContext(index, sequence, preds)} followed by {@code ownContext(index,
 * sequence, preds[index - 1], preds[index - 2])} (null for a position before the first), and each later call at
 * the same position with {@code preds2} equals the same shared part followed by {@code ownContext} of
 * {@code preds2}: the shared part is built once per position, like OpenNLP's {@code CachedFeatureGenerator}
 * features, which are those of the first beam asked. {@link #sharedContext} is called for a position before
 * {@link #ownContext} of any beam at it. The additional context is not read.
 * Input and output: as {@link BeamSearchContextGenerator}. Implementations keep per-sentence state and are not
 * thread-safe (one per call, as OpenNLP's context generators).
 *
 * @param <T> the sequence's element type
 */
public interface SplitContextGenerator<T> extends BeamSearchContextGenerator<T> {
  /**
   * The features of position {@code index} shared by every beam; the caller only reads the array.
   *
   * @param index the position
   * @param sequence the whole sequence
   * @param bestOutcomes the best beam's outcomes at positions {@code 0..index-1} (read only)
   */
  String[] sharedContext(int index, T[] sequence, String[] bestOutcomes);

  /**
   * A beam's own features of position {@code index}, which follow the shared ones; the caller only reads the array.
   *
   * @param index the position
   * @param sequence the whole sequence
   * @param previous the beam's outcome at {@code index - 1}, null at position 0
   * @param beforePrevious the beam's outcome at {@code index - 2}, null at positions 0 and 1
   */
  String[] ownContext(int index, T[] sequence, String previous, String beforePrevious);

  /**
   * Whether {@link #ownContext} is empty at every position, so that no feature depends on the previous outcomes
   * and every beam of a position is scored alike ({@link SharedBeamSearch#bestOutcomes} may then decode greedily).
   * False unless an implementation knows it.
   */
  default boolean historyFree() {
    return false;
  }
}
