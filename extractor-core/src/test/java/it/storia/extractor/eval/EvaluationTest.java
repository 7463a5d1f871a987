package it.storia.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.storia.extractor.corpus.ConlluReader;
import it.storia.extractor.corpus.GoldDocument;
import it.storia.extractor.tag.Tagger;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.RuleSentenceSplitter;
import it.storia.extractor.text.Segmenter;
import it.storia.extractor.text.TokenRange;
import it.storia.extractor.token.ItalianTokenizer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static final Segmenter RULES = new Segmenter(ItalianNormalizer.fromClasspath(),
      ItalianTokenizer.fromClasspath(), new RuleSentenceSplitter());

  private static List<GoldDocument> fixture() throws Exception {
    Path p = Path.of(EvaluationTest.class.getResource("/it/storia/extractor/corpus/sample.conllu").toURI());
    return GoldDocument.of(ConlluReader.read(p), 0);
  }

  @Test
  void prfComputesPrecisionRecallAndF1() {
    Prf p = new Prf(3, 4, 6);
    assertThat(p.precision()).isEqualTo(0.5);
    assertThat(p.recall()).isEqualTo(0.75);
    assertThat(p.f1()).isCloseTo(0.6, within(1e-9));
    assertThat(p.plus(new Prf(1, 1, 1))).isEqualTo(new Prf(4, 5, 7));
  }

  @Test
  void rulesSegmentTheFixtureLikeTheGold() throws Exception {
    Scores s = SegmentationEvaluation.evaluate("fixture", fixture(), RULES);
    assertThat(s.metric("sentences F1")).isEqualTo(1.0);
    assertThat(s.metric("tokens F1")).isEqualTo(1.0);
    assertThat(s.counts()).containsEntry("tokens gold", 17L).containsEntry("sentences gold", 3L);
  }

  @Test
  void aSegmenterThatNeverSplitsLosesSentenceRecall() throws Exception {
    Segmenter oneSentence = new Segmenter(ItalianNormalizer.fromClasspath(), ItalianTokenizer.fromClasspath(),
        (text, tokens) -> List.of(new TokenRange(0, tokens.size())));
    Scores s = SegmentationEvaluation.evaluate("fixture", fixture(), oneSentence);
    assertThat(s.metric("sentences recall")).isEqualTo(1.0 / 3);
    assertThat(s.metric("tokens F1")).isEqualTo(1.0);
  }

  @Test
  void taggingScoresCountWordsOfMultiwordTokens() throws Exception {
    Tagger allNoun = (AnalyzedText at) -> at.tokens().stream()
        .map(t -> t.withTags(t.words().isEmpty() ? "NOUN" : "ADP+DET", t.norm().toLowerCase(), t.words()))
        .toList();
    Scores s = TaggingEvaluation.evaluate("fixture", fixture(), RULES, allNoun);
    // Gold words: 10 + 5 + 5 = 20; NOUN is right for "partito"; ADP+DET for both words of "dal" and "nel";
    // "farlo" (VERB+PRON) has no words in multiword.tsv, so both of its gold words count as wrong.
    assertThat(s.counts()).containsEntry("gold words", 20L);
    assertThat(s.metric("UPOS accuracy")).isCloseTo(5.0 / 20, within(1e-9));
    assertThat(s.metric("token UPOS accuracy")).isCloseTo(3.0 / 17, within(1e-9));
    assertThat(s.metric("aligned tokens")).isEqualTo(1.0);
  }

  @Test
  void untaggedTokensScoreZero() throws Exception {
    Scores s = TaggingEvaluation.evaluate("fixture", fixture(), RULES, Tagger.none());
    assertThat(s.metric("UPOS accuracy")).isZero();
    assertThat(s.metric("lemma accuracy")).isZero();
  }
}
