package it.storia.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.Samples;
import it.storia.extractor.model.Sentence;
import it.storia.extractor.token.ItalianTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sentence boundaries on the reference sample: no boundary inside a name or a date. */
class SegmentationOnSampleTest {
  private static final Segmenter SEGMENTER = new Segmenter(ItalianNormalizer.fromClasspath(),
      ItalianTokenizer.fromClasspath(), new RuleSentenceSplitter());

  /** Initial-style names as the sample writes them: "V.I. Lenin", "I. V. Stalin", "IV. Stalin", "IN E. Lenin". */
  private static final Pattern INITIAL_NAME = Pattern.compile(
      "\\b(?:[A-Z]\\.\\s?){1,2}[A-Z][a-zà-ù]+|\\b[A-Z]{2}\\.\\s[A-Z][a-z]+");

  private static final Pattern DATE = Pattern.compile(
      "\\d{1,2} (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)"
          + " \\d{4}(?: ᴦ\\.)?|\\d{4} ᴦ\\.|\\d{4} - \\d{4}|\\d{4}-\\d{2,4}");

  private final String text = Samples.lotta();
  private final List<Sentence> sentences = SEGMENTER.segment(text).sentences();

  @Test
  void everyInitialStyleNameIsInsideOneSentence() {
    List<String> cut = crossing(INITIAL_NAME);
    assertThat(countMatches(INITIAL_NAME)).isGreaterThan(50);
    assertThat(cut).isEmpty();
  }

  @Test
  void everyDateIsInsideOneSentence() {
    assertThat(countMatches(DATE)).isGreaterThan(10);
    assertThat(crossing(DATE)).isEmpty();
  }

  @Test
  void splitsWhereTheTextHasSentenceEnds() {
    List<String> texts = sentenceTexts();
    for (String start : List.of("IV. Stalin, che ha concentrato", "Di conseguenza, L.D. Trotsky fu accusato",
        "LD Trotsky fu esiliato ad Alma-Ata", "Nel 1940 fu ucciso in Messico", "In questo momento, la costruzione",
        "Allo stesso tempo, la percentuale")) {
      assertThat(texts).as(start).anyMatch(s -> s.startsWith(start));
    }
    assertThat(texts).contains("IN E. Lenin morì il 21 gennaio 1924.");
    // A period before a lowercase word is an artefact, not a sentence end.
    assertThat(texts).noneMatch(s -> s.startsWith("fu la volta"));
    // "Kam. e Zin." are truncated names, not sentence ends.
    assertThat(texts).anyMatch(s -> s.startsWith("Kam. e Zin. ha lanciato una campagna"));
  }

  @Test
  void sentencesAreOrderedDisjointAndTrimmed() {
    int prev = 0;
    for (Sentence s : sentences) {
      assertThat(s.begin()).isGreaterThanOrEqualTo(prev);
      assertThat(s.end()).isGreaterThan(s.begin());
      String st = text.substring(s.begin(), s.end());
      assertThat(st).isEqualTo(st.strip());
      prev = s.end();
    }
  }

  private List<String> sentenceTexts() {
    List<String> out = new ArrayList<>();
    for (Sentence s : sentences) {
      out.add(text.substring(s.begin(), s.end()));
    }
    return out;
  }

  private int countMatches(Pattern p) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private List<String> crossing(Pattern p) {
    List<String> bad = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      for (Sentence s : sentences) {
        boolean inside = s.begin() <= m.start() && m.end() <= s.end();
        boolean overlaps = s.begin() < m.end() && m.start() < s.end();
        if (overlaps && !inside) {
          bad.add(m.group() + " @" + m.start());
        }
      }
    }
    return bad;
  }
}
