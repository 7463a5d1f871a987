package it.storia.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/** A gold span checks its offsets in its compact constructor, as the model records do. */
class GoldSpanTest {
  @Test
  void offsetsMustBeARangeAsLongAsTheText() {
    assertThat(new EntityEvaluator.Span("d", 3, 8, EntityType.PERSON, "Rossi").end()).isEqualTo(8);
    assertThatThrownBy(() -> new EntityEvaluator.Span("d", 8, 3, EntityType.PERSON, "Rossi"))
        .hasMessageContaining("[8, 3)");
    assertThatThrownBy(() -> new EntityEvaluator.Span("d", 3, 7, EntityType.PERSON, "Rossi"))
        .hasMessageContaining("'Rossi' has length 5 but span is [3, 7)");
  }
}
