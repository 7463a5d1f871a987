package it.storia.extractor.ner;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Token;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The statistical Italian name finder: an OpenNLP sequence model (bundled: averaged perceptron) over tokens that
 * marks PERSON, ORGANIZATION and LOCATION mentions.
 *
 * <p>Input: an {@link AnalyzedText}; the model reads each sentence's {@link Token#norm()} forms. Output: one
 * {@link Entity} per mention, in text order, with original offsets (begin of the first token, end of the last),
 * {@code text = original.substring(begin, end)} and the model's mean tag probability as confidence.
 *
 * <p>Immutable and thread-safe: the {@link TokenNameFinderModel} is shared and read-only; every call makes
 * its own {@link NameFinderME} (the decoder keeps per-document state), so any number of threads may call
 * {@link #recognize} at once. Build once with {@link #fromClasspath()} or {@link #load(Path)}.
 */
public final class OpenNlpNameFinder implements EntityRecognizer {
  /** Classpath location of the bundled model. */
  public static final String MODEL_RESOURCE = "/it/storia/extractor/models/ner-it.bin";

  private final TokenNameFinderModel model;

  private OpenNlpNameFinder(TokenNameFinderModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** The bundled model ({@code models/bin/ner-it.bin}). */
  public static OpenNlpNameFinder fromClasspath() {
    try (InputStream in = OpenNlpNameFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing model resource " + MODEL_RESOURCE);
      }
      return new OpenNlpNameFinder(new TokenNameFinderModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + MODEL_RESOURCE, e);
    }
  }

  /** A model file written by {@code extractor train ner} (or any OpenNLP name finder model). */
  public static OpenNlpNameFinder load(Path modelFile) throws IOException {
    try {
      return new OpenNlpNameFinder(new TokenNameFinderModel(modelFile));
    } catch (IOException e) {
      throw new IOException("cannot read name finder model " + modelFile + ": " + e.getMessage(), e);
    }
  }

  /** A recogniser over an already loaded model. */
  public static OpenNlpNameFinder of(TokenNameFinderModel model) {
    return new OpenNlpNameFinder(model);
  }

  @Override
  public List<Entity> recognize(AnalyzedText text) {
    NameFinderME finder = new NameFinderME(model);
    String original = text.original();
    List<Entity> out = new ArrayList<>();
    for (int s = 0; s < text.sentences().size(); s++) {
      List<Token> tokens = text.tokensOf(s);
      if (tokens.isEmpty()) {
        continue;
      }
      String[] forms = new String[tokens.size()];
      for (int i = 0; i < forms.length; i++) {
        forms[i] = tokens.get(i).norm();
      }
      Span[] spans = finder.find(forms);
      double[] probs = finder.probs(spans);
      for (int i = 0; i < spans.length; i++) {
        int begin = tokens.get(spans[i].getStart()).begin();
        int end = tokens.get(spans[i].getEnd() - 1).end();
        double p = Math.max(0, Math.min(1, probs[i]));
        out.add(Entity.name(type(spans[i].getType()), original.substring(begin, end), begin, end, s, p));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Tags pre-tokenised sentences (normalised forms), one document: the result lists, per sentence, the mentions
   * found as token spans. Used by the evaluator; {@link #recognize} is the pipeline entry point.
   */
  public List<List<TokenMention>> tag(List<List<String>> sentences) {
    NameFinderME finder = new NameFinderME(model);
    List<List<TokenMention>> out = new ArrayList<>(sentences.size());
    for (List<String> sentence : sentences) {
      Span[] spans = finder.find(sentence.toArray(new String[0]));
      double[] probs = finder.probs(spans);
      List<TokenMention> found = new ArrayList<>(spans.length);
      for (int i = 0; i < spans.length; i++) {
        found.add(new TokenMention(spans[i].getStart(), spans[i].getEnd(), type(spans[i].getType()), probs[i]));
      }
      out.add(List.copyOf(found));
    }
    return List.copyOf(out);
  }

  /**
   * A mention over token indexes.
   *
   * @param start first token
   * @param end after the last token
   * @param type entity type
   * @param confidence mean tag probability
   */
  public record TokenMention(int start, int end, EntityType type, double confidence) {}

  /** The short type code the model uses for an entity type (PER, ORG, LOC). */
  public static String code(EntityType type) {
    switch (type) {
      case PERSON:
        return "PER";
      case ORGANIZATION:
        return "ORG";
      case LOCATION:
        return "LOC";
      default:
        throw new IllegalArgumentException("not a name type: " + type);
    }
  }

  private static EntityType type(String code) {
    EntityType t = EntityType.parse(code);
    if (t == EntityType.DATE) {
      throw new IllegalStateException("name finder model produced type " + code);
    }
    return t;
  }
}
