package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 15 of the names layer (branch {@code orgspan}): a body's head + "per"/"sulla" + a lower-case topic is one
 * long official name, and a model organisation opening with a treaty, law or summit head is no name. The sentences
 * are written for the test with real official names; none is a dev part's.
 */
class OfficialNamesAndTreatiesTest {

  @Test
  void aLowerCaseTopicAfterAPerContinuesTheBody() {
    String text = "Nel 1933 nacque l'Istituto per la ricostruzione industriale, che rilevò le banche.";
    assertThat(typed(RulesOnly.extractor(), text))
        .containsExactly("ORGANIZATION:Istituto per la ricostruzione industriale");
  }

  @Test
  void aModelBodyCutBeforeItsTopicIsExtended() {
    String text = "Il Commissariato per le riparazioni dei danni di guerra liquidò le domande dei profughi.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Commissariato"), text))
        .containsExactly("ORGANIZATION:Commissariato per le riparazioni dei danni di guerra");
  }

  @Test
  void aTopicJoinedByAndClosesWithAListedPlace() {
    String text = "La Conferenza sulla sicurezza e la cooperazione in Europa si aprì a Helsinki nel 1973.";
    assertThat(typed(overModel(text, EntityType.LOCATION, "Europa", EntityType.LOCATION, "Helsinki"), text))
        .containsExactly("ORGANIZATION:Conferenza sulla sicurezza e la cooperazione in Europa", "LOCATION:Helsinki");
  }

  @Test
  void theClausesPerAndAnOfficesTopicStayOutside() {
    String clause = "Il Consiglio per la prima volta votò contro il Governo.";
    assertThat(typed(RulesOnly.extractor(), clause)).doesNotContain("ORGANIZATION:Consiglio per la prima volta");
    String office = "Un'interpellanza al presidente del Consiglio sulla politica del governo fu respinta.";
    assertThat(typed(overModel(office, EntityType.ORGANIZATION, "Consiglio"), office))
        .containsExactly("ORGANIZATION:Consiglio");
    String government = "Il Governo per la ricostruzione del paese chiese nuovi fondi.";
    assertThat(typed(RulesOnly.extractor(), government)).containsExactly("ORGANIZATION:Governo");
  }

  @Test
  void noTopicAfterAnOfChainAndOnlyAConferenceIsAbout() {
    String chain = "Il ricorso al Consiglio di Stato per violazione di legge fu accolto.";
    assertThat(typed(RulesOnly.extractor(), chain)).containsExactly("ORGANIZATION:Consiglio di Stato");
    String about = "Esaminiamo l'opinione del Ministero sulla riforma deliberata a Rovereto.";
    assertThat(typed(overModel(about, EntityType.ORGANIZATION, "Ministero", EntityType.LOCATION, "Rovereto"), about))
        .containsExactly("ORGANIZATION:Ministero", "LOCATION:Rovereto");
  }

  @Test
  void treatiesAndSummitsAreNoOrganisations() {
    String text = "Secondo il Concordato i vescovi giurano fedeltà; i Patti Lateranensi rimasero in vigore dopo il "
        + "Vertice Europeo di dicembre.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Concordato", EntityType.ORGANIZATION,
        "Patti Lateranensi", EntityType.ORGANIZATION, "Vertice Europeo"), text)).isEmpty();
  }

  @Test
  void aTreatyNamedAfterAPlaceIsThePlaceAndTheAtlanticPactStaysABody() {
    String text = "Il Trattato di Rapallo fu firmato nel 1920; l'Italia aderì al Patto atlantico nel 1949.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Trattato di Rapallo", EntityType.LOCATION, "Italia",
        EntityType.ORGANIZATION, "Patto atlantico"), text))
        .containsExactly("LOCATION:Rapallo", "LOCATION:Italia", "ORGANIZATION:Patto atlantico");
  }
}
