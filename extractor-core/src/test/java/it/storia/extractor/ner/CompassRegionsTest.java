package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 23 of the names layer ({@code docs/names.md}, branch {@code namesloc23}): the sides of the world as
 * geopolitical regions are places ({@code compass-region} in {@code rules.tsv}: "i rapporti con l'Est", "tra Sud e
 * Nord"), as the gold of parts L, N, O, R and U-a has them, while a direction in lower case, a compass word inside a
 * longer name and one before a capitalised word are left alone; "Terzo Mondo" and the river "Beresina" are listed
 * places. The sentences are written for the test after the speeches and encyclopaedia sentences of those parts; none
 * is a dev part's.
 */
class CompassRegionsTest {

  @Test
  void aCompassRegionAfterAnArticleIsAPlace() {
    String text = "Il ministro chiese migliori rapporti con l'Est europeo e nuovi investimenti nel Sud. "
        + "Le regole che valgono in Occidente non bastano.";
    assertThat(typed(RulesOnly.extractor(), text))
        .contains("LOCATION:Est", "LOCATION:Sud", "LOCATION:Occidente");
  }

  @Test
  void twoCompassRegionsPairedAreTwoPlaces() {
    String text = "La distensione tra Est ed Ovest non cancella il divario tra Nord e Sud.";
    assertThat(typed(RulesOnly.extractor(), text))
        .contains("LOCATION:Est", "LOCATION:Ovest", "LOCATION:Nord", "LOCATION:Sud");
  }

  @Test
  void aCompassRegionTheModelCallsAnOrganisationIsAPlace() {
    String text = "Per accogliere i nuovi membri bisogna superare le difficoltà che interessano il Sud.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Sud"), text))
        .contains("LOCATION:Sud")
        .doesNotContain("ORGANIZATION:Sud");
  }

  @Test
  void directionsAndLongerNamesAreNoCompassRegion() {
    String text = "La flotta incrociava a nord di Creta; la Corea del Nord e il Nord America restarono fuori. "
        + "Si discusse se spostare il confine più a Nord o Sud.";
    assertThat(typed(RulesOnly.extractor(), text))
        .doesNotContain("LOCATION:Nord", "LOCATION:nord", "LOCATION:Sud");
  }

  @Test
  void aPluralDeterminerReadsNoCompassRegion() {
    String text = "Il funzionario del ministero degli Est eri partì ieri.";
    assertThat(typed(RulesOnly.extractor(), text)).doesNotContain("LOCATION:Est"); // an OCR-broken "Esteri"
  }

  @Test
  void theThirdWorldAndTheBerezinaAreListedPlaces() {
    String text = "Napoleone ripassò la Beresina. Il governo aiuta i paesi del Terzo Mondo.";
    assertThat(typed(overModel(text, EntityType.PERSON, "Beresina"), text))
        .contains("LOCATION:Beresina", "LOCATION:Terzo Mondo")
        .doesNotContain("PERSON:Beresina");
  }
}
