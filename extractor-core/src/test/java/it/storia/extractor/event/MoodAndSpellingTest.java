package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 13 (docs/events.md "Session 13: conditionals, futures and old spellings"): conditional forms of every
 * conjugation class are trigger forms with modality {@code possible}; a future is asserted unless a clause opened
 * by <i>se / qualora / sinché / finché</i> governs it. The old spelling {@code -nzi-} is not read as {@code -nci-}
 * (measured and dropped: see that section).
 */
class MoodAndSpellingTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<Event> events(String text, String... entities) {
    return Texts.events(EXTRACTOR, text, entities);
  }

  @Test
  void conditionalsOfEveryClassArePossibleEvents() {
    Event fought = events("Io combatterei la Lega.", "ORG:Lega").get(0);
    assertThat(fought.type()).isEqualTo("OPPOSITION");
    assertThat(fought.modality()).isEqualTo("possible");
    Event expelled = events("I comunisti espellerebbero Trotsky dal partito.", "PER:Trotsky").get(0);
    assertThat(expelled.type()).isEqualTo("EXPULSION");
    assertThat(expelled.modality()).isEqualTo("possible");
    Event arrested = events("La polizia arresterebbe Gramsci.", "PER:Gramsci").get(0);
    assertThat(arrested.type()).isEqualTo("ARREST");
    assertThat(arrested.modality()).isEqualTo("possible");
    Event died = events("Senza cure il re morirebbe in pochi giorni.").get(0);
    assertThat(died.type()).isEqualTo("DEATH");
    assertThat(died.modality()).isEqualTo("possible");
    Event removed = events("Il ministro si sarebbe dimesso per protesta.").get(0);
    assertThat(removed.modality()).isEqualTo("possible");
  }

  @Test
  void aNarrativeFutureStaysAssertedAFutureUnderIfIsPossible() {
    Event later = events("Nel 1925 Zinoviev verrà espulso dal partito.", "PER:Zinoviev", "DATE:1925=1925")
        .get(0);
    assertThat(later.type()).isEqualTo("EXPULSION");
    assertThat(later.modality()).isNull();
    Event when = events("Nessuno sa se il nuovo partito verrà costituito.").get(0);
    assertThat(when.type()).isEqualTo("FOUNDING");
    assertThat(when.modality()).isEqualTo("possible");
  }

  @Test
  void goodsDeclaredToAnAuthorityAreNoAccusation() {
    assertThat(events("Il prefetto denunciò Matteotti all'autorità giudiziaria.", "PER:Matteotti").get(0).type())
        .isEqualTo("ACCUSATION");
    assertThat(events("Ogni cittadino deve denunciare il patrimonio esistente all'estero.")).isEmpty();
    assertThat(events("I danni denunciati dai comuni furono rimborsati.")).isEmpty();
  }

  @Test
  void theOldSpellingNziIsNotReadAsNci() {
    assertThat(events("Egli rinunziò alla carica di presidente.")).isEmpty();
  }
}
