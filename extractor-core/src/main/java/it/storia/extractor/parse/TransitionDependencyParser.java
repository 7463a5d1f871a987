package it.storia.extractor.parse;

import it.storia.extractor.model.Token;
import it.storia.extractor.text.AnalyzedText;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A greedy transition-based dependency parser: the arc-eager system with labelled transitions ({@link ArcEager}),
 * a classifier trained with OpenNLP's perceptron on the static oracle's transitions ({@link TransitionTrainer}), and
 * Zhang and Nivre (2011)-style features ({@link ParseFeatures}). At each step the best-scoring valid transition
 * is applied; words still without a head at the end are attached to the root word; then subjects and "da"
 * obliques of a head marked passive by its auxiliary get the passive subtypes ({@link ArcEager#passives}).
 *
 * <p>Input: a tagged {@link AnalyzedText} (tokens with UPOS and lemmas, as {@code tag.OpenNlpTagger} gives them).
 * A multi-word token ("della", {@code ADP+DET}, words "di" "la", lemma "di il") gives one {@link Word} per part,
 * with the part's own tag and lemma; when the tagger's tag has a different number of parts than the tokenizer's
 * words, the token is one word with the first tag (no words) or each extra word repeats the last tag.
 *
 * <p>Model file ({@value #MODEL}): gzip of a header ({@value #MAGIC}, the feature version) and the OpenNLP model in
 * its binary format; the outcomes are the transitions ({@code SH}, {@code RE}, {@code L:label}, {@code R:label}).
 *
 * <p>Scoring allocates no feature strings: each feature's characters are hashed as they are produced and looked
 * up in a {@link FeatureTable} made from the model at load time ({@link Scorer.Hashed}).
 *
 * <p>Final, immutable and thread-safe: the table is read-only; each parse has its own configuration, scorer and
 * buffers.
 * Build once with {@link #fromClasspath()} or {@link #load(Path)}.
 */
public final class TransitionDependencyParser implements DependencyParser {
  /** File name of the model, on the classpath and in model directories. */
  public static final String MODEL = "it-parse.bin";
  /** First string of the model file. */
  static final String MAGIC = "it-parse";

  private static final String BASE = "/it/storia/extractor/models/";
  static final String SHIFT = "SH";
  static final String REDUCE = "RE";
  static final String LEFT = "L:";
  static final String RIGHT = "R:";

  private final int[] kinds;
  private final String[] labels;
  /** Makes the per-parse scorer: over the shared {@link FeatureTable}, or the reference one over the model. */
  private final Supplier<Scorer> scorers;
  private final int features;

  private TransitionDependencyParser(MaxentModel model, Supplier<Scorer> scorers, int features) {
    this(outcomes(model), scorers, features);
  }

  private static List<String> outcomes(MaxentModel model) {
    List<String> out = new ArrayList<>(model.getNumOutcomes());
    for (int i = 0; i < model.getNumOutcomes(); i++) {
      out.add(model.getOutcome(i));
    }
    return out;
  }

  private TransitionDependencyParser(List<String> outcomes, Supplier<Scorer> scorers, int features) {
    int k = outcomes.size();
    kinds = new int[k];
    labels = new String[k];
    for (int i = 0; i < k; i++) {
      String o = outcomes.get(i);
      if (SHIFT.equals(o)) {
        kinds[i] = ArcEager.SHIFT;
      } else if (REDUCE.equals(o)) {
        kinds[i] = ArcEager.REDUCE;
      } else if (o.startsWith(LEFT)) {
        kinds[i] = ArcEager.LEFT;
        labels[i] = o.substring(LEFT.length());
      } else if (o.startsWith(RIGHT)) {
        kinds[i] = ArcEager.RIGHT;
        labels[i] = o.substring(RIGHT.length());
      } else {
        throw new IllegalArgumentException("not a transition: model outcome '" + o + "'");
      }
    }
    this.scorers = scorers;
    this.features = features;
  }

  /**
   * A parser over a trained classifier whose outcomes are the transitions; its parameters are copied into a
   * {@link FeatureTable}, so the model itself (and its feature strings) is not kept.
   */
  static TransitionDependencyParser of(AbstractModel model) {
    Map<String, Context> predicates = predicates(model);
    FeatureTable table = new FeatureTable(predicates);
    return new TransitionDependencyParser(model, () -> new Scorer.Hashed(table), predicates.size());
  }

  /** The reference parser: the same model scored through feature strings and its own predicate map. */
  static TransitionDependencyParser reference(AbstractModel model) {
    Map<String, Context> predicates = predicates(model);
    return new TransitionDependencyParser(model, () -> new Scorer.Strings(predicates), -1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Context> predicates(AbstractModel model) {
    Object pmap = model.getDataStructures()[1];
    if (!(pmap instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("unexpected OpenNLP model layout: " + pmap);
    }
    return (Map<String, Context>) m;
  }

  /**
   * A parser read from a model file's stream (see {@link #readModel}): a perceptron model goes straight into the
   * {@link FeatureTable} ({@link FeatureTable#readPerceptron}: the OpenNLP model is never built, so loading takes
   * little more heap than the parser keeps); a model of another type is read by OpenNLP and copied by {@link #of}.
   */
  static TransitionDependencyParser read(InputStream in, String source) throws IOException {
    DataInputStream data = openModel(in, source);
    data.mark(1 << 16);
    DataReader reader = new BinaryFileDataReader(data);
    if (!PERCEPTRON.equals(reader.readUTF())) {
      data.reset();
      return of(new GenericModelReader(new BinaryFileDataReader(data)).getModel());
    }
    List<String> outcomes = new ArrayList<>();
    FeatureTable table = FeatureTable.readPerceptron(reader, outcomes);
    return new TransitionDependencyParser(outcomes, () -> new Scorer.Hashed(table), table.size());
  }

  /** The type string of a perceptron model in OpenNLP's binary format. */
  private static final String PERCEPTRON = "Perceptron";

  /** The bundled model (module {@code extractor-models}, classpath {@code it/storia/extractor/models/}). */
  public static TransitionDependencyParser fromClasspath() {
    try (InputStream in = bundledStream()) {
      return read(in, BASE + MODEL);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled parser model " + BASE + MODEL, e);
    }
  }

  private static InputStream bundledStream() {
    InputStream in = TransitionDependencyParser.class.getResourceAsStream(BASE + MODEL);
    if (in == null) {
      throw new IllegalStateException("missing model " + BASE + MODEL + " (is extractor-models on the classpath?)");
    }
    return in;
  }

  /** The bundled model's classifier. */
  static AbstractModel bundledModel() {
    try (InputStream i = bundledStream()) {
      return readModel(i, BASE + MODEL);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled parser model " + BASE + MODEL, e);
    }
  }

  /** A model file written by {@link #write}. */
  public static TransitionDependencyParser load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads the classifier of a model file ({@code source} names it in errors). */
  static AbstractModel readModel(InputStream in, String source) throws IOException {
    return new GenericModelReader(new BinaryFileDataReader(openModel(in, source))).getModel();
  }

  /** The OpenNLP model's stream inside a model file, after the header is checked. */
  private static DataInputStream openModel(InputStream in, String source) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
    String magic = data.readUTF();
    int version = data.readInt();
    if (!MAGIC.equals(magic) || version != ParseFeatures.VERSION) {
      throw new IOException(source + ": not a parser model of feature version " + ParseFeatures.VERSION + " (got '"
          + magic + "' version " + version + ")");
    }
    return data;
  }

  /** Writes a trained classifier as a model file (gzip; see the class comment). */
  static void write(AbstractModel model, OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out));
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gz));
    data.writeUTF(MAGIC);
    data.writeInt(ParseFeatures.VERSION);
    new GenericModelWriter(model, data).persist(); // flushes and closes data, so finishes the gzip
  }

  /** A new scorer of this parser (for tests). */
  Scorer newScorer() {
    return scorers.get();
  }

  /** The number of features with parameters in the model (-1 for the reference parser). */
  public int featureCount() {
    return features;
  }

  /** The relation labels the model knows (of its left and right arcs), in outcome order. */
  public List<String> labels() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != null && !out.contains(labels[i])) {
        out.add(labels[i]);
      }
    }
    return out;
  }

  @Override
  public DependencyTree parse(AnalyzedText text, int sentence) {
    List<Token> tokens = text.tokensOf(sentence);
    int first = text.sentenceTokens().get(sentence).first();
    List<Integer> tokenIndex = new ArrayList<>(tokens.size() + 8);
    List<String> forms = new ArrayList<>(tokens.size() + 8);
    List<String> tags = new ArrayList<>(tokens.size() + 8);
    List<String> lemmas = new ArrayList<>(tokens.size() + 8);
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      String pos = t.pos() == null ? "X" : t.pos();
      String lemma = t.lemma() == null ? t.norm() : t.lemma();
      String[] ps = pos.split("\\+", -1);
      String[] ls = lemma.split(" ", -1);
      List<String> parts = t.words();
      if (parts.size() < 2) {
        tokenIndex.add(first + k);
        forms.add(parts.isEmpty() ? t.norm() : parts.get(0));
        tags.add(ps[0]);
        lemmas.add(ls.length == 1 ? lemma : ls[0]);
        continue;
      }
      for (int j = 0; j < parts.size(); j++) {
        tokenIndex.add(first + k);
        forms.add(parts.get(j));
        tags.add(ps[Math.min(j, ps.length - 1)]);
        lemmas.add(ls.length == parts.size() ? ls[j] : parts.get(j));
      }
    }
    int[] tok = new int[tokenIndex.size()];
    for (int i = 0; i < tok.length; i++) {
      tok[i] = tokenIndex.get(i);
    }
    return new DependencyTree(sentence, parseWords(tok, forms.toArray(new String[0]), tags.toArray(new String[0]),
        lemmas.toArray(new String[0])));
  }

  /**
   * Parses a sentence given as words (all arrays of the same length): {@code tokens[i]} is the token index word
   * {@code i} reports, {@code forms}, {@code upos} and {@code lemmas} what the features read.
   */
  public List<Word> parseWords(int[] tokens, String[] forms, String[] upos, String[] lemmas) {
    int n = forms.length;
    if (tokens.length != n || upos.length != n || lemmas.length != n) {
      throw new IllegalArgumentException("word arrays of different lengths: " + tokens.length + " tokens, " + n
          + " forms, " + upos.length + " tags, " + lemmas.length + " lemmas");
    }
    ArcEager c = run(new ParseFeatures.Sentence(forms, upos, lemmas), n);
    String[] up = new String[n + 1];
    System.arraycopy(upos, 0, up, 1, n);
    c.finish(up);
    String[] lem = new String[n + 1];
    System.arraycopy(lemmas, 0, lem, 1, n);
    c.passives(lem);
    List<Word> out = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      out.add(new Word(tokens[i - 1], forms[i - 1], upos[i - 1], lemmas[i - 1], c.head[i] - 1, c.label[i]));
    }
    return out;
  }

  private ArcEager run(ParseFeatures.Sentence s, int n) {
    ArcEager c = new ArcEager(n);
    Scorer scorer = scorers.get();
    double[] scores = new double[kinds.length];
    while (!c.terminal()) {
      scorer.score(c, s, scores);
      int best = -1;
      for (int o = 0; o < scores.length; o++) {
        if ((best < 0 || scores[o] > scores[best]) && c.valid(kinds[o], labels[o])) {
          best = o;
        }
      }
      if (best < 0) {
        c.apply(ArcEager.SHIFT, null);
      } else {
        c.apply(kinds[best], labels[best]);
      }
    }
    return c;
  }

  /** Keeps the caller's stream open when the model writer closes its own. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
