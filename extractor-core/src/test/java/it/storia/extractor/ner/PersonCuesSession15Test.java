package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 15 (branch perfind, docs/names.md "Session 15: persons the name finder missed"): a participial apposition
 * after a name and a former title ("ex-") are person cues. Sentences written for the test in the genre of the
 * held-out event sets, not taken from them.
 */
class PersonCuesSession15Test {

  @Test
  void aNameBeforeACommaAndAPersonsParticipleIsAPerson() {
    String text = "Aureliano, costretto a difendere il confine, lasciò la città. Morirono prima di lui i figli, di "
        + "Ardabur, deceduto nel 471. Nel 1869 Giovanni Lanza, incaricato di formare il governo, rifiutò.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).contains("PERSON:Aureliano", "PERSON:Ardabur", "PERSON:Giovanni Lanza");
  }

  @Test
  void feminineParticiplesPronounsAndListedPlacesStayOut() {
    String text = "Cartagine, costretta alla resa, fu distrutta. Questi, costretto a fuggire, riparò in Francia. "
        + "Il Piemonte, costretto a cedere, firmò la pace.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).noneMatch(s -> s.startsWith("PERSON:"));
  }

  @Test
  void aSentenceOpeningNameBeforeAnAppositionWithAKinNounIsAPerson() {
    String text = "Siface, figlio di Bocco, aveva combattuto contro Cartagine. Intanto, figlio di nessuno, partì. "
        + "Adagio, signor prefetto! Vediamo, onorevoli deputati, il bilancio.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).contains("PERSON:Siface").doesNotContain("PERSON:Intanto", "PERSON:Adagio",
        "PERSON:Vediamo");
  }

  @Test
  void aTitleAfterExIsATitleBeforeAName() {
    String text = "Dopo la rivolta dell'ex-imperatore Sutoku il regno passò al fratello. Lo ricevette l'ex-ministro "
        + "Vollmar.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).contains("PERSON:Sutoku", "PERSON:Vollmar");
    assertThat(typed(RulesOnly.extractor(), "Lo ospitò l'ex-caserma Vollmar.")).doesNotContain(
        "PERSON:Vollmar");
  }
}
