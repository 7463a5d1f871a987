package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 9 of the names layer (the general fixes after dev parts P and Q: De Gasperi's letters, council minutes and
 * telegrams, Aldo Moro's prose): "D." (Don) before a name, an abbreviation's period at the end of a body or place,
 * "la via del Governo" (no street), the currency "Cor.", offices of the administration ("il Comando militare", "la
 * Luogotenenza") and list gaps (the TLT, Lake Success, "A.C."). The sentences are written for the test in the style
 * of the corpora, none is part P's or Q's.
 */
class ClergyOfficesAndAbbreviationsTest {

  @Test
  void donBeforeANameIsATitle() {
    String text = "Il parroco D. Zanoni scrisse al vescovo di Trento.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("PERSON:Zanoni").doesNotContain("PERSON:D. Zanoni");
    String model = "Mi ha visitato D. Pederzolli ieri sera.";
    assertThat(typed(overModel(model, EntityType.PERSON, "D. Pederzolli"), model))
        .containsExactly("PERSON:Pederzolli");
    String initials = "Lo aveva letto in D. H. Lawrence da giovane.";
    assertThat(typed(RulesOnly.extractor(), initials)).contains("PERSON:D. H. Lawrence");
  }

  @Test
  void theWayOfABodyIsNoStreet() {
    String text = "Nessuno vuole sbarrare la via del Governo, disse il segretario.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:Governo")
        .doesNotContain("LOCATION:via del Governo");
    String street = "Abitava in via della Torre Verde, presso il duomo; la palestra è in via della Repubblica.";
    assertThat(typed(RulesOnly.extractor(), street)).contains("LOCATION:via della Torre Verde",
        "LOCATION:via della Repubblica");
  }

  @Test
  void theCrownOfTheSumsIsNoPerson() {
    String text = "Il giornale dovrà pagare Cor. 5000 di indennizzo.";
    assertThat(typed(overModel(text, EntityType.PERSON, "Cor"), text)).isEmpty();
  }

  @Test
  void anAbbreviatedLastWordKeepsItsPeriodInsideASentence() {
    String text = "La lettera partì per l'Austria Inf. con il corriere e giunse all'Ufficio Inform. di Vienna.";
    assertThat(typed(overModel(text, EntityType.LOCATION, "Austria Inf"), text))
        .contains("LOCATION:Austria Inf.", "ORGANIZATION:Ufficio Inform.");
    String end = "Il confine corre lungo l'Austria Sup. Poi piega a sud.";
    assertThat(typed(overModel(end, EntityType.LOCATION, "Austria Sup"), end)).contains("LOCATION:Austria Sup");
  }

  @Test
  void theListsHoldTheFreeTerritoryTheUnitedNationsSeatAndCatholicAction() {
    String text = "Il delegato tornò da Lake Success; la sorte del TLT e l'opera dell'A.C. restavano incerte.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("LOCATION:Lake Success", "LOCATION:TLT",
        "ORGANIZATION:A.C.");
  }

  @Test
  void officesOfTheAdministrationAreBodies() {
    String text = "Il sindaco scrisse al Comando militare e all'Ordinariato; rispose la Luogotenenza.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:Comando militare",
        "ORGANIZATION:Ordinariato", "ORGANIZATION:Luogotenenza");
    String police = "La denuncia fu presentata alla Questura in serata.";
    assertThat(typed(RulesOnly.extractor(), police)).containsExactly("ORGANIZATION:Questura");
    String verb = "Comando io, disse il capitano.";
    assertThat(typed(RulesOnly.extractor(), verb)).isEmpty();
  }
}
