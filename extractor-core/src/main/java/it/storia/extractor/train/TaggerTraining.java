package it.storia.extractor.train;

import it.storia.extractor.corpus.ConlluReader;
import it.storia.extractor.corpus.ConlluSentence;
import it.storia.extractor.corpus.ConlluToken;
import it.storia.extractor.ner.WordClusterTable;
import it.storia.extractor.tag.LemmaDictionary;
import it.storia.extractor.tag.LemmaFeatures;
import it.storia.extractor.tag.OpenNlpTagger;
import it.storia.extractor.text.ItalianNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the UPOS tagger ({@code it-pos.bin}, OpenNLP POSTaggerME) and builds the lemma lexicon
 * ({@code it-lemmas.tsv.gz}, see {@link LemmaDictionary}) from the CoNLL-U files of {@link TrainingSets#TAGGING}.
 *
 * <p>Samples are surface tokens, as the project's tokenizer produces them: a multi-word token ("della") is one
 * token tagged with its words' tags joined by "+" ("ADP+DET") and lemmatised as its words' lemmas joined by a
 * space ("di il"). Forms go through the {@link ItalianNormalizer}, as at tagging time. The POS features include
 * the word clusters {@code c1..c3} ({@link ClusterTables}: reused from {@link TrainingRequest#clusters()} or
 * learned), embedded in the model. Training is deterministic:
 * single-threaded perceptron with fixed iterations and cutoff, files read in a fixed order. Stateless;
 * thread-safe.
 */
public final class TaggerTraining {
  /**
   * Perceptron iterations of the POS model (on ISDT dev, trained without it: perceptron 0.950 vs maxent 0.945;
   * with the features of {@value #FEATURES} 0.953).
   */
  static final int POS_ITERATIONS = 300;
  /** Feature cutoff of the POS model. */
  static final int POS_CUTOFF = 1;

  /** Classpath resource with the POS feature-generator descriptor. */
  static final String FEATURES = "/it/storia/extractor/train/pos-features.xml";

  private TaggerTraining() {}

  /** The training sentences of a request, as (forms, tags, lemmas) triples. */
  static List<String[][]> samples(TrainingRequest request, PrintWriter log) throws IOException {
    return samples(request, log, Map.of());
  }

  /** As {@link #samples(TrainingRequest, PrintWriter)}, each sentence of a file repeated {@code copies} times. */
  static List<String[][]> samples(TrainingRequest request, PrintWriter log, Map<String, Integer> copies)
      throws IOException {
    List<Path> files = TrainingSets.resolve(request.dataDir(), TrainingSets.TAGGING, request.exclude());
    ItalianNormalizer normalizer = ItalianNormalizer.fromClasspath();
    List<String[][]> out = new ArrayList<>();
    long tokens = 0;
    for (Path f : files) {
      for (ConlluSentence s : ConlluReader.read(f)) {
        List<ConlluToken> ts = s.tokens();
        String[][] sample = new String[3][ts.size()];
        for (int i = 0; i < ts.size(); i++) {
          ConlluToken t = ts.get(i);
          sample[0][i] = normalizer.normalize(t.form()).text().strip();
          if (sample[0][i].isEmpty()) {
            sample[0][i] = t.form(); // a form of spaces or format characters only: keep it as written
          }
          sample[1][i] = t.upos();
          sample[2][i] = t.lemma();
        }
        int n = copies.getOrDefault(f.getFileName().toString(), 1);
        for (int c = 0; c < n; c++) {
          tokens += ts.size();
          out.add(sample);
        }
      }
      log.println("  read " + request.dataDir().relativize(f)
          + (copies.containsKey(f.getFileName().toString()) ? " x" + copies.get(f.getFileName().toString()) : ""));
    }
    log.println("  " + out.size() + " sentences, " + tokens + " tokens");
    return out;
  }

  /** Trains and writes {@code it-pos.bin}. */
  public static List<Path> trainPos(TrainingRequest request, PrintWriter log) throws IOException {
    List<String[][]> data = samples(request, log, TrainingSets.POS_COPIES);
    List<POSSample> samples = new ArrayList<>(data.size());
    for (String[][] s : data) {
      samples.add(new POSSample(s[0], s[1]));
    }
    TrainingParameters params = params(POS_ITERATIONS, POS_CUTOFF);
    params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    byte[] descriptor = features();
    Map<String, Object> resources = new HashMap<>();
    Map<String, Map<String, String>> tables = ClusterTables.obtain(ClusterTables.needed(descriptor),
        request.clusters(), request.dataDir(), request.ner().clusterRawText(), request.outDir().resolve("clusters"),
        log::println);
    for (Map.Entry<String, Map<String, String>> e : tables.entrySet()) {
      resources.put(e.getKey(), WordClusterTable.of(e.getValue()));
    }
    POSModel model = POSTaggerME.train("it", new CollectionObjectStream<>(samples), params,
        new POSTaggerFactory(descriptor, resources, null));
    Path out = request.outDir().resolve(OpenNlpTagger.POS_MODEL);
    Files.createDirectories(request.outDir());
    model.serialize(out);
    log.println("  wrote " + out);
    return List.of(out);
  }

  /**
   * Builds and writes the lemma lexicon {@code it-lemmas.tsv.gz}: (form, tag) → most frequent lemma. The
   * tagger learns its suffix rules for unknown words from this lexicon at load time.
   */
  public static List<Path> trainLemma(TrainingRequest request, PrintWriter log) throws IOException {
    List<String[][]> data = samples(request, log);
    LemmaDictionary.Builder dict = new LemmaDictionary.Builder();
    for (String[][] s : data) {
      for (int i = 0; i < s[0].length; i++) {
        if (!"_".equals(s[2][i]) && !LemmaFeatures.isVerbatim(s[1][i]) && !"PROPN".equals(s[1][i])) {
          dict.add(s[0][i], s[1][i], s[2][i]);
        }
      }
    }
    Files.createDirectories(request.outDir());
    Path out = request.outDir().resolve(OpenNlpTagger.LEMMA_DICTIONARY);
    try (OutputStream o = Files.newOutputStream(out)) {
      dict.write(o);
    }
    log.println("  wrote " + out);
    return List.of(out);
  }

  /** The feature-generator descriptor {@value #FEATURES}; the trained model embeds it. */
  static byte[] features() throws IOException {
    try (InputStream in = TaggerTraining.class.getResourceAsStream(FEATURES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FEATURES);
      }
      return in.readAllBytes();
    }
  }

  static TrainingParameters params(int iterations, int cutoff) {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    return p;
  }
}
