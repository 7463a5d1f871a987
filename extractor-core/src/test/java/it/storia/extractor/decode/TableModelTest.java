package it.storia.extractor.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@link TableModel} view must answer exactly as the model it copies — every probability bit for bit — on the
 * contexts the bundled POS and name finder models (perceptrons) and a maximum-entropy name finder trained here see
 * when OpenNLP's beam search decodes the reference sample, so that OpenNLP's own {@link BeamSearch} over the view finds the same sequences
 * with the same probabilities as over the model.
 */
class TableModelTest {
  private static List<String[]> sentences;

  @BeforeAll
  static void segmentSample() {
    sentences = BundledModels.sampleSentences();
    assertThat(sentences).hasSizeGreaterThan(100);
  }

  @Test
  void posViewEvaluatesAsThePerceptronModel() throws IOException {
    POSModel model = BundledModels.pos();
    MaxentModel classifier = (MaxentModel) model.getArtifact("pos.model");
    assertThat(classifier).isExactlyInstanceOf(PerceptronModel.class);
    assertSameAnswers(classifier, model.getFactory().getPOSContextGenerator(3),
        model.getFactory().getSequenceValidator());
  }

  @Test
  void nameFinderViewEvaluatesAsThePerceptronModel() throws IOException {
    TokenNameFinderModel model = BundledModels.nameFinder();
    MaxentModel classifier = (MaxentModel) model.getArtifact("nameFinder.model");
    assertThat(classifier).isExactlyInstanceOf(PerceptronModel.class);
    assertSameAnswers(classifier, model.getFactory().createContextGenerator(),
        model.getFactory().createSequenceCodec().createSequenceValidator());
  }

  /**
   * Both bundled models are perceptrons: a maximum-entropy (GIS) name finder is trained here on the sample's
   * sentences, labelled by the bundled name finder, with OpenNLP's default features.
   */
  @Test
  void viewEvaluatesAsATrainedMaxentModel() throws IOException {
    NameFinderME bundled = new NameFinderME(BundledModels.nameFinder());
    List<NameSample> samples = new ArrayList<>();
    for (String[] sentence : sentences) {
      samples.add(new NameSample(sentence, bundled.find(sentence), false));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, 30);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    TokenNameFinderModel model = NameFinderME.train("it", null, new CollectionObjectStream<>(samples), params,
        new TokenNameFinderFactory());
    MaxentModel classifier = (MaxentModel) model.getArtifact("nameFinder.model");
    assertThat(classifier).isExactlyInstanceOf(GISModel.class);
    assertSameAnswers(classifier, model.getFactory().createContextGenerator(),
        model.getFactory().createSequenceCodec().createSequenceValidator());
  }

  @Test
  void compactCopiesOnlyTheTwoModelClasses() {
    MaxentModel gis = new GISModel(new opennlp.tools.ml.model.Context[0], new String[0], new String[] {"a", "b"});
    MaxentModel view = TableModel.compact(gis);
    assertThat(view).isInstanceOf(TableModel.class);
    assertThat(TableModel.compact(view)).isSameAs(view);
    MaxentModel other = new ConstantModel();
    assertThat(TableModel.compact(other)).isSameAs(other);
    // a decoder over the view shares its table: another beam size copies nothing
    SharedBeamSearch search = SharedBeamSearch.of(3, gis);
    assertThat(search.model()).isInstanceOf(TableModel.class);
    assertThat(((TableModel) SharedBeamSearch.of(1, search.model()).model()).table())
        .isSameAs(((TableModel) search.model()).table());
    assertThat(SharedBeamSearch.of(3, other).model()).isSameAs(other);
  }

