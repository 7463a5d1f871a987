package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parse step of the event stage (docs/events.md, "Session 22"; {@code parse-arguments.tsv}): on sentences of
 * WikiNEuRal's Wikipedia text where the token patterns find no person (or a wrong one), the persons the dependency
 * parse relates to the trigger fill the role; the same sentences without the parse step are the contrast.
 */
class ParseArgumentsTest {
  /** The default pipeline: its event stage parses the sentences that hold an event. */
  private static final Extractor WITH_PARSE = SharedPipeline.defaults();
  /** The same pipeline with the pattern extractor alone. */
  private static final Extractor PATTERNS_ONLY =
      SharedPipeline.with(b -> b.eventExtractor(PatternEventExtractor.fromClasspath()));

  private static List<String> persons(Extractor x, String text, String type, String role) {
    return x.extract(text).events().stream().filter(e -> e.type().equals(type))
        .flatMap(e -> e.arguments().stream()).filter(a -> a.role().equals(role)).map(EventArgument::text).toList();
  }

  @Test
  void thePassiveSubjectBeforeTheVerbIsThePatient() {
    String text = "Jimmy Rodgers dopo la pesante sconfitta fu licenziato.";
    assertThat(persons(WITH_PARSE, text, "REMOVAL", "patient")).containsExactly("Jimmy Rodgers");
    assertThat(persons(PATTERNS_ONLY, text, "REMOVAL", "patient")).doesNotContain("Jimmy Rodgers");
  }

  @Test
  void thePostposedPassiveSubjectAfterATitleIsThePatient() {
    String text = "Come suo successore fu eletto papa Giovanni II.";
    assertThat(persons(WITH_PARSE, text, "APPOINTMENT", "patient")).containsExactly("Giovanni II");
    assertThat(persons(PATTERNS_ONLY, text, "APPOINTMENT", "patient")).isEmpty();
  }

  @Test
  void theObjectPastAnAdverbialPhraseIsThePatient() {
    String text = "Nel corso della finale si trovò a sconfiggere ancora una volta la connazionale Kim Clijsters.";
    assertThat(persons(WITH_PARSE, text, "DEFEAT", "patient")).containsExactly("Kim Clijsters");
    assertThat(persons(PATTERNS_ONLY, text, "DEFEAT", "patient")).isEmpty();
  }

  @Test
  void theSubjectOfTheMainClauseIsTheAgentOfAnInfinitiveAfterDopo() {
    String text = "Nel 1989, Michael Chang vinse il suo unico titolo Slam, dopo aver battuto in finale un altro "
        + "svedese, Stefan Edberg.";
    assertThat(persons(WITH_PARSE, text, "DEFEAT", "agent")).containsExactly("Michael Chang");
    assertThat(persons(WITH_PARSE, text, "DEFEAT", "patient")).containsExactly("Stefan Edberg");
    assertThat(persons(PATTERNS_ONLY, text, "DEFEAT", "agent")).doesNotContain("Michael Chang");
  }

  @Test
  void aPersonThePatternsFoundAndTheParseConfirmsIsKept() {
    // "ingaggiato" is coordinated with "acquisito": its own subject settles the role before the shared one is read
    String text = "Sul mercato viene acquisito il centro Robin Lopez e viene ingaggiato il playmaker veterano "
        + "Mo Williams come riserva di Lillard.";
    assertThat(persons(WITH_PARSE, text, "APPOINTMENT", "patient")).contains("Mo Williams")
        .doesNotContain("Robin Lopez");
  }

  @Test
  void sentencesWithoutTagsAreNotParsed() {
    PatternEventExtractor parsed = PatternEventExtractor.fromClasspath()
        .withParser((text, sentence) -> {
          throw new AssertionError("parsed a sentence without tags");
        });
    List<Event> events = Texts.events(parsed, "Trotsky fu espulso dal partito.", "PER:Trotsky");
    assertThat(events).extracting(Event::type).containsExactly("EXPULSION");
  }

  @Test
  void aMalformedLineIsReportedWithItsPlace() {
    assertThatThrownBy(() -> ParseArguments.parse(List.of(new DataFiles.Line("x.tsv", 3, "role\tactive\tnsubj\t-"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.tsv:3");
    assertThatThrownBy(() -> ParseArguments.parse(
        List.of(new DataFiles.Line("x.tsv", 4, "role\tactive\tnsubj\t-\twitness"))))
        .hasMessageContaining("unknown role 'witness'");
  }
}
