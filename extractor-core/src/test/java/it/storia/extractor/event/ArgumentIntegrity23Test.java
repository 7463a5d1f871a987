package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arguments that cannot be right by construction, found on unlabelled text without gold (docs/events.md, "Session 23";
 * {@code dev/event_arg_integrity.py}). Each sentence keeps the construction of one read on DaDoEval or WikiNEuRal
 * output, with other words.
 */
class ArgumentIntegrity23Test {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<Event> events(String text, String... entities) {
    return Texts.events(EXTRACTOR, text, entities);
  }

  private static List<String> texts(Event e, String role) {
    return e.arguments().stream().filter(a -> a.role().equals(role)).map(EventArgument::text).toList();
  }

  @Test
  void aDroppedSubjectCarriedToTheNextVerbTakesThatVerbsWordsNotTheOtherTrigger() {
    // read: a participle event with a dropped subject, a comma, then "morì" (patient: the participle's words)
    List<Event> events = events("Carlo Neri fu un generale. Processato a Lipsia, morì in carcere.",
        "PER:Carlo Neri", "LOC:Lipsia");
    Event death = Texts.the(events, "DEATH");
    assertThat(Texts.persons(death, "patient")).containsExactly("Carlo Neri");
    EventArgument patient = death.arguments().stream().filter(a -> a.role().equals("patient")).findFirst()
        .orElseThrow();
    assertThat(patient.begin()).isEqualTo(death.trigger().begin());
    assertThat(patient.text()).isEqualTo("morì");
  }

  @Test
  void aPossessiveWithNoPersonBeforeItIsNoArgument() {
    // read: "la sua esclusione" with no person before it (patient "sua")
    Event e = Texts.the(events("Fu una sorpresa la sua esclusione dal partito."), "EXPULSION");
    assertThat(texts(e, "patient")).isEmpty();
    // the possessive still resolves to a person before it
    Event resolved = Texts.the(events("Trotsky protestò. La sua esclusione dal partito fu decisa a ottobre.",
        "PER:Trotsky"), "EXPULSION");
    assertThat(Texts.persons(resolved, "patient")).containsExactly("Trotsky");
  }

  @Test
  void aNegationIsNoArgument() {
    // read: "l'accusa di non avere ..." (agent "non")
    Event e = Texts.the(events("Il collega mi rivolge l'accusa di non avere risposto."), "ACCUSATION");
    assertThat(texts(e, "agent")).doesNotContain("non");
    assertThat(e.arguments()).noneMatch(a -> a.text().equals("non"));
  }

  @Test
  void aFirstPersonAuxiliaryLeavesTheSubjectToTheSpeaker() {
    // read: "abbiamo fondato" + a party (agent resolved to a person named before)
    Event e = Texts.the(events("Luigi Sturzo parlò a lungo. Nel 1919 abbiamo fondato il Partito popolare.",
        "PER:Luigi Sturzo", "ORG:Partito popolare"), "FOUNDING");
    assertThat(Texts.persons(e, "agent")).isEmpty();
    Event third = Texts.the(events("Luigi Sturzo parlò a lungo. Nel 1919 ha fondato il Partito popolare.",
        "PER:Luigi Sturzo", "ORG:Partito popolare"), "FOUNDING");
    assertThat(Texts.persons(third, "agent")).containsExactly("Luigi Sturzo");
  }

  @Test
  void aModifierAfterTheArticleTakesTheNounItQualifies() {
    // read: "della morte del suo caro ..." (patient "caro"), "della nomina di un nostro ..." (patient "nostro")
    // the whole pipeline (of_np_mod reads the tagger's POS), the one the suite shares
    Extractor pipeline = SharedPipeline.defaults();
    Event death = Texts.the(pipeline.extract("Tutti piangono la morte del suo caro fratello.").events(),
        "DEATH");
    assertThat(texts(death, "patient")).containsExactly("caro fratello");
    Event nomina = Texts.the(pipeline.extract("Il ministro chiede la nomina di un nostro delegato a Parigi.").events(),
        "APPOINTMENT");
    assertThat(texts(nomina, "patient")).containsExactly("nostro delegato");
  }
}
