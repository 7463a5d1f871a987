package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trigger form whose sense conditions all fail is an ordinary word for the {@code !trigger} gaps of the other
 * triggers' condition rules (docs/events.md, "Session 17: sense rules and blocked gaps, pooled"); a form whose
 * condition holds still blocks them.
 */
class ConditionedTriggerGapTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<String> types(String text, String... entities) {
    return Texts.types(EXTRACTOR, text, entities);
  }

  @Test
  void aFormWithoutItsConditionNoLongerBlocksTheObjectGap() {
    // held-out 13: "chiamate" (APPOINTMENT only when called to a post) stood in the gap between the first
    // "combattere" and its object
    assertThat(types("Se voi aveste creduto di combattere preparativi che voi chiamate di guerra, e che sono invece "
        + "preparativi di sicurezza, di combattere comunque contro le provvidenze del governo, noi avremmo potuto "
        + "discuterne qui.")).containsExactly("OPPOSITION", "OPPOSITION");
  }

  @Test
  void aFormWhoseConditionHoldsStillBlocksTheGap() {
    // "chiamando" without a post makes no event: "contro" is reached; "eleggendo" is an event: the gap stays closed
    assertThat(types("I deputati decisero di combattere chiamando Rossi contro la Democrazia Cristiana.",
        "PER:Rossi", "ORG:Democrazia Cristiana")).containsExactly("OPPOSITION");
    assertThat(types("I deputati decisero di combattere eleggendo Rossi contro la Democrazia Cristiana.",
        "PER:Rossi", "ORG:Democrazia Cristiana")).containsExactly("APPOINTMENT");
  }
}
