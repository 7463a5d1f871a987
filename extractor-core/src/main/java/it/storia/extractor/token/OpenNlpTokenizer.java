package it.storia.extractor.token;

import it.storia.extractor.text.NormalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Statistical tokenizer: an OpenNLP {@code TokenizerME} model trained on UD treebanks ({@code train tokens}).
 * An alternative to the rule {@link ItalianTokenizer}, kept for comparison (see {@code docs/tagging.md}); the
 * multi-word parts still come from the rule tokenizer's {@code multiword.tsv}.
 *
 * <p>Input: normalised text. Output: token spans; a span of ".", "!", "?", "…" characters only is
 * {@link TokenSpan.Kind#TERMINAL}, one of letters or digits is a word, anything else punctuation. Immutable and
 * thread-safe: the model is shared, a {@code TokenizerME} (not thread-safe) is created per call.
 */
public final class OpenNlpTokenizer implements Tokenizer {
  /** File name of the model, on the classpath and in model directories. */
  public static final String MODEL = "it-token.bin";

  private final TokenizerModel model;
  private final ItalianTokenizer words;

  /** A tokenizer from a loaded model; multi-word parts come from {@code words}. */
  public OpenNlpTokenizer(TokenizerModel model, ItalianTokenizer words) {
    this.model = Objects.requireNonNull(model, "model");
    this.words = Objects.requireNonNull(words, "words");
  }

  /** The bundled model. */
  public static OpenNlpTokenizer fromClasspath() {
    String name = "/it/storia/extractor/models/" + MODEL;
    try (InputStream in = OpenNlpTokenizer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing model " + name);
      }
      return new OpenNlpTokenizer(new TokenizerModel(in), ItalianTokenizer.fromClasspath());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** A model file. */
  public static OpenNlpTokenizer load(Path model) throws IOException {
    return new OpenNlpTokenizer(new TokenizerModel(model), ItalianTokenizer.fromClasspath());
  }

  @Override
  public List<TokenSpan> tokenize(NormalizedText text) {
    String t = text.text();
    Span[] spans = new TokenizerME(model).tokenizePos(t);
    List<TokenSpan> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      out.add(new TokenSpan(s.getStart(), s.getEnd(), kindOf(t.substring(s.getStart(), s.getEnd()))));
    }
    return out;
  }

  private static TokenSpan.Kind kindOf(String s) {
    if (s.chars().allMatch(c -> c == '.' || c == '!' || c == '?' || c == '…')) {
      return TokenSpan.Kind.TERMINAL;
    }
    return s.chars().anyMatch(Character::isLetterOrDigit) ? TokenSpan.Kind.WORD : TokenSpan.Kind.PUNCT;
  }

  @Override
  public List<String> words(String normalizedToken) {
    return words.words(normalizedToken);
  }
}
