package it.storia.extractor.event;

import static it.storia.extractor.event.Texts.persons;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 13b (docs/events.md "Session 13b: modality from governing words"): <i>venir/venga/venisse</i> + participle
 * is a passive; being for or against a measure, a decision before a noun, an attempt whose agent stands before
 * <i>di</i>, <i>la necessità di</i> and <i>bisogno di</i> make the governed event {@code proposed}.
 */
class ModalityGovernorsTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<Event> events(String text, String... entities) {
    return Texts.events(EXTRACTOR, text, entities);
  }

  @Test
  void venirIsAPassiveAuxiliary() {
    Event elected = events("Il nuovo consiglio municipale dovrà venir eletto con un altro sistema.").get(0);
    assertThat(elected.type()).isEqualTo("APPOINTMENT");
    assertThat(elected.modality()).isEqualTo("proposed");
    Event named = events("La sorte volle che a relatore venisse designato proprio Casertano.", "PER:Casertano")
        .get(0);
    assertThat(named.type()).isEqualTo("APPOINTMENT");
    assertThat(named.trigger().text()).isEqualTo("venisse designato");
    assertThat(persons(named, "patient")).containsExactly("Casertano");
  }

  @Test
  void aMeasureSomeoneIsForOrAgainstIsProposed() {
    assertThat(events("Il ministro disse che l'Italia è favorevole all'elezione del Parlamento europeo.",
        "ORG:Parlamento europeo").get(0).modality()).isEqualTo("proposed");
    assertThat(events("Il papa era però contrario allo scioglimento del collegio.").get(0).modality())
        .isEqualTo("proposed");
    assertThat(events("Il Parlamento fu sciolto nel 1924.", "DATE:1924=1924").get(0).modality()).isNull();
  }

  @Test
  void decisionsAttemptsAndNeedsGovernAProposedEvent() {
    assertThat(events("Nella riunione fu decisa la fondazione di un nuovo partito.").get(0).modality())
        .isEqualTo("proposed");
    assertThat(events("Scoppiarono disordini dopo il tentativo del governo di espellere Tőkés.", "PER:Tőkés")
        .get(0).modality()).isEqualTo("proposed");
    assertThat(events("Ricordò ai suoi la necessità di espellere Rossi dal partito.", "PER:Rossi").get(0)
        .modality()).isEqualTo("proposed");
  }
}
