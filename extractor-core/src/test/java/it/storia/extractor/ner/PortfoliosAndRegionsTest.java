package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 12 of the names layer (organisations by error class, {@code dev/org_errors.py}): a ministry named by its
 * portfolio after the lower-case "ministero" is the portfolio alone, and a capitalised "Regione" after a determiner
 * is the regional body. The sentences are written for the test, none is a dev part's.
 */
class PortfoliosAndRegionsTest {

  @Test
  void aModelMinistryLosesTheLowerCaseNoun() {
    String text = "La pratica fu trasmessa al ministero dell'Interno e poi al ministero degli Affari Esteri.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "ministero dell'Interno",
        EntityType.ORGANIZATION, "ministero degli Affari Esteri"), text))
        .containsExactly("ORGANIZATION:Interno", "ORGANIZATION:Affari Esteri");
  }

  @Test
  void aMinistersPortfolioTakesNoPropagatedMinistry() {
    String text = "Il ministro degli Esteri firmò. Il ministero degli Esteri tacque.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "ministero degli Esteri"), text))
        .containsExactly("ORGANIZATION:Esteri");
  }

  @Test
  void aCapitalisedMinistryKeepsItsHead() {
    String text = "La pratica fu trasmessa al Ministero del Tesoro.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Ministero del Tesoro"), text))
        .containsExactly("ORGANIZATION:Ministero del Tesoro");
  }

  @Test
  void theRegionAfterADeterminerIsABody() {
    String text = "Le competenze delegate dallo Stato alla Regione furono ampliate.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("ORGANIZATION:Regione");
    String none = "Una Regione non basta a cambiare il Paese.";
    assertThat(typed(RulesOnly.extractor(), none)).doesNotContain("ORGANIZATION:Regione");
  }
}
