package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 8 of the names layer (the general fixes after dev parts O and P: De Gasperi's letters and Trentino notes,
 * Aldo Moro's prose, WikiNEuRal history): the pair cue "fra" before a body, a ruler's house after his regnal number
 * and his unlisted epithet, two given names + "di" + a house,
 * "P." before a lower-case particle, villages after a lower-case settlement noun, addresses with a house number, the
 * lower-case "mar", a ruler's title before his listed realm, newspapers quoted after an article and an adjective, and the dynasties, villages and bodies the
 * lists lacked. The sentences are written for the test in the style of the corpora, none is part O's or P's.
 */
class VillagesDynastiesAndAddressesTest {

  @Test
  void thePairCueBeforeABodyIsNoFriarsTitle() {
    String text = "La polemica fra Partito Socialista e i sindacati durò tutto l'inverno.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:Partito Socialista")
        .doesNotContain("PERSON:Partito Socialista");
    String friar = "Il vecchio fra Cristoforo benedisse gli sposi.";
    assertThat(typed(RulesOnly.extractor(), friar)).containsExactly("PERSON:Cristoforo");
  }

  @Test
  void aRulersHouseAfterHisRegnalNumberIsApart() {
    String text = "Il trattato fu firmato dall'imperatore Leopoldo I d'Asburgo e dal re Federico III di Prussia.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("PERSON:Leopoldo I", "PERSON:Federico III",
        "LOCATION:Prussia").doesNotContain("PERSON:Leopoldo I d'Asburgo", "PERSON:Asburgo");
  }

  @Test
  void anUnlistedEpithetAfterARegnalNumberBelongsToTheRuler() {
    String text = "Gli successe Costantino V il Copronimo, che riprese la lotta contro le immagini.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("PERSON:Costantino V il Copronimo");
  }

  @Test
  void twoGivenNamesDiAndAHouseAreOneNoble() {
    String text = "Gualtieri Andrea di Brienne tenne il ducato per pochi mesi.";
    assertThat(typed(overModel(text, EntityType.PERSON, "Gualtieri Andrea", EntityType.PERSON, "Brienne"), text))
        .containsExactly("PERSON:Gualtieri Andrea di Brienne");
  }

  @Test
  void aPrintingHouseIsABody() {
    String text = "Il libro uscì presso la Tipografia Artigianelli, che stampava anche il giornale.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:Tipografia Artigianelli");
  }

  @Test
  void dynastiesAreListedAsPersons() {
    String text = "La caduta degli Absburgo e dei Hohenzollern chiuse un'epoca; i Romanov erano già stati uccisi.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("PERSON:Absburgo", "PERSON:Hohenzollern",
        "PERSON:Romanov");
  }

  @Test
  void padreBeforeALowerCaseParticleNamesTheParticleAndTheSurname() {
    String text = "Rispose il P. van Rossum che la questione era chiusa.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("PERSON:van Rossum");
  }

  @Test
  void aVillageAfterALowerCaseSettlementNounIsAPlace() {
    String text = "Il consiglio del piccolo comune di Vigolana protestò; anche il paese di Faver chiese la strada.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("LOCATION:Vigolana", "LOCATION:Faver");
    String adjective = "Si chiedeva un'amministrazione comune di Stati vicini.";
    assertThat(typed(RulesOnly.extractor(), adjective)).doesNotContain("LOCATION:Stati");
    String body = "Il Comune di Levico votò il bilancio.";
    assertThat(typed(RulesOnly.extractor(), body)).contains("ORGANIZATION:Comune di Levico");
  }

  @Test
  void trentinoVillagesTheModelReadsAsPersonsAreListedPlaces() {
    String text = "Le frane colpirono Cavedine, Tesero e Pinzolo.";
    assertThat(typed(overModel(text, EntityType.PERSON, "Tesero"), text)).contains("LOCATION:Cavedine",
        "LOCATION:Tesero", "LOCATION:Pinzolo").doesNotContain("PERSON:Tesero");
  }

  @Test
  void anAddressWithAHouseNumberIsAStreet() {
    String text = "All'on. Mario Rossi\nVia Cavour 18\nFirenze";
    assertThat(typed(RulesOnly.extractor(), text)).contains("LOCATION:Via Cavour", "LOCATION:Firenze");
    String route = "Via Vienna giunsero le notizie.";
    assertThat(typed(RulesOnly.extractor(), route)).doesNotContain("LOCATION:Via Vienna");
  }

  @Test
  void aRulersTitleBeforeHisListedRealmLeavesThePlace() {
    String text = "Il ministro ricevette l'inviato del Re di Giordania e poi il sultano Qabus.";
    assertThat(typed(overModel(text, EntityType.LOCATION, "Re di Giordania"), text)).contains("LOCATION:Giordania",
        "PERSON:Qabus").doesNotContain("LOCATION:Re di Giordania");
  }

  @Test
  void theLowerCaseMarStaysOutsideTheSeasName() {
    String text = "La flotta entrò nel mar Nero all'alba.";
    assertThat(typed(overModel(text, EntityType.LOCATION, "mar Nero"), text)).containsExactly("LOCATION:Nero");
  }

  @Test
  void aPlaceQuotedAfterAnArticleAndAnAdjectiveIsTheNewspaper() {
    String text = "Il direttore del nuovo «Alto Adige» scrisse che l'Alto Adige avrebbe sostenuto il governo.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("ORGANIZATION:Alto Adige",
        "ORGANIZATION:Alto Adige");
  }

  @Test
  void bodiesAndStatesTheListsLacked() {
    String text = "La CSCE si riunì dopo che l'Organizzazione atlantica e gli Emirati Arabi Uniti ebbero risposto "
        + "da Ryad e dalla Svevia.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:CSCE",
        "ORGANIZATION:Organizzazione atlantica", "LOCATION:Emirati Arabi Uniti", "LOCATION:Ryad",
        "LOCATION:Svevia");
  }
}
