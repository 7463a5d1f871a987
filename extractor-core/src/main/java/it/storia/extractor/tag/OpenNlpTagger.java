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
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * UPOS tagger and lemmatizer for Italian surface tokens, from OpenNLP models trained on Universal Dependencies
 * treebanks (see {@code models/README.md}).
 *
 * <p>Input: an {@link AnalyzedText}; each sentence's token {@link Token#norm() norms} are tagged together.
 * Output: the same tokens with {@code pos}, {@code lemma} and (unchanged) {@code words}. Tags are UPOS; a
 * multi-word token gets its words' tags joined by "+" ("della" → "ADP+DET", "farlo" → "VERB+PRON") and its
 * words' lemmas joined by a space ("della" → "di il"). Lemmas come from, in order: the form itself for
 * punctuation, symbols and numbers; the {@link LemmaDictionary} for a known (form, tag); the form for an unknown
 * proper noun; the statistical lemmatizer otherwise (lower-cased form when it has no answer).
 *
 * <p>Immutable and thread-safe: the models are shared and read-only; the OpenNLP {@code POSTaggerME} and
 * {@code LemmatizerME}, which are not thread-safe, are created per call from the shared models. Build once with
 * {@link #fromClasspath()} or {@link #load(Path, Path, Path)}.
 */
public final class OpenNlpTagger implements Tagger {
  /** File name of the POS model, on the classpath and in model directories. */
  public static final String POS_MODEL = "it-pos.bin";
  /** File name of the statistical lemmatizer model. */
  public static final String LEMMA_MODEL = "it-lemma.bin";
  /** File name of the lemma lexicon. */
  public static final String LEMMA_DICTIONARY = "it-lemmas.tsv.gz";

  private static final String BASE = "/it/storia/extractor/models/";

  private final POSModel posModel;
  private final LemmatizerModel lemmaModel;
  private final LemmaDictionary dictionary;

  /** A tagger from loaded models. */
  public OpenNlpTagger(POSModel posModel, LemmatizerModel lemmaModel, LemmaDictionary dictionary) {
    this.posModel = Objects.requireNonNull(posModel, "posModel");
    this.lemmaModel = Objects.requireNonNull(lemmaModel, "lemmaModel");
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  /** The bundled models (module {@code extractor-models}, classpath {@code it/storia/extractor/models/}). */
  public static OpenNlpTagger fromClasspath() {
    try (InputStream pos = resource(POS_MODEL);
        InputStream lemma = resource(LEMMA_MODEL);
        InputStream dict = resource(LEMMA_DICTIONARY)) {
      return new OpenNlpTagger(new POSModel(pos), new LemmatizerModel(lemma),
          LemmaDictionary.read(dict, BASE + LEMMA_DICTIONARY));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled tagger models under " + BASE, e);
    }
  }

  /** Models from files: a POS model, a lemmatizer model and a lemma lexicon. */
  public static OpenNlpTagger load(Path posModel, Path lemmaModel, Path lemmaDictionary) throws IOException {
    return new OpenNlpTagger(new POSModel(posModel), new LemmatizerModel(lemmaModel),
        LemmaDictionary.read(lemmaDictionary));
  }

  /** The three model files, by their standard names, from a directory. */
  public static OpenNlpTagger fromDirectory(Path dir) throws IOException {
    return load(dir.resolve(POS_MODEL), dir.resolve(LEMMA_MODEL), dir.resolve(LEMMA_DICTIONARY));
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
    POSTaggerME posTagger = new POSTaggerME(posModel, POSTagFormat.CUSTOM);
    LemmatizerME lemmatizer = new LemmatizerME(lemmaModel);
    List<Token> out = new ArrayList<>(text.tokens().size());
    for (int s = 0; s < text.sentences().size(); s++) {
      List<Token> tokens = text.tokensOf(s);
      String[] forms = new String[tokens.size()];
      for (int i = 0; i < forms.length; i++) {
        forms[i] = tokens.get(i).norm();
      }
      String[] tags = posTagger.tag(forms);
      String[] lemmas = lemmatize(lemmatizer, forms, tags);
      for (int i = 0; i < forms.length; i++) {
        Token t = tokens.get(i);
        out.add(t.withTags(tags[i], lemmas[i], t.words()));
      }
    }
    return out;
  }

  /** The POS tags of a sentence of token forms (for evaluation and tools). */
  public String[] posTags(String[] forms) {
    return new POSTaggerME(posModel, POSTagFormat.CUSTOM).tag(forms);
  }

  /** The lemmas of a tagged sentence (for evaluation and tools). */
  public String[] lemmas(String[] forms, String[] tags) {
    return lemmatize(new LemmatizerME(lemmaModel), forms, tags);
  }

  private String[] lemmatize(LemmatizerME lemmatizer, String[] forms, String[] tags) {
    String[] lemmas = new String[forms.length];
    String[] lower = LemmaFeatures.lemmatizerInput(forms, tags);
    String[] predicted = null;
    for (int i = 0; i < forms.length; i++) {
      String tag = tags[i];
      if (LemmaFeatures.isVerbatim(tag)) {
        lemmas[i] = forms[i];
        continue;
      }
      Optional<String> known = dictionary.lemma(forms[i], tag);
      if (known.isPresent()) {
        lemmas[i] = known.get();
        continue;
      }
      if ("PROPN".equals(tag)) {
        lemmas[i] = forms[i];
        continue;
      }
      if (predicted == null) {
        predicted = lemmatizer.lemmatize(lower, tags);
      }
      String p = predicted[i];
      lemmas[i] = p == null || p.isEmpty() || "O".equals(p) ? forms[i].toLowerCase(Locale.ROOT) : p;
    }
    return lemmas;
  }
}
