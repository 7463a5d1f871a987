package it.storia.extractor.decode;

import java.text.DecimalFormat;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * An OpenNLP maximum-entropy ({@link GISModel}) or perceptron ({@link PerceptronModel}) classifier kept as a
 * {@link PredicateTable} and its outcome names only, so that the model object, its predicate map
 * ({@code HashMap<String, Context>}: one map entry, key String and {@link Context} with two arrays per
 * predicate) and its parameter arrays can be released once this view is built: for the bundled models the view
 * takes about a fifth of the heap the model takes.
 *
 * <p>Input: a loaded model ({@link #compact}). Output: the {@link MaxentModel} answers of that model, exactly —
 * {@link #eval} gives bit for bit the probabilities of {@code GISModel.eval} (uniform log prior, features summed
 * in context order, {@code StrictMath.exp}, normalised) or {@code PerceptronModel.eval} (sums scaled by the
 * largest absolute sum, at least 1), with or without feature values; {@link #getBestOutcome},
 * {@link #getAllOutcomes}, {@link #getOutcome}, {@link #getIndex} and {@link #getNumOutcomes} answer as
 * {@link AbstractModel}'s do. So any OpenNLP code that takes a {@code MaxentModel} (its {@code BeamSearch}, say)
 * runs on the view as on the model, and {@link SharedBeamSearch} reads the view's table directly. A
 * {@link GISModel} is assumed to have OpenNLP's uniform prior, as every GIS model read from a model file has.
 *
 * <p>Immutable and thread-safe: every {@link #eval} call uses its own scratch arrays.
 */
public final class TableModel implements MaxentModel {
  private final PredicateTable table;
  private final String[] outcomes;
  private final boolean maxent;
  /** OpenNLP's uniform log prior of a GIS model, {@code StrictMath.log(1.0 / outcomes)}. */
  private final double uniformLogPrior;

  private TableModel(AbstractModel model, boolean maxent) {
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    this.table = new PredicateTable(pmap);
    this.outcomes = ((String[]) data[2]).clone();
    this.maxent = maxent;
    this.uniformLogPrior = StrictMath.log(1.0 / outcomes.length);
  }

  /**
   * The view of a model: a new {@link TableModel} for a model of exactly the class {@link GISModel} or
   * {@link PerceptronModel} (a subclass may evaluate differently), the model itself when it is already a view or
   * of any other class (the caller then keeps the model).
   */
  public static MaxentModel compact(MaxentModel model) {
    Objects.requireNonNull(model, "model");
    if (model.getClass() == GISModel.class) {
      return new TableModel((AbstractModel) model, true);
    }
    if (model.getClass() == PerceptronModel.class) {
      return new TableModel((AbstractModel) model, false);
    }
    return model;
  }

  /** The predicate table (shared by every decoder over this view). */
  PredicateTable table() {
    return table;
  }

  /** Whether this is a maximum-entropy model (otherwise a perceptron). */
  boolean maxent() {
    return maxent;
  }

  /** The outcome names, in the model's order (a copy). */
  String[] outcomes() {
    return outcomes.clone();
  }

  /** The model's starting sums: the uniform log prior (maximum entropy) or zeros (perceptron). */
  void start(double[] sums) {
    Arrays.fill(sums, 0, outcomes.length, maxent ? uniformLogPrior : 0.0);
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, null, new double[outcomes.length]);
  }

  @Override
  public double[] eval(String[] context, double[] probs) {
    return eval(context, null, probs);
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return eval(context, values, new double[outcomes.length]);
  }

  /**
   * The probabilities of a context's outcomes written into {@code outsums} (as the models' own three-argument
   * {@code eval}: a perceptron clears the whole array first, a GIS model only its first outcomes).
   */
  private double[] eval(String[] context, float[] values, double[] outsums) {
    if (maxent) {
      start(outsums);
    } else {
      Arrays.fill(outsums, 0.0);
    }
    if (values == null) {
      table.addAll(context, 0, context.length, outsums, new PredicateTable.Scratch());
    } else {
      table.addAll(context, values, outsums);
    }
    normalise(outsums, outcomes.length, maxent);
    return outsums;
  }

  /**
   * Turns the first {@code n} sums into probabilities exactly as {@link GISModel} ({@code maxent}) or
   * {@link PerceptronModel} does.
   */
  static void normalise(double[] sums, int n, boolean maxent) {
    if (maxent) {
      double normal = 0.0;
      for (int o = 0; o < n; o++) {
        sums[o] = StrictMath.exp(sums[o]);
        normal += sums[o];
      }
      for (int o = 0; o < n; o++) {
        sums[o] /= normal;
      }
      return;
    }
    double max = 1;
    for (int o = 0; o < n; o++) {
      if (max < StrictMath.abs(sums[o])) {
        max = StrictMath.abs(sums[o]);
      }
    }
    double normal = 0.0;
    for (int o = 0; o < n; o++) {
      sums[o] = StrictMath.exp(sums[o] / max);
      normal += sums[o];
    }
    for (int o = 0; o < n; o++) {
      sums[o] /= normal;
    }
  }

  @Override
  public String getBestOutcome(double[] ocs) {
    return outcomes[ArrayMath.argmax(ocs)];
  }

  @Override
  public String getAllOutcomes(double[] ocs) {
    if (ocs.length != outcomes.length) {
      return "The double array sent as a parameter to AbstractModel.getAllOutcomes() must not have been produced"
          + " by this model.";
    }
    DecimalFormat format = new DecimalFormat("0.0000");
    StringBuilder sb = new StringBuilder(ocs.length * 2);
    sb.append(outcomes[0]).append('[').append(format.format(ocs[0])).append(']');
    for (int i = 1; i < ocs.length; i++) {
      sb.append("  ").append(outcomes[i]).append('[').append(format.format(ocs[i])).append(']');
    }
    return sb.toString();
  }

  @Override
  public String getOutcome(int i) {
    return outcomes[i];
  }

  @Override
  public int getIndex(String outcome) {
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i].equals(outcome)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int getNumOutcomes() {
    return outcomes.length;
  }
}
