package it.storia.extractor.ner;

import it.storia.extractor.decode.DocumentConsistency;
import it.storia.extractor.decode.FrequentWords;
import it.storia.extractor.decode.SharedBeamSearch;
import it.storia.extractor.decode.SplitContextGenerator;
import it.storia.extractor.decode.WindowedFeatures;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Spans;
import it.storia.extractor.model.Token;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The statistical Italian name finder: an OpenNLP sequence model (bundled: averaged perceptron) over tokens that
 * marks PERSON, ORGANIZATION and LOCATION mentions.
 *
 * <p>Input: an {@link AnalyzedText}; the model reads each sentence's {@link Token#norm()} forms. Output: one
 * {@link Entity} per mention, in text order, with original offsets (begin of the first token, end of the last),
 * {@code text = original.substring(begin, end)} and the model's mean tag probability as confidence.
 *
 * <p>Decoding: what {@link NameFinderME#find(String[])} does (same spans, same probabilities), with the beam search
 * run by {@link SharedBeamSearch} when the model is a maximum-entropy one (the feature prefix shared by the
 * beams is scored once per token); then, over the whole document (one {@link #recognize} or {@link #tag} call),
 * {@link DocumentConsistency}: a name keeps the type of its first tagged occurrence and its later untagged
 * occurrences are tagged ({@link #withDocumentConsistency} turns it off).
 *
 * <p>Memory: the finder keeps what it reads, not the {@link TokenNameFinderModel}: the classifier's {@link
 * it.storia.extractor.decode.TableModel} view (inside its decoder), the feature plan of {@link WindowedFeatures}
 * (with the model's word-cluster tables) and the sequence codec; the model object and its predicate map can be
 * collected once the finder is built. Only a model whose features {@link WindowedFeatures} does not reproduce
 * keeps its factory, and through it the model. {@link #withBeamSize} and {@link #withDocumentConsistency} share
 * what this finder keeps.
 *
 * <p>Immutable and thread-safe: what it keeps is shared and read-only; every call makes its own context generator
 * (it keeps per-document state), so any number of threads may call {@link #recognize} at once. Build once with {@link #fromClasspath()} or {@link #load(Path)}.
 */
public final class OpenNlpNameFinder implements EntityRecognizer {
  /** Classpath location of the bundled model. */
  public static final String MODEL_RESOURCE = "/it/storia/extractor/models/ner-it.bin";

  /** {@code NameFinderME.find(String[])} passes no additional context. */
  private static final String[][] NO_CONTEXT = new String[0][0];

  /** The model's beam size ({@code BeamSize} manifest entry, default 3). */
  private final int modelBeamSize;
  /**
   * The decoder: a {@link SharedBeamSearch} over the classifier's {@link it.storia.extractor.decode.TableModel}
   * view, or OpenNLP's sequence model for a model that has no maximum-entropy classifier.
   */
  private final SequenceClassificationModel decoder;
  private final SequenceCodec<String> codec;
  /** The model's features generated once per token and window ({@link WindowedFeatures}), when it can be. */
  private final Optional<WindowedFeatures> windowedFeatures;
  /**
   * The model's tool factory, kept only when {@link #windowedFeatures} is empty (a descriptor that plan does not
   * reproduce: the context generators come from the factory). It references the whole {@link
   * TokenNameFinderModel}; null for the bundled model, so that the model is not kept after construction.
   */
  private final TokenNameFinderFactory factory;

  /** Whether {@link DocumentConsistency} runs over each document's spans. */
  private final boolean documentConsistency;
  /** The beam size asked for by {@link #withBeamSize}, or 0 for the model's. */
  private final int beamSize;

  private OpenNlpNameFinder(TokenNameFinderModel model) {
    Objects.requireNonNull(model, "model");
    this.documentConsistency = true;
    this.beamSize = 0;
    this.codec = model.getFactory().createSequenceCodec();
    Object classifier = model.getArtifact(MAXENT_MODEL_ENTRY);
    String beam = model.getManifestProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER);
    this.modelBeamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    this.decoder = classifier instanceof MaxentModel m ? SharedBeamSearch.of(modelBeamSize, m)
        : model.getNameFinderSequenceModel();
    try {
      this.windowedFeatures = WindowedFeatures.ofModel(model).map(w -> w.withWords(FrequentWords.bundled()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the name finder model's feature generators", e);
    }
    this.factory = windowedFeatures.isEmpty() ? model.getFactory() : null;
  }

  /**
   * A finder over what {@code from} keeps, with another consistency setting or beam size (the classifier's table
   * is shared, not copied).
   */
  private OpenNlpNameFinder(OpenNlpNameFinder from, boolean documentConsistency, int beamSize) {
    if (beamSize < 0) {
      throw new IllegalArgumentException("beam size must be at least 1 (or 0 for the model's), got " + beamSize);
    }
    this.documentConsistency = documentConsistency;
    this.beamSize = beamSize;
    this.modelBeamSize = from.modelBeamSize;
    this.codec = from.codec;
    this.windowedFeatures = from.windowedFeatures;
    this.factory = from.factory;
    int size = beamSize > 0 ? beamSize : modelBeamSize;
    this.decoder = from.decoder instanceof SharedBeamSearch shared ? SharedBeamSearch.of(size, shared.model())
        : from.decoder;
  }

  /** The entry of the classifier in an OpenNLP name finder model package. */
  private static final String MAXENT_MODEL_ENTRY = "nameFinder.model";

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

  /**
   * This finder over the same model, with or without the document-level consistency pass
   * ({@link DocumentConsistency}; on by default): without it every sentence is tagged on its own, as
   * {@link NameFinderME} does.
   */
  public OpenNlpNameFinder withDocumentConsistency(boolean on) {
    return on == documentConsistency ? this : new OpenNlpNameFinder(this, on, beamSize);
  }

  /**
   * This finder over the same model, decoding with a beam of {@code size} sequences instead of the model's
   * ({@code BeamSize} manifest entry, default 3); 1 keeps only the best outcome at each token. Only a
   * maximum-entropy or perceptron model is decoded with it (any other model keeps OpenNLP's decoder).
   *
   * @param size the beam size, at least 1; 0 goes back to the model's
   */
  public OpenNlpNameFinder withBeamSize(int size) {
    return size == beamSize ? this : new OpenNlpNameFinder(this, documentConsistency, size);
  }

  @Override
  public List<Entity> recognize(AnalyzedText text) {
    List<Integer> sentenceIds = new ArrayList<>();
    List<String[]> sentences = new ArrayList<>();
    for (int s = 0; s < text.sentences().size(); s++) {
      List<Token> tokens = text.tokensOf(s);
      if (tokens.isEmpty()) {
        continue;
      }
      String[] forms = new String[tokens.size()];
      for (int i = 0; i < forms.length; i++) {
        forms[i] = tokens.get(i).norm();
      }
      sentenceIds.add(s);
      sentences.add(forms);
    }
    Span[][] found = find(sentences);
    String original = text.original();
    List<Entity> out = new ArrayList<>();
    for (int k = 0; k < found.length; k++) {
      int s = sentenceIds.get(k);
      List<Token> tokens = text.tokensOf(s);
      for (Span span : found[k]) {
        int begin = tokens.get(span.getStart()).begin();
        int end = tokens.get(span.getEnd() - 1).end();
        double p = Math.max(0, Math.min(1, span.getProb()));
        out.add(Entity.name(type(span.getType()), original.substring(begin, end), begin, end, s, p));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Tags pre-tokenised sentences (normalised forms), one document: the result lists, per sentence, the mentions
   * found as token spans. Used by the evaluator; {@link #recognize} is the pipeline entry point.
   */
  public List<List<TokenMention>> tag(List<List<String>> sentences) {
    List<String[]> arrays = new ArrayList<>(sentences.size());
    for (List<String> sentence : sentences) {
      arrays.add(sentence.toArray(new String[0]));
    }
    Span[][] found = find(arrays);
    List<List<TokenMention>> out = new ArrayList<>(sentences.size());
    for (Span[] spans : found) {
      List<TokenMention> mentions = new ArrayList<>(spans.length);
      for (Span span : spans) {
        mentions.add(new TokenMention(span.getStart(), span.getEnd(), type(span.getType()), span.getProb()));
      }
      out.add(List.copyOf(mentions));
    }
    return List.copyOf(out);
  }

  /**
   * One document's spans, sentence by sentence with one {@link Decoder}, then made consistent across the document
   * by {@link DocumentConsistency} unless this finder was built without it.
   */
  private Span[][] find(List<String[]> sentences) {
    Decoder finder = new Decoder();
    List<Span[]> found = new ArrayList<>(sentences.size());
    for (String[] forms : sentences) {
      found.add(finder.find(forms));
    }
    return documentConsistency ? DocumentConsistency.apply(sentences, found) : found.toArray(new Span[0][]);
  }

  /**
   * A new context generator: OpenNLP's, or when the model's features are cached as a whole (descriptor
   * {@code cache="true"}, so they never depend on the previous outcomes) one that builds them once per token for
   * all beams, with the features of {@link WindowedFeatures} when it reproduces the model's descriptor.
   */
  private NameContextGenerator contextGenerator() {
    if (windowedFeatures.isPresent()) {
      return new PerTokenContextGenerator(windowedFeatures.get().newGenerator());
    }
    AdaptiveFeatureGenerator features = factory.createFeatureGenerators();
    if (features instanceof CachedFeatureGenerator) {
      return new PerTokenContextGenerator(features);
    }
    // what the factory's createContextGenerator() builds, without building the generators a second time
    return features == null ? factory.createContextGenerator() : new DefaultNameContextGenerator(features);
  }

  /**
   * OpenNLP's {@link DefaultNameContextGenerator} (the same features, in the same order) for a feature generator
   * that is a {@link CachedFeatureGenerator}: the token's features are built into an array once and each beam's
   * context is that array plus the four previous-outcome features (each string built once per document or per
   * token and outcome); OpenNLP rebuilds the list for every beam. Not thread-safe; one per document.
   */
  private static final class PerTokenContextGenerator extends DefaultNameContextGenerator
      implements SplitContextGenerator<String> {
    private static final int MAX_WORDS = 50_000;
    /** The features of the current token, collected here and then copied out (the list is reused). */
    private final List<String> list = new ArrayList<>(64);
    private String[] lastTokens;
    private int lastIndex = -1;
    private String[] features;
    private String tokenClass;
    /** Word → its OpenNLP token class (a function of the word alone), for the document's first MAX_WORDS words. */
    private final Map<String, String> tokenClasses = new HashMap<>(2048);
    /** "po=" and "ppo=" features by outcome (a handful per model), built once per document. */
    private final Map<String, String> previousOutcomes = new HashMap<>();
    private final Map<String, String> beforePreviousOutcomes = new HashMap<>();
    /** The current token's "pow=" and "powf=" features by previous outcome (the beams often share it). */
    private String[] seenOutcome = new String[4];
    private String[] seenWord = new String[4];
    private String[] seenClass = new String[4];
    private int seenOutcomes;

    PerTokenContextGenerator(AdaptiveFeatureGenerator generator) {
      super(generator);
    }

    @Override
    public String[] getContext(int index, String[] tokens, String[] preds, Object[] additionalContext) {
      tokenFeatures(index, tokens, preds);
      if (preds == null) {
        return features.clone();
      }
      String[] out = Arrays.copyOf(features, features.length + 4);
      String[] own = ownContext(index, tokens, index > 0 ? preds[index - 1] : null,
          index > 1 ? preds[index - 2] : null);
      System.arraycopy(own, 0, out, features.length, own.length);
      return out;
    }

    /** The token's features (built on the first call for a token; features cached as a whole ignore preds). */
    private void tokenFeatures(int index, String[] tokens, String[] preds) {
      if (tokens != lastTokens || index != lastIndex) {
        list.clear();
        for (AdaptiveFeatureGenerator g : featureGenerators) {
          g.createFeatures(list, tokens, index, preds);
        }
        features = list.toArray(new String[0]);
        tokenClass = tokenClasses.get(tokens[index]);
        if (tokenClass == null) {
          tokenClass = FeatureGeneratorUtil.tokenFeature(tokens[index]);
          if (tokenClasses.size() < MAX_WORDS) {
            tokenClasses.put(tokens[index], tokenClass);
          }
        }
        seenOutcomes = 0;
        lastTokens = tokens;
        lastIndex = index;
      }
    }

    @Override
    public String[] sharedContext(int index, String[] tokens, String[] bestOutcomes) {
      tokenFeatures(index, tokens, bestOutcomes);
      return features;
    }

    /** The four previous-outcome features of {@link DefaultNameContextGenerator}, in its order. */
    @Override
    public String[] ownContext(int index, String[] tokens, String previous, String beforePrevious) {
      String po = previous == null ? NameFinderME.OTHER : previous;
      String ppo = beforePrevious == null ? NameFinderME.OTHER : beforePrevious;
      String[] out = new String[4];
      out[0] = previousOutcomes.computeIfAbsent(po, o -> "po=" + o);
      int seen = 0;
      while (seen < seenOutcomes && !seenOutcome[seen].equals(po)) {
        seen++;
      }
      if (seen == seenOutcomes) {
        if (seen == seenOutcome.length) {
          seenOutcome = Arrays.copyOf(seenOutcome, seen * 2);
          seenWord = Arrays.copyOf(seenWord, seen * 2);
          seenClass = Arrays.copyOf(seenClass, seen * 2);
        }
        seenOutcome[seen] = po;
        seenWord[seen] = "pow=" + po + "," + tokens[index];
        seenClass[seen] = "powf=" + po + "," + tokenClass;
        seenOutcomes++;
      }
      out[1] = seenWord[seen];
      out[2] = seenClass[seen];
      out[3] = beforePreviousOutcomes.computeIfAbsent(ppo, o -> "ppo=" + o);
      return out;
    }
  }

  /**
   * One document's decoder: {@link NameFinderME#find(String[])} and {@link NameFinderME#probs(Span[])} over the
   * shared model (NameFinderME's extra window over additional context is left out: it adds no feature when, as
   * here, there is no additional context). Not thread-safe; one per call.
   */
  private final class Decoder {
    private final NameContextGenerator contexts = contextGenerator();
    private final SequenceValidator<String> validator = codec.createSequenceValidator();
    private final SharedBeamSearch.Memo memo = decoder instanceof SharedBeamSearch shared ? shared.newMemo() : null;
    private Sequence best;

    Span[] find(String[] tokens) {
      best = memo != null ? ((SharedBeamSearch) decoder).bestSequence(tokens, NO_CONTEXT, contexts, validator, memo)
          : decoder.bestSequence(tokens, NO_CONTEXT, contexts, validator);
      List<String> outcomes = best.getOutcomes();
      contexts.updateAdaptiveData(tokens, outcomes.toArray(new String[0]));
      Span[] spans = codec.decode(outcomes);
      double[] probs = probs(spans);
      for (int i = 0; i < probs.length; i++) {
        spans[i] = new Span(spans[i], probs[i]);
      }
      return spans;
    }

    /** The mean probability of each span's tokens in the last sequence found. */
    double[] probs(Span[] spans) {
      double[] out = new double[spans.length];
      double[] p = best.getProbs();
      for (int i = 0; i < spans.length; i++) {
        double sum = 0;
        for (int k = spans[i].getStart(); k < spans[i].getEnd(); k++) {
          sum += p[k];
        }
        out[i] = sum / spans[i].length();
      }
      return out;
    }
  }

  /**
   * A mention over token indexes.
   *
   * @param start first token
   * @param end after the last token
   * @param type entity type
   * @param confidence mean tag probability
   */
  public record TokenMention(int start, int end, EntityType type, double confidence) {
    /** Checks {@code 0 <= start <= end}. */
    public TokenMention {
      Spans.checkRange(start, end);
    }
  }

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
