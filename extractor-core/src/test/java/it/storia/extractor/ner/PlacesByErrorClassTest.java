package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 13 of the names layer (places and persons by error class, {@code dev/type_errors.py}): a model
 * organisation made of a listed place and a lower-case tail is the place; the historical state of 1943-1945 is a
 * place. The sentences are written for the test, none is a dev part's.
 */
class PlacesByErrorClassTest {

  @Test
  void aPlaceWithAnAdjectiveTheModelCallsABodyIsThePlace() {
    String text = "La nuova Italia democratica nacque dalla guerra, come la Germania nazista ne era uscita.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Italia democratica",
        EntityType.ORGANIZATION, "Germania nazista"), text))
        .containsExactly("LOCATION:Italia", "LOCATION:Germania");
  }

  @Test
  void aQuotedTitleOrABodyWithItsPlaceStaysWhole() {
    String text = "Il foglio « Austria cattolica » uscì a Vienna; il Municipio di Trento tacque.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Austria cattolica",
        EntityType.ORGANIZATION, "Municipio di Trento"), text))
        .contains("ORGANIZATION:Austria cattolica", "ORGANIZATION:Municipio di Trento");
  }

  @Test
  void theSocialRepublicIsAPlace() {
    String text = "Molti giovani furono arruolati dalla Repubblica sociale di Salò nel 1944.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Repubblica sociale di Salò"), text))
        .containsExactly("LOCATION:Repubblica sociale di Salò");
  }
}
