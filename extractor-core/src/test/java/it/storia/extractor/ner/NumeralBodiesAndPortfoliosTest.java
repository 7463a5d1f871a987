package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 19 of the names layer ({@code dev/org_errors.py --with-t}): powers named by their number ("i Quattro",
 * "i Nove della Comunità") and a capitalised portfolio alone after an article ("il Tesoro") are organisations; a
 * count of things ("i Sei ministri") and a minister's portfolio ("il ministro del Tesoro", also in a list of
 * portfolios) are not. The sentences are written for the test, none is a dev part's.
 */
class NumeralBodiesAndPortfoliosTest {

  @Test
  void powersNamedByTheirNumberAreABody() {
    String text = "Il progetto elaborato dai Quattro fu respinto. I Nove hanno poi deciso di rinviare.";
    assertThat(typed(RulesOnly.extractor(), text))
        .contains("ORGANIZATION:Quattro", "ORGANIZATION:Nove");
  }

  @Test
  void theNumberTakesItsOfChain() {
    String text = "Si giunse a un confronto tra i Nove della Comunità e gli Stati Uniti.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Comunità"), text))
        .contains("ORGANIZATION:Nove della Comunità")
        .doesNotContain("ORGANIZATION:Comunità");
  }

  @Test
  void aCountOfThingsIsNoBody() {
    String text = "I Sei ministri si riunirono. Tre giorni dopo i ministri degli Otto stati partner firmarono.";
    assertThat(typed(RulesOnly.extractor(), text))
        .doesNotContain("ORGANIZATION:Sei", "ORGANIZATION:Tre", "ORGANIZATION:Otto");
  }

  @Test
  void aPortfolioAloneIsTheMinistry() {
    String text = "Il Tesoro non ritiene accettabile la richiesta. Il deputato aspirava agli Interni.";
    assertThat(typed(RulesOnly.extractor(), text))
        .contains("ORGANIZATION:Tesoro", "ORGANIZATION:Interni");
  }

  @Test
  void aMinistersPortfolioIsNoName() {
    String text = "Parlarono il ministro del Tesoro, i ministri dell'Industria, delle Finanze e degli Esteri, "
        + "e il sottosegretario per l'Interno.";
    assertThat(typed(RulesOnly.extractor(), text))
        .doesNotContain("ORGANIZATION:Tesoro", "ORGANIZATION:Finanze", "ORGANIZATION:Esteri",
            "ORGANIZATION:Interno");
  }

  @Test
  void aListedPortfolioTakesNoPropagatedMinistry() {
    String text = "Il Tesoro non ritiene accettabile la richiesta. Erano presenti i ministri del Lavoro, del Tesoro "
        + "e delle Finanze.";
    assertThat(typed(RulesOnly.extractor(), text)).containsOnlyOnce("ORGANIZATION:Tesoro");
  }
}
