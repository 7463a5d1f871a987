package it.storia.extractor.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.BaseModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link WindowedFeatures} must produce, for every token of every sentence of the reference sample, exactly the
 * features (same strings, same order) that OpenNLP's generators built from the same descriptor produce, for both
 * bundled models, also when the frequent words' entries are built ahead ({@link WindowedFeatures#withWords}); and
 * it must refuse descriptors it does not reproduce.
 */
class WindowedFeaturesTest {
  private static List<String[]> sentences;

  @BeforeAll
  static void segmentSample() {
    sentences = BundledModels.sampleSentences();
    assertThat(sentences).hasSizeGreaterThan(100);
  }

  @Test
  void posModelFeaturesAreOpenNlps() throws IOException {
    POSModel model = BundledModels.pos();
    assertSameFeatures(model, model.getFactory().createFeatureGenerators());
  }

  @Test
  void nameFinderModelFeaturesAreOpenNlps() throws IOException {
    TokenNameFinderModel model = BundledModels.nameFinder();
    assertSameFeatures(model, model.getFactory().createFeatureGenerators());
  }

  @Test
  void refusesUncachedOrUnknownGenerators() throws IOException {
    String window = "<generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
        + "<int name=\"prevLength\">2</int><int name=\"nextLength\">2</int>"
        + "<generator class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/></generator>";
    assertThat(compile("<featureGenerators cache=\"true\" name=\"x\">" + window + "</featureGenerators>"))
        .isPresent();
    assertThat(compile("<featureGenerators name=\"x\">" + window + "</featureGenerators>")).isEmpty();
    String adaptive = "<generator class=\"opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory\"/>";
    assertThat(compile("<featureGenerators cache=\"true\" name=\"x\">" + window + adaptive
        + "</featureGenerators>")).isEmpty();
    String tagsInWindow = "<generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
        + "<int name=\"prevLength\">1</int><int name=\"nextLength\">1</int>"
        + "<generator class=\"opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory\"/></generator>";
    assertThat(compile("<featureGenerators cache=\"true\" name=\"x\">" + tagsInWindow + "</featureGenerators>"))
        .isEmpty();
  }

  private static Optional<WindowedFeatures> compile(String descriptor) throws IOException {
    return WindowedFeatures.compile(descriptor.getBytes(StandardCharsets.UTF_8), name -> null);
  }

  /** Every token of the sample: the plan's features equal OpenNLP's (uncached, so each call is really run). */
  private static void assertSameFeatures(BaseModel model, AdaptiveFeatureGenerator cachedOpenNlp)
      throws IOException {
    Optional<WindowedFeatures> plan = WindowedFeatures.ofModel(model);
    assertThat(plan).as("the bundled model's descriptor is one WindowedFeatures reproduces").isPresent();
    byte[] descriptor = model.getArtifact(WindowedFeatures.DESCRIPTOR_ENTRY);
    String uncached = new String(descriptor, StandardCharsets.UTF_8).replace("cache=\"true\"", "");
    AdaptiveFeatureGenerator openNlp = GeneratorFactory.create(
        new java.io.ByteArrayInputStream(uncached.getBytes(StandardCharsets.UTF_8)), model::getArtifact);
    WindowedFeatures withWords = plan.get().withWords(FrequentWords.bundled());
    assertThat(withWords.listedWords()).isEqualTo(FrequentWords.bundled().size()).isGreaterThan(2000);
    assertThat(withWords.sharedWords()).as("no entry is built before a document needs it").isZero();
    AdaptiveFeatureGenerator ours = plan.get().newGenerator();
    AdaptiveFeatureGenerator shared = withWords.newGenerator();
    Set<String> listed = Set.copyOf(FrequentWords.bundled());
    long features = 0;
    long listedTokens = 0;
    for (String[] sentence : sentences) {
      String[] tags = new String[sentence.length];
      Arrays.fill(tags, "NOUN");
      for (int i = 0; i < sentence.length; i++) {
        List<String> expected = new ArrayList<>();
        openNlp.createFeatures(expected, sentence, i, tags);
        List<String> actual = new ArrayList<>();
        ours.createFeatures(actual, sentence, i, tags);
        assertThat(actual).as("token %d of %s", i, Arrays.toString(sentence)).isEqualTo(expected);
        features += actual.size();
        List<String> viaShared = new ArrayList<>();
        shared.createFeatures(viaShared, sentence, i, tags);
        assertThat(viaShared).as("with frequent words: token %d of %s", i, Arrays.toString(sentence))
            .isEqualTo(expected);
        listedTokens += listed.contains(sentence[i]) ? 1 : 0;
        List<String> viaCache = new ArrayList<>();
        cachedOpenNlp.createFeatures(viaCache, sentence, i, tags);
        assertThat(actual).isEqualTo(viaCache);
      }
    }
    int tokens = sentences.stream().mapToInt(s -> s.length).sum();
    assertThat(features).isGreaterThan(20L * tokens);
    assertThat(listedTokens).as("sample tokens whose features come from the frequent-word entries")
        .isGreaterThan(tokens / 3);
    assertThat(withWords.sharedWords()).as("listed words of the sample, built once")
        .isPositive().isLessThanOrEqualTo(withWords.listedWords());
    List<String> again = new ArrayList<>();
    withWords.newGenerator().createFeatures(again, sentences.get(0), 0, new String[sentences.get(0).length]);
    List<String> fresh = new ArrayList<>();
    plan.get().newGenerator().createFeatures(fresh, sentences.get(0), 0, new String[sentences.get(0).length]);
    assertThat(again).as("a second generator reads the shared entries").isEqualTo(fresh);
  }
}
