package it.storia.extractor.tag;

import it.storia.extractor.model.Token;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import it.storia.extractor.decode.FrequentWords;
import it.storia.extractor.decode.SharedBeamSearch;
import it.storia.extractor.decode.SplitContextGenerator;
import it.storia.extractor.decode.WindowedFeatures;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

/**
 * UPOS tagger and lemmatizer for Italian surface tokens, from OpenNLP models trained on Universal Dependencies
 * treebanks (see {@code models/README.md}).
 *
 * <p>Input: an {@link AnalyzedText}; each sentence's token {@link Token#norm() norms} are tagged together.
 * Output: the same tokens with {@code pos}, {@code lemma} and {@code words} (the tokenizer's, or for a verb with
 * clitics, "farlo" → "far", "lo", from the {@link CliticSplitter}). Tags are UPOS; a
 * multi-word token gets its words' tags joined by "+" ("della" → "ADP+DET", "farlo" → "VERB+PRON") and its
 * words' lemmas joined by a space ("della" → "di il"). Lemmas come from, in order: the form itself for
 * punctuation, symbols and proper nouns; the {@link LemmaDictionary} for a known (form, tag); the form for a
 * number; the {@link SuffixLemmatizer} learnt from the lexicon for any other unknown word (lower-cased form when
 * it has no rule).
 *
 * <p>Decoding: OpenNLP's beam search with the model's beam size, run by {@link SharedBeamSearch#bestOutcomes} (same
 * tags as {@code POSTaggerME}, less work): the features never read the previous tags, so for a perceptron model
 * without a tag dictionary (the bundled one) it takes each token's best tag without a beam. The context generator,
 * which is not thread-safe, is created per call.
 *
 * <p>Memory: the tagger keeps what it reads, not the {@link POSModel}: the classifier's {@link
 * it.storia.extractor.decode.TableModel} view (inside its decoder), the feature plan of {@link WindowedFeatures},
 * the validator over the model's tag dictionary and the lexicon; the model object and its predicate map can be
 * collected once the constructor returns. Only a model whose features {@link WindowedFeatures} does not
 * reproduce, or whose validator is not OpenNLP's default, keeps its factory, and through it the model.
 *
 * <p>Immutable and thread-safe: what it keeps is shared and read-only. Build once with
 * {@link #fromClasspath()} or {@link #load(Path, Path)}.
 */
public final class OpenNlpTagger implements Tagger {
  /** File name of the POS model, on the classpath and in model directories. */
  public static final String POS_MODEL = "it-pos.bin";
  /** File name of the lemma lexicon. */
  public static final String LEMMA_DICTIONARY = "it-lemmas.tsv.gz";

  private static final String BASE = "/it/storia/extractor/models/";

  private static final Object[] NO_CONTEXT = new Object[0];
  /** The entry of the classifier in an OpenNLP POS model package. */
  private static final String POS_MODEL_ENTRY = "pos.model";

  private final int beamSize;
  private final SequenceClassificationModel decoder;
  /**
   * The model's features generated once per token and window ({@link WindowedFeatures}), when its contexts are
   * those features alone (see {@link PerTokenContextGenerator}) and the plan reproduces its descriptor; otherwise
   * empty, and the context generators come from {@link #factory}.
   */
  private final Optional<WindowedFeatures> windowedFeatures;
  /** Whether the model's contexts are built once per token ({@link PerTokenContextGenerator}). */
  private final boolean perTokenContexts;
  /** OpenNLP's default validator over the model's tag dictionary (read-only, shared), or null. */
  private final DefaultPOSSequenceValidator validator;
  /**
   * The model's tool factory, kept only when a call needs it: for context generators {@link #windowedFeatures}
   * does not give, or a validator of another class than {@link DefaultPOSSequenceValidator}. It references the
   * whole {@link POSModel}; null for the bundled model, so that the model is not kept after construction.
   */
  private final POSTaggerFactory factory;
  private final LemmaDictionary dictionary;
  private final SuffixLemmatizer suffixes;
  private final CliticSplitter clitics;

  /** A tagger from a loaded POS model and lemma lexicon. */
  public OpenNlpTagger(POSModel posModel, LemmaDictionary dictionary) {
    this(posModel, dictionary, SuffixLemmatizer.learn(dictionary));
  }

