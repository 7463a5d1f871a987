package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The other senses that session 25 found in De Gasperi's speeches and letters (docs/events.md, "Session 25: De
 * Gasperi events"; {@code patterns.txt} and {@code word-classes.tsv}, sections "Session 25"): "succedere" as to happen
 * or success, "arrestare" a process, "uccidere" an abstraction. Whole pipeline: the readings come through the tagger's
 * lemma.
 */
class DeGasperiSensesTest {
  private static final Extractor PIPELINE = SharedPipeline.defaults();

  private static List<String> types(String text) {
    return Texts.pipelineTypes(PIPELINE, text);
  }

  @Test
  void whatHappensIsNoSuccession() {
    assertThat(types("Comunque, onorevole Sereni, quando tutto questo succedeva eravamo ancora al governo assieme."))
        .doesNotContain("APPOINTMENT");
    assertThat(types("Ma che cosa succede? Supponete che il loro partito conquisti nove seggi.")).isEmpty();
    assertThat(types("Noi auguriamo ai loro sforzi ottimo successo.")).isEmpty();
    // a successor to someone stays an appointment
    assertThat(types("Nel 1881 il governo Depretis succedeva a quello dell'amico Benedetto Cairoli."))
        .containsExactly("APPOINTMENT");
    assertThat(types("Da quando De Gasperi succedette a don Sturzo, tutti tacquero.")).containsExactly("APPOINTMENT");
  }

  @Test
  void haltingAProcessIsNoArrest() {
    assertThat(types("Forse che noi in questo momento vogliamo arrestare la storia?")).isEmpty();
    assertThat(types("Quest'esame dovrebbe almeno arrestare il suo braccio.")).isEmpty();
    assertThat(types("Il governo prepara misure incisive per arrestare la svalutazione della moneta.")).isEmpty();
    assertThat(types("Il papa risponde facendo arrestare il Caffarelli.")).containsExactly("ARREST");
  }

  @Test
  void killingAFreedomIsNoDeath() {
    assertThat(types("Da sinistra ci si accusa di uccidere la libertà.")).doesNotContain("DEATH");
    assertThat(types("I congiurati vollero uccidere il re Umberto.")).containsExactly("DEATH");
  }
}
