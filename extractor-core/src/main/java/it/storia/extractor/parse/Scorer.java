package it.storia.extractor.parse;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import java.util.Map;

/**
 * Scores the transitions of a configuration. Two ways, giving the same best transition: {@link Hashed} (what the
 * parser uses: the features are hashed as they are produced and their parameters summed, no string is built) and
 * {@link Strings} (the features built as strings and looked up in the OpenNLP model's own predicate map; kept as
 * the reference the tests compare with). Both sum the raw perceptron parameters; {@code MaxentModel.eval} would
 * also normalise them with {@code exp}, which can turn two large different sums into equal values. Not
 * thread-safe; one per parse.
 */
interface Scorer {
  /** Writes a score per model outcome into {@code scores}; the higher, the better. */
  void score(ArcEager c, ParseFeatures.Sentence s, double[] scores);

  /** Sums the parameters of each feature, looked up by hash in a {@link FeatureTable}. */
  final class Hashed implements Scorer, ParseFeatures.Sink {
    private final FeatureTable table;
    private double[] scores;

    Hashed(FeatureTable table) {
      this.table = table;
    }

    /** The table this scorer reads (for tests). */
    FeatureTable table() {
      return table;
    }

    @Override
    public void score(ArcEager c, ParseFeatures.Sentence s, double[] out) {
      Arrays.fill(out, 0);
      scores = out;
      ParseFeatures.extract(c, s, this);
    }

    private void accumulate(long h) {
      table.addTo(h, scores);
    }

    @Override
    public void add(String template, String a) {
      accumulate(FeatureTable.feed(FeatureTable.feed(FeatureTable.OFFSET, template), a));
    }

    @Override
    public void add(String template, String a, String b) {
      long h = FeatureTable.feed(FeatureTable.feed(FeatureTable.OFFSET, template), a);
      accumulate(FeatureTable.feed(FeatureTable.feed(h, '|'), b));
    }

    @Override
    public void add(String template, String a, String b, String c) {
      long h = FeatureTable.feed(FeatureTable.feed(FeatureTable.OFFSET, template), a);
      h = FeatureTable.feed(FeatureTable.feed(h, '|'), b);
      accumulate(FeatureTable.feed(FeatureTable.feed(h, '|'), c));
    }

    @Override
    public void hex(String template, String a, int word, long mask) {
      long h = FeatureTable.feed(FeatureTable.feed(FeatureTable.feed(FeatureTable.OFFSET, template), a), '|');
      accumulate(word < 0 ? FeatureTable.feed(h, ParseFeatures.NONE) : FeatureTable.feedHex(h, mask));
    }
  }

  /** Builds the feature strings and sums their parameters from the model's predicate map. */
  final class Strings implements Scorer {
    private final Map<String, Context> predicates;
    private final ParseFeatures.Strings features = new ParseFeatures.Strings();

    Strings(Map<String, Context> predicates) {
      this.predicates = predicates;
    }

    @Override
    public void score(ArcEager c, ParseFeatures.Sentence s, double[] scores) {
      ParseFeatures.extract(c, s, features.reset());
      Arrays.fill(scores, 0);
      for (String f : features.out) {
        Context ctx = predicates.get(f);
        if (ctx != null) {
          int[] o = ctx.getOutcomes();
          double[] p = ctx.getParameters();
          for (int j = 0; j < o.length; j++) {
            scores[o[j]] += p[j];
          }
        }
      }
    }
  }
}
