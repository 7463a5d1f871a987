package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One trigger lemma with several typed readings, chosen by the class of its argument (docs/events.md, "Session 15: the
 * type of a multi-sense trigger from its argument"): an ally makes {@code combattere} an ALLIANCE, a bloc makes
 * {@code costituire} an ALLIANCE, a place makes a passive {@code allontanare} an EXILE, a seat of power makes
 * {@code cacciare} a REMOVAL, a body makes {@code eliminare} a DISSOLUTION; the other readings stay as they were.
 */
class TriggerSenseByArgumentTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<String> types(String text, String... entities) {
    return Texts.types(EXTRACTOR, text, entities);
  }

  @Test
  void fightingAlongsideAnAllyIsAnAlliance() {
    assertThat(types("L'Austria combatte ancora oggi a fianco della Germania.", "LOC:Austria", "LOC:Germania"))
        .containsExactly("ALLIANCE");
    assertThat(types("I volontari combatterono accanto ai garibaldini nella valle.")).containsExactly("ALLIANCE");
    assertThat(types("Nel 1859 combatté dalla parte dei piemontesi.", "DATE:1859=1859")).containsExactly("ALLIANCE");
    assertThat(types("L'Austria combatte contro la Germania.", "LOC:Austria", "LOC:Germania"))
        .containsExactly("OPPOSITION");
    assertThat(types("Chiese a tutti di combattere fianco a fianco nelle trincee.")).isEmpty();
  }

  @Test
  void aBlocFormedIsAnAlliance() {
    assertThat(types("I liberali sperano di costituire il «blocco della libertà».")).containsExactly("ALLIANCE");
    assertThat(types("Le forze democratiche hanno costituito le coalizioni di governo."))
        .containsExactly("ALLIANCE");
    assertThat(types("Nel 1921 costituirono un comitato di liberazione.", "DATE:1921=1921"))
        .containsExactly("FOUNDING");
    assertThat(types("La maggioranza è costituita dal blocco dei partiti di centro.")).isEmpty();
  }

  @Test
  void sentAwayFromAPlaceIsAnExile() {
    assertThat(types("Il ministro cadde in disgrazia e fu allontanato da Parigi.", "LOC:Parigi"))
        .containsExactly("EXILE");
    assertThat(types("Il vescovo venne allontanato dal paese.")).containsExactly("EXILE");
    assertThat(types("Il segretario fu allontanato dalla carica.")).containsExactly("REMOVAL");
    assertThat(types("La Russia doveva cedere la Bessarabia in modo da essere allontanata dal Danubio.",
        "LOC:Russia", "LOC:Bessarabia", "LOC:Danubio")).isEmpty();
    assertThat(types("Si allontanò da Parigi per qualche giorno.", "LOC:Parigi")).isEmpty();
  }

  @Test
  void drivenFromASeatOfPowerIsARemoval() {
    assertThat(types("Il re fu cacciato dal trono nel 1830.", "DATE:1830=1830")).containsExactly("REMOVAL");
    assertThat(types("Il dittatore fu scacciato dal potere dalla rivolta.")).containsExactly("REMOVAL");
    assertThat(types("Il segretario fu cacciato dal partito.")).containsExactly("EXPULSION");
  }

  @Test
  void aBodyEliminatedIsDissolved() {
    assertThat(types("Il parlamento, palladio delle libertà civili, verrebbe eliminato per un periodo lungo."))
        .containsExactly("DISSOLUTION");
    assertThat(types("Il governo decise di eliminare il senato.")).containsExactly("DISSOLUTION");
    assertThat(types("Al secondo turno eliminò Federer in tre set.", "PER:Federer")).isEmpty();
  }
}
