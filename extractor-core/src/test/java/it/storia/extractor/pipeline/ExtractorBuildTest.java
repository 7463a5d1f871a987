package it.storia.extractor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.Samples;
import it.storia.extractor.event.PatternEventExtractor;
import it.storia.extractor.json.DocumentJson;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.model.Token;
import it.storia.extractor.ner.HistoryEntityRecognizer;
import it.storia.extractor.ner.OpenNlpNameFinder;
import it.storia.extractor.parse.TransitionDependencyParser;
import it.storia.extractor.resolve.AliasResolver;
import it.storia.extractor.tag.OpenNlpTagger;
import it.storia.extractor.tag.Tagger;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.RuleSentenceSplitter;
import it.storia.extractor.time.RuleTemporalTagger;
import it.storia.extractor.token.ItalianTokenizer;
import org.junit.jupiter.api.Test;

/** {@link Extractor.Builder#build()}: the stages it loads concurrently, and the ones it is given. */
class ExtractorBuildTest {

  @Test
  void concurrentlyLoadedStagesExtractWhatStagesLoadedOneByOneExtract() {
    Extractor byHand = Extractor.builder()
        .normalizer(ItalianNormalizer.fromClasspath())
        .tokenizer(ItalianTokenizer.fromClasspath())
        .sentenceSplitter(new RuleSentenceSplitter())
        .tagger(OpenNlpTagger.fromClasspath())
        .entityRecognizer(HistoryEntityRecognizer.over(OpenNlpNameFinder.fromClasspath()))
        .referentResolver(AliasResolver.fromClasspath())
        .temporalTagger(RuleTemporalTagger.fromClasspath())
        .eventExtractor(PatternEventExtractor.fromClasspath().withParser(TransitionDependencyParser.fromClasspath()))
        .build();
    ExtractedDocument expected = byHand.extract(Samples.lotta(), "lotta", null);
    ExtractedDocument loaded = Extractor.withDefaults().extract(Samples.lotta(), "lotta", null);
    assertThat(expected.entities()).hasSizeGreaterThan(100);
    assertThat(expected.events()).isNotEmpty();
    assertThat(DocumentJson.write(loaded)).isEqualTo(DocumentJson.write(expected));
    assertThat(loaded.tokens()).isEqualTo(expected.tokens());
  }

  @Test
  void aGivenStageIsUsedAndNoLoaderThreadOutlivesTheBuild() {
    Tagger everythingIsX = text -> text.tokens().stream().map(t -> t.withTags("X", "x", t.words())).toList();
    Extractor extractor = Extractor.builder().tagger(everythingIsX).build();
    ExtractedDocument doc = extractor.extract("Il 28 ottobre 1922 Mussolini giunse a Roma.");
    assertThat(doc.tokens()).extracting(Token::pos).containsOnly("X");
    assertThat(doc.entities()).isNotEmpty();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (loaderThreadsAlive() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(loaderThreadsAlive()).as("a loader thread still runs 10 s after build()").isFalse();
  }

  private static boolean loaderThreadsAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().startsWith("extractor-loader-") && t.isAlive());
  }
}
