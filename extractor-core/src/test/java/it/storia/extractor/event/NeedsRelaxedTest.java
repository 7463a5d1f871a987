package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sense conditions relaxed or widened after the pooled audit of every {@code needs=} rule (docs/events.md, "Session 14:
 * sense rules audited"): {@code attaccare}, the noun {@code nomina} (and the verb form "nomina") and {@code disfatta}
 * need no context any more; a first- or second-person clitic object and an object clitic on the auxiliary count as the
 * object of an OPPOSITION verb (not of other types, where "mi batto", "ci avvelena" are reflexive or figurative);
 * {@code sostituire} is a removal with the replaced person as object, with "con" + the successor, or with a short gap
 * before "da" + person; {@code costituirsi} counts in a compound tense and with the body named later. Rules the audit
 * kept (the noun {@code esecuzione}, {@code sostituire} of things) keep their other senses quiet.
 */
class NeedsRelaxedTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<String> types(String text, String... entities) {
    return Texts.types(EXTRACTOR, text, entities);
  }

  @Test
  void attackingNeedsNoNamedObject() {
    assertThat(types("Ebbene i comunisti mi attaccano e protestano ogni giorno.")).containsExactly("OPPOSITION");
    assertThat(types("L'isola fu ripetutamente attaccata da pirati.")).containsExactly("OPPOSITION");
    assertThat(types("Popolazioni gelosamente attaccate al loro focolare.")).isEmpty();
    assertThat(types("Attaccò un manifesto sulla porta della chiesa.")).isEmpty();
  }

  @Test
  void anAppointmentNounOrVerbFormNeedsNoComplement() {
    assertThat(types("Questa nomina è caratteristica del nuovo regime.")).containsExactly("APPOINTMENT");
    assertThat(types("Il presidente del Consiglio nomina i membri della commissione.")).containsExactly("APPOINTMENT");
    // generic appointments are events by the conventions of held-out 4 and 5 (docs/events.md, "Dev set and scores")
    assertThat(types("La lotta di fazioni e la nomina dei quadri continuarono.")).containsExactly("APPOINTMENT");
  }

  @Test
  void aDefeatNeedsNoSide() {
    assertThat(types("Voi avete tenuto fede all'Italia anche nei giorni della disfatta.")).containsExactly("DEFEAT");
  }

  @Test
  void aPronounObjectCountsAsAnObject() {
    assertThat(types("Non si lusinghi: ella ci combatterà con estremo vigore.")).containsExactly("OPPOSITION");
    assertThat(types("Il pubblico giudicherà se l'averlo combattuto possa meritare un tale attributo."))
        .containsExactly("OPPOSITION");
    assertThat(types("I nostri soldati combatterono sul Carso per tre anni.")).isEmpty();
    assertThat(types("Io mi batto con tutto il mio ardore per questa scelta.")).isEmpty();
    assertThat(types("Questa ingerenza nei nostri affari interni ci avvelena.")).isEmpty();
  }

  @Test
  void replacingAPersonIsARemoval() {
    Event replaced = Texts.events(EXTRACTOR, "La scuderia sostituì Ian Scheckter con Hans Stuck.",
        "PER:Ian Scheckter", "PER:Hans Stuck").get(0);
    assertThat(replaced.type()).isEqualTo("REMOVAL");
    assertThat(replaced.arguments()).anySatisfy(a -> {
      assertThat(a.role()).isEqualTo("patient");
      assertThat(a.text()).isEqualTo("Ian Scheckter");
    });
    assertThat(types("L'Arrows lo sostituì con Brian Henton.", "PER:Brian Henton")).containsExactly("REMOVAL");
    assertThat(types("Menšikov fu sostituito poco dopo dal principe Gorčakov.", "PER:Menšikov", "PER:Gorčakov"))
        .containsExactly("REMOVAL");
    assertThat(types("Le caldaie a carbone furono sostituite con moderne caldaie a nafta.")).isEmpty();
    assertThat(types("Il decreto sostituisce la deliberazione dietale.")).isEmpty();
  }

  @Test
  void aBodyConstitutedInACompoundTenseOrNamedLater() {
    assertThat(types("I contatti mostrano che il governo si è costituito e ha giurato."))
        .containsExactly("FOUNDING");
    assertThat(types("Si è costituito, accanto al Cominform, un comitato speciale.", "ORG:Cominform"))
        .containsExactly("FOUNDING");
    assertThat(types("Quel capitale si è costituito in molti anni di lavoro.")).isEmpty();
  }

  @Test
  void theKeptConditionsStillHoldOtherSensesBack() {
    assertThat(types("Per la rapidità della esecuzione avremo bisogno di speciali disposizioni.")).isEmpty();
    assertThat(types("Il codice fu mandato in esecuzione.")).isEmpty();
  }
}
