package it.storia.extractor.decode;

import it.storia.extractor.Samples;
import it.storia.extractor.model.Token;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;

/**
 * Test helper of the decoder tests: the bundled POS and name finder models, read from the classpath, and the
 * reference sample segmented into sentences of normalised token forms (what both models see in the pipeline).
 * Stateless; each call reads afresh.
 */
final class BundledModels {
  private static final String MODELS = "/it/storia/extractor/models/";

  private BundledModels() {}

  /** The sample's sentences as arrays of {@link Token#norm()} forms; more than 100 of them. */
  static List<String[]> sampleSentences() {
    AnalyzedText text = Extractor.withDefaults().segmenter().segment(Samples.lotta());
    List<String[]> sentences = new ArrayList<>();
    for (int s = 0; s < text.sentences().size(); s++) {
      sentences.add(text.tokensOf(s).stream().map(Token::norm).toArray(String[]::new));
    }
    return sentences;
  }

  /** The bundled {@code it-pos.bin}. */
  static POSModel pos() throws IOException {
    try (InputStream in = open("it-pos.bin")) {
      return new POSModel(in);
    }
  }

  /** The bundled {@code ner-it.bin}. */
  static TokenNameFinderModel nameFinder() throws IOException {
    try (InputStream in = open("ner-it.bin")) {
      return new TokenNameFinderModel(in);
    }
  }

  private static InputStream open(String name) {
    return Objects.requireNonNull(BundledModels.class.getResourceAsStream(MODELS + name), MODELS + name);
  }
}
