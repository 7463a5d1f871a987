package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.Extractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 7 of the names layer (dev part I: De Gasperi speeches, letters and reviews, sample-genre sentences): offices
 * and forms of address after a title, pronouns of address, events named after a place, streets, adverbs and
 * letters after a label noun, "P." for Padre, regions named by a place and an adjective, quoted titles, and the
 * list entries the round added.
 */
class OfficesEventsAndStreetsTest {

  @Test
  void officesAndFormsOfAddressAfterATitleAreNoPersons() {
    String text = "La ringrazio, Signor Borgomastro, per l'accoglienza. Onorevoli Deputati, il Governo vi ha "
        + "informato. Saluto il Signor Primo Vice Presidente del Consiglio. Erano presenti il Bundeskanzler "
        + "Adenauer e il Bundespräsident Heuss.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("ORGANIZATION:Governo",
        "ORGANIZATION:Consiglio", "PERSON:Adenauer", "PERSON:Heuss");
  }

  @Test
  void pronounsTitlesAndElidedArticlesAreCutFromModelSpans() {
    String text = "Signor Presidente, come Ministro Lei conosce l'articolo del Maresciallo Tito. Fra me e Nenni No, "
        + "non vi è accordo. Resta la zona B. Nell'estate si trattò.";
    Extractor extractor = overModel(text, EntityType.PERSON, "Lei", EntityType.ORGANIZATION, "Maresciallo",
        EntityType.PERSON, "Tito", EntityType.PERSON, "Nenni No", EntityType.LOCATION, "B. Nell'");
    assertThat(typed(extractor, text)).containsExactly("PERSON:Tito", "PERSON:Nenni");
  }

  @Test
  void anEventNamedAfterAPlaceIsThePlace() {
    String text = "Alla Conferenza di Londra il ministro tacque. Dopo la Battaglia di Stalingrado e la Battaglia di "
        + "Kursk l'esercito arretrò.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("LOCATION:Londra")
        .noneMatch(s -> s.contains("Conferenza"));
    Extractor extractor = overModel(text, EntityType.ORGANIZATION, "Conferenza di Londra", EntityType.LOCATION,
        "Battaglia di Stalingrado", EntityType.LOCATION, "Battaglia di Kursk");
    assertThat(typed(extractor, text)).containsExactly("LOCATION:Londra", "LOCATION:Stalingrado",
        "LOCATION:Kursk");
  }

  @Test
  void aStreetKeepsItsNounAndARouteIsThePlace() {
    String text = "Il corteo sfilò in piazza Venezia e lungo viale Mazzini; il ministro partì via Vienna per la "
        + "conferenza. Il monumento sorge nella piazza Lenin. Ci hanno sbarrato la via di San Francisco?";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("LOCATION:piazza Venezia",
        "LOCATION:viale Mazzini", "LOCATION:Vienna", "LOCATION:piazza Lenin", "LOCATION:San Francisco");
  }

  @Test
  void anAdverbAfterAListLetterIsNoSurname() {
    String text = "La soluzione darebbe all'Italia la zona A e alla Jugoslavia la zona B. Evidentemente il problema "
        + "resta. Lo scrisse A. Derevianko.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("LOCATION:Italia", "LOCATION:Jugoslavia",
        "PERSON:A. Derevianko");
  }

  @Test
  void anAbbreviatedPadreBeforeAFullNameIsATitle() {
    String text = "Lo lodò il P. Agostino Gemelli nella sua rivista, mentre P. Togliatti taceva.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("PERSON:Agostino Gemelli",
        "PERSON:P. Togliatti");
    Extractor extractor = overModel(text, EntityType.PERSON, "P. Agostino Gemelli");
    assertThat(typed(extractor, text)).contains("PERSON:Agostino Gemelli");
  }

  @Test
  void bodiesAndPlacesTheListsLacked() {
    String text = "Il Comitato dei Ministri del Consiglio di Europa esaminerà la proposta. Lo Stato italiano e i "
        + "Gesuiti trattarono. La democrazia cristiana vinse in Abcasia e nell'Asia Minore; il Collegio medico "
        + "tacque e la Biblioteca Vaticana aprì. Ne scrisse Galileo Galilei a Roma, l'Urbe.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly(
        "ORGANIZATION:Comitato dei Ministri del Consiglio di Europa", "ORGANIZATION:Stato italiano",
        "ORGANIZATION:Gesuiti", "ORGANIZATION:democrazia cristiana", "LOCATION:Abcasia", "LOCATION:Asia Minore",
        "ORGANIZATION:Collegio medico", "ORGANIZATION:Biblioteca Vaticana", "PERSON:Galileo Galilei",
        "LOCATION:Roma", "LOCATION:Urbe");
  }

  @Test
  void aLetterAfterALabelNounIsNoInitial() {
    String text = "Il governo vuole evitare pregiudizi alla zona B. Teme i risultati del voto a Vienna. Lo scrisse "
        + "B. Croce.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("LOCATION:Vienna", "PERSON:B. Croce");
    Extractor extractor = overModel(text, EntityType.PERSON, "B. Teme", EntityType.PERSON, "B. Croce");
    assertThat(typed(extractor, text)).doesNotContain("PERSON:B. Teme").contains("PERSON:B. Croce");
  }

  @Test
  void formsOfAddressAloneAreNoPersons() {
    String text = "Sua Eccellenza Mussolini ricevette la lettera. Vostra Signoria conosce il Volksbund. La ringrazio, "
        + "Eminenza.";
    Extractor extractor = overModel(text, EntityType.PERSON, "Vostra Signoria", EntityType.PERSON, "Eminenza");
    assertThat(typed(extractor, text)).contains("PERSON:Mussolini").noneMatch(s -> s.contains("Signoria"))
        .noneMatch(s -> s.contains("Eminenza"));
  }

  @Test
  void anAdjectiveNamingAnotherRegionBelongsToThePlace() {
    String text = "Il clero dell'Austria inferiore protestò, come quello dell'Austria superiore e dell'Europa "
        + "centrale.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("LOCATION:Austria inferiore",
        "LOCATION:Austria superiore", "LOCATION:Europa");
  }

  @Test
  void aModelOrganisationCutInsideAQuotedTitleTakesTheWholeTitle() {
    String text = "Lo lodò P. Grisar nelle «Stimmen der Zeit» e lo riprese la «Neue Freie Presse» di Vienna.";
    Extractor extractor = overModel(text, EntityType.ORGANIZATION, "Stimmen", EntityType.ORGANIZATION, "Neue Freie");
    assertThat(typed(extractor, text)).contains("ORGANIZATION:Stimmen der Zeit", "ORGANIZATION:Neue Freie Presse",
        "LOCATION:Vienna");
  }

  @Test
  void aListLetterAfterAPlaceIsNoPartOfABody() {
    String text = "Le richieste erano: b) autonomia per l'Austria c) riforma agraria. Parlò l'Università di Genova.";
    Extractor extractor = overModel(text, EntityType.ORGANIZATION, "Austria c", EntityType.ORGANIZATION,
        "Università di Genova");
    assertThat(typed(extractor, text)).containsExactly("LOCATION:Austria", "ORGANIZATION:Università di Genova");
  }

  @Test
  void aTitleBeforeAdjectivesOrALowerCaseParticleStillNamesAPerson() {
    String text = "Lo sostituirà il direttore generale americano Whitelow, scelto dal presidente Truman e dal "
        + "deputato comunista Francesco Lo Sardo. Al comm. Defrancesco e al cav. de Bellat si oppose il deputato "
        + "socialista Antonio Piscel.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("PERSON:Whitelow", "PERSON:Truman",
        "PERSON:Francesco Lo Sardo", "PERSON:Defrancesco", "PERSON:de Bellat", "PERSON:Antonio Piscel");
    String noPerson = "Le navi sarebbero divise fra diverse Potenze vincitrici, secondo il vice Primo ministro "
        + "jugoslavo.";
    assertThat(typed(RulesOnly.extractor(), noPerson)).isEmpty();
  }

  @Test
  void aCorrelativePairOfNamesIsAListOfPersons() {
    String text = "Per questa ragione sia Cattani che Nenni chiedevano altri incarichi; né Rossetti né Togliatti "
        + "risposero.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("PERSON:Cattani", "PERSON:Nenni",
        "PERSON:Rossetti", "PERSON:Togliatti");
  }
}
