package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Regression guard on the hand-checked event dev sets, scored in two modes and held to one set of floors per mode:
 * pipeline (the whole {@code Extractor.withDefaults()}: the build's own tagger, name finder and date tagger, which is
 * what users get) and oracle (the fixtures' oracle entities on tokens that carry no POS tag, lemma or parse). Both
 * modes are asserted on every run; {@code -Devents.entities=oracle} only chooses which mode's summary line (and, with
 * {@code -Devents.report=true}, which mode's misses, spurious events and wrong arguments) is printed for the dev
 * scripts. Floors sit a little below the scores recorded in docs/events.md.
 */
class EventDevSetTest {
  private static final boolean ORACLE = "oracle".equals(System.getProperty("events.entities", "pipeline"));

  /** Minimum F1, person recall and date accuracy for one mode. */
  private record Floors(double f1, double persons, double dates) {}

  private static EventScorer score(List<String> files, Predicate<EventDevSet.Doc> keep, boolean oracle)
      throws IOException {
    for (String f : files) {
      Assumptions.assumeTrue(EventDevSetTest.class.getResource("/devset/events/" + f) != null,
          "dev-set file " + f + " is not in this build");
    }
    List<EventDevSet.Doc> docs = EventDevSet.load(files).stream().filter(keep).toList();
    EventScorer scorer = new EventScorer();
    if (oracle) {
      PatternEventExtractor extractor = PatternEventExtractor.fromClasspath();
      for (EventDevSet.Doc d : docs) {
        scorer.add(d, extractor.extract(d.doc().analyzed(), d.doc().entities()));
      }
    } else {
      Extractor pipeline = SharedPipeline.defaults();
      for (EventDevSet.Doc d : docs) {
        scorer.add(d, pipeline.extract(d.doc().text()).events());
      }
    }
    return scorer;
  }

  private static void check(String name, List<String> files, int minGold, Floors pipeline, Floors oracle)
      throws IOException {
    check(name, files, d -> true, minGold, pipeline, oracle);
  }

  private static void check(String name, List<String> files, Predicate<EventDevSet.Doc> keep, int minGold,
      Floors pipeline, Floors oracle) throws IOException {
    EventScorer inPipeline = score(files, keep, false);
    EventScorer withOracle = score(files, keep, true);
    EventScorer printed = ORACLE ? withOracle : inPipeline;
    System.out.println(name + " (" + (ORACLE ? "oracle" : "pipeline") + " entities): " + printed.summary());
    if (Boolean.getBoolean("events.report")) {
      printed.report.forEach(System.out::println);
    }
    assertFloors(name + " (pipeline entities)", inPipeline, minGold, pipeline);
    assertFloors(name + " (oracle entities)", withOracle, minGold, oracle);
  }

  private static void assertFloors(String name, EventScorer scorer, int minGold, Floors floors) {
    assertThat(scorer.gold).as(name + " gold events").isGreaterThanOrEqualTo(minGold);
    assertThat(scorer.f1()).as(name + " type+trigger F1").isGreaterThanOrEqualTo(floors.f1());
    assertThat(scorer.personRecall()).as(name + " person recall").isGreaterThanOrEqualTo(floors.persons());
    assertThat(scorer.dateAccuracy()).as(name + " date accuracy").isGreaterThanOrEqualTo(floors.dates());
  }

  @Test
  void devSetScoresStayAboveTheirFloors() throws Exception {
    check("event dev set", EventDevSet.FILES, 150, new Floors(0.95, 0.85, 0.86), new Floors(0.95, 0.92, 0.90));
  }

  /**
   * Annotated before the extractor first ran on them (first run with oracle entities: F1 0.864, person recall
   * 0.725, date accuracy 1.000); the lexicon was extended after that run, so the scores are no longer blind.
   */
  @Test
  void heldOutScoresStayAboveTheirFloors() throws Exception {
    check("event held-out set", EventDevSet.HELD_OUT, 40, new Floors(0.95, 0.79, 0.93),
        new Floors(0.97, 0.95, 0.95));
  }

  /**
   * Annotated blind after the rules were frozen (first run with oracle entities: F1 0.833, person recall 0.737,
   * date accuracy 0.880); three lemmas and the inverted-subject rules were added after that run.
   */
  @Test
  void secondHeldOutSetScores() throws Exception {
    check("event held-out set 2", EventDevSet.HELD_OUT_2, 25, new Floors(0.88, 0.82, 0.88),
        new Floors(0.88, 0.95, 0.88));
  }

  /**
   * Political prose with many non-event uses, annotated blind (first run with oracle entities: P 0.613, R 0.905,
   * F1 0.731); the "morte needs a genitive", "fondare needs a body, founder or date" and idiom rules came after.
   * Person recall has only five gold persons and is not guarded.
   */
  @Test
  void thirdHeldOutSetScores() throws Exception {
    check("event held-out set 3", EventDevSet.HELD_OUT_3, 20, new Floors(0.95, 0.0, 0.95),
        new Floors(0.95, 0.0, 0.95));
  }

  /**
   * De Gasperi excerpts that no dev set of the project used, annotated before the extractor first ran on them
   * (mostly political prose: a precision test on the target genre). First, blind run with pipeline entities: F1
   * 0.745, person recall 0.286 (2/7), date accuracy 0.886; the rules were then extended from its misses. Session 14's
   * relaxed sense rules (docs/events.md, "Session 14") cost it two events its conventions leave out (a military attack,
   * an appointment not yet made) while raising the pooled sets: F1 0.914 to 0.897 in both modes, floors 0.89.
   */
  @Test
  void fourthHeldOutSetScores() throws Exception {
    check("event held-out set 4", EventDevSet.HELD_OUT_4, 45, new Floors(0.89, 0.70, 0.92),
        new Floors(0.89, 0.85, 0.92));
  }

  /**
   * WikiNEuRal history and biography sentences (referenced, not copied), annotated blind and measured once with
   * the rules as they were after the held-out 4 fixes (pipeline entities: F1 0.825, person recall 0.556, date
   * accuracy 0.600); the rules were then extended from its misses. Dates are low because the bundled date tagger
   * does not read years below 1000 or "a.C.".
   */
  @Test
  void fifthHeldOutSetScores() throws Exception {
    check("event held-out set 5", EventDevSet.HELD_OUT_5, 45, new Floors(0.93, 0.78, 0.70),
        new Floors(0.94, 0.88, 0.84));
  }

  /**
   * WikiNEuRal val sentences (referenced, not copied), annotated blind and measured once with the rules after the
   * held-out 5 fixes (pipeline entities: F1 0.806, person recall 0.778, date accuracy 0.793); the rules were then
   * extended from its misses. See docs/events.md.
   */
  @Test
  void sixthHeldOutSetScores() throws Exception {
    check("event held-out set 6", EventDevSet.HELD_OUT_6, 40, new Floors(0.92, 0.82, 0.82),
        new Floors(0.90, 0.95, 0.82));
  }

  /**
   * De Gasperi excerpts and WikiNEuRal history sentences (referenced, not copied) drawn by dev/make_heldout7.py,
   * annotated blind and measured once with the rules of main 244d267 (pipeline entities: F1 0.657, person recall
   * 0.500, date accuracy 0.795); the argument and date rules of rounds 4 and 5 came after. See docs/events.md.
   */
  @Test
  void seventhHeldOutSetScores() throws Exception {
    check("event held-out set 7", EventDevSet.HELD_OUT_7, 60, new Floors(0.87, 0.78, 0.84),
        new Floors(0.88, 0.89, 0.89));
  }

  /**
   * WikiNEuRal val, ENEIDE (Moro) and De Gasperi excerpts drawn by dev/make_heldout8.py, annotated blind and
   * measured once with the rules of main 2bcb28c (pipeline entities: F1 0.655, person recall 0.786, date accuracy
   * 0.972, modality 0.736); the round-5 modality, negation and lexicon rules came after. See docs/events.md.
   */
  @Test
  void eighthHeldOutSetScores() throws Exception {
    check("event held-out set 8", EventDevSet.HELD_OUT_8, 100, new Floors(0.83, 0.74, 0.96),
        new Floors(0.84, 0.74, 0.97));
  }

  /**
   * WikiNEuRal val, ENEIDE (Moro) and De Gasperi excerpts drawn by dev/make_heldout9.py from a broad list of relation
   * words (plus sentences with none), annotated blind and measured once with the rules of main fa23110 (pipeline
   * entities: F1 0.596, person recall 0.467, date accuracy 0.908); the round-6 lexicon and sense rules came after.
   * See docs/events.md, round 6.
   */
  @Test
  void ninthHeldOutSetScores() throws Exception {
    check("event held-out set 9", EventDevSet.HELD_OUT_9, 120, new Floors(0.82, 0.66, 0.88),
        new Floors(0.82, 0.82, 0.88));
  }

  /**
   * WikiNEuRal val (history of any century), ENEIDE (Moro) and De Gasperi excerpts drawn by dev/make_heldout10.py with
   * set 9's broad list, annotated blind and measured once with the rules of main cef94a9 (pipeline entities: F1 0.509,
   * person recall 0.643, date accuracy 0.929). See docs/events.md, "held-out 10, first measurement, unseen". The
   * round-7 fixes were then tuned on it (F1 0.710 pipeline, 0.707 oracle; docs/events.md, "Round 7 fixes"), so the
   * F1 floors now guard those fixes and 0.509 stays the estimate for unseen text.
   */
  @Test
  void tenthHeldOutSetScores() throws Exception {
    check("event held-out set 10", EventDevSet.HELD_OUT_10, 130, new Floors(0.70, 0.66, 0.90),
        new Floors(0.70, 0.72, 0.92));
  }

  /**
   * WikiNEuRal val, UD Italian train/dev and De Gasperi excerpts drawn by dev/make_heldout11.py with set 9's broad list,
   * annotated blind and measured once with the rules of main 102152f (pipeline entities: F1 0.730, person recall
   * 0.656, date accuracy 0.929; oracle 0.734, 0.813, 0.952). See docs/events.md, "Round 8: held-out 11, first
   * measurement, unseen". The round-8 lexicon was then checked on it (F1 0.838 pipeline, 0.854 oracle), so the F1
   * floors now guard those additions and 0.730 stays the estimate for unseen text.
   */
  @Test
  void eleventhHeldOutSetScores() throws Exception {
    check("event held-out set 11", EventDevSet.HELD_OUT_11, 125, new Floors(0.82, 0.77, 0.91),
        new Floors(0.84, 0.97, 0.94));
  }

  /**
   * WikiNEuRal val, UD Italian train/dev and De Gasperi excerpts (documents with sha1(name) % 6 == 0 no dev set used)
   * drawn by dev/make_heldout12.py with set 9's broad list, annotated blind and measured once with the rules of main
   * db7d21e (round 8 included; pipeline entities: F1 0.755, person recall 0.429, date accuracy 0.964; oracle 0.755,
   * 0.476, 0.976). See docs/events.md, "Round 9: held-out 12, first measurement, unseen". The round-9 fixes were then
   * checked on it (F1 0.798 in both modes), so the F1 floors guard those fixes and 0.755 stays the estimate for unseen
   * text.
   */
  @Test
  void twelfthHeldOutSetScores() throws Exception {
    check("event held-out set 12", EventDevSet.HELD_OUT_12, 115, new Floors(0.78, 0.81, 0.95),
        new Floors(0.78, 0.90, 0.96));
  }

  /**
   * De Gasperi excerpts (documents with sha1(name) % 6 in {1, 2} no event set used), Aldo Moro sentences (KIND
   * moro_train, index % 3 == 2) and UD Italian train/dev sentences drawn by dev/make_heldout13.py with set 9's broad
   * list, annotated blind and measured once with the rules of main 4f32ded (pipeline entities: F1 0.694, person
   * recall 0.471, date accuracy 0.987; oracle 0.688, 0.471, 0.987). See docs/events.md, "Round 11: held-out 13, first
   * measurement, unseen". The round-11 fixes were then checked on it (F1 0.795 pipeline, 0.789 oracle; persons 0.632),
   * so the F1 and person floors guard those fixes and 0.694 stays the estimate for unseen text. The session-8 argument
   * rules raised persons to 0.684 (13/19) in both modes; the person floors let one go.
   */
  @Test
  void thirteenthHeldOutSetScores() throws Exception {
    check("event held-out set 13", EventDevSet.HELD_OUT_13, 105, new Floors(0.75, 0.63, 0.96),
        new Floors(0.75, 0.63, 0.96));
  }

  /**
   * De Gasperi excerpts (documents with sha1(name) % 6 in {3, 4} no event set used), Aldo Moro sentences (KIND
   * moro_train, index % 3 == 2, not in set 13) and WikiNEuRal val sentences (history; a person named) drawn by
   * dev/make_heldout14.py with set 9's broad list, annotated blind and measured once with the rules of main 499c337
   * (pipeline entities: F1 0.718, person recall 0.517, date accuracy 0.947; oracle 0.715, 0.586, 0.968). See
   * docs/events.md, "Round 12: held-out 14, first measurement, unseen". The round-12 fixes were then checked on it
   * (F1 0.779 in both modes; persons 0.516 pipeline, 0.581 oracle), so the floors guard those fixes and 0.718 stays
   * the estimate for unseen text. The session-8 argument rules (event/arguments.txt) raised persons to 0.742 pipeline
   * and 0.871 oracle; the person floors guard them (one person may go). Session 14 matched two more events whose
   * person is a clitic ("proporlo per la nomina"): oracle person recall 0.875 (28/32) to 0.824 (28/34), floor 0.81.
   * Session 19 (evrecall19) matched "ispirato dalla musa Talia, condannò la nobiltà" (an active condemnation), whose
   * gold agent Parini is a dropped subject two clauses back: the nearest name, Talia, is taken instead, so oracle
   * person recall went from 0.81 to 0.80 with one more matched event; floor 0.79.
   */
  @Test
  void fourteenthHeldOutSetScores() throws Exception {
    check("event held-out set 14", EventDevSet.HELD_OUT_14, 140, new Floors(0.76, 0.70, 0.93),
        new Floors(0.76, 0.79, 0.95));
  }

  /**
   * Whole De Gasperi documents (the unused DaDoEval test-release documents of this session's events share), Aldo Moro
   * sentences (KIND moro_test, index % 3 == 2) and WikiNEuRal val/test sentences (history; a person named) drawn by
   * dev/make_heldout15.py, annotated blind and measured once with the rules of main 2fe1a5a (pipeline entities: F1
   * 0.730, person recall 0.658, date accuracy 0.899; oracle 0.727, 0.730, 0.912). See docs/events.md, "Round 13:
   * held-out 15, first measurement, unseen". The round-13 trigger fixes were then checked on it (F1 0.843 pipeline,
   * 0.842 oracle), so the F1 floors guard those fixes and 0.730 stays the estimate for unseen text. The session-9
   * argument rules raised persons to 0.907 pipeline and 0.976 oracle; the person floors guard them (one may go).
   * Until session 15 the build ran the pipeline mode only, and the oracle mode's person recall had fallen to 0.907
   * (39/43) unseen: "la conseguente nomina di Carlo Mazzone" takes the agent "la conseguente" (a common-noun subject
   * rule that the POS tags stop in pipeline mode), "Clemens August Droste zu Vischering, il quale fu arrestato e
   * imprigionato" loses its patient twice (found in pipeline mode), and a cataphoric possessive ("Con la sua elezione
   * Agnello Partecipazio") is missed in both modes. The oracle person floor is 0.89 since then.
   */
  @Test
  void fifteenthHeldOutSetScores() throws Exception {
    check("event held-out set 15", EventDevSet.HELD_OUT_15, 100, new Floors(0.80, 0.88, 0.87),
        new Floors(0.80, 0.89, 0.88));
  }

  /**
   * De Gasperi excerpts of the session's cross-task pool (documents only names/time sets reference), Aldo Moro
   * sentences (KIND moro_test, index % 3 == 2) and WikiNEuRal test/val sentences (index % 3 == 2; history; a person
   * named) drawn by dev/make_heldout16.py, annotated blind and measured once with the rules of main 87a7ec7 (pipeline
   * entities: F1 0.611, person recall 0.436, date accuracy 0.935; oracle 0.611, 0.512, 0.935). See docs/events.md,
   * "Round 14: held-out 16, first measurement, unseen". Five gold lines were then corrected to the conventions of sets
   * 10-15 (first run with the corrected file: F1 0.640, persons 0.476, dates 0.926; see "Held-out 16: gold corrected
   * after the first run"). The round-14 trigger fixes and the session-9 argument rules were then checked on it (F1
   * 0.781 pipeline, 0.789 oracle; persons 0.449 pipeline, 0.549 oracle), so the floors guard those and 0.640 stays the
   * estimate for unseen text.
   */
  @Test
  void sixteenthHeldOutSetScores() throws Exception {
    check("event held-out set 16", EventDevSet.HELD_OUT_16, 130, new Floors(0.76, 0.42, 0.91),
        new Floors(0.76, 0.52, 0.91));
  }

  /**
   * Part a (tuned on) of held-out 17: ENEIDE AMD test, WikiNEuRal-it test and UD ParlaMint sentences of session 10's
   * events pools drawn by dev/make_heldout17.py, annotated blind, split by {@link EventDevSet#part17}. First run with
   * the rules of main 8b80e9d: F1 0.800, persons 0.318, dates 0.976 (pipeline); 0.792, 0.455, 0.976 (oracle). The
   * session-10 rules were tuned on it (F1 0.862 in both modes, persons 0.652 pipeline and 0.913 oracle, dates 0.979);
   * the floors guard them. See docs/events.md, "Round 15: held-out 17, first measurement, unseen".
   */
  @Test
  void seventeenthHeldOutSetPartAScores() throws Exception {
    check("event held-out set 17a", EventDevSet.HELD_OUT_17, d -> EventDevSet.part17(d.id()) == 'a', 55,
        new Floors(0.84, 0.60, 0.95), new Floors(0.84, 0.87, 0.95));
  }

  /**
   * Part b of held-out 17, kept unseen while the session-10 rules were tuned on part a: measured at the first run
   * (main 8b80e9d: F1 0.710, persons 0.576, dates 0.918 pipeline; 0.721, 0.606, 0.918 oracle) and once with the final
   * rules (the same numbers: the fixes changed nothing on it, the honest estimate of what they are worth on unseen
   * text). The floors sit a little under.
   */
  @Test
  void seventeenthHeldOutSetPartBScores() throws Exception {
    check("event held-out set 17b", EventDevSet.HELD_OUT_17, d -> EventDevSet.part17(d.id()) == 'b', 70,
        new Floors(0.69, 0.54, 0.89), new Floors(0.70, 0.57, 0.89));
  }

  /**
   * Part a of held-out 18: ENEIDE AMD train/dev/test and WikiNEuRal-it test/val sentences of session 11's events
   * pools drawn by dev/make_heldout18.py, annotated blind, split by {@link EventDevSet#part18}. First run with
   * the rules of main ea10f09: F1 0.661, persons 0.688 (11/16), dates 0.949 (pipeline); 0.683, 0.684, 0.951 (oracle).
   * The floors sit a little under. See docs/events.md, "Round 16: held-out 18, first measurement, unseen".
   */
  @Test
  void eighteenthHeldOutSetPartAScores() throws Exception {
    check("event held-out set 18a", EventDevSet.HELD_OUT_18, d -> EventDevSet.part18(d.id()) == 'a', 60,
        new Floors(0.64, 0.65, 0.92), new Floors(0.66, 0.65, 0.92));
  }

  /**
   * Part b of held-out 18 (the same draw, the other half of the salted split). First run with the rules of main
   * ea10f09: F1 0.673, persons 0.643 (9/14), dates 0.941 (pipeline); 0.673, 0.714, 0.941 (oracle). The floors sit a
   * little under.
   */
  @Test
  void eighteenthHeldOutSetPartBScores() throws Exception {
    check("event held-out set 18b", EventDevSet.HELD_OUT_18, d -> EventDevSet.part18(d.id()) == 'b', 55,
        new Floors(0.65, 0.60, 0.91), new Floors(0.65, 0.67, 0.91));
  }

  /**
   * Part a of held-out 19: KIND De Gasperi sentences (ADG dev/test/train) of session 13's events pool drawn by
   * dev/make_heldout19.py, annotated blind, split by {@link EventDevSet#part19}. First run with the rules of main
   * 5b8ed64: F1 0.696, persons 0.667 (4/6), dates 1.000 (pipeline); 0.696, 0.833 (5/6), 1.000 (oracle). The floors
   * sit a little under. See docs/events.md, "Round 17: held-out 19 (KIND De Gasperi), first measurement, unseen
   * (session 13)".
   */
  @Test
  void nineteenthHeldOutSetPartAScores() throws Exception {
    check("event held-out set 19a", EventDevSet.HELD_OUT_19, d -> EventDevSet.part19(d.id()) == 'a', 50,
        new Floors(0.67, 0.60, 0.95), new Floors(0.67, 0.80, 0.95));
  }

  /**
   * Part b of held-out 19 (the same draw, the other half of the salted split). First run with the rules of main
   * 5b8ed64: F1 0.627, persons 0.750 (3/4), dates 0.969 (pipeline); 0.634, 0.750, 0.969 (oracle). The floors sit a
   * little under.
   */
  @Test
  void nineteenthHeldOutSetPartBScores() throws Exception {
    check("event held-out set 19b", EventDevSet.HELD_OUT_19, d -> EventDevSet.part19(d.id()) == 'b', 55,
        new Floors(0.60, 0.70, 0.93), new Floors(0.61, 0.70, 0.93));
  }

  /**
   * Part a of held-out 20: WikiNEuRal-it val/test and KIND Moro sentences of session 16's events draw
   * (dev/make_heldout20.py: persons, dates, generic verbs near a person), annotated blind, split by
   * {@link EventDevSet#part20}. First run with the rules of main 1f3f4b8: F1 0.700, persons 0.452 (14/31), dates 0.980
   * (pipeline); 0.705, 0.516 (16/31), 0.980 (oracle). The floors sit a little under. See docs/events.md, "Round 18:
   * held-out 20 (first measurement, unseen, session 16)".
   */
  @Test
  void twentiethHeldOutSetPartAScores() throws Exception {
    check("event held-out set 20a", EventDevSet.HELD_OUT_20, d -> EventDevSet.part20(d.id()) == 'a', 70,
        new Floors(0.68, 0.42, 0.95), new Floors(0.68, 0.48, 0.95));
  }

  /**
   * Part b of held-out 20 (the same draw, the other half of the salted split; its errors are not read). First run with
   * the rules of main 1f3f4b8: F1 0.745, persons 0.594 (19/32), dates 0.950 (pipeline); 0.736, 0.719 (23/32), 0.950
   * (oracle). The floors sit a little under.
   */
  @Test
  void twentiethHeldOutSetPartBScores() throws Exception {
    check("event held-out set 20b", EventDevSet.HELD_OUT_20, d -> EventDevSet.part20(d.id()) == 'b', 85,
        new Floors(0.72, 0.56, 0.92), new Floors(0.71, 0.69, 0.92));
  }

  /**
   * Part a of held-out 21: WikiNEuRal-it val/test, UD Italian and KIND Moro sentences of session 18's events draw
   * (dev/make_heldout21.py: persons, history prose, generic verbs near a person), annotated blind, split by
   * {@link EventDevSet#part21}. First run with the rules of main 62596f2: F1 0.585, persons 0.778 (7/9), dates
   * 0.958 (pipeline); 0.585, 0.778 (7/9), 0.958 (oracle). The floors sit a little under (one person fewer for persons).
   * See docs/events.md, "Round 19: held-out 21 (first measurement, unseen, session 18)". Session 19 removed five gold
   * events that broke the older sets' conventions (convictions, conquests, a kidnapping: dev/event_conventions19.py),
   * so the gold count is 44.
   */
  @Test
  void twentyFirstHeldOutSetPartAScores() throws Exception {
    check("event held-out set 21a", EventDevSet.HELD_OUT_21, d -> EventDevSet.part21(d.id()) == 'a', 42,
        new Floors(0.56, 0.66, 0.91), new Floors(0.56, 0.66, 0.91));
  }

  /**
   * Part b of held-out 21 (the same draw, the other half of the salted split; its errors are not read). First run with
   * the rules of main 62596f2: F1 0.653, persons 0.650 (13/20), dates 0.935 (pipeline); 0.653, 0.750 (15/20), 0.935
   * (oracle). The floors sit a little under.
   */
  @Test
  void twentyFirstHeldOutSetPartBScores() throws Exception {
    check("event held-out set 21b", EventDevSet.HELD_OUT_21, d -> EventDevSet.part21(d.id()) == 'b', 50,
        new Floors(0.63, 0.60, 0.90), new Floors(0.63, 0.70, 0.90));
  }

  /**
   * Part a of held-out 22: KIND WN_test (Wikinews), ADG_test (De Gasperi) and Moro sentences and UD Italian PUD and
   * ParlaMint sentences of session 21's events draw (dev/make_heldout22.py), annotated blind, split by
   * {@link EventDevSet#part22}. First run with the rules of main 146fc77: F1 0.757, persons 0.381 (8/21), dates 0.929
   * (pipeline); 0.757, 0.476 (10/21), 0.929 (oracle). The floors sit a little under (two persons fewer for persons).
   * See docs/events.md, "Session 21: set 22".
   */
  @Test
  void twentySecondHeldOutSetPartAScores() throws Exception {
    check("event held-out set 22a", EventDevSet.HELD_OUT_22, d -> EventDevSet.part22(d.id()) == 'a', 40,
        new Floors(0.73, 0.28, 0.89), new Floors(0.73, 0.38, 0.89));
  }

  /**
   * Part b of held-out 22 (the same draw, the other half of the salted split; its errors are not read). First run with
   * the rules of main 146fc77: F1 0.667, persons 0.421 (8/19), dates 0.846 (pipeline); 0.675, 0.421 (8/19), 0.846
   * (oracle). The floors sit a little under.
   */
  @Test
  void twentySecondHeldOutSetPartBScores() throws Exception {
    check("event held-out set 22b", EventDevSet.HELD_OUT_22, d -> EventDevSet.part22(d.id()) == 'b', 37,
        new Floors(0.64, 0.31, 0.80), new Floors(0.64, 0.31, 0.80));
  }

  /**
   * Part a of held-out 23: KIND WN_dev / WN_train (Wikinews) and moro_train sentences and UD Italian ISDT, VIT and
   * ParTUT sentences of session 25's events draw (dev/make_heldout23.py), annotated blind, split by
   * {@link EventDevSet#part23}. First run with the rules of main 45c0dbe9: F1 0.785, persons 0.645 (20/31), dates
   * 0.774 (pipeline); 0.795, 0.645 (20/31), 0.774 (oracle). The floors sit a little under (two persons fewer for
   * persons). See docs/events.md, "Session 25: set 23".
   */
  @Test
  void twentyThirdHeldOutSetPartAScores() throws Exception {
    check("event held-out set 23a", EventDevSet.HELD_OUT_23, d -> EventDevSet.part23(d.id()) == 'a', 38,
        new Floors(0.76, 0.58, 0.74), new Floors(0.77, 0.58, 0.74));
  }

  /**
   * Part b of held-out 23 (the same draw, the other half of the salted split; its errors are not read). First run with
   * the rules of main 45c0dbe9: F1 0.784, persons 0.579 (22/38), dates 0.868 (pipeline); 0.792, 0.658 (25/38), 0.868
   * (oracle). The floors sit a little under (two persons fewer for persons).
   */
  @Test
  void twentyThirdHeldOutSetPartBScores() throws Exception {
    check("event held-out set 23b", EventDevSet.HELD_OUT_23, d -> EventDevSet.part23(d.id()) == 'b', 50,
        new Floors(0.76, 0.52, 0.84), new Floors(0.77, 0.60, 0.84));
  }
}
