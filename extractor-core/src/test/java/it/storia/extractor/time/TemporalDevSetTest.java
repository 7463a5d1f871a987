package it.storia.extractor.time;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression guard: the bundled rules scored on the hand-checked development set (the sample text and excerpts
 * of De Gasperi documents), without and with the documents' DaDoEval years as document dates. "tune" is the part
 * the rules were tuned on; "heldout", "blind", "blind2", "blind3" and "blind4" were each annotated after a
 * freeze of the rules, measured once, and then studied; "blind4-news" is three MEANTIME news articles, measured
 * once; "blind5" (De Gasperi) and "blind5-wiki" (WikiNEuRal history sentences, read by reference from
 * ../shared/data) were annotated before a first run, then studied, and so were "blind6" (De Gasperi) and
 * "blind6-nc" (ENEIDE Moro paragraphs and WikiNEuRal sentences, by reference), and "blind7" (the last unused
 * De Gasperi documents of the time residue) and "blind7-nc" (WikiNEuRal history sentences and ENEIDE paragraphs),
 * "blind8" (the unused De Gasperi documents of residue 2) and "blind8-nc" (WikiNEuRal sentences and ENEIDE paragraphs),
 * "blind9-nc" (WikiNEuRal sentences, ENEIDE paragraphs, UD history sentences), "blind10" (the unused De Gasperi
 * documents of residue 3, WikiNEuRal, UD and ENEIDE), "blind11" (the unused De Gasperi documents of residues 0 and 5,
 * KIND Moro, ParlaMint and WikiNEuRal sentences), "blind12" (KIND Moro, ParlaMint, MarkIT and WikiNEuRal
 * sentences), "blind13" (KIND moro_test Moro sentences, also scored after two context sentences, WikiNEuRal val/test
 * sentences, three De Gasperi excerpts), "blind14" (paragraphs of 82 De Gasperi files only the event dev sets quote,
 * WikiNEuRal val/test sentences), "blind15" (ENEIDE Moro paragraphs with their publication dates, WikiNEuRal test
 * sentences; part a tuned on, part b held out), "blind16" and "blind17" (passages of KIND's De Gasperi sections, by
 * reference; parts a and b), "blind18", "blind19" and "blind20" (whole De Gasperi documents and WikiNEuRal sentences,
 * by reference; parts a and b) (see docs/time.md for the first measurements).
 * Floors sit slightly below the measured scores. {@code -Dtime.details=true} prints every part's errors.
 */
class TemporalDevSetTest {
  private static Extractor extractor;
  private static Extractor newsExtractor;

  @BeforeAll
  static void load() {
    RuleTemporalTagger tagger = RuleTemporalTagger.fromClasspath();
    extractor = SharedPipeline.with(b -> b.temporalTagger(tagger));
    newsExtractor = SharedPipeline.with(b -> b
        .temporalTagger(tagger.withAnchoring(DateResolver.Anchoring.NEWS)));
  }

  private static TemporalEvaluation evaluate(String part) {
    return evaluate(part, extractor, "", true, false);
  }

  /** Scores a dev-set part with each De Gasperi document's DaDoEval year given as its document date. */
  private static TemporalEvaluation evaluateWithYears(String part) {
    return evaluate(part, extractor, "", true, true);
  }

  private static TemporalEvaluation evaluate(String part, Extractor extractor, String prefix, boolean details) {
    return evaluate(part, extractor, prefix, details, false);
  }

  /** Scores the documents of a dev-set part whose id starts with {@code prefix}. */
  private static TemporalEvaluation evaluate(String part, Extractor extractor, String prefix, boolean details,
      boolean withYears) {
    TemporalEvaluation eval = new TemporalEvaluation();
    for (Map.Entry<String, List<TemporalEvaluation.Gold>> doc
        : TemporalEvaluation.read("/devset/time/" + part + ".tsv").entrySet()) {
      if (!doc.getKey().startsWith(prefix)) {
        continue;
      }
      String text = TemporalEvaluation.text(doc.getKey());
      String year = withYears ? TemporalEvaluation.years().get(doc.getKey()) : null;
      List<Entity> dates = extractor.extract(text, doc.getKey(), null, year).entities().stream()
          .filter(e -> e.type() == EntityType.DATE).toList();
      for (TemporalEvaluation.Gold g : doc.getValue()) {
        assertThat(text.substring(g.begin(), g.end())).as("gold offsets of %s", g).isEqualTo(g.text());
      }
      eval.add(doc.getKey(), doc.getValue(), dates);
    }
    System.out.println(eval.summary(part + (prefix.isEmpty() ? "" : " " + prefix + "*")
        + (extractor == newsExtractor ? " NEWS anchoring" : "") + (withYears ? " with document years" : "")));
    if (details || Boolean.getBoolean("time.details")) {
      eval.errors().forEach(e -> System.out.println("  " + e));
    }
    return eval;
  }

