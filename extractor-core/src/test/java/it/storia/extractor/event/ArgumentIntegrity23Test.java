package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.pipeline.Extractor;
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
    // read: "Processato a Norimberga, morì in un ospedale militare" (patient "Processato" on the DEATH)
    List<Event> events = events("Hermann Göring fu un gerarca nazista. Processato a Norimberga, morì in un ospedale "
        + "militare.", "PER:Hermann Göring", "LOC:Norimberga");
    Event death = Texts.the(events, "DEATH");
    assertThat(Texts.persons(death, "patient")).containsExactly("Hermann Göring");
    EventArgument patient = death.arguments().stream().filter(a -> a.role().equals("patient")).findFirst()
        .orElseThrow();
    assertThat(patient.begin()).isEqualTo(death.trigger().begin());
    assertThat(patient.text()).isEqualTo("morì");
  }

  @Test
  void aPossessiveWithNoPersonBeforeItIsNoArgument() {
    // read: "Inspiegabile la sua esclusione dalla spedizione nazionale" (patient "sua")
    Event e = Texts.the(events("Inspiegabile la sua esclusione dal partito."), "EXPULSION");
    assertThat(texts(e, "patient")).isEmpty();
    // the possessive still resolves to a person before it
    Event resolved = Texts.the(events("Trotsky protestò. La sua esclusione dal partito fu decisa a ottobre.",
        "PER:Trotsky"), "EXPULSION");
    assertThat(Texts.persons(resolved, "patient")).containsExactly("Trotsky");
  }

  @Test
  void aNegationIsNoArgument() {
    // read: "mi ha mosso l'accusa di non avere io parlato" (agent "non")
    Event e = Texts.the(events("Il deputato mi ha mosso l'accusa di non avere parlato del bilancio."), "ACCUSATION");
    assertThat(texts(e, "agent")).doesNotContain("non");
    assertThat(e.arguments()).noneMatch(a -> a.text().equals("non"));
  }

  @Test
  void aFirstPersonAuxiliaryLeavesTheSubjectToTheSpeaker() {
    // read: "quando abbiamo fondato il Partito popolare" (agent resolved to a person named before)
    Event e = Texts.the(events("Luigi Sturzo parlò a lungo. Nel 1919 abbiamo fondato il Partito popolare.",
        "PER:Luigi Sturzo", "ORG:Partito popolare"), "FOUNDING");
    assertThat(Texts.persons(e, "agent")).isEmpty();
    Event third = Texts.the(events("Luigi Sturzo parlò a lungo. Nel 1919 ha fondato il Partito popolare.",
        "PER:Luigi Sturzo", "ORG:Partito popolare"), "FOUNDING");
    assertThat(Texts.persons(third, "agent")).containsExactly("Luigi Sturzo");
  }

  @Test
  void aModifierAfterTheArticleTakesTheNounItQualifies() {
    // read: "ho saputo della morte del suo caro genitore" (patient "caro"), "la nomina di un nostro funzionario"
    // the whole pipeline (of_np_mod reads the tagger's POS), local: the suite's fork holds every static one
    Extractor pipeline = Extractor.withDefaults();
    Event death = Texts.the(pipeline.extract("Solo ieri ho saputo della morte del suo caro genitore.").events(),
        "DEATH");
    assertThat(texts(death, "patient")).containsExactly("caro genitore");
    Event nomina = Texts.the(pipeline.extract("Si discute della nomina di un nostro funzionario a Parigi.").events(),
        "APPOINTMENT");
    assertThat(texts(nomina, "patient")).containsExactly("nostro funzionario");
  }
}
