package it.storia.extractor.train;

import it.storia.extractor.corpus.NameSentence;
import it.storia.extractor.corpus.NameSpan;
import it.storia.extractor.ner.OpenNlpNameFinder;
import it.storia.extractor.ner.WordClusterTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the OpenNLP name finder (PER/ORG/LOC) from annotated sentences.
 *
 * <p>Input: {@link NameSentence}s (tokens already normalised like {@code Token.norm()}), a feature generator
 * descriptor (OpenNLP {@code GeneratorFactory} XML) and the word-cluster tables it names (embedded in the
 * model). Output: a {@link TokenNameFinderModel} that {@link OpenNlpNameFinder} runs. Training is deterministic:
 * OpenNLP's maxent (GIS) and perceptron trainers use no randomness, one thread is used and the samples are fed
 * in the given order.
 *
 * <p>Immutable and thread-safe; each {@link #train} call is independent.
 */
public final class NerTrainer {
  /** Bundled descriptor of the tuned feature set (uses clusters {@code c1}, {@code c2}, {@code c3}). */
  public static final String FEATURES_RESOURCE = "/it/storia/extractor/train/ner-features.xml";

  private final byte[] featureDescriptor;
  private final Map<String, Object> resources;
  private final String algorithm;
  private final int iterations;
  private final int cutoff;

  /**
   * A trainer.
   *
   * @param featureDescriptor the feature generator XML, or null for OpenNLP's default features
   * @param resources the resources the descriptor names ({@code <str name="dict">c1</str>}): word-cluster
   *     tables ({@link #clusterDictionary}) and gazetteers ({@link #gazetteer}); embedded in the model
   * @param algorithm {@code MAXENT} or {@code PERCEPTRON}
   * @param iterations training iterations
   * @param cutoff minimum feature count
   */
  public NerTrainer(byte[] featureDescriptor, Map<String, Object> resources, String algorithm,
      int iterations, int cutoff) {
    if (!algorithm.equals("MAXENT") && !algorithm.equals("PERCEPTRON")) {
      throw new IllegalArgumentException("algorithm must be MAXENT or PERCEPTRON, got '" + algorithm + "'");
    }
    if (iterations < 1 || cutoff < 0) {
      throw new IllegalArgumentException("bad iterations " + iterations + " or cutoff " + cutoff);
    }
    this.featureDescriptor = featureDescriptor == null ? null : featureDescriptor.clone();
    this.resources = Map.copyOf(resources);
    this.algorithm = algorithm;
    this.iterations = iterations;
    this.cutoff = cutoff;
  }

  /** The experimental descriptor: the bundled features plus gazetteers gPER, gORG, gLOC, gFIRST. */
  public static final String GAZETTEER_FEATURES_RESOURCE = "/it/storia/extractor/train/ner-features-gazetteers.xml";

  /** The bundled feature descriptor. */
  public static byte[] bundledFeatures() {
    return resource(FEATURES_RESOURCE);
  }

  /** The experimental descriptor with gazetteer features. */
  public static byte[] gazetteerFeatures() {
    return resource(GAZETTEER_FEATURES_RESOURCE);
  }

  private static byte[] resource(String name) {
    try (InputStream in = NerTrainer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** Trains a model on the sentences, in order. */
  public TokenNameFinderModel train(List<NameSentence> sentences) throws IOException {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no training sentences");
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    TokenNameFinderFactory factory = new TokenNameFinderFactory(featureDescriptor, new TreeMap<>(resources),
        new BioCodec());
    return NameFinderME.train("it", null, new SampleStream(sentences), params, factory);
  }

  /** A word-cluster resource from a {@code word → cluster} table. */
  public static WordClusterTable clusterDictionary(Map<String, String> table) {
    return WordClusterTable.of(table);
  }

  /** A case-sensitive gazetteer resource from token sequences. */
  public static Dictionary gazetteer(Collection<List<String>> entries) {
    Dictionary d = new Dictionary(true);
    for (List<String> e : entries) {
      d.put(new StringList(e.toArray(new String[0])));
    }
    return d;
  }

  /** Converts a sentence to an OpenNLP sample. */
  static NameSample toSample(NameSentence s) {
    Span[] spans = new Span[s.names().size()];
    for (int i = 0; i < spans.length; i++) {
      NameSpan n = s.names().get(i);
      spans[i] = new Span(n.start(), n.end(), OpenNlpNameFinder.code(n.type()));
    }
    return new NameSample(s.tokens().toArray(new String[0]), spans, false);
  }

  private static final class SampleStream implements ObjectStream<NameSample> {
    private final List<NameSentence> sentences;
    private Iterator<NameSentence> it;

    SampleStream(List<NameSentence> sentences) {
      this.sentences = Objects.requireNonNull(sentences);
      this.it = sentences.iterator();
    }

    @Override
    public NameSample read() {
      return it.hasNext() ? toSample(it.next()) : null;
    }

    @Override
    public void reset() {
      it = sentences.iterator();
    }
  }

  /** Reads word-cluster tables in the {@code word cluster} format, keyed by name. */
  public static Map<String, Map<String, String>> readClusters(Map<String, java.nio.file.Path> files)
      throws IOException {
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (Map.Entry<String, java.nio.file.Path> e : files.entrySet()) {
      Map<String, String> table = new LinkedHashMap<>();
      int lineNo = 0;
      for (String line : java.nio.file.Files.readAllLines(e.getValue(), StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.split(" ");
        if (parts.length < 2) {
          throw new IOException(e.getValue() + ":" + lineNo + ": expected 'word cluster', got '" + line + "'");
        }
        table.put(parts[0], parts[1]);
      }
      out.put(e.getKey(), table);
    }
    return out;
  }
}
