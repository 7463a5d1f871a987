package it.storia.extractor.event;

import static it.storia.extractor.event.Texts.persons;
import static it.storia.extractor.event.Texts.the;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Event;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms that session 19's recall count kept (docs/events.md, "Session 19: event recall"; {@code triggers.tsv} and
 * {@code patterns.txt}, sections "Session 19"): each in its event sense, and the neighbouring senses kept quiet.
 */
class EventRecallFormsTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();
  /** The whole pipeline: "morte" + adjectives reads the tagger's POS. */
  private static final Extractor PIPELINE = SharedPipeline.defaults();

  private static List<String> types(String text, String... entities) {
    return Texts.types(EXTRACTOR, text, entities);
  }

  private static List<String> pipelineTypes(String text) {
    return Texts.pipelineTypes(PIPELINE, text);
  }

  @Test
  void aMilitaryExpeditionOrOneAgainstSomeoneIsOppositionAScientificOneIsNot() {
    assertThat(types("Il console fu posto a capo di una spedizione militare verso la Sicilia.", "LOC:Sicilia"))
        .containsExactly("OPPOSITION");
    assertThat(types("Seguirono le spedizioni del 1766 e 1778 contro Tripoli.", "LOC:Tripoli"))
        .containsExactly("OPPOSITION");
    assertThat(types("La spedizione scientifica raggiunse il polo nel 1911.")).isEmpty();
    assertThat(types("La spedizione dei pacchi fu ritardata.")).isEmpty();
  }

  @Test
  void anActiveCondemnationIsAnAccusationASentenceIsNot() {
    assertThat(types("Egli condannò pubblicamente la condotta di Erode Antipa.", "PER:Erode Antipa"))
        .containsExactly("ACCUSATION");
    assertThat(types("Il poeta condannò la nobiltà di Milano.", "LOC:Milano")).containsExactly("ACCUSATION");
    // a judicial sentence is no event (session 19's settled conventions)
    assertThat(types("Il tribunale condannò l'imputato a dieci anni di carcere.")).isEmpty();
    assertThat(types("Il tribunale condannò la banda all'ergastolo.")).isEmpty();
    assertThat(types("La corte condannò i congiurati a 20 anni di reclusione.")).isEmpty();
    assertThat(types("Il giudice lo condannò a morte.")).isEmpty();
    assertThat(types("Furono condannati i due imputati.")).isEmpty();
  }

  @Test
  void aDeathWithAdjectivesBeforeItsOwnerIsADeath() {
    Event death = the(PIPELINE.extract("Il poeta compiangeva la morte prematura di Marcello, erede di Augusto.")
        .events(), "DEATH");
    assertThat(persons(death, "patient")).containsExactly("Marcello");
    assertThat(pipelineTypes("Il terrore si allentò solo con la morte improvvisa dell'imperatore."))
        .containsExactly("DEATH");
    // a death with no owner stays as before: no event
    assertThat(pipelineTypes("Non temeva una morte improvvisa.")).isEmpty();
  }
}
