package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three conditions session 21 added for recurring missed events (docs/events.md, "Session 21: event recall,
 * counted again"; {@code patterns.txt}, section "Session 21"): each in its event sense, and the neighbouring senses
 * that the unlabelled text showed kept quiet.
 */
class EventRecallConditions21Test {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();
  /** The whole pipeline: {@code became_det_title} reads the tagger's POS in its gap. */
  private static final Extractor PIPELINE = SharedPipeline.defaults();

  private static List<String> types(String text, String... entities) {
    return Texts.types(EXTRACTOR, text, entities);
  }

  private static List<String> pipelineTypes(String text) {
    return Texts.pipelineTypes(PIPELINE, text);
  }

  @Test
  void becomingTheHolderOfATitleWithAnArticleIsAnAppointment() {
    assertThat(pipelineTypes("Nel 1890 fondò il circolo e ne divenne il primo segretario.")).contains("APPOINTMENT");
    assertThat(types("Suo fratello Giorgio divenne il re di Grecia.", "PER:Giorgio", "LOC:Grecia"))
        .containsExactly("APPOINTMENT");
    assertThat(types("Dopo la guerra diventò il presidente della società.")).containsExactly("APPOINTMENT");
  }

  @Test
  void becomingAThingOrTheFirstOfAKindIsNoAppointment() {
    assertThat(pipelineTypes("Goa divenne il quartier generale dell'impero portoghese.")).isEmpty();
    assertThat(pipelineTypes("Il programma divenne l'applicazione leader del settore.")).isEmpty();
    assertThat(types("Mario divenne il primo americano a vincere il torneo.", "PER:Mario")).isEmpty();
    assertThat(types("Diventa l'unico leader della sinistra in quella regione.")).isEmpty();
    assertThat(types("Diventerà l'amante del re di Francia.", "LOC:Francia")).isEmpty();
  }

  @Test
  void leavingABandOrAPostForAWhileIsARemoval() {
    assertThat(types("Il chitarrista lascia temporaneamente la band per il servizio di leva."))
        .containsExactly("REMOVAL");
    assertThat(types("Nel 1996 lascia definitivamente il club per motivi di salute.")).containsExactly("REMOVAL");
    assertThat(types("Lascia temporaneamente la città per motivi di salute.")).isEmpty();
  }

  @Test
  void takingRefugeWithThePlaceFurtherOnIsExile() {
    assertThat(types("Il papa si rifugiò sotto la protezione dei suoi alleati in Francia.", "LOC:Francia"))
        .containsExactly("EXILE");
    assertThat(types("Migliaia di abitanti si sono rifugiati oltre il fiume Isonzo.", "LOC:Isonzo"))
        .containsExactly("EXILE");
    assertThat(types("Si rifugiò nella lettura dei classici latini.")).isEmpty();
    assertThat(types("Si rifugiò sotto la protezione dei suoi alleati, e poi partì per la Francia.", "LOC:Francia"))
        .isEmpty();
  }
}
