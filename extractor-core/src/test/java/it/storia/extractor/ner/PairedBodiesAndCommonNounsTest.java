package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 11 of the names layer (the fixes ranked by the corpus-wide audit, {@code dev/names_audit.py}, over
 * unlabelled De Gasperi, Moro and KIND text): two bodies paired without a determiner, capitalised common nouns the
 * model types ("Stato", "Dio", "Nazione"), and list entries the model typed wrongly in several documents. The sentences are written for the test, none is part S's.
 */
class PairedBodiesAndCommonNounsTest {

  @Test
  void aHeadPairedWithStateOrAnotherBodyIsABody() {
    String text = "Il convegno discusse a lungo dei rapporti tra Stato e Chiesa nel nuovo ordinamento.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("ORGANIZATION:Chiesa");
    String before = "I rapporti di Chiesa e Stato furono regolati dal Concordato.";
    assertThat(typed(RulesOnly.extractor(), before)).contains("ORGANIZATION:Chiesa")
        .doesNotContain("ORGANIZATION:Stato");
    String bodies = "Ma non basta: Governo e Parlamento dovranno agire insieme.";
    assertThat(typed(RulesOnly.extractor(), bodies)).contains("ORGANIZATION:Governo", "ORGANIZATION:Parlamento");
  }

  @Test
  void aHeadAloneWithoutDeterminerOrPartnerStaysNone() {
    String text = "Si aprì allora una crisi di Governo che durò tre settimane.";
    assertThat(typed(RulesOnly.extractor(), text)).doesNotContain("ORGANIZATION:Governo");
    String model = "Si aprì allora una crisi di Governo che durò tre settimane.";
    assertThat(typed(overModel(model, EntityType.ORGANIZATION, "Governo"), model))
        .doesNotContain("ORGANIZATION:Governo");
  }

  @Test
  void theStateGodAndTheNationAloneAreNoNames() {
    String text = "Dove lo Stato abdica, la fede in Dio e l'amore della Nazione restano soli.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Stato", EntityType.PERSON, "Dio",
        EntityType.ORGANIZATION, "Nazione"), text)).isEmpty();
    String longer = "Lo Stato italiano pagò il debito.";
    assertThat(typed(overModel(longer, EntityType.ORGANIZATION, "Stato italiano"), longer))
        .containsExactly("ORGANIZATION:Stato italiano");
  }

  @Test
  void listedNamesKeepTheirType() {
    String text = "Il divario pesò sulle scelte del governo di Bonn dopo il trattato di Rapallo.";
    assertThat(typed(overModel(text, EntityType.PERSON, "Bonn", EntityType.PERSON, "Rapallo"), text))
        .containsExactly("LOCATION:Bonn", "LOCATION:Rapallo");
    String company = "Lo scandalo Lockheed toccò il Convegno dei Coltivatori Diretti.";
    assertThat(typed(overModel(company, EntityType.PERSON, "Lockheed", EntityType.PERSON, "Coltivatori Diretti"),
        company)).contains("ORGANIZATION:Lockheed", "ORGANIZATION:Coltivatori Diretti");
    String students = "Il congresso rinnovò la vita della Fuci in tutte le sedi.";
    assertThat(typed(RulesOnly.extractor(), students)).containsExactly("ORGANIZATION:Fuci");
  }
}
