package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The passive perfect with its subject after the participle ("è stato istituito un Osservatorio") satisfies the
 * founding and dissolution conditions; the auxiliary "stato" is no longer read as the body noun "Stato" before the
 * participle (docs/events.md, "Session 17b: re-measured triggers and the postposed passive subject").
 */
class PostposedPassiveSubjectTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<String> types(String text, String... entities) {
    return Texts.types(EXTRACTOR, text, entities);
  }

  @Test
  void aSubjectAfterThePassivePerfectIsTheFoundedBody() {
    // held-out 13 (ParlaMint): no body noun of the class list, the subject follows the participle
    assertThat(types("Presso il Dipartimento per le politiche della famiglia, che ha la delega anche sulle pari "
        + "opportunità, è stato istituito un Osservatorio sui minori.")).containsExactly("FOUNDING");
    assertThat(types("Negli anni trenta erano stati creati i gulag, campi di lavoro forzato.")).containsExactly("FOUNDING");
  }

  @Test
  void theAuxiliaryStatoIsNoBodyNoun() {
    // the subject before the auxiliary is no body of the class list, and a date follows: no dissolution, no founding
    assertThat(types("In Serbia il servizio militare obbligatorio è stato abolito il 15 dicembre 2010.")).isEmpty();
    assertThat(types("Il premio letterario è stato istituito il 12 marzo 1950.")).isEmpty();
  }

  @Test
  void theCapitalisedStateBeforeTheParticipleStaysABody() {
    assertThat(types("Lo Stato siriano moderno è stato fondato a metà del secolo scorso.")).containsExactly("FOUNDING");
    assertThat(types("Lo Stato che egli aveva creato contro la nostra volontà resiste ancora.")).containsExactly("FOUNDING");
  }
}
