package it.storia.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.storia.extractor.corpus.NameSentence;
import it.storia.extractor.corpus.NameSpan;
import it.storia.extractor.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerEvaluatorTest {
  @Test
  void countsExactSpanAndTypeMatchesOnly() {
    NameSentence gold = new NameSentence(
        List.of("Nel", "1926", "L.D.", "Trotsky", "e", "Stalin", "a", "Mosca", "col", "Partito", "Bolscevico"),
        List.of(new NameSpan(2, 4, EntityType.PERSON), new NameSpan(5, 6, EntityType.PERSON),
            new NameSpan(7, 8, EntityType.LOCATION), new NameSpan(9, 11, EntityType.ORGANIZATION)));
    List<NameSpan> predicted = List.of(
        new NameSpan(3, 4, EntityType.PERSON), // boundary error: FP and FN
        new NameSpan(5, 6, EntityType.PERSON), // correct
        new NameSpan(7, 8, EntityType.ORGANIZATION), // type error: ORG FP, LOC FN
        new NameSpan(9, 11, EntityType.ORGANIZATION)); // correct
    NerScores s = NerEvaluator.score(List.of(gold), List.of(predicted));
    assertThat(s.precision(EntityType.PERSON)).isCloseTo(0.5, within(1e-9));
    assertThat(s.recall(EntityType.PERSON)).isCloseTo(0.5, within(1e-9));
    assertThat(s.recall(EntityType.LOCATION)).isZero();
    assertThat(s.precision(EntityType.ORGANIZATION)).isCloseTo(0.5, within(1e-9));
    assertThat(s.recall(EntityType.ORGANIZATION)).isCloseTo(1.0, within(1e-9));
    assertThat(s.microPrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.microRecall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.format()).contains("micro").contains("PER");
  }
}