  /**
   * Decodes every sentence with OpenNLP's beam search over the model, recording each context it evaluates; then
   * checks the view's answers on every recorded context, and the same beam search over the view.
   */
  private static void assertSameAnswers(MaxentModel model, BeamSearchContextGenerator<String> contexts,
      SequenceValidator<String> validator) {
    MaxentModel view = TableModel.compact(model);
    assertThat(view).isInstanceOf(TableModel.class);
    assertThat(view.getNumOutcomes()).isEqualTo(model.getNumOutcomes());
    for (int o = 0; o < model.getNumOutcomes(); o++) {
      assertThat(view.getOutcome(o)).isEqualTo(model.getOutcome(o));
      assertThat(view.getIndex(model.getOutcome(o))).isEqualTo(model.getIndex(model.getOutcome(o)));
    }
    assertThat(view.getIndex("no such outcome")).isEqualTo(model.getIndex("no such outcome")).isEqualTo(-1);

    List<String[]> seen = new ArrayList<>();
    BeamSearchContextGenerator<String> recording = (i, sequence, history, extra) -> {
      String[] c = contexts.getContext(i, sequence, history, extra);
      seen.add(c);
      return c;
    };
    BeamSearch reference = new BeamSearch(3, model);
    BeamSearch overView = new BeamSearch(3, view);
    int sequences = 0;
    for (String[] sentence : sentences) {
      Sequence[] expected = reference.bestSequences(3, sentence, null, recording, validator);
      Sequence[] actual = overView.bestSequences(3, sentence, null, contexts, validator);
      assertThat(actual).hasSameSizeAs(expected);
      for (int k = 0; k < expected.length; k++) {
        assertThat(actual[k].getOutcomes()).isEqualTo(expected[k].getOutcomes());
        assertThat(bits(actual[k].getProbs())).containsExactly(bits(expected[k].getProbs()));
        assertThat(Double.doubleToRawLongBits(actual[k].getScore()))
            .isEqualTo(Double.doubleToRawLongBits(expected[k].getScore()));
        sequences++;
      }
    }
    assertThat(sequences).isGreaterThan(300);
    assertThat(seen).hasSizeGreaterThan(3000);

    Random random = new Random(24);
    double[] reusedModel = new double[model.getNumOutcomes()];
    double[] reusedView = new double[model.getNumOutcomes()];
    int known = 0;
    for (String[] context : seen) {
      double[] expected = model.eval(context);
      assertThat(bits(view.eval(context))).containsExactly(bits(expected));
      assertThat(bits(view.eval(context, reusedView))).containsExactly(bits(model.eval(context, reusedModel)));
      float[] values = new float[context.length];
      for (int f = 0; f < values.length; f++) {
        values[f] = random.nextInt(4) == 0 ? 0f : random.nextFloat() * 3 - 1;
      }
      assertThat(bits(view.eval(context, values))).containsExactly(bits(model.eval(context, values)));
      assertThat(view.getBestOutcome(expected)).isEqualTo(model.getBestOutcome(expected));
      assertThat(view.getAllOutcomes(expected)).isEqualTo(model.getAllOutcomes(expected));
      if (expected[model.getIndex(model.getBestOutcome(expected))] > 1.5 / model.getNumOutcomes()) {
        known++;
      }
    }
    // the contexts are real: most of them make one outcome clearly likelier than the uniform guess
    assertThat(known).isGreaterThan(seen.size() / 2);
    double[] wrongSize = new double[model.getNumOutcomes() + 1];
    assertThat(view.getAllOutcomes(wrongSize)).isEqualTo(model.getAllOutcomes(wrongSize));
  }

  private static long[] bits(double[] values) {
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Double.doubleToRawLongBits(values[i]);
    }
    return out;
  }

  /** A model of neither copied class: {@link TableModel#compact} leaves it as it is. */
  private static final class ConstantModel implements MaxentModel {
    @Override
    public double[] eval(String[] context) {
      return new double[] {1.0};
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      probs[0] = 1.0;
      return probs;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return eval(context);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
      return "O";
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
      return "O[1.0000]";
    }

    @Override
    public String getOutcome(int i) {
      return "O";
    }

    @Override
    public int getIndex(String outcome) {
      return "O".equals(outcome) ? 0 : -1;
    }

    @Override
    public int getNumOutcomes() {
      return 1;
    }
  }
}
