package it.storia.extractor.event;

import static it.storia.extractor.event.Texts.persons;
import static it.storia.extractor.event.Texts.the;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Event;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * Argument gaps right of the trigger stop at predicates, not at a noun or adjective trigger form that makes no event
 * (docs/events.md, "Session 18: argument gaps at predicates"); gaps left of the trigger and verb forms still stop.
 */
class PredicateGapTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();
  /** The whole pipeline (tagger and name finder): the POS tag tells a noun form from a verb form. */
  private static final Extractor PIPELINE = SharedPipeline.defaults();

  @Test
  void aDeadNounAfterAPrepositionNoLongerClosesTheObjectGap() {
    // "ribellione" without a revolt makes no event: the object of "esiliò" is reached past it
    Event exile = the(Texts.events(EXTRACTOR, "Il re esiliò per ribellione Pietro Rossi.", "PER:Pietro Rossi"),
        "EXILE");
    assertThat(persons(exile, "patient")).containsExactly("Pietro Rossi");
  }

  @Test
  void acclamationIsAnAppointmentToATitleAndNoBoundaryOtherwise() {
    // 18a's construction: "acclamazione" with no title after it makes no event and the object gap crosses it
    Event elected = the(Texts.events(EXTRACTOR, "L'assemblea elesse per acclamazione Pietro Candiano.",
        "PER:Pietro Candiano"), "APPOINTMENT");
    assertThat(persons(elected, "patient")).containsExactly("Pietro Candiano");
    assertThat(elected.trigger().text()).isEqualTo("elesse");
    Event acclaimed = the(Texts.events(EXTRACTOR, "Dopo la sua acclamazione a imperatore, Massimiano partì per la "
        + "Gallia.", "PER:Massimiano", "LOC:Gallia"), "APPOINTMENT");
    assertThat(acclaimed.trigger().text()).isEqualTo("acclamazione");
  }

  @Test
  void aVerbFormStillClosesTheObjectGap() {
    // "ribellarsi" is a verb: another predicate, whose own argument Rossi is
    Event exile = the(Texts.events(EXTRACTOR, "Il re esiliò per ribellarsi Pietro Rossi.", "PER:Pietro Rossi"),
        "EXILE");
    assertThat(persons(exile, "patient")).isEmpty();
  }

  @Test
  void aPostposedSubjectIsReachedPastANounTheTaggerCallsNoVerb() {
    // "prigioniero" (ARREST only with a person of its own) is tagged as a noun here; before, the gap stopped at it
    Event exile = the(PIPELINE.extract("Nel 1921 venne esiliato come prigioniero Carlo Rossi, con l'accusa di "
        + "tradimento.").events(), "EXILE");
    assertThat(persons(exile, "patient")).containsExactly("Carlo Rossi");
  }

  @Test
  void gapsLeftOfTheTriggerStillStopAtADeadNoun() {
    // the sample's sentence: "questi alleati" is no pronoun subject; the dropped subject is Stalin (evsense's trial
    // that opened every gap took Bucharin)
    String text = "I.V. Stalin nel 1923-1924 formò insieme a G.E. Zinoviev e L.B. Kamenev una troika. Allo stesso "
        + "tempo, ha cercato di stabilire un contatto con N.I. Bucharin. Insieme a questi alleati, si oppose a "
        + "L.D. Trotsky.";
    Event opposed = the(Texts.events(EXTRACTOR, text, "PER:I.V. Stalin=Stalin", "PER:G.E. Zinoviev=Zinoviev",
        "PER:L.B. Kamenev=Kamenev", "PER:N.I. Bucharin=Bucharin", "PER:L.D. Trotsky=Trotsky"), "OPPOSITION");
    assertThat(persons(opposed, "agent")).containsExactly("Stalin");
    assertThat(persons(the(PIPELINE.extract(text).events(), "OPPOSITION"), "agent")).hasSize(1)
        .allMatch(p -> p.contains("Stalin"));
  }
}
