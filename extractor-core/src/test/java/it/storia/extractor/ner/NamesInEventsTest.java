package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The name-finder fixes of docs/names-in-events.md: persons that events lost to the name finder. The sentences are
 * corpus-like (late-antique and medieval narrative, the genre of the held-out event sets), not the held-out ones.
 */
class NamesInEventsTest {

  @Test
  void anUnlistedSubjectBeforeAPersonsVerbIsAPersonPastAuxiliariesAndClitics() {
    String text = "Gondemaro si scontrò con i Visigoti presso il fiume. Ricimero lo arrestò a Milano. "
        + "Nel 472 Olibrione fu costretto a fuggire. Odoacre sconfisse le truppe imperiali.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).contains("PERSON:Gondemaro", "PERSON:Ricimero", "PERSON:Olibrione", "PERSON:Odoacre");
  }

  @Test
  void pronounsParticiplesWithoutAuxiliaryAndPlacesAfterPrepositionsStayOut() {
    String text = "Questi fu costretto a fuggire. Allora fu eletto un nuovo vescovo. Il parlamento del Wyoming "
        + "eletto con il proporzionale si riunì. Il re si scontrò con i francesi nella battaglia di Lissaro venendo "
        + "sconfitto.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).noneMatch(s -> s.startsWith("PERSON:"));
  }

  @Test
  void unlistedNameWordsAfterAVerbWhoseObjectIsAPersonAreAPerson() {
    String text = "Nel 1093 il vescovo esiliò Anselmo in Normandia. Il duca uccise Gandolfo durante la caccia. Poco dopo il "
        + "cantante Jari Lehto licenziò Tero Kinnunen, il batterista.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).contains("PERSON:Anselmo", "PERSON:Gandolfo", "PERSON:Tero Kinnunen");
    assertThat(typed(RulesOnly.extractor(), "Il duca fondò Alessandria sul fiume.")).doesNotContain(
        "PERSON:Alessandria");
  }

  @Test
  void aRankOrTheAuthorAloneNamesNobodyEvenWhenTheModelCallsItAPerson() {
    String text = "Nel 1833 fu promosso Pascià e governò la provincia. Un pazzo, osserva l'illustre Autore, può "
        + "preferire la morte. Lo scrisse Mehmet Alì.";
    List<String> found = typed(ModelStub.overModel(text, EntityType.PERSON, "Pascià", EntityType.PERSON, "Autore",
        EntityType.PERSON, "Mehmet Alì"), text);
    assertThat(found).contains("PERSON:Mehmet Alì").doesNotContain("PERSON:Pascià", "PERSON:Autore");
  }
}
