package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * Session 24 of the names layer ({@code docs/names.md}, branch {@code names24}): the bundled model-span filter
 * ({@code ner/model-filter.properties}) is on for one-word persons only: a person that only the name finder proposed,
 * whose one word unlabelled text writes mostly in lower case and that no list and no silver person count knows
 * ("Mori", a village and a plural noun; "Dichiara", a verb opening a sentence), is no name. Words that are common
 * words but which the silver counts know as persons, given names ("Massimo") or surnames ("Grandi", "Colombo"),
 * stay, and so do persons that a rule or a list found. The sentences are written for the test after the letters and speeches of the dev parts; none is a dev
 * part's.
 */
class CommonWordPersonsTest {

  @Test
  void theNameFindersCommonWordPersonsAreDropped() {
    String text = "Anche a Mori la festa del patrono è stata rinviata di una settimana.";
    assertThat(typed(SharedPipeline.defaults(), text)).doesNotContain("PERSON:Mori");
  }

  @Test
  void aVerbOpeningASentenceIsNoPerson() {
    String text = "Dichiara che il governo non intende cedere su questo punto.";
    assertThat(typed(overModel(text, EntityType.PERSON, "Dichiara"), text)).doesNotContain("PERSON:Dichiara");
  }

  @Test
  void surnamesTheSilverCountsKnowAsPersonsStay() {
    String text = "Ho ricevuto la lettera di Grandi e quella di Fanfani. Ieri Colombo ha parlato a lungo con i sindacati.";
    assertThat(typed(SharedPipeline.defaults(), text))
        .contains("PERSON:Grandi", "PERSON:Fanfani", "PERSON:Colombo");
  }

  @Test
  void aGivenNameTheSilverCountsKnowStays() {
    String text = "I vescovi elessero un loro metropolita, contrapposto a Massimo, che restò a Kiev.";
    assertThat(typed(overModel(text, EntityType.PERSON, "Massimo"), text)).contains("PERSON:Massimo");
  }

  @Test
  void aPersonFoundByARuleStaysThoughItsWordIsCommon() {
    String text = "Abbiamo ascoltato l'on. Quiete, che ha chiesto la parola per fatto personale.";
    assertThat(typed(overModel(text, EntityType.PERSON, "Quiete"), text)).contains("PERSON:Quiete");
  }

  @Test
  void twoWordPersonsAreNotFiltered() {
    String text = "Nel film recitava anche Gloria Guida, allora al suo primo ruolo.";
    assertThat(typed(overModel(text, EntityType.PERSON, "Gloria Guida"), text)).contains("PERSON:Gloria Guida");
  }
}
