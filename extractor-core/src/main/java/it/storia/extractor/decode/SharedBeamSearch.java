package it.storia.extractor.decode;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * Beam search over an OpenNLP maximum-entropy ({@link GISModel}) or perceptron ({@link PerceptronModel}) model
 * that returns exactly what OpenNLP 2.5's {@link BeamSearch} returns — the same outcomes and the same
 * probabilities, bit for bit — with less work:
 *
 * <ul>
 *   <li>At each position the contexts of all beams are generated first (in the same order as {@link BeamSearch}
 *       generates them); their common prefix of features (in practice every feature that does not depend on the
 *       previous outcomes, e.g. all but the last four of a name finder) is looked up in the model and summed
 *       ONCE, and each beam only adds its own remaining features. The model's sums are sequential over the
 *       features in context order, so continuing from the shared partial sum gives bit-identical scores; a beam
 *       whose context equals the shared prefix reuses the shared scores.</li>
 *   <li>Candidates are a backward-linked chain (one node per step) instead of OpenNLP's {@link Sequence}, which
 *       copies its outcome and probability lists at every step (quadratic in the sentence length); the nodes of
 *       candidates that were not kept are reused for later candidates; the score of
 *       a node accumulates {@code StrictMath.log(p)} exactly as {@link Sequence} does and nodes order by score
 *       exactly as {@link Sequence#compareTo} does, so the priority queues behave identically.</li>
 *   <li>The model's predicate map is copied once into a {@link PredicateTable}, held by a {@link TableModel}
 *       view (fewer cache misses per lookup, same answers); the decoder keeps the view, not the model, so the
 *       model's own map can be released.</li>
 *   <li>With a {@link SplitContextGenerator} and a validator known to read at most the last outcome (OpenNLP's
 *       {@code NameFinderSequenceValidator}, tabulated over the model's outcomes at construction, and
 *       {@code DefaultPOSSequenceValidator}, which reads none), only the best beam's outcome history is built and
 *       no per-beam copy of the shared context: the shared features come once per position, each beam's own
 *       features from its last two outcomes.</li>
 * </ul>
 *
 * <p>Input: a sequence, a context generator and a sequence validator, as for {@link BeamSearch}. Output: the best
 * {@link Sequence}s. Models of other classes (or subclasses) are delegated to a {@link BeamSearch}. A
 * {@link GISModel} is assumed to have OpenNLP's uniform prior, which every GIS model read from a model file has
 * (the prior is not serialised; only a model built in memory with an explicit prior could differ). Immutable and
 * thread-safe: every call allocates its own working arrays (OpenNLP's {@link BeamSearch} shares one per instance),
 * so one instance serves any number of threads; the context generator and validator passed in must be the
 * caller's own, as with OpenNLP.
 */
public final class SharedBeamSearch implements SequenceClassificationModel {
  /** OpenNLP's minimum sequence score for {@code bestSequences} without one ({@code BeamSearch.zeroLog}). */
  private static final double ZERO_LOG = -100000;

  private static final Object[] EMPTY_ADDITIONAL_CONTEXT = new Object[0];

  private static final String[] NO_OUTCOMES = new String[0];

  private enum Kind { MAXENT, PERCEPTRON }

  private final int size;
  /** The model's {@link TableModel} view, or for a model of another class the model itself. */
  private final MaxentModel model;
  private final Kind kind;
  /** The view's table (null for a model of another class). */
  private final PredicateTable predicates;
  /** The view's starting sums and normalisation (null for a model of another class). */
  private final TableModel table;
  private final String[] outcomes;
  /**
   * OpenNLP's {@link NameFinderSequenceValidator} tabulated over this model's outcomes: row 0 = no previous
   * outcome, row {@code 1 + p} = previous outcome {@code outcomes[p]}; column = the candidate outcome. That
   * validator reads nothing but the last outcome and the candidate (and keeps no state), so the table answers
   * exactly as it does.
   */
  private final boolean[][] nameValidity;

  private SharedBeamSearch(int size, MaxentModel model) {
    if (size < 1) {
      throw new IllegalArgumentException("beam size must be at least 1, got " + size);
    }
    this.size = size;
    this.model = TableModel.compact(model);
    if (this.model instanceof TableModel view) {
      this.table = view;
      this.kind = view.maxent() ? Kind.MAXENT : Kind.PERCEPTRON;
      this.predicates = view.table();
      this.outcomes = view.outcomes();
    } else {
      this.table = null;
      this.kind = null;
      this.predicates = null;
      this.outcomes = new String[0];
    }
    NameFinderSequenceValidator names = new NameFinderSequenceValidator();
    this.nameValidity = new boolean[outcomes.length + 1][outcomes.length];
    for (int prev = -1; prev < outcomes.length; prev++) {
      String[] history = prev < 0 ? NO_OUTCOMES : new String[] {outcomes[prev]};
      for (int p = 0; p < outcomes.length; p++) {
        nameValidity[prev + 1][p] = names.validSequence(history.length, new String[history.length + 1], history,
            outcomes[p]);
      }
    }
  }

  /**
   * A beam search of the given size over a model.
   *
   * @param size the beam size (OpenNLP's {@code BeamSize} manifest entry, default 3)
   * @param model the model; a {@link GISModel} or {@link PerceptronModel} is copied into a {@link TableModel}
   *     (the decoder keeps the copy, not the model) and a {@link TableModel} is used as it is (its table shared,
   *     not copied), both with the shared-prefix decoder; any other model is kept and decoded by OpenNLP's
   *     {@link BeamSearch}
   */
  public static SharedBeamSearch of(int size, MaxentModel model) {
    return new SharedBeamSearch(size, model);
  }

  /** Whether this model class is decoded with shared prefixes (otherwise OpenNLP's {@link BeamSearch} runs). */
  public boolean sharesPrefixes() {
    return kind != null;
  }

  /**
   * The model this decoder reads: the {@link TableModel} view of a maximum-entropy or perceptron model (give it to
   * {@link #of} for another beam size over the same table), or the model it was given.
   */
  public MaxentModel model() {
    return model;
  }

  @Override
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Sequence[] sequences = bestSequences(1, sequence, additionalContext, cg, validator);
    return sequences.length > 0 ? sequences[0] : null;
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return bestSequences(numSequences, sequence, additionalContext, ZERO_LOG, cg, validator);
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return bestSequences(numSequences, sequence, additionalContext, minSequenceScore, cg, validator, null);
  }

  /**
   * The best sequence, as {@link #bestSequence(Object[], Object[], BeamSearchContextGenerator, SequenceValidator)},
   * looking features up through a caller's {@link Memo} (one per document and thread; same result).
   */
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator, Memo memo) {
    Sequence[] sequences = bestSequences(1, sequence, additionalContext, ZERO_LOG, cg, validator, memo);
    return sequences.length > 0 ? sequences[0] : null;
  }

  /**
   * The outcomes of the best sequence, exactly as {@link #bestSequence(Object[], Object[],
   * BeamSearchContextGenerator, SequenceValidator, Memo)} gives them, without their probabilities ({@code memo}
   * may be null). When every beam of a position is scored alike, the best sequence is each position's best valid
   * outcome, found here without a beam: that is the case for a perceptron model, a {@link SplitContextGenerator}
   * that is {@link SplitContextGenerator#historyFree() history-free} and a validator that reads no history
   * (OpenNLP's {@code DefaultPOSSequenceValidator}), as for the bundled POS tagger. The outcome is then the
   * highest valid sum of parameters (a perceptron's probabilities are a monotonic function of its sums, so they
   * are never computed). The beam search runs instead for any other model, generator or validator, for a
   * sequence long enough that the beam's minimum sequence score could prune a candidate, and for a sequence with
   * a position whose two best valid sums lie within {@value #GREEDY_MARGIN} of the largest absolute sum (where
   * the beam's order of equal scores could decide).
   *
   * @throws IllegalStateException if no sequence of valid outcomes exists
   */
  public <T> String[] bestOutcomes(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator, Memo memo) {
    String[] greedy = greedyOutcomes(sequence, cg, validator, memo);
    if (greedy != null) {
      return greedy;
    }
    Sequence best = memo != null ? bestSequence(sequence, additionalContext, cg, validator, memo)
        : bestSequence(sequence, additionalContext, cg, validator);
    if (best == null) {
      throw new IllegalStateException("no sequence of valid outcomes for a sequence of " + sequence.length
          + " elements");
    }
    return best.getOutcomes().toArray(new String[0]);
  }

  /**
   * The smallest gap between a position's two best valid sums, relative to its largest absolute sum (at least
   * 1), for {@link #bestOutcomes} to decode without a beam.
   */
  static final double GREEDY_MARGIN = 1e-6;

  /**
   * The best valid outcome of every position (see {@link #bestOutcomes}), or null when the beam search must
   * decide: the model, generator or validator does not allow it, the sequence is too long or a position is tied.
   */
  <T> String[] greedyOutcomes(T[] sequence, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator,
      Memo memo) {
    if (kind != Kind.PERCEPTRON || !(cg instanceof SplitContextGenerator<?> sg) || !sg.historyFree()
        || lastOutcomeValidity(validator) != Validity.NO_HISTORY) {
      return null;
    }
    // a perceptron's probability is at least e^-2 / outcomes (sums scaled into [-1, 1]): below this length no
    // sequence score can reach the beam's minimum, so the beam prunes nothing
    if ((sequence.length + 1.0) * (3 + StrictMath.log(outcomes.length)) >= -ZERO_LOG) {
      return null;
    }
    @SuppressWarnings("unchecked")
    SplitContextGenerator<T> split = (SplitContextGenerator<T>) sg;
    Work w = memo != null && memo.work != null ? memo.work
        : new Work(size, outcomes.length, memo == null ? null : memo.lookups);
    if (memo != null) {
      memo.work = w;
    }
    double[] sums = w.shared;
    String[] out = new String[sequence.length];
    for (int i = 0; i < sequence.length; i++) {
      String[] shared = split.sharedContext(i, sequence, Arrays.copyOf(out, i));
      start(sums);
      sum(shared, 0, shared.length, sums, w.scratch);
      int best = -1;
      double bestSum = Double.NEGATIVE_INFINITY;
      double second = Double.NEGATIVE_INFINITY;
      double largest = 1;
      for (int p = 0; p < sums.length; p++) {
        double v = sums[p];
        largest = Math.max(largest, StrictMath.abs(v));
        if (!validator.validSequence(i, sequence, NO_OUTCOMES, outcomes[p])) {
          continue;
        }
        if (v > bestSum) {
          second = bestSum;
          bestSum = v;
          best = p;
        } else if (v > second) {
          second = v;
        }
      }
      if (best < 0 || !(bestSum - second > GREEDY_MARGIN * largest)) {
        return null;
      }
      out[i] = outcomes[best];
    }
    return out;
  }

  /**
   * A new memo of this decoder's feature lookups, for {@link #bestSequence(Object[], Object[],
   * BeamSearchContextGenerator, SequenceValidator, Memo)}: worth it when the context generator hands out the
   * same String objects for the same features across sentences (as {@link WindowedFeatures} does for a
   * document's words). Not thread-safe: one per document or per thread.
   */
  public Memo newMemo() {
    return new Memo(predicates == null ? null : predicates.newMemo());
  }

  /**
   * A caller's cache of a decoder's feature lookups by feature-string identity (see {@link #newMemo()}), which also
   * keeps the decoder's working arrays from one sentence to the next; results are the same with or without it.
   * Not thread-safe: one call at a time.
   */
  public static final class Memo {
    private final PredicateTable.Memo lookups;
    /** The working arrays and queues of this memo's calls (one call at a time), made by the first call. */
    private Work work;

    private Memo(PredicateTable.Memo lookups) {
      this.lookups = lookups;
    }
  }

  private <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator, Memo memo) {
    if (kind == null) {
      return new BeamSearch(size, model).bestSequences(numSequences, sequence, additionalContext,
          minSequenceScore, cg, validator);
    }
    Object[] extra = additionalContext == null ? EMPTY_ADDITIONAL_CONTEXT : additionalContext;
    Work w = memo != null && memo.work != null ? memo.work
        : new Work(size, outcomes.length, memo == null ? null : memo.lookups);
    if (memo != null) {
      memo.work = w;
    }
    w.validity = lastOutcomeValidity(validator);
    @SuppressWarnings("unchecked")
    SplitContextGenerator<T> split = w.validity != Validity.HISTORY && cg instanceof SplitContextGenerator<?> sg
        ? (SplitContextGenerator<T>) sg : null;
    if (split == null) {
      w.validity = Validity.HISTORY;
    }
    Queue<Node> prev = w.queue;
    Queue<Node> next = w.otherQueue;
    prev.clear();
    next.clear();
    prev.add(Node.ROOT);
    for (int i = 0; i < sequence.length; i++) {
      int sz = Math.min(size, prev.size());
      int beams = 0;
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Node top = prev.remove();
        w.tops[beams] = top;
        if (split == null) {
          w.histories[beams] = top.outcomes();
          w.contexts[beams] = cg.getContext(i, sequence, w.histories[beams], extra);
        }
        beams++;
      }
      if (beams > 0 && split == null) {
        step(i, sequence, beams, w, minSequenceScore, validator, next);
      } else if (beams > 0) {
        // the shared features see the best beam's outcomes, as the first getContext call of OpenNLP's order does
        String[] shared = split.sharedContext(i, sequence, w.tops[0].outcomes());
        for (int b = 0; b < beams; b++) {
          Node top = w.tops[b];
          w.contexts[b] = split.ownContext(i, sequence, top.outcome, top.parent == null ? null : top.parent.outcome);
        }
        splitStep(i, sequence, shared, beams, w, minSequenceScore, validator, next);
      }
      // the candidates not taken as tops are referenced by nothing (no node extends them): reuse them
      for (Node dropped : prev) {
        w.spare.push(dropped);
      }
      prev.clear();
      Queue<Node> tmp = prev;
      prev = next;
      next = tmp;
    }
    int numSeq = Math.min(numSequences, prev.size());
    Sequence[] top = new Sequence[numSeq];
    for (int k = 0; k < numSeq; k++) {
      top[k] = prev.remove().toSequence();
    }
    return top;
  }

  /** Scores the beams of one position (their shared context prefix once) and adds their extensions to next. */
  private <T> void step(int i, T[] sequence, int beams, Work w, double minSequenceScore,
      SequenceValidator<T> validator, Queue<Node> next) {
    int common = w.contexts[0].length;
    for (int b = 1; b < beams; b++) {
      common = commonPrefix(w.contexts[0], w.contexts[b], common);
    }
    start(w.shared);
    sum(w.contexts[0], 0, common, w.shared, w.scratch);
    expandAll(i, sequence, beams, common, true, w, minSequenceScore, validator, next);
  }

  /**
   * {@link #step} for a {@link SplitContextGenerator}: the shared features are summed once, each beam continues
   * from that partial sum with its own features (the same sequential sums as over the whole context).
   */
  private <T> void splitStep(int i, T[] sequence, String[] shared, int beams, Work w, double minSequenceScore,
      SequenceValidator<T> validator, Queue<Node> next) {
    start(w.shared);
    sum(shared, 0, shared.length, w.shared, w.scratch);
    expandAll(i, sequence, beams, 0, false, w, minSequenceScore, validator, next);
  }

  /**
   * Scores each beam from the partial sum in {@code w.shared} (the features of {@code w.contexts[b]} from index
   * {@code from} on are added per beam; beams with none share one normalised copy) and adds its extensions to next.
   */
  private <T> void expandAll(int i, T[] sequence, int beams, int from, boolean withHistories, Work w,
      double minSequenceScore, SequenceValidator<T> validator, Queue<Node> next) {
    int n = outcomes.length;
    boolean sharedDone = false;
    for (int b = 0; b < beams; b++) {
      String[] ctx = w.contexts[b];
      double[] scores;
      if (ctx.length == from) {
        if (!sharedDone) {
          System.arraycopy(w.shared, 0, w.sharedScores, 0, n);
          normalise(w.sharedScores);
          sharedDone = true;
        }
        scores = w.sharedScores;
      } else {
        System.arraycopy(w.shared, 0, w.own, 0, n);
        sum(ctx, from, ctx.length, w.own, w.scratch);
        normalise(w.own);
        scores = w.own;
      }
      expand(i, sequence, w.tops[b], withHistories ? w.histories[b] : null, scores, w, minSequenceScore, validator,
          next);
    }
  }

  /** How a validator's answers are computed without the full outcome history, if they can be. */
  private enum Validity {
    /** Unknown validator: it gets the full history (built per beam). */
    HISTORY,
    /** OpenNLP's {@link NameFinderSequenceValidator}: {@link #nameValidity}. */
    NAME_TABLE,
    /** OpenNLP's {@link DefaultPOSSequenceValidator}, which reads only the token and the candidate. */
    NO_HISTORY
  }

  /** What the validator needs, by its exact class (a subclass may read more, so it gets the history). */
  private static Validity lastOutcomeValidity(SequenceValidator<?> validator) {
    if (validator.getClass() == NameFinderSequenceValidator.class) {
      return Validity.NAME_TABLE;
    }
    if (validator.getClass() == DefaultPOSSequenceValidator.class) {
      return Validity.NO_HISTORY;
    }
    return Validity.HISTORY;
  }

  /** The validator's answer for extending {@code top} (whose history is {@code history}, or null) by {@code p}. */
  private <T> boolean valid(int i, T[] sequence, Node top, String[] history, int p, Work w,
      SequenceValidator<T> validator) {
    switch (w.validity) {
      case NAME_TABLE: {
        // row 0: no previous outcome (the root's id is -1); an outcome's row holds the answers for its string
        return nameValidity[top.outcomeId + 1][p];
      }
      case NO_HISTORY:
        return validator.validSequence(i, sequence, NO_OUTCOMES, outcomes[p]);
      default:
        return validator.validSequence(i, sequence, history, outcomes[p]);
    }
  }

  /** OpenNLP's candidate step for one beam: the outcomes within the top {@code size} scores, then a fallback. */
  private <T> void expand(int i, T[] sequence, Node top, String[] history, double[] scores, Work w,
      double minSequenceScore, SequenceValidator<T> validator, Queue<Node> next) {
    double min = kthLargest(scores, Math.min(size, scores.length), w.sorted);
    for (int p = 0; p < scores.length; p++) {
      if (scores[p] >= min) {
        offer(i, sequence, top, history, p, scores[p], w, minSequenceScore, validator, next);
      }
    }
    if (next.isEmpty()) {
      for (int p = 0; p < scores.length; p++) {
        offer(i, sequence, top, history, p, scores[p], w, minSequenceScore, validator, next);
      }
    }
  }

  /** Adds the candidate that extends {@code top} by outcome {@code p}, when valid and scoring above the minimum. */
  private <T> void offer(int i, T[] sequence, Node top, String[] history, int p, double score, Work w,
      double minSequenceScore, SequenceValidator<T> validator, Queue<Node> next) {
    if (valid(i, sequence, top, history, p, w, validator)) {
      Node ns = w.spare.isEmpty() ? new Node() : w.spare.pop();
      ns.extend(top, p, outcomes[p], score);
      if (ns.score > minSequenceScore) {
        next.add(ns);
      } else {
        w.spare.push(ns);
      }
    }
  }

  /**
   * The k-th largest score (k ≥ 1), duplicates counted, in the total order of {@link Double#compare}: what OpenNLP
   * reads as {@code sorted[length - k]} after sorting a copy of the scores, without the sort ({@code top} holds
   * at least k values: the k largest so far, in descending order).
   */
  static double kthLargest(double[] scores, int k, double[] top) {
    int filled = 0;
    for (double v : scores) {
      if (filled == k && Double.compare(v, top[k - 1]) <= 0) {
        continue;
      }
      int at = filled < k ? filled++ : k - 1;
      while (at > 0 && Double.compare(top[at - 1], v) < 0) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = v;
    }
    return top[k - 1];
  }

  /** The length of the common prefix of two contexts, at most {@code max}. */
  private static int commonPrefix(String[] a, String[] b, int max) {
    int m = Math.min(max, b.length);
    int k = 0;
    while (k < m && (a[k] == b[k] || a[k].equals(b[k]))) {
      k++;
    }
    return k;
  }

  /** The model's starting sums: the uniform log prior (maxent) or zeros (perceptron). */
  private void start(double[] sums) {
    table.start(sums);
  }

  /** Adds the parameters of features {@code from..to-1}, in order, as OpenNLP's {@code ArrayMath.sumFeatures}. */
  private void sum(String[] context, int from, int to, double[] sums, PredicateTable.Scratch scratch) {
    predicates.addAll(context, from, to, sums, scratch);
  }

  /** Turns sums into probabilities exactly as {@link GISModel} or {@link PerceptronModel} does. */
  private void normalise(double[] sums) {
    TableModel.normalise(sums, sums.length, kind == Kind.MAXENT);
  }

  @Override
  public String[] getOutcomes() {
    String[] out = new String[model.getNumOutcomes()];
    for (int i = 0; i < out.length; i++) {
      out[i] = model.getOutcome(i);
    }
    return out;
  }

  /**
   * The working arrays of one call, or of the successive calls of one {@link Memo} (a document's decoder, one
   * thread): nothing in them carries over from one call to the next but spare nodes and capacity.
   */
  private static final class Work {
    final Node[] tops;
    /** The two candidate queues (previous and next step; emptied at the start of a call). */
    final PriorityQueue<Node> queue;
    final PriorityQueue<Node> otherQueue;
    /** Candidates of earlier steps that no node extends, reused by {@link #offer} (fewer allocations). */
    final java.util.ArrayDeque<Node> spare;
    final String[][] histories;
    final String[][] contexts;
    final double[] shared;
    final double[] sharedScores;
    final double[] own;
    final double[] sorted;
    final PredicateTable.Scratch scratch;
    /** How the validator is asked; {@link Validity#HISTORY} unless the context generator is split too. */
    Validity validity = Validity.HISTORY;

    Work(int size, int outcomes, PredicateTable.Memo memo) {
      scratch = new PredicateTable.Scratch(memo);
      tops = new Node[size];
      queue = new PriorityQueue<>(size);
      otherQueue = new PriorityQueue<>(size);
      spare = new java.util.ArrayDeque<>(4 * size * size);
      histories = new String[size][];
      contexts = new String[size][];
      shared = new double[outcomes];
      sharedScores = new double[outcomes];
      own = new double[outcomes];
      sorted = new double[outcomes];
    }
  }

  /**
   * A candidate: its last outcome and a link to the candidate it extends. Belongs to one call (the shared root,
   * never changed, excepted): set by {@link #extend} when offered, and set again only once it was dropped (not
   * a top of its step, so no other node links to it); its outcome array is built at most once per setting.
   */
  private static final class Node implements Comparable<Node> {
    static final Node ROOT = new Node();

    Node parent;
    String outcome;
    /** The index of {@link #outcome} in the model's outcomes; -1 for the root. */
    int outcomeId = -1;
    double prob;
    double score;
    int length;
    /** This node's outcomes, once {@link #outcomes()} built them (never set on the shared root). */
    private String[] history;

    /** The root (score 0, no outcome), or a node to be set by {@link #extend}. */
    Node() {}

    /**
     * Makes this node the candidate that extends {@code parent} by {@code outcome} (index {@code outcomeId} of the
     * model's outcomes) with probability {@code prob}.
     */
    void extend(Node parent, int outcomeId, String outcome, double prob) {
      this.parent = parent;
      this.outcomeId = outcomeId;
      this.outcome = outcome;
      this.prob = prob;
      this.score = parent.score + StrictMath.log(prob);
      this.length = parent.length + 1;
      this.history = null;
    }

    /**
     * The outcomes from the first step to this one. Built once, from the parent's (every extended node was a top
     * of the previous step, so its outcomes exist: one array copy instead of a walk up the chain); the array is
     * handed to the context generator and validator, which only read it, as they read OpenNLP's.
     */
    String[] outcomes() {
      if (history != null) {
        return history;
      }
      String[] out;
      if (parent != null && parent.history != null) {
        out = Arrays.copyOf(parent.history, length);
        out[length - 1] = outcome;
      } else {
        out = new String[length];
        Node n = this;
        for (int k = length - 1; k >= 0; k--) {
          out[k] = n.outcome;
          n = n.parent;
        }
      }
      if (length > 0) {
        history = out;
      }
      return out;
    }

    Sequence toSequence() {
      String[] outs = new String[length];
      double[] probs = new double[length];
      Node n = this;
      for (int k = length - 1; k >= 0; k--) {
        outs[k] = n.outcome;
        probs[k] = n.prob;
        n = n.parent;
      }
      Sequence s = new Sequence();
      for (int k = 0; k < length; k++) {
        s.add(outs[k], probs[k]);
      }
      return s;
    }

    @Override
    public int compareTo(Node other) {
      return Double.compare(other.score, this.score);
    }

    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
