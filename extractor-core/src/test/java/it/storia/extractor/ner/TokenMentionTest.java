package it.storia.extractor.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/** A model mention checks its token range in its compact constructor, as the model records do. */
class TokenMentionTest {
  @Test
  void theTokenRangeMustNotBeInvertedOrNegative() {
    assertThat(new OpenNlpNameFinder.TokenMention(2, 4, EntityType.PERSON, 0.9).end()).isEqualTo(4);
    assertThatThrownBy(() -> new OpenNlpNameFinder.TokenMention(4, 2, EntityType.PERSON, 0.9))
        .hasMessageContaining("[4, 2)");
    assertThatThrownBy(() -> new OpenNlpNameFinder.TokenMention(-1, 2, EntityType.PERSON, 0.9))
        .hasMessageContaining("[-1, 2)");
  }
}
