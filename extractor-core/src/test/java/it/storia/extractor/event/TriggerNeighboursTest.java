package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lemmas that session 16's census of word-cluster and co-occurrence neighbours kept (docs/events.md, "Session 16:
 * triggers from cluster neighbours"; every decision in {@code dev/trigger_neighbours_decisions.md}): each in its event
 * sense and, in the other sense the corpus contexts showed, kept quiet by its {@code needs=} condition.
 */
class TriggerNeighboursTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<String> types(String text, String... entities) {
    return Texts.types(EXTRACTOR, text, entities);
  }

  @Test
  void aTrialOfAPersonIsAnAccusationButDataProcessingIsNot() {
    assertThat(types("Giuseppe de Felice Giuffrida venne processato nel 1894.", "PER:Giuseppe de Felice Giuffrida"))
        .containsExactly("ACCUSATION");
    assertThat(types("Processato a Norimberga, attese la sentenza.", "LOC:Norimberga")).containsExactly("ACCUSATION");
    assertThat(types("Il gerarca fu prelevato e processato per genocidio.")).contains("ACCUSATION");
    assertThat(types("Il programma sa processare pacchetti di caratteri.")).isEmpty();
  }

  @Test
  void anOathAsATitleIsAnAppointmentAnOathOfCadetsIsNot() {
    assertThat(types("Costantino Caramanlis prestò giuramento come presidente del Consiglio.",
        "PER:Costantino Caramanlis")).containsExactly("APPOINTMENT");
    assertThat(types("Si tenne la cerimonia del giuramento degli allievi ufficiali.")).isEmpty();
  }

  @Test
  void anEliminationByANamedSideIsADefeatAnEliminationOfWasteIsNot() {
    assertThat(types("Ai playoff giunge l'eliminazione al secondo turno dai Sacramento Kings.",
        "ORG:Sacramento Kings")).containsExactly("DEFEAT");
    assertThat(types("Il programma prevede la eliminazione degli sprechi nel consumo.")).isEmpty();
  }
}
