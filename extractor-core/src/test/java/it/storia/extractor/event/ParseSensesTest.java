package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import it.storia.extractor.parse.TransitionDependencyParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event senses read off the dependency parse (docs/events.md, "Session 24"; {@code parse-senses.tsv}): a reading
 * whose {@code needs=} condition fails makes an event when the parse gives its trigger the argument of the event
 * sense; the pattern extractor alone is the contrast, and a sentence of the same shape whose argument is of another
 * kind stays quiet.
 */
class ParseSensesTest {
  /** The default pipeline: its event stage parses sentences with a blocked reading that a sense line names. */
  private static final Extractor WITH_PARSE = SharedPipeline.defaults();
  /** The same pipeline with the pattern extractor alone. */
  private static final Extractor PATTERNS_ONLY =
      SharedPipeline.with(b -> b.eventExtractor(PatternEventExtractor.fromClasspath()));

  private static List<String> triggers(Extractor x, String text, String type) {
    return x.extract(text).events().stream().filter(e -> e.type().equals(type)).map(e -> e.trigger().text())
        .toList();
  }

  private static List<String> arguments(Extractor x, String text, String type, String role) {
    return x.extract(text).events().stream().filter(e -> e.type().equals(type))
        .flatMap(e -> e.arguments().stream()).filter(a -> a.role().equals(role)).map(EventArgument::text).toList();
  }

  @Test
  void aFleetAsTheObjectOfBattereIsADefeat() {
    String text = "Nel 1135 la flotta siciliana riuscì a battere la flotta pisana davanti ad Amalfi.";
    assertThat(triggers(WITH_PARSE, text, "DEFEAT")).containsExactly("battere");
    assertThat(triggers(PATTERNS_ONLY, text, "DEFEAT")).isEmpty();
    assertThat(triggers(WITH_PARSE, "La pioggia continuò a battere le finestre per tutta la notte.", "DEFEAT"))
        .isEmpty();
  }

  @Test
  void countriesAsTheSubjectOfOpporreAreAnOpposition() {
    String text = "Nel 1912 la Francia e l'Inghilterra opposero un rifiuto alla richiesta della Germania.";
    assertThat(triggers(WITH_PARSE, text, "OPPOSITION")).containsExactly("opposero");
    assertThat(triggers(PATTERNS_ONLY, text, "OPPOSITION")).isEmpty();
    assertThat(triggers(WITH_PARSE, "La commissione oppose un rifiuto alla proposta.", "OPPOSITION")).isEmpty();
  }

  @Test
  void aMunicipalityAsThePassiveSubjectOfCostituireIsAFounding() {
    String text = "Il comune di Fiavé è stato costituito nel 1928 con i territori di tre comuni soppressi.";
    assertThat(triggers(WITH_PARSE, text, "FOUNDING")).containsExactly("è stato costituito");
    assertThat(arguments(WITH_PARSE, text, "FOUNDING", "patient")).containsExactly("comune di Fiavé");
    assertThat(triggers(PATTERNS_ONLY, text, "FOUNDING")).isEmpty();
    assertThat(triggers(WITH_PARSE, "Il capitale è stato costituito nel 1928 con i risparmi dei soci.", "FOUNDING"))
        .isEmpty();
  }

  @Test
  void aPactAfterAderireIsAnAlliance() {
    String text = "A quel patto aderirono anche i partiti socialisti di Francia e di Germania.";
    assertThat(triggers(WITH_PARSE, text, "ALLIANCE")).containsExactly("aderirono");
    assertThat(triggers(PATTERNS_ONLY, text, "ALLIANCE")).isEmpty();
    assertThat(triggers(WITH_PARSE, "A quella proposta aderirono anche molti studenti.", "ALLIANCE")).isEmpty();
  }

  @Test
  void theDeathOfAKingAfterAnAdjectiveIsADeath() {
    String text = "La pestilenza devastò la capitale, provocando anche la morte dello stesso re.";
    assertThat(triggers(WITH_PARSE, text, "DEATH")).containsExactly("morte");
    assertThat(triggers(PATTERNS_ONLY, text, "DEATH")).isEmpty();
    assertThat(triggers(WITH_PARSE, "La grandine devastò i campi, provocando anche la morte dello stesso raccolto.",
        "DEATH")).isEmpty();
  }

  @Test
  void winningAgainstAChampionIsADefeat() {
    String text = "Nel 1985 Mats Wilander vinse contro il campione in carica Ivan Lendl.";
    assertThat(triggers(WITH_PARSE, text, "DEFEAT")).containsExactly("vinse");
    assertThat(triggers(PATTERNS_ONLY, text, "DEFEAT")).isEmpty();
    assertThat(triggers(WITH_PARSE, "Nel 1985 Mats Wilander vinse contro ogni previsione.", "DEFEAT")).isEmpty();
  }

  @Test
  void sentencesWithoutTagsAreNotParsedForASense() {
    PatternEventExtractor parsed = PatternEventExtractor.fromClasspath()
        .withParser((text, sentence) -> {
          throw new AssertionError("parsed a sentence without tags");
        });
    List<Event> events = Texts.events(parsed, "La Francia oppose un rifiuto alla Germania.", "LOC:Francia",
        "LOC:Germania");
    assertThat(events).isEmpty();
  }

  @Test
  void aMalformedSenseLineIsReportedWithItsPlace() {
    PatternEventExtractor base = PatternEventExtractor.fromClasspath();
    DataFiles.Line unknownFiller = new DataFiles.Line("parse-senses.tsv", 7,
        "DEFEAT\tbattere\tverb\tobj\t-\tPERSONA");
    assertThatThrownBy(() -> base.withParser((text, sentence) -> null, List.of(unknownFiller)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parse-senses.tsv:7")
        .hasMessageContaining("unknown filler 'PERSONA'");
    DataFiles.Line unknownClass = new DataFiles.Line("parse-senses.tsv", 9,
        "DEFEAT\tbattere\tverb\tobj\t-\tclass=navi");
    assertThatThrownBy(() -> base.withParser((text, sentence) -> null, List.of(unknownClass)))
        .hasMessageContaining("unknown word class 'navi'");
  }

  @Test
  void aDirectoryOfDataFilesReplacesTheBundledSenseLines(@TempDir Path dir) throws IOException {
    String text = "Nel 1135 la flotta siciliana riuscì a battere la flotta pisana davanti ad Amalfi.";
    Files.writeString(dir.resolve("parse-senses.tsv"), "# no sense lines: only the patterns decide\n");
    PatternEventExtractor emptied = PatternEventExtractor.load(dir)
        .withParser(TransitionDependencyParser.fromClasspath());
    assertThat(triggers(SharedPipeline.with(b -> b.eventExtractor(emptied)), text, "DEFEAT")).isEmpty();
    assertThat(triggers(WITH_PARSE, text, "DEFEAT")).containsExactly("battere");

    Files.writeString(dir.resolve("parse-senses.tsv"), "DEFEAT\tbattere\tverb\tobj\n");
    PatternEventExtractor malformed = PatternEventExtractor.load(dir);
    assertThatThrownBy(() -> malformed.withParser((t, sentence) -> null))
        .hasMessageContaining(dir.resolve("parse-senses.tsv").toString()).hasMessageContaining("6 tab-separated fields");
  }
}
