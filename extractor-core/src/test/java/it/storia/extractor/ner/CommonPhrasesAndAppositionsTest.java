package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.Extractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 9 of the names layer (the general fixes after dev part K's first measurement, De Gasperi prose): capitalised
 * common phrases are no persons, subjects of verbs of saying and persons in an apposition with a title are, a
 * dynasty is named after "casa d'", and the abbreviations of letters and of the Holy See are read as such. The
 * sentences are written for the test in the style of the period, none is part K's.
 */
class CommonPhrasesAndAppositionsTest {

  @Test
  void aCapitalisedPhraseTheDocumentAlsoWritesWithALowerCaseWordIsNoPerson() {
    String text = "Il ministro vuole sciogliere le Congregazioni Insegnanti per decreto. Ma le Congregazioni "
        + "insegnanti hanno i loro diritti, come disse Giovanni Giolitti alla Camera.";
    Extractor extractor = overModel(text, EntityType.PERSON, "Congregazioni Insegnanti", EntityType.PERSON,
        "Giovanni Giolitti");
    List<String> found = typed(extractor, text);
    assertThat(found).contains("PERSON:Giovanni Giolitti").noneMatch(s -> s.startsWith("PERSON:Congregazioni"));
  }

  @Test
  void aPersonWithALowerCaseContentWordIsNoPersonButParticlesAndEpithetsStay() {
    String text = "Cantavano la Ninna nanna del paese. Lo sapeva bene Leonardo da Vinci, e così Pipino il Breve.";
    Extractor extractor = overModel(text, EntityType.PERSON, "Ninna nanna", EntityType.PERSON, "Leonardo da Vinci",
        EntityType.PERSON, "Pipino il Breve");
    assertThat(typed(extractor, text)).containsExactly("PERSON:Leonardo da Vinci", "PERSON:Pipino il Breve");
  }

  @Test
  void thePluralOfACommonNounIsNoPerson() {
    String text = "Il Governo non rispetterà i detti Ordini, e il Papa non vuole ridurre gli ordini religiosi. Lo "
        + "scrisse Filippi al vescovo.";
    Extractor extractor = overModel(text, EntityType.PERSON, "Ordini", EntityType.PERSON, "Filippi");
    assertThat(typed(extractor, text)).containsExactly("ORGANIZATION:Governo", "PERSON:Filippi");
  }

  @Test
  void theSubjectOfAVerbOfSayingIsAPersonAndTheModelsBodyOfThatNameFollows() {
    String text = "Nessuno rispose al Marchetti. Il libro tratta la questione romana e, come Marchetti ricorda, la "
        + "propaganda fu fatta all'estero. La Commissione ricorda che il termine è scaduto.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("PERSON:Marchetti")
        .noneMatch(s -> s.contains("Commissione") && s.startsWith("PERSON:"));
    Extractor extractor = overModel(text, EntityType.ORGANIZATION, "Marchetti");
    assertThat(typed(extractor, text)).containsExactly("PERSON:Marchetti", "PERSON:Marchetti",
        "ORGANIZATION:Commissione");
  }

  @Test
  void aNameBeforeAnAppositiveTitleIsAPerson() {
    String text = "Si opposero il Kocijan, sloveno, deputato di Lubiana, e il Grabner, vescovo di Lavant. Giunse "
        + "a Roma, capitale del regno, la notizia.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).contains("PERSON:Kocijan", "PERSON:Grabner").doesNotContain("PERSON:Roma");
    assertThat(typed(RulesOnly.extractor(), "Era consigliere di BPU, commissario della Fondazione."))
        .noneMatch(s -> s.startsWith("PERSON:"));
  }

  @Test
  void aDynastyIsAPersonAndAHouseInAVillageIsNot() {
    String text = "Gli studenti gridarono contro la dinastia d'Absburgo e la dinastia di Wittelsbach. Morì nella "
        + "sua casa di Uras.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).contains("PERSON:Absburgo", "PERSON:Wittelsbach").doesNotContain("PERSON:Uras");
  }

  @Test
  void theHolySeeAbbreviatedIsAnOrganisationAndAPostscriptIsNoInitial() {
    String text = "Se la S. Sede non consente, il Governo procederà da solo.\nP.S. Puoi avvertire gli amici.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).contains("ORGANIZATION:S. Sede").noneMatch(s -> s.startsWith("PERSON:"))
        .noneMatch(s -> s.startsWith("LOCATION:"));
  }

  @Test
  void aBodyAfterPienaAndAChristianDemocraticPartyInLowerCase() {
    String text = "Il deputato minacciò in piena Camera le dimissioni. Lo disse il partito democratico cristiano.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:Camera",
        "ORGANIZATION:partito democratico cristiano");
  }
}
