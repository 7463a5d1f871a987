package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Round 12 of the names layer (the general fixes after dev part N's first measurement: De Gasperi prose, WikiNEuRal
 * political history and Aldo Moro's prose): the party congress, the town hall, the parliamentary group and the papacy
 * alone after an article, a quoted
 * work title that ends with a head, acronyms written with periods, a body's field after "per" and an article, and
 * the capitals, movements, dailies and historical figures the lists lacked. The sentences are written for the test
 * in the style of the period or of the corpora, none is part N's.
 */
class CongressAcronymsAndWorldNamesTest {

  @Test
  void theCongressAndTheTownHallAloneAfterAnArticleAreBodies() {
    String text = "Il segretario chiese che il Congresso si tenesse in primavera; la data del Congresso fu poi "
        + "fissata dal Consiglio nazionale. La minoranza lasciò il Municipio in mano al commissario.";
    assertThat(typed(RulesOnly.extractor(), text)).containsSubsequence("ORGANIZATION:Congresso",
        "ORGANIZATION:Congresso").contains("ORGANIZATION:Municipio");
  }

  @Test
  void aHeadThatEndsAQuotedWorkTitleIsNoBody() {
    String text = "Nella sua \"Lettera al Congresso\" il vecchio capo chiedeva un segretario più tollerante.";
    assertThat(typed(RulesOnly.extractor(), text)).doesNotContain("ORGANIZATION:Congresso");
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Congresso"), text))
        .doesNotContain("ORGANIZATION:Congresso");
    String body = "I delegati attesero che il Congresso votasse la mozione.";
    assertThat(typed(overModel(body, EntityType.ORGANIZATION, "Congresso"), body))
        .containsExactly("ORGANIZATION:Congresso");
  }

  @Test
  void anAcronymWithPeriodsTypedAsABodyStaysAndInitialsDoNot() {
    String text = "Il giornale polemizzò con la U.E.C. e con i suoi dirigenti.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "U.E.C."), text))
        .containsExactly("ORGANIZATION:U.E.C.");
    String initials = "La lettera portava la firma V.I. in calce.";
    assertThat(typed(overModel(initials, EntityType.ORGANIZATION, "V.I."), initials)).isEmpty();
  }

  @Test
  void anArticledPlaceAfterPerIsTheBodysField() {
    String text = "Il Comitato per il Mezzogiorno approvò i piani, la Commissione per Trieste li respinse.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:Comitato per il Mezzogiorno",
        "ORGANIZATION:Commissione", "LOCATION:Trieste").doesNotContain("LOCATION:Mezzogiorno");
  }

  @Test
  void capitalsMovementsAndDailiesOfTheWorldAreListed() {
    String text = "Dopo gli scontri di Beirut e di Damasco, l'OLP e Hamas accusarono l'IDF; la notizia giunse a "
        + "Baghdad e fu ripresa dalla Gazzetta del Mezzogiorno e dalla Cee.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("LOCATION:Beirut", "LOCATION:Damasco",
        "ORGANIZATION:OLP", "ORGANIZATION:Hamas", "ORGANIZATION:IDF", "LOCATION:Baghdad",
        "ORGANIZATION:Gazzetta del Mezzogiorno", "ORGANIZATION:Cee").doesNotContain("LOCATION:Mezzogiorno");
  }

  @Test
  void figuresOfAncientAndEarlyModernHistoryAreListedPersons() {
    String text = "Dopo i viaggi di Amerigo Vespucci, il ritratto di Giulio Cesare fu copiato a Lisbona.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("PERSON:Amerigo Vespucci", "PERSON:Giulio Cesare");
    String typedByModel = "Le legioni di Pompeo Magno marciarono verso la costa.";
    assertThat(typed(overModel(typedByModel, EntityType.LOCATION, "Pompeo Magno"), typedByModel))
        .containsExactly("PERSON:Pompeo Magno");
  }

  @Test
  void theGroupAndThePapacyAloneAfterAnArticleAreBodies() {
    String text = "Il segretario scrisse al direttorio del Gruppo; lo storico narrò le vicende del Papato moderno. "
        + "Un gruppo di deputati uscì.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:Gruppo", "ORGANIZATION:Papato")
        .doesNotContain("ORGANIZATION:gruppo");
  }
}
