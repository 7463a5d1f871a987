package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 11 of the names layer (the general fixes after dev part M's first measurement: De Gasperi prose and
 * WikiNEuRal political history): administrative bodies with a relational adjective, states and straits the lists
 * lacked, the republic alone as the generic state, a body named after its leader, a relative named by apposition, a noble's name the model splits at "di", and
 * an event named by common words. The sentences are written for the test in the style of the period or of the
 * corpora, none is part M's.
 */
class BodiesRelativesAndNoblesTest {

  @Test
  void administrativeBodiesWithARelationalAdjectiveAreOrganisations() {
    String text = "La Direzione compartimentale di Venezia e l'Amministrazione ferroviaria chiesero nuovi fondi, "
        + "mentre la Milizia forestale vigilava sui boschi.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:Direzione compartimentale di Venezia",
        "ORGANIZATION:Amministrazione ferroviaria", "ORGANIZATION:Milizia forestale")
        .doesNotContain("LOCATION:Venezia");
  }

  @Test
  void statesAndStraitsOfTheWorldAreListedPlaces() {
    String text = "Gli aiuti militari andarono al Guatemala e al Nicaragua, mentre la flotta russa attraversò il "
        + "Bosforo e i Dardanelli.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("LOCATION:Guatemala", "LOCATION:Nicaragua",
        "LOCATION:Bosforo", "LOCATION:Dardanelli");
    String typedByModel = "Il presidente visitò il Venezuela nel 1958.";
    assertThat(typed(overModel(typedByModel, EntityType.PERSON, "Venezuela"), typedByModel))
        .containsExactly("LOCATION:Venezuela");
  }

  @Test
  void theCominformAndTheFullOfficialJournalAreListedOrganisations() {
    String text = "Il Cominform condannò Tito; la legge uscì nella Gazzetta Ufficiale della Repubblica Italiana.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:Cominform",
        "ORGANIZATION:Gazzetta Ufficiale della Repubblica Italiana");
  }

  @Test
  void theRepublicAloneIsTheGenericStateNoBody() {
    String text = "Il presidente della Repubblica ricevette il Senato; la Repubblica Italiana firmò il trattato.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:Senato",
        "ORGANIZATION:Repubblica Italiana").doesNotContain("ORGANIZATION:Repubblica");
  }

  @Test
  void aBodyNamedAfterItsLeaderIsThePersonAlone() {
    String text = "La crisi del Ministero Bonomi fu lunga; il Governo Nitti cadde in giugno.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("PERSON:Bonomi", "PERSON:Nitti")
        .noneMatch(s -> s.startsWith("ORGANIZATION:"));
    String alone = "Il Ministero respinse la domanda del deputato.";
    assertThat(typed(overModel(alone, EntityType.ORGANIZATION, "Ministero"), alone))
        .doesNotContain("PERSON:Ministero");
  }

  @Test
  void aRelativeNamedByAppositionIsAPerson() {
    String text = "Ieri mio fratello Giacomo è partito per Rovereto con suo cognato Ernesto.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).contains("PERSON:Giacomo", "PERSON:Ernesto", "LOCATION:Rovereto");
    String split = "Sposò in seconde nozze sua moglie Natal 'ja, figlia di un boiaro.";
    assertThat(typed(RulesOnly.extractor(), split)).doesNotContain("PERSON:Natal");
    String place = "Suo figlio partì per Rovereto.";
    assertThat(typed(RulesOnly.extractor(), place)).containsExactly("LOCATION:Rovereto");
  }

  @Test
  void aGivenNameAndAPersonJoinedByDiAreOnePerson() {
    String text = "Il viceré Eugenio di Beauharnais lasciò Milano nel 1814.";
    assertThat(typed(overModel(text, EntityType.PERSON, "Eugenio", EntityType.PERSON, "Beauharnais"), text))
        .contains("PERSON:Eugenio di Beauharnais", "LOCATION:Milano");
    String two = "Il principe Eugenio e il generale Beauharnais arrivarono a Milano.";
    assertThat(typed(overModel(two, EntityType.PERSON, "Eugenio", EntityType.PERSON, "Beauharnais"), two))
        .contains("PERSON:Eugenio", "PERSON:Beauharnais");
    String author = "Lesse il Cesare di Andrea Frediani in una notte.";
    assertThat(typed(overModel(author, EntityType.PERSON, "Cesare", EntityType.PERSON, "Andrea Frediani"), author))
        .contains("PERSON:Cesare", "PERSON:Andrea Frediani");
    String place = "Il conte Ugo di Toscana morì nel 1001.";
    assertThat(typed(overModel(place, EntityType.PERSON, "Ugo", EntityType.LOCATION, "Toscana"), place))
        .as("session 20: a given name + di + a one-word realm is one person (realm-names)")
        .contains("PERSON:Ugo di Toscana");
  }

  @Test
  void anEventNamedByCommonWordsIsNoName() {
    String text = "Allo scoppio della Guerra civile spagnola partì volontario per Madrid.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Guerra civile spagnola"), text))
        .containsExactly("LOCATION:Madrid");
    String place = "Dopo la Guerra di Crimea il Piemonte entrò nel concerto europeo.";
    assertThat(typed(overModel(place, EntityType.LOCATION, "Guerra di Crimea"), place))
        .contains("LOCATION:Crimea");
  }
}
