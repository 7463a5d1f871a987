package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 10 of the names layer (the general fixes after dev part R-a's first measurement: Aldo Moro's paragraphs and
 * WikiNEuRal political history): ordinal words before a congress and before a kin noun in an apposition, complete
 * names that take no adjective after them, a listed acronym after "per", the nationality adjectives of a state's
 * bodies, English final heads and rulers' epithets. The sentences are written for the test, none is part R's.
 */
class OrdinalsTailsAndForeignHeadsTest {

  @Test
  void anOrdinalWordOpensACongress() {
    String text = "Il messaggio fu letto al Secondo Congresso del Partito Socialista Europeo tra gli applausi.";
    assertThat(typed(RulesOnly.extractor(), text))
        .contains("ORGANIZATION:Secondo Congresso del Partito Socialista Europeo");
  }

  @Test
  void aRelativeInAnAppositionIsAPerson() {
    String text = "La corona passò allora a Corrado, secondo figlio di Federico il Magnanimo, tra molte proteste.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("PERSON:Corrado", "PERSON:Federico il Magnanimo");
  }

  @Test
  void aCompleteNameTakesNoAdjectiveTheModelAdds() {
    String text = "Il saluto della Democrazia Cristiana tedesca giunse al congresso di Lione.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Democrazia Cristiana tedesca"), text))
        .contains("ORGANIZATION:Democrazia Cristiana").doesNotContain("ORGANIZATION:Democrazia Cristiana tedesca");
    String head = "Il Parlamento subalpino approvò la legge.";
    assertThat(typed(overModel(head, EntityType.ORGANIZATION, "Parlamento subalpino"), head))
        .contains("ORGANIZATION:Parlamento subalpino");
  }

  @Test
  void aListedAcronymAfterPerIsTheParty() {
    String text = "Fu eletto al Senato per la DC nel collegio di Lecce.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:Senato", "ORGANIZATION:DC");
  }

  @Test
  void aStatesBodyKeepsItsNationalityAndAForeignHeadClosesAName() {
    String text = "Il Governo norvegese ricevette i delegati del Scottish National Party a Oslo.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:Governo norvegese",
        "ORGANIZATION:Scottish National Party");
  }
}
