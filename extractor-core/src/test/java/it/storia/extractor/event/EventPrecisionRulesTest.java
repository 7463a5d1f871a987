package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The constructions that session 20's count of spurious events turned into no-event rules (docs/events.md, "Session
 * 20: spurious events on new text, counted"; {@code patterns.txt} and {@code word-classes.tsv}, sections "Session
 * 20"): each construction is quiet, and its event neighbour still is an event.
 */
class EventPrecisionRulesTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();
  /** The whole pipeline: the attributive participle reads the tagger's POS. */
  private static final Extractor PIPELINE = SharedPipeline.defaults();

  private static List<String> types(String text, String... entities) {
    return Texts.types(EXTRACTOR, text, entities);
  }

  private static List<String> pipelineTypes(String text) {
    return Texts.pipelineTypes(PIPELINE, text);
  }

  @Test
  void aNegativeSubjectOrANeitherClauseNegatesTheEvent() {
    assertThat(types("Nessun profugo proveniente dalla Crimea è fuggito in Russia.", "LOC:Crimea", "LOC:Russia"))
        .isEmpty();
    assertThat(types("Noi, che nessuno può accusare di tradimento, parliamo chiaro.")).isEmpty();
    assertThat(types("Né al risultato della votazione si oppose il voto della maggioranza.")).isEmpty();
    assertThat(types("Il profugo è fuggito in Russia.", "LOC:Russia")).containsExactly("EXILE");
    // a negative word in an earlier clause does not reach the event
    assertThat(types("Nessuno lo sapeva, ma Rossi fu arrestato.", "PER:Rossi")).containsExactly("ARREST");
  }

  @Test
  void aNegatedWillGoverningTheTriggerNegatesIt() {
    assertThat(types("Il partito dimostra che non siamo disposti ad abdicare.")).isEmpty();
    assertThat(types("Il ministro non ritiene di potersi assumere la responsabilità di dare le dimissioni.")).isEmpty();
    assertThat(types("Il ministro decise di dare le dimissioni.")).containsExactly("REMOVAL");
  }

  @Test
  void aParticipleUsedAsAnAdjectiveAfterANounIsNoEvent() {
    assertThat(pipelineTypes("Nessuno voleva accogliere l'esercito sconfitto sia perché mancavano i viveri.")).isEmpty();
    assertThat(pipelineTypes("L'Italia era considerata un paese sconfitto e umiliato.")).isEmpty();
    assertThat(pipelineTypes("I messi portarono al re le chiavi della città sconfitta.")).isEmpty();
    // with an agent or a place after it, or with an auxiliary, the participle is an event
    assertThat(pipelineTypes("L'esercito sconfitto a Canne si ritirò verso nord.")).contains("DEFEAT");
    assertThat(pipelineTypes("Nel 216 l'esercito fu sconfitto.")).containsExactly("DEFEAT");
  }

  @Test
  void abolishingAThingIsNoDissolutionAbolishingABodyIs() {
    assertThat(types("La Slovacchia ha abolito il servizio militare obbligatorio nel 2006.", "LOC:Slovacchia"))
        .isEmpty();
    assertThat(types("Il governo ha abolito per oggi il riposo festivo dei negozi.")).isEmpty();
    assertThat(types("Il governo ha abolito il partito.")).containsExactly("DISSOLUTION");
  }

  @Test
  void contestedAsAnAdjectiveInACoordinationIsNoOpposition() {
    assertThat(types("Il cammino verso l'unità resta difficile e contrastato.")).isEmpty();
    assertThat(types("Il progetto fu discusso e contrastato dai liberali.")).containsExactly("OPPOSITION");
  }

  @Test
  void aRoleInAFilmOrAPoemIsNoAppointment() {
    assertThat(types("Il regista gli affidò un ruolo più importante in \" La grande guerra \".")).isEmpty();
    assertThat(types("Nel poema il ruolo di protagonista è affidato a Orlando.", "PER:Orlando")).isEmpty();
    assertThat(types("Il re gli affidò il comando dell'esercito.")).containsExactly("APPOINTMENT");
  }

  @Test
  void fightingAnAbstractionIsNoOpposition() {
    assertThat(types("Ci vuole coraggio per combattere contro queste difficoltà.")).isEmpty();
    assertThat(types("Siamo rimasti soli a combattere contro questo male.")).isEmpty();
    assertThat(types("Rossi decise di combattere contro i liberali.", "PER:Rossi")).containsExactly("OPPOSITION");
  }
}
