package it.storia.extractor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/**
 * The parser's feature table read straight from the model file ({@link FeatureTable#readPerceptron}, what the
 * parser loads) must add exactly what the table built from OpenNLP's model adds, and what the model's own
 * contexts add, for every predicate of the bundled model; a model file of another type still loads.
 */
class FeatureTableTest {

  @Test
  void tableReadFromTheFileAddsWhatTheModelsContextsAdd() throws IOException {
    AbstractModel model = TransitionDependencyParser.bundledModel();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) model.getDataStructures()[1];
    FeatureTable fromModel = new FeatureTable(predicates);
    TransitionDependencyParser read = TransitionDependencyParser.fromClasspath();
    assertThat(read.featureCount()).isEqualTo(predicates.size()).isEqualTo(fromModel.size());
    FeatureTable fromFile = ((Scorer.Hashed) read.newScorer()).table();

    int outcomes = model.getNumOutcomes();
    int checked = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      long h = FeatureTable.feed(FeatureTable.OFFSET, e.getKey());
      double[] expected = new double[outcomes];
      int[] o = e.getValue().getOutcomes();
      double[] p = e.getValue().getParameters();
      for (int j = 0; j < o.length; j++) {
        expected[o[j]] += p[j];
      }
      double[] a = new double[outcomes];
      double[] b = new double[outcomes];
      fromModel.addTo(h, a);
      fromFile.addTo(h, b);
      assertThat(a).containsExactly(expected);
      assertThat(b).containsExactly(expected);
      checked++;
    }
    assertThat(checked).isGreaterThan(100_000);
    double[] unknown = new double[outcomes];
    fromFile.addTo(FeatureTable.feed(FeatureTable.OFFSET, "no such feature"), unknown);
    assertThat(unknown).containsOnly(0.0);
  }

  @Test
  void aMaxentModelFileLoadsThroughOpenNlpsReader() throws IOException {
    GISModel gis = new GISModel(new Context[] {new Context(new int[] {0, 2}, new double[] {0.5, -1.0})},
        new String[] {"s0.f=di"}, new String[] {TransitionDependencyParser.SHIFT, TransitionDependencyParser.REDUCE,
            TransitionDependencyParser.LEFT + "case"});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TransitionDependencyParser.write(gis, out);
    TransitionDependencyParser parser =
        TransitionDependencyParser.read(new ByteArrayInputStream(out.toByteArray()), "gis");
    assertThat(parser.featureCount()).isEqualTo(1);
    assertThat(parser.labels()).containsExactly("case");
    FeatureTable table = ((Scorer.Hashed) parser.newScorer()).table();
    double[] scores = new double[3];
    table.addTo(FeatureTable.feed(FeatureTable.OFFSET, "s0.f=di"), scores);
    assertThat(scores).containsExactly(0.5, 0.0, -1.0);
  }
}