  /**
   * A tagger from a loaded POS model, lemma lexicon and the suffix rules learnt from that lexicon
   * ({@link SuffixLemmatizer#learn}): for loaders that learn them while the POS model is read.
   */
  public OpenNlpTagger(POSModel posModel, LemmaDictionary dictionary, SuffixLemmatizer suffixes) {
    Objects.requireNonNull(posModel, "posModel");
    String beam = posModel.getManifestProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER);
    this.beamSize = beam == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    Object classifier = posModel.getArtifact(POS_MODEL_ENTRY);
    this.decoder = classifier instanceof MaxentModel m ? SharedBeamSearch.of(beamSize, m)
        : posModel.getPosSequenceModel();
    POSTaggerFactory modelFactory = posModel.getFactory();
    this.perTokenContexts = modelFactory.getPOSContextGenerator(beamSize) instanceof ConfigurablePOSContextGenerator
        && modelFactory.createFeatureGenerators() instanceof CachedFeatureGenerator;
    try {
      this.windowedFeatures = perTokenContexts
          ? WindowedFeatures.ofModel(posModel).map(w -> w.withWords(FrequentWords.bundled())) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the POS model's feature generators", e);
    }
    SequenceValidator<String> modelValidator = modelFactory.getSequenceValidator();
    this.validator = modelValidator.getClass() == DefaultPOSSequenceValidator.class
        ? (DefaultPOSSequenceValidator) modelValidator : null;
    this.factory = windowedFeatures.isEmpty() || validator == null ? modelFactory : null;
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.suffixes = Objects.requireNonNull(suffixes, "suffixes");
    this.clitics = CliticSplitter.fromClasspath();
  }

  /** The bundled models (module {@code extractor-models}, classpath {@code it/storia/extractor/models/}). */
  public static OpenNlpTagger fromClasspath() {
    return new OpenNlpTagger(bundledPosModel(), bundledLemmaDictionary());
  }

  /** The bundled POS model ({@value #POS_MODEL}), one half of {@link #fromClasspath()}. */
  public static POSModel bundledPosModel() {
    try (InputStream pos = resource(POS_MODEL)) {
      return new POSModel(pos);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled POS model " + BASE + POS_MODEL, e);
    }
  }

  /** The bundled lemma lexicon ({@value #LEMMA_DICTIONARY}), the other half of {@link #fromClasspath()}. */
  public static LemmaDictionary bundledLemmaDictionary() {
    try (InputStream dict = resource(LEMMA_DICTIONARY)) {
      return LemmaDictionary.read(dict, BASE + LEMMA_DICTIONARY);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled lemma lexicon " + BASE + LEMMA_DICTIONARY, e);
    }
  }

  /** Models from files: an OpenNLP POS model and a lemma lexicon ({@link LemmaDictionary} format). */
  public static OpenNlpTagger load(Path posModel, Path lemmaDictionary) throws IOException {
    return new OpenNlpTagger(new POSModel(posModel), LemmaDictionary.read(lemmaDictionary));
  }

  /** The two model files, by their standard names ({@value #POS_MODEL}, {@value #LEMMA_DICTIONARY}), in a dir. */
  public static OpenNlpTagger fromDirectory(Path dir) throws IOException {
    return load(dir.resolve(POS_MODEL), dir.resolve(LEMMA_DICTIONARY));
  }

  private static InputStream resource(String name) {
    InputStream in = OpenNlpTagger.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IllegalStateException("missing model " + BASE + name + " (is extractor-models on the classpath?)");
    }
    return in;
  }

  @Override
  public List<Token> tag(AnalyzedText text) {
    POSContextGenerator cg = contextGenerator();
    SequenceValidator<String> validator = validator();
    SharedBeamSearch.Memo memo = decoder instanceof SharedBeamSearch shared ? shared.newMemo() : null;
    List<Token> out = new ArrayList<>(text.tokens().size());
    for (int s = 0; s < text.sentences().size(); s++) {
      List<Token> tokens = text.tokensOf(s);
      String[] forms = new String[tokens.size()];
      for (int i = 0; i < forms.length; i++) {
        forms[i] = tokens.get(i).norm();
      }
      String[] tags = tags(forms, cg, validator, memo);
      String[] lemmas = lemmatize(forms, tags);
      for (int i = 0; i < forms.length; i++) {
        Token t = tokens.get(i);
        out.add(t.withTags(tags[i], lemmas[i], words(t, tags[i])));
      }
    }
    return out;
  }

  /**
   * A new context generator: OpenNLP's, or when it is the configurable one over features cached as a whole
   * (descriptor {@code cache="true"}: they never depend on the previous tags) one that builds a token's context
   * once for all beams, with the features of {@link WindowedFeatures} when it reproduces the model's descriptor.
   */
  private POSContextGenerator contextGenerator() {
    if (windowedFeatures.isPresent()) {
      return new PerTokenContextGenerator(windowedFeatures.get().newGenerator());
    }
    return perTokenContexts ? new PerTokenContextGenerator(factory.createFeatureGenerators())
        : factory.getPOSContextGenerator(beamSize);
  }

  /** The model's sequence validator: the shared default one, or a new one from the model's factory. */
  private SequenceValidator<String> validator() {
    return validator != null ? validator : factory.getSequenceValidator();
  }

  /**
   * The contexts of {@link ConfigurablePOSContextGenerator} (the feature generator's features) when that generator
   * is a {@link CachedFeatureGenerator}: built once per token, the same for every beam; OpenNLP rebuilds them for
   * every new pair of previous tags. Not thread-safe; one per call.
   */
  private static final class PerTokenContextGenerator implements POSContextGenerator,
      SplitContextGenerator<String> {
    private static final String[] NONE = new String[0];
    private final AdaptiveFeatureGenerator features;
    /** The features of the current token, collected here and then copied out (the list is reused). */
    private final List<String> list = new ArrayList<>(48);
    private String[] lastTokens;
    private int lastIndex = -1;
    private String[] context;

    PerTokenContextGenerator(AdaptiveFeatureGenerator features) {
      this.features = features;
    }

    @Override
    public String[] getContext(int index, String[] tokens, String[] tags, Object[] additionalContext) {
      if (tokens != lastTokens || index != lastIndex) {
        list.clear();
        features.createFeatures(list, tokens, index, tags);
        context = list.toArray(new String[0]);
        lastTokens = tokens;
        lastIndex = index;
      }
      return context;
    }

    /** Every feature: built once per token, with the best beam's tags (as the first {@link #getContext} call). */
    @Override
    public String[] sharedContext(int index, String[] tokens, String[] bestTags) {
      return getContext(index, tokens, bestTags, null);
    }

    @Override
    public String[] ownContext(int index, String[] tokens, String previous, String beforePrevious) {
      return NONE;
    }

    @Override
    public boolean historyFree() {
      return true;
    }
  }

  /**
   * The best tag sequence, as {@code POSTaggerME.tag} with {@link POSTagFormat#CUSTOM} computes it; {@code memo}
   * (the document's lookup memo of a {@link SharedBeamSearch} decoder, or null) changes only the speed.
   */
  private String[] tags(String[] forms, POSContextGenerator cg, SequenceValidator<String> validator,
      SharedBeamSearch.Memo memo) {
    if (decoder instanceof SharedBeamSearch shared) {
      return shared.bestOutcomes(forms, NO_CONTEXT, cg, validator, memo);
    }
    Sequence best = decoder.bestSequence(forms, NO_CONTEXT, cg, validator);
    return best.getOutcomes().toArray(new String[0]);
  }

  /** The tokenizer's words, or for a verb with clitics ("farlo", tagged VERB+PRON) its verb and pronouns. */
  private List<String> words(Token t, String tag) {
    if (!t.words().isEmpty() || !(tag.startsWith("VERB+") || tag.startsWith("AUX+"))) {
      return t.words();
    }
    return clitics.split(t.text(), tag.split("\\+", -1).length);
  }

  /** The POS tags of a sentence of token forms (for evaluation and tools). */
  public String[] posTags(String[] forms) {
    return tags(forms, contextGenerator(), validator(), null);
  }

  /** The lemmas of a tagged sentence (for evaluation and tools). */
  public String[] lemmas(String[] forms, String[] tags) {
    return lemmatize(forms, tags);
  }

  private String[] lemmatize(String[] forms, String[] tags) {
    String[] lemmas = new String[forms.length];
    for (int i = 0; i < forms.length; i++) {
      String tag = tags[i];
      String form = forms[i];
      if (LemmaFeatures.isVerbatim(tag) || "PROPN".equals(tag)) {
        lemmas[i] = form;
        continue;
      }
      Optional<String> known = dictionary.lemma(form, tag);
      if (known.isPresent()) {
        lemmas[i] = known.get();
      } else if ("NUM".equals(tag)) {
        lemmas[i] = form;
      } else {
        lemmas[i] = suffixes.lemma(form, tag).orElse(form.toLowerCase(Locale.ROOT));
      }
    }
    return lemmas;
  }
}
