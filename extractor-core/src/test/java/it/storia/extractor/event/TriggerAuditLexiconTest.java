package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lemmas that session 11 added from the corpus trigger audit ({@code dev/trigger_audit.py}, docs/events.md
 * "Session 11: trigger lexicon from a corpus audit"): each family in its event sense and, where the lemma has
 * another common sense, a sentence in that sense that its {@code needs=} condition keeps quiet.
 */
class TriggerAuditLexiconTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<Event> events(String text, String... entities) {
    return Texts.events(EXTRACTOR, text, entities);
  }

  private static List<String> types(String text, String... entities) {
    return Texts.types(EXTRACTOR, text, entities);
  }

  @Test
  void deathsUnderObituaryIllnessWoundAndMartyrdomWords() {
    assertThat(types("Il cantautore Mino Reitano, scomparso il 27 gennaio 2009, era nato in Calabria.",
        "PER:Mino Reitano", "DATE:27 gennaio 2009=2009-01-27", "LOC:Calabria")).containsExactly("DEATH");
    assertThat(events("Il dialetto locale è scomparso nel 1900.", "DATE:1900=1900")).isEmpty();
    assertThat(types("Berlinguer, stroncato da un ictus durante un comizio, fu pianto da tutto il paese.",
        "PER:Berlinguer")).containsExactly("DEATH");
    assertThat(events("Nuovamente la critica lo stronca.")).isEmpty();
    assertThat(types("Il re fu ferito a morte durante l'assedio.")).containsExactly("DEATH");
    assertThat(events("Il generale fu ferito a una gamba.")).isEmpty();
    assertThat(types("Il vescovo subì il martirio sotto Diocleziano.", "PER:Diocleziano"))
        .containsExactly("DEATH");
    assertThat(types("Il papa spirò il 3 giugno 1963.", "DATE:3 giugno 1963=1963-06-03")).containsExactly("DEATH");
    assertThat(types("I ribelli sgozzarono il governatore.")).containsExactly("DEATH");
  }

  @Test
  void defeatsByEliminationRoutAndPrevailingOverARival() {
    Event out = events("Nei quarti di finale fu eliminato da Georges Goven.", "PER:Georges Goven").get(0);
    assertThat(out.type()).isEqualTo("DEFEAT");
    assertThat(events("Il governo vuole eliminare il giuramento.")).isEmpty();
    assertThat(types("Le camicie rosse sgominarono i borbonici.")).containsExactly("DEFEAT");
    assertThat(types("Nel 1980 Reagan prevalse nettamente su Jimmy Carter.", "DATE:1980=1980", "PER:Reagan",
        "PER:Jimmy Carter")).containsExactly("DEFEAT");
    assertThat(events("Prevalse comunque la corrente frontista.")).isEmpty();
    assertThat(types("Margaret Court trionfò su Billie Jean King.", "PER:Margaret Court", "PER:Billie Jean King"))
        .containsExactly("DEFEAT");
    assertThat(types("L'esercito macedone travolse le truppe tebane.")).containsExactly("DEFEAT");
    assertThat(events("Le acque travolsero il ponte.")).isEmpty();
    assertThat(types("La rivolta fu stroncata dall'esercito.")).containsExactly("OPPOSITION", "DEFEAT");
  }

  @Test
  void appointmentsByHiringSwearingInTakingOfficeAndTheThrone() {
    assertThat(types("Alla Lotus venne ingaggiato Elio De Angelis.", "ORG:Lotus", "PER:Elio De Angelis"))
        .containsExactly("APPOINTMENT");
    assertThat(types("La squadra annunciò l'ingaggio di Diego Maradona.", "PER:Diego Maradona"))
        .containsExactly("APPOINTMENT");
    assertThat(events("Non è una battaglia da ingaggiare alla leggera.")).isEmpty();
    assertThat(types("Nel 1948 Einaudi fu riconfermato governatore della Banca d'Italia.", "DATE:1948=1948",
        "PER:Einaudi", "ORG:Banca d'Italia")).containsExactly("APPOINTMENT");
    assertThat(events("Il ministro ha riconfermato l'impegno del governo.")).isEmpty();
    assertThat(types("Nel 1946 De Nicola giurò come capo provvisorio dello Stato.", "DATE:1946=1946",
        "PER:De Nicola")).containsExactly("APPOINTMENT");
    assertThat(events("Giurò fedeltà al re.")).isEmpty();
    assertThat(types("Il nuovo presidente entrò in carica il 12 maggio.")).containsExactly("APPOINTMENT");
    assertThat(events("Si sperava che il piano fosse entrato in funzione in aprile.")).isEmpty();
    assertThat(types("Nel 1830 Luigi Filippo ascese al trono.", "DATE:1830=1830", "PER:Luigi Filippo"))
        .containsExactly("APPOINTMENT");
    assertThat(types("Fu intronizzato nel 1046.", "DATE:1046=1046")).containsExactly("APPOINTMENT");
    assertThat(types("Insediatosi come presidente, riformò la giustizia.")).containsExactly("APPOINTMENT");
    assertThat(events("I Liguri si insediarono sulle rive del Po.", "LOC:Po")).isEmpty();
  }

  @Test
  void removalsFromThronesAndPostsAndJoiningAParty() {
    Event lost = events("Nel 1946 Umberto II perse il trono.", "DATE:1946=1946", "PER:Umberto II").get(0);
    assertThat(lost.type()).isEqualTo("REMOVAL");
    assertThat(lost.arguments()).anyMatch(a -> a.role().equals("patient") && a.text().equals("Umberto II"));
    assertThat(events("Quel giorno perse il treno.")).isEmpty();
    assertThat(types("Edoardo VIII rinunciò al trono nel 1936.", "PER:Edoardo VIII", "DATE:1936=1936"))
        .containsExactly("REMOVAL");
    assertThat(types("Nel 1955 cessò dalla carica di presidente.", "DATE:1955=1955")).containsExactly("REMOVAL");
    assertThat(events("La pioggia cessò all'alba.")).isEmpty();
    assertThat(types("Il generale Cadorna fu congedato dal comando.", "PER:Cadorna")).containsExactly("REMOVAL");
    assertThat(events("Il padrone di casa congedò gli ospiti.")).isEmpty();
    assertThat(types("Il consiglio dimissionò il direttore.")).containsExactly("REMOVAL");
    assertThat(types("Nel 1921 Gramsci entrò nel partito comunista.", "DATE:1921=1921", "PER:Gramsci"))
        .containsExactly("ALLIANCE");
  }

  @Test
  void childrenOfAMarriageAreNotABodyBeingBorn() {
    assertThat(events("Da questa unione nacquero tre figli.")).isEmpty();
    assertThat(types("Da questa unione nacque il partito popolare.")).containsExactly("FOUNDING");
  }
}
