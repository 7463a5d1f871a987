package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 7 (issue 3, the end-to-end gap on KIND dev): the names layer no longer loses mentions the model gets
 * right. Corpus-like sentences in the style of the Wikinews and De Gasperi texts.
 */
class EndToEndGapTest {
  @Test
  void aBodyBeforeAModelPersonEndsBeforeThePerson() {
    String text = "Lo ha detto il Presidente del Consiglio Silvio Berlusconi ai giornalisti.";
    assertThat(typed(overModel(text, EntityType.PERSON, "Silvio Berlusconi"), text))
        .containsExactly("ORGANIZATION:Consiglio", "PERSON:Silvio Berlusconi");
    String league = "Alle elezioni la Lega Nord di Roberto Maroni ha vinto in Lombardia.";
    assertThat(typed(overModel(league, EntityType.PERSON, "Roberto Maroni"), league))
        .contains("ORGANIZATION:Lega Nord", "PERSON:Roberto Maroni");
  }

  @Test
  void withoutAModelPersonTheBodyKeepsItsWords() {
    String text = "La seduta del Consiglio Nazionale fu rinviata.";
    assertThat(typed(overModel(text), text)).containsExactly("ORGANIZATION:Consiglio Nazionale");
    String one = "Il Presidente del Consiglio Berlusconi ha parlato.";
    assertThat(typed(overModel(one, EntityType.PERSON, "Berlusconi"), one))
        .as("a one-word model person is no evidence against the rule").doesNotContain("ORGANIZATION:Consiglio");
  }

  @Test
  void anEnglishOnBetweenCapitalisedWordsIsNoTitle() {
    String text = "Secondo Matt Rosoff, analista della società Directions on Microsoft, la fusione non conviene.";
    assertThat(typed(RulesOnly.extractor(), text)).doesNotContain("PERSON:Microsoft");
    String title = "Alla Camera parlò l'on Giunta e poi l'on. De Gasperi.";
    assertThat(typed(RulesOnly.extractor(), title)).contains("PERSON:Giunta", "PERSON:De Gasperi");
  }
}
