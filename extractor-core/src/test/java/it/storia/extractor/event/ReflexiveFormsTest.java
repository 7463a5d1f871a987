package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 15 (docs/events.md "Session 15: reflexive forms with enclitics and modals"): a trigger whose sense needs
 * a reflexive reads one written as an enclitic after a modal of obligation ({@code refl_must}: "dovete unirvi",
 * "devono unirsi") or as an enclitic on the modal ({@code refl_must_encl}: "doversi unire", modality {@code proposed} from {@code must_encl}). Other enclitic
 * infinitives of "unire", first-person ones and a proclitic object "ci" stay no event (counted: mostly other
 * senses).
 */
class ReflexiveFormsTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<Event> events(String text, String... entities) {
    return Texts.events(EXTRACTOR, text, entities);
  }

  private static List<String> types(String text, String... entities) {
    return events(text, entities).stream().map(Event::type).toList();
  }

  @Test
  void anEncliticReflexiveAfterAModalOfObligationIsAnAlliance() {
    assertThat(types("Se volete resistere di fronte alla Russia, voi dovete unirvi.", "LOC:Russia"))
        .containsExactly("ALLIANCE");
    assertThat(types("Le organizzazioni degli studenti cattolici devono unirsi per doveri di fraternità."))
        .containsExactly("ALLIANCE");
    assertThat(types("Bisogna unirsi tutti contro il nemico comune.")).containsExactly("ALLIANCE");
  }

  @Test
  void anEncliticOnTheModalMakesTheInfinitiveReflexiveAndProposed() {
    List<Event> joined = events("Questi paesi hanno tratto la convinzione di doversi unire e difendere.");
    assertThat(joined).extracting(Event::type).containsExactly("ALLIANCE");
    assertThat(joined.get(0).modality()).isEqualTo("proposed");
  }

  @Test
  void otherEncliticsAndProcliticObjectsStayNoAlliance() {
    assertThat(events("Ed io voglio unirmi all'atto di omaggio.")).isEmpty();
    assertThat(events("Il diritto di unirsi in società l'uomo l'ha da natura.")).isEmpty();
    assertThat(events("Ho ricordato i legami che ci uniscono.")).isEmpty();
    assertThat(events("I due fiumi si incontrano prima di unirsi.")).isEmpty();
    assertThat(events("Voi potreste ribellarvi alle categorie della nostra generazione.")).isEmpty();
  }
}
