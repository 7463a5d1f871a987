package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 21 of the names layer ({@code docs/names.md}, branch {@code orgmoro21}): a trade fair named after its
 * place is the place alone ("Fiera del Levante" → "Levante"), as an event is; the MSI's joint name after 1972,
 * spaced or not, is one organisation ("MSI - DN"), no longer two; a party adjective stays inside a capitalised
 * party name ("Partito socialdemocratico"). The sentences are written for the test, none is
 * a dev part's.
 */
class FairsAndJointPartyNamesTest {

  @Test
  void aFairNamedAfterItsPlaceIsThePlace() {
    String text = "Il presidente parlò alla Fiera del Levante. La Fiera di Bologna apre domani.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Fiera del Levante",
        EntityType.ORGANIZATION, "Fiera di Bologna"), text))
        .contains("LOCATION:Levante", "LOCATION:Bologna")
        .noneMatch(s -> s.startsWith("ORGANIZATION:"));
  }

  @Test
  void aFairOfUnlistedWordsStaysTheModels() {
    String text = "Visitò la Fiera Campionaria con i ministri.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Fiera Campionaria"), text))
        .contains("ORGANIZATION:Fiera Campionaria");
  }

  @Test
  void aTownNamedAfterItsFairStaysAPlace() {
    String text = "La grandine colpì i comuni di Tonadico, Transacqua e Fiera di Primiero.";
    assertThat(typed(overModel(text, EntityType.LOCATION, "Fiera di Primiero"), text))
        .contains("LOCATION:Fiera di Primiero")
        .doesNotContain("LOCATION:Primiero");
  }

  @Test
  void aGovernmentDescribedByAnAdjectiveIsNoName() {
    String text = "Dicevano che facevo un Governo monarchico, reazionario.";
    assertThat(typed(RulesOnly.extractor(), text)).doesNotContain("ORGANIZATION:Governo monarchico");
  }

  @Test
  void theJointPartyNameIsOneOrganisation() {
    String text = "I voti del MSI - DN furono determinanti, poi il MSI-DN votò contro la legge.";
    assertThat(typed(RulesOnly.extractor(), text))
        .contains("ORGANIZATION:MSI - DN", "ORGANIZATION:MSI-DN")
        .doesNotContain("ORGANIZATION:MSI", "ORGANIZATION:DN");
  }

  @Test
  void armedForcesAndAgenciesOfTheSpeechesAreListed() {
    String text = "La rinata Aeronautica militare, con la Marina militare, riorganizza i mercati dell'AIMA.";
    assertThat(typed(RulesOnly.extractor(), text))
        .contains("ORGANIZATION:Aeronautica militare", "ORGANIZATION:Marina militare", "ORGANIZATION:AIMA");
  }

  @Test
  void theJointNameWrittenInFullOrInPartIsOneOrganisation() {
    String text = "Votarono il Movimento sociale italiano - destra nazionale e la Destra Nazionale. "
        + "La destra nazionale è divisa.";
    assertThat(typed(RulesOnly.extractor(), text))
        .contains("ORGANIZATION:Movimento sociale italiano - destra nazionale", "ORGANIZATION:Destra Nazionale")
        .doesNotContain("ORGANIZATION:destra nazionale", "ORGANIZATION:Nazionale"); // the lower-case right is none
  }

  @Test
  void aPartyAdjectiveStaysInsideACapitalisedPartyName() {
    String text = "Il Partito socialdemocratico e il Partito socialista unificato lasciarono il governo.";
    assertThat(typed(RulesOnly.extractor(), text))
        .contains("ORGANIZATION:Partito socialdemocratico", "ORGANIZATION:Partito socialista unificato");
  }
}