  @Test
  void tunePartMeetsItsFloors() {
    TemporalEvaluation eval = evaluate("tune");
    assertThat(eval.gold()).isGreaterThanOrEqualTo(150);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.94);
  }

  @Test
  void heldOutPartMeetsItsFloors() {
    TemporalEvaluation eval = evaluate("heldout");
    assertThat(eval.gold()).isGreaterThanOrEqualTo(150);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void blindPartMeetsItsFloors() {
    TemporalEvaluation eval = evaluate("blind");
    assertThat(eval.gold()).isGreaterThanOrEqualTo(40);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void secondBlindPartMeetsItsFloors() {
    TemporalEvaluation eval = evaluate("blind2");
    assertThat(eval.gold()).isGreaterThanOrEqualTo(75);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.94);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.79);
  }

  @Test
  void thirdBlindPartMeetsItsFloors() {
    TemporalEvaluation eval = evaluate("blind3");
    assertThat(eval.gold()).isGreaterThanOrEqualTo(60);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.98);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.81);
  }

  @Test
  void fourthBlindPartMeetsItsFloors() {
    TemporalEvaluation eval = evaluate("blind4");
    assertThat(eval.gold()).isGreaterThanOrEqualTo(60);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.96);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void fifthBlindPartMeetsItsFloors() {
    TemporalEvaluation eval = evaluate("blind5");
    TemporalEvaluation withYears = evaluateWithYears("blind5");
    assertThat(eval.gold()).isGreaterThanOrEqualTo(60);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.74);
    assertThat(withYears.valueAccuracy()).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void sixthBlindPartMeetsItsFloors() {
    TemporalEvaluation eval = evaluate("blind6");
    TemporalEvaluation withYears = evaluateWithYears("blind6");
    assertThat(eval.gold()).isGreaterThanOrEqualTo(60);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.99);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.99);
    // Session 17b: the dateline-day convention (a day of unknown month takes the year of writing when it is known)
    // made one gold ("in data del 3", 1912) need that year: 48/62 -> 47/62 without it, unchanged with it.
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.75);
    assertThat(withYears.valueAccuracy()).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * ENEIDE (Aldo Moro) paragraphs with their publication dates and WikiNEuRal-it 20th-century history sentences,
   * referenced (not copied): skipped where ../shared/data is absent.
   */
  @Test
  void sixthNonCommercialPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind6-nc skipped");
    TemporalEvaluation eval = evaluate("blind6-nc");
    TemporalEvaluation withYears = evaluateWithYears("blind6-nc");
    evaluate("blind6-nc", extractor, "en-", false, false);
    evaluate("blind6-nc", extractor, "en-", false, true);
    evaluate("blind6-nc", extractor, "wn-", false, false);
    assertThat(eval.gold()).isGreaterThanOrEqualTo(40);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.99);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.91);
    assertThat(withYears.valueAccuracy()).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * blind7: the last unused De Gasperi documents of the time engineers' residue (same-genre and cross-genre
   * letters), annotated before a first run.
   */
  @Test
  void seventhBlindPartMeetsItsFloors() {
    TemporalEvaluation eval = evaluate("blind7");
    TemporalEvaluation withYears = evaluateWithYears("blind7");
    assertThat(eval.gold()).isGreaterThanOrEqualTo(45);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.89);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.99);
    // Session 17b: the dateline-day convention (a day of unknown month takes the year of writing when it is known)
    // made three golds ("giorno 10", "giorno 23 corrente", "giorno 18") need it: 27/47 -> 24/47 without, same with.
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.50);
    assertThat(withYears.valueAccuracy()).isGreaterThanOrEqualTo(0.89);
  }

  /**
   * blind7-nc: WikiNEuRal-it history sentences and ENEIDE (Aldo Moro) paragraphs with their publication dates,
   * referenced (not copied), annotated before a first run: skipped where ../shared/data is absent.
   */
  @Test
  void seventhNonCommercialPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind7-nc skipped");
    TemporalEvaluation eval = evaluate("blind7-nc");
    TemporalEvaluation withYears = evaluateWithYears("blind7-nc");
    evaluate("blind7-nc", extractor, "en-", false, false);
    evaluate("blind7-nc", extractor, "en-", false, true);
    evaluate("blind7-nc", extractor, "wn-", false, false);
    assertThat(eval.gold()).isGreaterThanOrEqualTo(85);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.99);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.98);
    assertThat(withYears.valueAccuracy()).isGreaterThanOrEqualTo(0.98);
  }

  /**
   * blind8: every unused De Gasperi document of residue 2 (same-genre and cross-genre), annotated before a first
   * run of the rules of main {@code cef94a9}.
   */
  @Test
  void eighthBlindPartMeetsItsFloors() {
    TemporalEvaluation eval = evaluate("blind8");
    TemporalEvaluation withYears = evaluateWithYears("blind8");
    assertThat(eval.gold()).isGreaterThanOrEqualTo(30);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.93);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.51);
    assertThat(withYears.valueAccuracy()).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * blind8-nc: WikiNEuRal-it val sentences and ENEIDE (Aldo Moro) paragraphs with their publication dates,
   * referenced (not copied), annotated before a first run: skipped where ../shared/data is absent.
   */
  @Test
  void eighthNonCommercialPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind8-nc skipped");
    TemporalEvaluation eval = evaluate("blind8-nc");
    TemporalEvaluation withYears = evaluateWithYears("blind8-nc");
    evaluate("blind8-nc", extractor, "en-", false, false);
    evaluate("blind8-nc", extractor, "en-", false, true);
    evaluate("blind8-nc", extractor, "wn-", false, false);
    assertThat(eval.gold()).isGreaterThanOrEqualTo(85);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.99);
    // Session 19: 0.99 -> 0.98. The movable feast "10 aprile 1300 (Pasqua)" of a WikiNEuRal sentence is found (value
    // right) but not in this set's gold, while blind10 and blind12 annotate the same bracketed feast (P 1.000 -> 0.989).
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.86);
    assertThat(withYears.valueAccuracy()).isGreaterThanOrEqualTo(0.98);
  }

  /**
   * blind9-nc: WikiNEuRal-it val sentences, ENEIDE (Aldo Moro) paragraphs with their publication dates and UD
   * Italian train/dev history sentences, referenced (not copied), annotated before a first run of the rules of main
   * {@code 102152f} (P 0.901, R 0.951, values 0.740, with publication dates 0.923), then studied (round 8): skipped
   * where ../shared/data is absent. Not in the spans-unchanged guard: with a full publication date a weekday alone
   * ("nel sabato") is tagged.
   */
  @Test
  void ninthNonCommercialPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind9-nc skipped");
    TemporalEvaluation eval = evaluate("blind9-nc");
    TemporalEvaluation withYears = evaluateWithYears("blind9-nc");
    evaluate("blind9-nc", extractor, "wn-", false, false);
    evaluate("blind9-nc", extractor, "en-", false, false);
    evaluate("blind9-nc", extractor, "en-", false, true);
    evaluate("blind9-nc", extractor, "ud-", false, false);
    assertThat(eval.gold()).isGreaterThanOrEqualTo(160);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.96);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.98);
    // 0.72 since session 14: "del 7 corrente" (a day of the month of writing) is found, and its month is unknown
    // (XXXX-XX-07): one more matched expression, no value right before is wrong after (0.734 -> 0.730).
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.72);
    assertThat(withYears.recall()).isGreaterThanOrEqualTo(0.96);
    assertThat(withYears.valueAccuracy()).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * blind10: the 16 unused De Gasperi documents of residue 3 (with their DaDoEval years), WikiNEuRal-it val
   * sentences, UD Italian train/dev sentences and ENEIDE (Aldo Moro) paragraphs with their publication dates, the
   * corpus text referenced (not copied), annotated before a first run of the rules of main {@code 3ec66b3} (P 0.949,
   * R 0.963, values 0.860, with document years 0.930), then studied (round 9: P 0.992, R 0.970): skipped where
   * ../shared/data is absent.
   */
  @Test
  void tenthPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind10 skipped");
    TemporalEvaluation eval = evaluate("blind10");
    TemporalEvaluation withYears = evaluateWithYears("blind10");
    for (String prefix : List.of("dg-", "wn-", "ud-", "en-")) {
      evaluate("blind10", extractor, prefix, false, false);
      evaluate("blind10", extractor, prefix, false, true);
    }
    assertThat(eval.gold()).isGreaterThanOrEqualTo(130);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.96);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.85);
    assertThat(withYears.recall()).isGreaterThanOrEqualTo(0.96);
    assertThat(withYears.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(withYears.valueAccuracy()).isGreaterThanOrEqualTo(0.94);
  }

  /**
   * blind11: the 8 unused De Gasperi documents of residues 0 and 5 that hold a date cue (with their DaDoEval years),
   * Aldo Moro sentences of KIND (moro_train, silver NER; no document date), UD ParlaMint train sentences and
   * WikiNEuRal-it val sentences, the corpus text referenced (not copied), annotated before a first run of the rules of
   * main {@code 4f32ded} (P 0.954, R 0.909, values 0.805, with document years 0.847; 0.956, 0.954, 0.790, 0.831 with the
   * KIND text rebuilt without a space after an apostrophe and one range corrected), then studied (round 10: P 0.984,
   * R 0.962, values 0.840, with document years 0.888): skipped where ../shared/data is absent.
   */
  @Test
  void eleventhPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind11 skipped");
    TemporalEvaluation eval = evaluate("blind11");
    TemporalEvaluation withYears = evaluateWithYears("blind11");
    for (String prefix : List.of("dg-", "km-", "pm-", "wn-")) {
      evaluate("blind11", extractor, prefix, false, false);
      evaluate("blind11", extractor, prefix, false, true);
    }
    assertThat(eval.gold()).isGreaterThanOrEqualTo(130);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.83);
    assertThat(withYears.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(withYears.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(withYears.valueAccuracy()).isGreaterThanOrEqualTo(0.88);
  }

  /**
   * blind12: Aldo Moro sentences of KIND (moro_train, % 3 == 1, no document date), UD ParlaMint train sentences (their
   * sitting date as document date), UD MarkIT train/dev sentences and WikiNEuRal-it val sentences, the corpus text
   * referenced (not copied), annotated before a first run of the rules of main {@code f675d28} (P 0.976, R 0.969,
   * values 0.683, with document dates 0.724), then studied (round 11: P 0.992, R 0.976, values 0.855, with document
   * dates 0.895): skipped where ../shared/data is absent.
   */
  @Test
  void twelfthPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind12 skipped");
    TemporalEvaluation eval = evaluate("blind12");
    TemporalEvaluation withYears = evaluateWithYears("blind12");
    for (String prefix : List.of("km-", "pm-", "mk-", "wn-")) {
      evaluate("blind12", extractor, prefix, false, false);
      evaluate("blind12", extractor, prefix, false, true);
    }
    assertThat(eval.gold()).isGreaterThanOrEqualTo(125);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.84);
    assertThat(withYears.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(withYears.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(withYears.valueAccuracy()).isGreaterThanOrEqualTo(0.88);
  }

  /**
   * blind13: Aldo Moro sentences of KIND moro_test (% 3 == 1, no document date), WikiNEuRal-it val and test history
   * sentences and the three date-bearing excerpts of the unused De Gasperi files of this session's dates residue (their
   * DaDoEval years as document dates), the corpus text referenced (not copied), annotated before a first run of the
   * rules of main {@code 2fe1a5a} (P 1.000, R 0.939, values 0.879 with or without document years), then studied (round
   * 12: R 0.977, values 0.891). The Moro sentences are also scored after their two preceding sentences of the
   * corpus (references {@code km-test-N-c1}, {@code -c2}), which tells whether their value errors are an artefact of
   * lone sentences: skipped where ../shared/data is absent.
   */
  @Test
  void thirteenthPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind13 skipped");
    TemporalEvaluation eval = evaluate("blind13");
    TemporalEvaluation withYears = evaluateWithYears("blind13");
    for (String prefix : List.of("km-", "wn-", "dg-")) {
      evaluate("blind13", extractor, prefix, false, false);
      evaluate("blind13", extractor, prefix, false, true);
    }
    TemporalEvaluation inContext = evaluateInContext("blind13", "km-");
    assertThat(eval.gold()).isGreaterThanOrEqualTo(120);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.88);
    assertThat(withYears.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(withYears.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(withYears.valueAccuracy()).isGreaterThanOrEqualTo(0.88);
    assertThat(inContext.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(inContext.valueAccuracy()).isGreaterThanOrEqualTo(0.65);
  }

  /**
   * blind14: date-bearing paragraphs of 82 De Gasperi files of this session's dates pool (files only the event dev sets
   * quote; their DaDoEval years as document dates) and WikiNEuRal-it val and test sentences (text referenced, not
   * copied), annotated before a first run of the rules of main {@code 87a7ec7} (P 0.969, R 0.969, values 0.681, with
   * document years 0.843), then studied (round 13: P 0.989, R 0.984, values 0.681, with document years 0.910): skipped
   * where ../shared/data is absent.
   */
  @Test
  void fourteenthPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind14 skipped");
    TemporalEvaluation eval = evaluate("blind14");
    TemporalEvaluation withYears = evaluateWithYears("blind14");
    for (String prefix : List.of("dg-", "wn-")) {
      evaluate("blind14", extractor, prefix, false, false);
      evaluate("blind14", extractor, prefix, false, true);
    }
    assertThat(eval.gold()).isGreaterThanOrEqualTo(190);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.98);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.98);
    // Session 17b: the dateline-day convention (a day of unknown month takes the year of writing when it is known)
    // made the dateline "Roma, 7 sera." (1919) need it: 128/191 -> 127/191 without, same with.
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.66);
    assertThat(withYears.recall()).isGreaterThanOrEqualTo(0.98);
    assertThat(withYears.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(withYears.valueAccuracy()).isGreaterThanOrEqualTo(0.92);
  }

  /**
   * blind15: ENEIDE AMD paragraphs (Aldo Moro, 1940-1978; their publication dates as document dates) and WikiNEuRal-it
   * test sentences of session 10's dates pools (text referenced, not copied), annotated before a first run of the
   * rules of main {@code 8b80e9d} (P 0.988, R 0.929, values 0.930, with publication dates R 0.941, values 0.981);
   * split into part a (tuned on in round 14: P 0.994, R 0.947, values 0.913, with dates R 0.959, values 0.982 on the
   * whole set) and part b (held out; unchanged by round 14) by {@code blind15-parts.tsv}.
   * Scores and errors are printed for part a only, unless {@code -Dtime.blind15.b=true} (the first and the final
   * measurements: then the scores of b and of the whole set, and the errors of b, are printed too).
   * Skipped where ../shared/data is absent.
   */
  @Test
  void fifteenthPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind15 skipped");
    Map<String, TemporalEvaluation> scores = evaluateParts("blind15", List.of("en-", "wn-"),
        Boolean.getBoolean("time.blind15.b"));
    TemporalEvaluation all = scores.get("blind15");
    TemporalEvaluation withDates = scores.get("blind15 with document dates");
    assertThat(all.gold()).isGreaterThanOrEqualTo(165);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.94);
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.98);
    // 0.89 since session 17 (was 0.90): the newly found "Natale" of a Moro paragraph has no year without its
    // publication date (XXXX-12-25; right with it): 147/163 -> 147/164 = 0.896, no right value turned wrong.
    assertThat(all.valueAccuracy()).isGreaterThanOrEqualTo(0.89);
    assertThat(withDates.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(withDates.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(withDates.valueAccuracy()).isGreaterThanOrEqualTo(0.97);
  }

  /**
   * blind16: De Gasperi paragraphs (DaDoEval files of session 11's dates share that no dates dev set names; their
   * DaDoEval years as document dates), ENEIDE AMD paragraphs (Aldo Moro; publication dates) and WikiNEuRal-it val
   * history sentences, annotated before a first run of the rules of main {@code ea10f09} (P 0.987, R 0.943, values
   * 0.649, with document dates R 0.949, values 0.826; after session 12's resolution rules values 0.649 and 0.859);
   * split into part a and part b
   * (held out) by {@code blind16-parts.tsv}. Scores and errors are printed for part a only, unless
   * {@code -Dtime.blind16.b=true}. Skipped where ../shared/data is absent.
   */
  @Test
  void sixteenthPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind16 skipped");
    Map<String, TemporalEvaluation> scores = evaluateParts("blind16", List.of("dg-", "en-", "wn-"),
        Boolean.getBoolean("time.blind16.b"));
    TemporalEvaluation all = scores.get("blind16");
    TemporalEvaluation withDates = scores.get("blind16 with document dates");
    assertThat(all.gold()).isGreaterThanOrEqualTo(155);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.93);
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(all.valueAccuracy()).isGreaterThanOrEqualTo(0.63);
    assertThat(withDates.recall()).isGreaterThanOrEqualTo(0.94);
    assertThat(withDates.precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(withDates.valueAccuracy()).isGreaterThanOrEqualTo(0.84);
  }

  /**
   * blind17: passages of KIND's De Gasperi sections (kind/evalita-2023 ADG dev/test/train, by reference: {@code
   * ka-FILE-A-B} = sentences A..B; no document dates), annotated before a first run of the rules of main {@code
   * 5b8ed64} (P 0.981, R 0.817, values 0.631; part a P 0.960, R 0.814, values 0.667; see docs/time.md); split into
   * part a and part b (held out) by {@code blind17-parts.tsv}. Scores and
   * errors are printed for part a only, unless {@code -Dtime.blind17.b=true}. Skipped where ../shared/data is absent.
   */
  @Test
  void seventeenthPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind17 skipped");
    Map<String, TemporalEvaluation> scores = evaluateParts("blind17", List.of("ka-"),
        Boolean.getBoolean("time.blind17.b"));
    TemporalEvaluation all = scores.get("blind17");
    TemporalEvaluation a = scores.get("blind17a");
    assertThat(all.gold()).isGreaterThanOrEqualTo(125);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.80);
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.96);
    assertThat(all.valueAccuracy()).isGreaterThanOrEqualTo(0.61);
    assertThat(a.recall()).isGreaterThanOrEqualTo(0.80);
    assertThat(a.precision()).isGreaterThanOrEqualTo(0.94);
    assertThat(a.valueAccuracy()).isGreaterThanOrEqualTo(0.65);
  }

  /**
   * blind18: 150 WHOLE De Gasperi documents (DaDoEval files that no dates file names, in the seed order, by reference:
   * {@code dg-} ids in {@code corpus-refs.tsv}; their DaDoEval years as document dates) and 28 WikiNEuRal-it val/test
   * history sentences, annotated before a first run of the rules of main {@code 7082868} (P 0.988, R 0.887, values
   * 0.630, with document dates P 0.977, values 0.891; part a P 1.000, R 0.879, values 0.638 and 0.875; see
   * docs/time.md, "blind18"); split into part a and part b by {@code blind18-parts.tsv}. Scores and errors are
   * printed for part a only; {@code -Dtime.blind18.b=true} adds the summary lines of part b and of the whole set,
   * never part b's errors.
   * Skipped where ../shared/data is absent.
   */
  @Test
  void eighteenthPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind18 skipped");
    Map<String, TemporalEvaluation> scores = evaluateParts("blind18", List.of("dg-", "wn-"),
        Boolean.getBoolean("time.blind18.b"), false);
    TemporalEvaluation all = scores.get("blind18");
    TemporalEvaluation withDates = scores.get("blind18 with document dates");
    TemporalEvaluation a = scores.get("blind18a");
    TemporalEvaluation aWithDates = scores.get("blind18a with document dates");
    assertThat(all.gold()).isGreaterThanOrEqualTo(185);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.88);
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.98);
    // Session 19: 0.62 -> 0.61. Three part-a expressions found ("lettera del 7", "articolo del 14", "dopo Pasqua") add
    // matched values that need the year of writing (part a 51/82 -> 51/85).
    assertThat(all.valueAccuracy()).isGreaterThanOrEqualTo(0.61);
    assertThat(withDates.recall()).isGreaterThanOrEqualTo(0.88);
    assertThat(withDates.precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(withDates.valueAccuracy()).isGreaterThanOrEqualTo(0.88);
    // Session 17b (part a only): the capitals dateline "INNSBRUCK, 14." and its "l'indomani" found (R 0.879 -> 0.901),
    // both of unknown year without the year of writing (values 51/80 -> 51/82), right with it (70/80 -> 76/82, with
    // four more datelines and a "giorno 11" now given the year of writing).
    // Session 19: R 0.901 -> 0.934 (floor 0.89 -> 0.93), values 51/82 -> 51/85 (floor 0.61 -> 0.59), with dates 77/82
    // -> 78/85: the three expressions above, right with the year of writing only for "lettera del 7".
    assertThat(a.recall()).isGreaterThanOrEqualTo(0.93);
    assertThat(a.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(a.valueAccuracy()).isGreaterThanOrEqualTo(0.59);
    assertThat(aWithDates.valueAccuracy()).isGreaterThanOrEqualTo(0.91);
  }

  /**
   * blind19: 90 more WHOLE De Gasperi documents (the next 90 of blind18's pool in the seed order, by reference; their
   * DaDoEval years as document dates) and 30 WikiNEuRal-it val/test history sentences, annotated before a first run of
   * the rules of main {@code fcc16f66} (P 0.995, R 0.935, values 0.713, with document dates 0.906; part a P 1.000,
   * R 0.909, values 0.660 and 0.870; see docs/time.md, "blind19"); split into part a and part b by {@code
   * blind19-parts.tsv}. Scores and errors are printed for part a only; {@code -Dtime.blind19.b=true} adds the summary
   * lines of part b and of the whole set, never part b's errors. Skipped where ../shared/data is absent.
   */
  @Test
  void nineteenthPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind19 skipped");
    Map<String, TemporalEvaluation> scores = evaluateParts("blind19", List.of("dg-", "wn-"),
        Boolean.getBoolean("time.blind19.b"), false);
    TemporalEvaluation all = scores.get("blind19");
    TemporalEvaluation withDates = scores.get("blind19 with document dates");
    TemporalEvaluation a = scores.get("blind19a");
    TemporalEvaluation aWithDates = scores.get("blind19a with document dates");
    // First run (main fcc16f66; gold after the four "N giorni/mesi fa" aligned to the year-only convention): P 0.995,
    // R 0.935, values 0.713 (144/202); with document dates values 0.906 (183/202); part a P 1.000, R 0.909, values
    // 0.660 and 0.870. Floors one to two points below.
    assertThat(all.gold()).isGreaterThanOrEqualTo(215);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.93);
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(all.valueAccuracy()).isGreaterThanOrEqualTo(0.71);
    assertThat(withDates.recall()).isGreaterThanOrEqualTo(0.93);
    assertThat(withDates.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(withDates.valueAccuracy()).isGreaterThanOrEqualTo(0.90);
    assertThat(a.recall()).isGreaterThanOrEqualTo(0.90);
    assertThat(a.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(a.valueAccuracy()).isGreaterThanOrEqualTo(0.65);
    assertThat(aWithDates.valueAccuracy()).isGreaterThanOrEqualTo(0.86);
  }

  /**
   * blind20 (session 25): the last 51 WHOLE De Gasperi documents of blind18's pool (by reference; their DaDoEval years
   * as document dates) and the 30 WikiNEuRal-it test history sentences left by the draw, annotated before a first run of
   * the rules of main {@code 45c0dbe9} (see docs/time.md, "Session 25: blind20"); split into part a and part b by
   * {@code blind20-parts.tsv}. Scores and errors are printed for part a only; {@code -Dtime.blind20.b=true} adds the
   * summary lines of part b and of the whole set, never part b's errors. Skipped where ../shared/data is absent.
   */
  @Test
  void twentiethPartMeetsItsFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind20 skipped");
    Map<String, TemporalEvaluation> scores = evaluateParts("blind20", List.of("dg-", "wn-"),
        Boolean.getBoolean("time.blind20.b"), false);
    TemporalEvaluation all = scores.get("blind20");
    TemporalEvaluation withDates = scores.get("blind20 with document dates");
    TemporalEvaluation a = scores.get("blind20a");
    TemporalEvaluation aWithDates = scores.get("blind20a with document dates");
    // First run (main 45c0dbe9, gold c09957e7): P 0.962, R 0.893, values 0.735 (111/151); with document dates values
    // 0.921 (139/151); part a P 0.977, R 0.903, values 0.810 and 0.976. Floors one to two points below.
    assertThat(all.gold()).isGreaterThanOrEqualTo(169);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.88);
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(all.valueAccuracy()).isGreaterThanOrEqualTo(0.72);
    assertThat(withDates.recall()).isGreaterThanOrEqualTo(0.88);
    assertThat(withDates.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(withDates.valueAccuracy()).isGreaterThanOrEqualTo(0.91);
    assertThat(a.recall()).isGreaterThanOrEqualTo(0.89);
    assertThat(a.precision()).isGreaterThanOrEqualTo(0.96);
    assertThat(a.valueAccuracy()).isGreaterThanOrEqualTo(0.80);
    assertThat(aWithDates.valueAccuracy()).isGreaterThanOrEqualTo(0.96);
  }

  /**
   * Session 12: the De Gasperi excerpts ({@code dg-}) of every date set but blind16's held-out part b, pooled, without
   * and with their DaDoEval years (the resolution step's measure: 944 matched expressions; values 0.754 and 0.923 at
   * main {@code a05b5a4}, 0.768 and 0.933 after session 12's resolution rules). Skipped where ../shared/data is absent
   * (blind16's part list needs no corpus, but the floors were measured with it).
   */
  @Test
  void deGasperiPooledValuesMeetTheirFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: pooled De Gasperi values skipped");
    TemporalEvaluation without = pooledDeGasperi(false);
    TemporalEvaluation with = pooledDeGasperi(true);
    assertThat(without.gold()).isGreaterThanOrEqualTo(950);
    // Session 17b: five golds of days of unknown month now carry the year of writing (728/954 -> 723/954 without it).
    assertThat(without.valueAccuracy()).isGreaterThanOrEqualTo(0.75);
    assertThat(with.valueAccuracy()).isGreaterThanOrEqualTo(0.93);
  }

  /** The De Gasperi documents of every set but blind16's part b, in one evaluation. */
  private static TemporalEvaluation pooledDeGasperi(boolean withYears) {
    Map<String, String> parts16 = TemporalEvaluation.twoColumns("/devset/time/blind16-parts.tsv");
    TemporalEvaluation eval = new TemporalEvaluation();
    for (String set : List.of("tune", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7",
        "blind8", "blind10", "blind11", "blind13", "blind14", "blind16")) {
      for (Map.Entry<String, List<TemporalEvaluation.Gold>> doc
          : TemporalEvaluation.read("/devset/time/" + set + ".tsv").entrySet()) {
        String id = doc.getKey();
        if (!id.startsWith("dg-") || set.equals("blind16") && !"a".equals(parts16.get(id))) {
          continue;
        }
        String text = TemporalEvaluation.text(id);
        String year = withYears ? TemporalEvaluation.years().get(id) : null;
        eval.add(id, doc.getValue(), extractor.extract(text, id, null, year).entities().stream()
            .filter(e -> e.type() == EntityType.DATE).toList());
      }
    }
    System.out.println(eval.summary("De Gasperi pooled (all sets but blind16b)"
        + (withYears ? " with document years" : "")));
    return eval;
  }

  /**
   * Scores a split set ({@code SET.tsv} with {@code SET-parts.tsv}) without and with document dates, for parts a, b and
   * the whole set, each whole and by document-id prefix; scores and errors of part b and of the whole set are printed
   * only when {@code showB}. Keys of the returned map: {@code SET[a|b][ PREFIX*][ with document dates]}.
   */
  private static Map<String, TemporalEvaluation> evaluateParts(String set, List<String> prefixes, boolean showB) {
    return evaluateParts(set, prefixes, showB, true);
  }

  /**
   * Scores a set split into parts a and b ({@code SET-parts.tsv}), without and with document dates, whole and by
   * document prefix. Summary lines of part a are printed, those of part b and of the whole set when {@code showB};
   * with {@code -Dtime.details=true} the errors of part a, and those of part b when {@code showB} and {@code bErrors}.
   */
  private static Map<String, TemporalEvaluation> evaluateParts(String set, List<String> prefixes, boolean showB,
      boolean bErrors) {
    Map<String, String> parts = TemporalEvaluation.twoColumns("/devset/time/" + set + "-parts.tsv");
    List<String> allPrefixes = new java.util.ArrayList<>(List.of(""));
    allPrefixes.addAll(prefixes);
    Map<String, TemporalEvaluation> scores = new java.util.LinkedHashMap<>();
    for (boolean withYears : List.of(false, true)) {
      for (String part : List.of("a", "b", "")) {
        for (String prefix : allPrefixes) {
          String label = set + (part.isEmpty() ? "" : part) + (prefix.isEmpty() ? "" : " " + prefix + "*")
              + (withYears ? " with document dates" : "");
          TemporalEvaluation eval = new TemporalEvaluation();
          for (Map.Entry<String, List<TemporalEvaluation.Gold>> doc
              : TemporalEvaluation.read("/devset/time/" + set + ".tsv").entrySet()) {
            String id = doc.getKey();
            if (!id.startsWith(prefix) || !(part.isEmpty() || part.equals(parts.get(id)))) {
              continue;
            }
            String text = TemporalEvaluation.text(id);
            String date = withYears ? TemporalEvaluation.years().get(id) : null;
            List<Entity> dates = extractor.extract(text, id, null, date).entities().stream()
                .filter(e -> e.type() == EntityType.DATE).toList();
            for (TemporalEvaluation.Gold g : doc.getValue()) {
              assertThat(text.substring(g.begin(), g.end())).as("gold offsets of %s", g).isEqualTo(g.text());
            }
            eval.add(id, doc.getValue(), dates);
          }
          if (part.equals("a") || showB) {
            System.out.println(eval.summary(label));
          }
          boolean printErrors = prefix.isEmpty() && (part.equals("a") || showB && bErrors && part.equals("b"));
          if (printErrors && Boolean.getBoolean("time.details")) {
            eval.errors().forEach(e -> System.out.println("  " + e));
          }
          scores.put(label, eval);
        }
      }
    }
    return scores;
  }

  /**
   * Scores the documents of a part whose id starts with {@code prefix}, each read after its two preceding corpus
   * sentences (references {@code DOC-c2} and {@code DOC-c1}, joined by spaces); only the dates of the document's own
   * sentence count.
   */
  private static TemporalEvaluation evaluateInContext(String part, String prefix) {
    TemporalEvaluation eval = new TemporalEvaluation();
    for (Map.Entry<String, List<TemporalEvaluation.Gold>> doc
        : TemporalEvaluation.read("/devset/time/" + part + ".tsv").entrySet()) {
      if (!doc.getKey().startsWith(prefix)) {
        continue;
      }
      String sentence = TemporalEvaluation.text(doc.getKey());
      String context = TemporalEvaluation.text(doc.getKey() + "-c2") + " "
          + TemporalEvaluation.text(doc.getKey() + "-c1") + " ";
      int shift = context.length();
      List<Entity> dates = extractor.extract(context + sentence, doc.getKey(), null, null).entities().stream()
          .filter(e -> e.type() == EntityType.DATE && e.begin() >= shift).toList();
      List<TemporalEvaluation.Gold> golds = doc.getValue().stream()
          .map(g -> new TemporalEvaluation.Gold(g.doc(), g.begin() + shift, g.end() + shift, g.text(), g.value(),
              g.mod()))
          .toList();
      eval.add(doc.getKey(), golds, dates);
    }
    System.out.println(eval.summary(part + " " + prefix + "* after two sentences of context"));
    if (Boolean.getBoolean("time.details")) {
      eval.errors().forEach(e -> System.out.println("  " + e));
    }
    return eval;
  }

  /** WikiNEuRal-it history sentences, referenced (not copied): skipped where ../shared/data is absent. */
  @Test
  void wikipediaHistorySentencesMeetTheirFloors() {
    Assumptions.assumeTrue(TemporalCorpusText.available(), "../shared/data absent: blind5-wiki skipped");
    TemporalEvaluation eval = evaluate("blind5-wiki");
    assertThat(eval.gold()).isGreaterThanOrEqualTo(30);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.96);
  }

  /** Three MEANTIME news articles (another genre): each states its date on its second line. */
  @Test
  void newsArticlesMeetTheirFloors() {
    TemporalEvaluation eval = evaluate("blind4-news");
    assertThat(eval.gold()).isGreaterThanOrEqualTo(30);
    assertThat(eval.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(eval.valueAccuracy()).isGreaterThanOrEqualTo(0.93);
  }

  /**
   * With each De Gasperi document's DaDoEval year as its document date (what a DaDoEval user knows), deictic and
   * yearless dates are anchored better on every part; spans do not change.
   */
  @Test
  void knownDocumentYearsMeetHigherValueFloors() {
    Map<String, Double> floors = new java.util.LinkedHashMap<>();
    floors.put("tune", 0.95);
    floors.put("heldout", 0.95);
    floors.put("blind", 0.94);
    floors.put("blind2", 0.95);
    floors.put("blind3", 0.91);
    floors.put("blind4", 0.87);
    floors.put("blind5", 0.93);
    floors.put("blind6", 0.95);
    floors.put("blind8", 0.93);
    Map<String, TemporalEvaluation[]> scores = new java.util.LinkedHashMap<>();
    for (String part : floors.keySet()) {
      scores.put(part, new TemporalEvaluation[] {evaluate(part, extractor, "", false, false),
          evaluateWithYears(part)});
    }
    for (Map.Entry<String, TemporalEvaluation[]> part : scores.entrySet()) {
      TemporalEvaluation without = part.getValue()[0];
      TemporalEvaluation with = part.getValue()[1];
      assertThat(with.recall()).as(part.getKey()).isEqualTo(without.recall());
      assertThat(with.precision()).as(part.getKey()).isEqualTo(without.precision());
      assertThat(with.valueAccuracy()).as(part.getKey()).isGreaterThanOrEqualTo(without.valueAccuracy())
          .isGreaterThanOrEqualTo(floors.get(part.getKey()));
    }
  }

  @Test
  void newsAnchoringOfTheDeGasperiArticlesMeetsTheSameFloors() {
    TemporalEvaluation narrative = evaluate("heldout", extractor, "dg-", false);
    TemporalEvaluation news = evaluate("heldout", newsExtractor, "dg-", false);
    evaluate("tune", extractor, "dg-", false);
    assertThat(news.recall()).isEqualTo(narrative.recall());
    assertThat(news.precision()).isEqualTo(narrative.precision());
    assertThat(evaluate("tune", newsExtractor, "dg-", false).valueAccuracy()).isGreaterThanOrEqualTo(0.87);
    assertThat(news.valueAccuracy()).isGreaterThanOrEqualTo(0.87);
  }
}
