package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The derivational families and support-verb constructions that session 13 added (docs/events.md, "Session 13:
 * trigger families and constructions (recall)"): each in its event sense and, where the word has another common
 * sense, a sentence in that sense that its {@code needs=} condition keeps quiet.
 */
class TriggerFamiliesTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<Event> events(String text, String... entities) {
    return Texts.events(EXTRACTOR, text, entities);
  }

  private static List<String> types(String text, String... entities) {
    return Texts.types(EXTRACTOR, text, entities);
  }

  @Test
  void nominalisationsOfListedDeathAndDefeatVerbs() {
    assertThat(types("La fucilazione di Cesare Battisti scosse il paese.", "PER:Cesare Battisti"))
        .containsExactly("DEATH");
    assertThat(types("Il processo si chiuse con l'impiccagione di Nathan Hale.", "PER:Nathan Hale"))
        .containsExactly("DEATH");
    assertThat(types("Il suicidio di Friedrich Alfred Krupp fece scandalo.", "PER:Friedrich Alfred Krupp"))
        .containsExactly("DEATH");
    assertThat(events("Si parla di suicidio politico del partito.")).isEmpty();
    assertThat(events("Furono visitati i campi di sterminio.")).isEmpty();
    assertThat(types("La guerra finì con la capitolazione del Giappone.", "LOC:Giappone"))
        .containsExactly("DEFEAT");
  }

  @Test
  void removalsAndAppointmentsFromNounsAndAdjectivesOfListedVerbs() {
    assertThat(types("Fu chiamato a sostituire il dimissionario Jorge Fossati.", "PER:Jorge Fossati"))
        .contains("REMOVAL");
    Event resigned = events("Prese il posto del dimissionario Eduardo Coudet.", "PER:Eduardo Coudet").get(0);
    assertThat(resigned.type()).isEqualTo("REMOVAL");
    assertThat(resigned.arguments()).anySatisfy(a -> {
      assertThat(a.role()).isEqualTo("patient");
      assertThat(a.text()).isEqualTo("Eduardo Coudet");
    });
    assertThat(events("Il governo dimissionario resta in carica per gli affari correnti.")).isEmpty();
    assertThat(types("Il partito sente il bisogno di una propria epurazione.")).containsExactly("REMOVAL");
    assertThat(events("Alcuni ministri vogliono sabotare l'epurazione.")).isEmpty();
    assertThat(events("La sospensione posteriore si ruppe al giro 27.")).isEmpty();
    assertThat(types("Molti neoeletti deputati promisero di intervenire.")).containsExactly("APPOINTMENT");
  }

  @Test
  void foundingAndAllianceFromNounsAndVerbsOfTheirFamilies() {
    assertThat(types("La sua istituzione si deve a papa Alessandro III.", "PER:Alessandro III"))
        .containsExactly("FOUNDING");
    assertThat(events("La democrazia vive nelle sue istituzioni.")).isEmpty();
    assertThat(types("Nel 2012 i comuni si unirono per formare il comune di Monteceneri.", "DATE:2012=2012",
        "LOC:Monteceneri")).contains("FOUNDING");
    assertThat(events("Fu incaricato di formare un nuovo governo.")).noneMatch(e -> e.type().equals("FOUNDING"));
    assertThat(events("Le milizie comunali erano formate dai cittadini.")).isEmpty();
    assertThat(events("Non condividono un comune formato XML.")).isEmpty();
    assertThat(types("Il 23 novembre si ammutinarono i marinai dell'incrociatore.")).containsExactly("OPPOSITION");
    assertThat(types("Si discusse l'ingresso nella comunità europea della Spagna.", "LOC:Spagna"))
        .containsExactly("ALLIANCE");
    assertThat(events("Il 24 fece il suo solenne ingresso in Avignone.", "LOC:Avignone")).isEmpty();
  }

  @Test
  void supportVerbConstructionsCoverTheirNoun() {
    Event sacrifice = events("Sui nostri monti le sacrificarono la vita.").get(0);
    assertThat(sacrifice.type()).isEqualTo("DEATH");
    assertThat(sacrifice.trigger().text()).isEqualTo("sacrificarono la vita");
    assertThat(events("Sacrificarono il raccolto agli dei.")).isEmpty();
    Event accepted = events("Ho dichiarato di accettare l'incarico.").get(0);
    assertThat(accepted.type()).isEqualTo("APPOINTMENT");
    assertThat(accepted.trigger().text()).isEqualTo("accettare l'incarico");
    assertThat(events("Non possiamo accettare la proposta del governo.")).isEmpty();
    assertThat(types("I delinquenti furono inviati al domicilio coatto.")).containsExactly("EXILE");
    assertThat(events("Il suo domicilio era a Trento.", "LOC:Trento")).isEmpty();
  }
}
