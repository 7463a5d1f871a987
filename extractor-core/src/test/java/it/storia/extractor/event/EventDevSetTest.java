package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Regression guard on the hand-checked dev set (oracle entities from the fixtures). Floors sit a little below the
 * measured scores recorded in docs/events.md. Run with {@code -Devents.report=true} to print every miss.
 */
class EventDevSetTest {
  @Test
  void devSetScoresStayAboveTheirFloors() throws Exception {
    PatternEventExtractor extractor = PatternEventExtractor.fromClasspath();
    EventScorer scorer = new EventScorer();
    for (EventDevSet.Doc d : EventDevSet.load(EventDevSet.FILES)) {
      scorer.add(d, extractor.extract(d.doc().analyzed(), d.doc().entities()));
    }
    System.out.println("event dev set: " + scorer.summary());
    if (Boolean.getBoolean("events.report")) {
      scorer.report.forEach(System.out::println);
    }
    assertThat(scorer.gold).isGreaterThanOrEqualTo(150);
    assertThat(scorer.f1()).isGreaterThanOrEqualTo(0.94);
    assertThat(scorer.personRecall()).isGreaterThanOrEqualTo(0.88);
    assertThat(scorer.dateAccuracy()).isGreaterThanOrEqualTo(0.89);
  }

  @Test
  void heldOutScoresStayAboveTheirFloors() throws Exception {
    PatternEventExtractor extractor = PatternEventExtractor.fromClasspath();
    EventScorer scorer = new EventScorer();
    for (EventDevSet.Doc d : EventDevSet.load(EventDevSet.HELD_OUT)) {
      scorer.add(d, extractor.extract(d.doc().analyzed(), d.doc().entities()));
    }
    System.out.println("event held-out set: " + scorer.summary());
    if (Boolean.getBoolean("events.report")) {
      scorer.report.forEach(System.out::println);
    }
    assertThat(scorer.gold).isGreaterThanOrEqualTo(40);
    assertThat(scorer.f1()).isGreaterThanOrEqualTo(0.0);
    assertThat(scorer.personRecall()).isGreaterThanOrEqualTo(0.0);
    assertThat(scorer.dateAccuracy()).isGreaterThanOrEqualTo(0.0);
  }
}
