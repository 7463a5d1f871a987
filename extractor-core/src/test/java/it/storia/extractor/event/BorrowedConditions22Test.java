package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two sense conditions session 22 widened after auditing every blocking rule pooled (docs/events.md, "Session 22";
 * {@code patterns.txt}, section "Session 22"): each in its event sense, and the neighbouring senses kept quiet.
 */
class BorrowedConditions22Test {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<String> types(String text, String... entities) {
    return Texts.types(EXTRACTOR, text, entities);
  }

  @Test
  void theOppositionOfANamedBodyOrCountryIsAnOpposition() {
    assertThat(types("Avrebbe domandato la unione colla Germania se non sapesse irriducibile l'opposizione della "
        + "Francia.", "LOC:Germania", "LOC:Francia")).containsExactly("OPPOSITION");
    assertThat(types("Si troverebbe in contrasto con la tregua, con la conseguente opposizione degli Alleati.",
        "ORG:Alleati")).containsExactly("OPPOSITION");
  }

  @Test
  void theOppositionsAsPartiesOrWithoutANamedOpponentAreNoEvent() {
    assertThat(types("Se le opposizioni dell'Aventino fossero scese nell'aula, sarebbe stato possibile.",
        "LOC:Aventino")).isEmpty();
    assertThat(types("L'opposizione della maggioranza dei deputati fu netta.")).isEmpty();
  }

  @Test
  void aPassiveDismissalWithoutComplementIsARemoval() {
    assertThat(types("Dopo la sconfitta per 1 - 0 con il Genoa, viene esonerato e sostituito dal tecnico "
        + "Delio Rossi.", "ORG:Genoa", "PER:Delio Rossi")).contains("REMOVAL");
    assertThat(types("Nel marzo 2017, dopo una serie di risultati negativi, viene esonerato."))
        .containsExactly("REMOVAL");
  }

  @Test
  void anExemptionFromAnObligationIsNoRemoval() {
    assertThat(types("Il dottor Bonfanti domanda che siano esonerati dall'obbligo di reimpiego tutti quelli che "
        + "hanno perso la casa.", "PER:Bonfanti")).isEmpty();
    assertThat(types("Gli abitanti dei comuni colpiti furono esonerati dal pagamento delle imposte.")).isEmpty();
  }
}
