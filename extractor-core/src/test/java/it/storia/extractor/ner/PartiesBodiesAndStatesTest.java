package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 20 of the names layer ({@code docs/names.md}, branch {@code orgloc20}): international bodies written with
 * lower-case inner words and states the lists did not hold; a lower-case party name is one party's name after a
 * determiner ("il partito laburista"), a description after an indefinite article ("un grande partito popolare");
 * an acronym after an article ends a sentence ("della DC. Non ..."), it is no person's initials. The sentences are
 * written for the test, none is a dev part's.
 */
class PartiesBodiesAndStatesTest {

  @Test
  void internationalBodiesWithLowerCaseWordsAreListed() {
    String text = "Il prestito che il Fondo monetario internazionale dovrebbe accordare sarà discusso dopo "
        + "la realizzazione dell'Unione economica e monetaria.";
    assertThat(typed(RulesOnly.extractor(), text))
        .contains("ORGANIZATION:Fondo monetario internazionale", "ORGANIZATION:Unione economica e monetaria");
  }

  @Test
  void statesWithLowerCaseWordsArePlaces() {
    String text = "Il ministro ha visitato l'Arabia saudita e poi la Repubblica federale tedesca.";
    assertThat(typed(RulesOnly.extractor(), text))
        .contains("LOCATION:Arabia saudita", "LOCATION:Repubblica federale tedesca");
  }

  @Test
  void aDeterminedLowerCasePartyIsAName() {
    String text = "Blair criticò il partito laburista. Il congresso del nuovo partito comunista si aprì. "
        + "Il confronto fra democrazia cristiana e partito comunista continua.";
    assertThat(typed(RulesOnly.extractor(), text))
        .contains("ORGANIZATION:partito laburista", "ORGANIZATION:democrazia cristiana")
        .filteredOn("ORGANIZATION:partito comunista"::equals).hasSize(2);
  }

  @Test
  void anIndefinitePartyIsADescription() {
    String text = "Siamo un grande partito popolare. Noi, come partito democratico, abbiamo un dovere.";
    assertThat(typed(RulesOnly.extractor(), text))
        .doesNotContain("ORGANIZATION:partito popolare", "ORGANIZATION:partito democratico");
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "partito popolare"), text))
        .doesNotContain("ORGANIZATION:partito popolare"); // the model's span is dropped too
  }

  @Test
  void anAcronymAfterAnArticleIsNoPersonsInitials() {
    String text = "Tutto dipende dalla autorità della DC. Non siamo trascinati da nessuno.";
    assertThat(typed(RulesOnly.extractor(), text))
        .contains("ORGANIZATION:DC")
        .noneMatch(s -> s.startsWith("PERSON:"));
  }
}
