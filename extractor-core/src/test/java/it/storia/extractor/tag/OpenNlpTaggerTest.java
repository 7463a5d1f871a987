package it.storia.extractor.tag;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.Samples;
import it.storia.extractor.model.Token;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.RuleSentenceSplitter;
import it.storia.extractor.text.Segmenter;
import it.storia.extractor.token.ItalianTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpTaggerTest {
  private static OpenNlpTagger tagger;
  private static Segmenter segmenter;
  private static ExecutorService pool;

  @BeforeAll
  static void load() {
    tagger = OpenNlpTagger.fromClasspath();
    segmenter = new Segmenter(ItalianNormalizer.fromClasspath(), ItalianTokenizer.fromClasspath(),
        new RuleSentenceSplitter());
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  private static List<Token> tag(String text) {
    return tagger.tag(segmenter.segment(text));
  }

  private static Token token(List<Token> tokens, String text) {
    return tokens.stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no token '" + text + "' in " + tokens));
  }

  @Test
  void tagsAPassiveWithItsVerbLemma() {
    List<Token> t = tag("Trotsky fu espulso dal partito.");
    assertThat(token(t, "Trotsky").pos()).isEqualTo("PROPN");
    assertThat(token(t, "fu").pos()).isEqualTo("AUX");
    assertThat(token(t, "fu").lemma()).isEqualTo("essere");
    assertThat(token(t, "espulso").pos()).isEqualTo("VERB");
    assertThat(token(t, "espulso").lemma()).isEqualTo("espellere");
    assertThat(token(t, "partito").pos()).isEqualTo("NOUN");
    assertThat(token(t, ".").pos()).isEqualTo("PUNCT");
  }

  @Test
  void multiwordTokensKeepTheirWordsAndJoinTagsAndLemmas() {
    List<Token> t = tag("Tre di loro furono espulsi dal partito.");
    Token dal = token(t, "dal");
    assertThat(dal.pos()).isEqualTo("ADP+DET");
    assertThat(dal.lemma()).isEqualTo("da il");
    assertThat(dal.words()).containsExactly("da", "il");
    assertThat(token(t, "espulsi").lemma()).isEqualTo("espellere");
    assertThat(token(t, "furono").lemma()).isEqualTo("essere");
  }

  @Test
  void verbsWithCliticsGetTheirWords() {
    List<Token> t = tag("Il Politburo decise di espellerlo dal partito.");
    Token verb = token(t, "espellerlo");
    assertThat(verb.pos()).isEqualTo("VERB+PRON");
    assertThat(verb.words()).containsExactly("espeller", "lo");
    assertThat(verb.lemma()).endsWith(" lo");
  }

  @Test
  void tagsEveryTokenOfTheSampleKeepingOffsets() {
    String text = Samples.lotta();
    AnalyzedText at = segmenter.segment(text);
    List<Token> tagged = tagger.tag(at);
    assertThat(tagged).hasSameSizeAs(at.tokens());
    for (int i = 0; i < tagged.size(); i++) {
      Token t = tagged.get(i);
      assertThat(t.begin()).isEqualTo(at.tokens().get(i).begin());
      assertThat(t.end()).isEqualTo(at.tokens().get(i).end());
      assertThat(t.pos()).isNotBlank();
      assertThat(t.lemma()).isNotBlank();
    }
    long verbs = tagged.stream().filter(x -> "VERB".equals(x.pos())).count();
    long nouns = tagged.stream().filter(x -> "NOUN".equals(x.pos())).count();
    assertThat(verbs).isGreaterThan(100);
    assertThat(nouns).isGreaterThan(verbs);
    assertThat(tagged).filteredOn(x -> x.text().equals("congresso")).isNotEmpty()
        .allSatisfy(x -> assertThat(x.lemma()).isEqualTo("congresso"));
    // "XIII Congresso": part of a name, a proper noun that is its own lemma (UD convention)
    assertThat(tagged).filteredOn(x -> x.text().equals("Congresso"))
        .allSatisfy(x -> assertThat(x.lemma()).isEqualTo("PROPN".equals(x.pos()) ? "Congresso" : "congresso"));
  }

  @Test
  void unknownWordsGetLemmasByAnalogy() {
    List<Token> t = tag("I bolscevichi deportarono i menscevichi.");
    assertThat(token(t, "deportarono").lemma()).isEqualTo("deportare");
  }

  @Test
  void givesTheSameResultFromManyThreads() throws Exception {
    String text = Samples.lotta();
    AnalyzedText at = segmenter.segment(text);
    List<Token> expected = tagger.tag(at);
    List<Future<List<Token>>> futures = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      futures.add(pool.submit(() -> tagger.tag(at)));
    }
    for (Future<List<Token>> f : futures) {
      assertThat(f.get()).isEqualTo(expected);
    }
  }
}
