package it.storia.extractor.text;

import it.storia.extractor.token.TokenSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Statistical sentence splitter: an OpenNLP {@code SentenceDetectorME} model trained on UD treebanks
 * ({@code train sentences}). An alternative to the {@link RuleSentenceSplitter}, kept for comparison (see
 * {@code docs/tagging.md}).
 *
 * <p>Input: the normalised text and its tokens. Output: token ranges; a boundary the model puts inside a token
 * moves to the token's end, so sentences never cut a token. Immutable and thread-safe: the model is shared, a
 * {@code SentenceDetectorME} (not thread-safe) is created per call.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
  /** File name of the model, on the classpath and in model directories. */
  public static final String MODEL = "it-sent.bin";

  private final SentenceModel model;

  /** A splitter from a loaded model. */
  public OpenNlpSentenceSplitter(SentenceModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** The bundled model. */
  public static OpenNlpSentenceSplitter fromClasspath() {
    String name = "/it/storia/extractor/models/" + MODEL;
    try (InputStream in = OpenNlpSentenceSplitter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing model " + name);
      }
      return new OpenNlpSentenceSplitter(new SentenceModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** A model file. */
  public static OpenNlpSentenceSplitter load(Path model) throws IOException {
    return new OpenNlpSentenceSplitter(new SentenceModel(model));
  }

  @Override
  public List<TokenRange> split(NormalizedText text, List<TokenSpan> tokens) {
    List<TokenRange> out = new ArrayList<>();
    if (tokens.isEmpty()) {
      return out;
    }
    Span[] sentences = new SentenceDetectorME(model).sentPosDetect(text.text());
    int first = 0;
    int k = 0;
    for (Span s : sentences) {
      while (k < tokens.size() && tokens.get(k).begin() < s.getEnd()) {
        k++;
      }
      if (k > first) {
        out.add(new TokenRange(first, k));
        first = k;
      }
    }
    if (first < tokens.size()) {
      out.add(new TokenRange(first, tokens.size()));
    }
    return out;
  }
}
