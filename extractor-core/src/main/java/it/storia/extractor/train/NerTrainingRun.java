package it.storia.extractor.train;

import it.storia.extractor.corpus.ColumnNerReader;
import it.storia.extractor.corpus.EneideReader;
import it.storia.extractor.corpus.NameSentence;
import it.storia.extractor.corpus.NerCorpora;
import it.storia.extractor.corpus.UnlabelledText;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.ner.OpenNlpNameFinder;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.RuleSentenceSplitter;
import it.storia.extractor.text.Segmenter;
import it.storia.extractor.token.ItalianTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * One name-finder training run from a data root: picks the training corpora by name, learns (or reuses) the
 * word clusters the feature descriptor needs, trains with {@link NerTrainer} and writes
 * {@code OUT/ner-it.bin} and {@code OUT/clusters/c*.txt}.
 *
 * <p>Corpora: {@code kind} (KIND WN+FIC+ADG train), {@code kind-dev} (KIND dev: only for a final model once
 * tuning is over), {@code moro} (KIND Moro silver, IO), {@code icab} (I-CAB train: research-only licence),
 * {@code wikineural} (WikiNEuRal val, silver), {@code eneide} (ENEIDE train, silver). Held-out files are
 * refused. Immutable; {@link #execute} may be called from any thread.
 */
public final class NerTrainingRun {
  private static final Set<String> CORPORA = Set.of("kind", "kind-dev", "moro", "icab", "wikineural", "eneide");

  private final Path data;
  private final List<String> corpora;
  private final List<String> gazetteerCorpora;
  private final String features;
  private final Path clusters;
  private final boolean clusterRawText;
  private final String algorithm;
  private final int iterations;
  private final int cutoff;

  /**
   * A run.
   *
   * @param data data root
   * @param corpora corpus names (see the class comment)
   * @param gazetteerCorpora corpus names whose mentions fill the gazetteers gPER, gORG, gLOC and
   *     the first-name list gFIRST (may be empty)
   * @param features a descriptor file, {@code bundled}, {@code gazetteers} (bundled plus gazetteer features) or
   *     {@code default} (OpenNLP's default features)
   * @param clusters directory with {@code c*.txt} cluster tables to reuse, or null to learn them
   * @param clusterRawText whether clustering also reads the raw DaDoEval and ENEIDE texts
   * @param algorithm MAXENT or PERCEPTRON
   * @param iterations training iterations
   * @param cutoff feature cutoff
   */
  public NerTrainingRun(Path data, List<String> corpora, List<String> gazetteerCorpora, String features, Path clusters, boolean clusterRawText,
      String algorithm, int iterations, int cutoff) {
    for (String c : gazetteerCorpora) {
      if (!CORPORA.contains(c) || c.startsWith("kind")) {
        throw new IllegalArgumentException("unknown gazetteer corpus '" + c + "', expected moro, icab, wikineural "
            + "or eneide");
      }
    }
    for (String c : corpora) {
      if (!CORPORA.contains(c)) {
        throw new IllegalArgumentException("unknown corpus '" + c + "', expected one of " + new TreeSet<>(CORPORA));
      }
    }
    if (corpora.isEmpty()) {
      throw new IllegalArgumentException("no training corpus given");
    }
    this.data = data;
    this.corpora = List.copyOf(corpora);
    this.gazetteerCorpora = List.copyOf(gazetteerCorpora);
    this.features = features;
    this.clusters = clusters;
    this.clusterRawText = clusterRawText;
    this.algorithm = algorithm.toUpperCase(Locale.ROOT);
    this.iterations = iterations;
    this.cutoff = cutoff;
  }

  /** Runs; progress lines go to {@code log}. Returns the model file. */
  public Path execute(Path out, Consumer<String> log) throws IOException {
    ItalianNormalizer normalizer = ItalianNormalizer.fromClasspath();
    Segmenter segmenter = new Segmenter(normalizer, ItalianTokenizer.fromClasspath(),
        new RuleSentenceSplitter());
    ColumnNerReader reader = new ColumnNerReader(normalizer);
    List<NameSentence> train = new ArrayList<>();
    for (String c : corpora) {
      train.addAll(load(c, reader, segmenter, log));
    }
    byte[] descriptor;
    if (features.equals("default")) {
      descriptor = null;
    } else if (features.equals("bundled")) {
      descriptor = NerTrainer.bundledFeatures();
    } else if (features.equals("gazetteers")) {
      descriptor = NerTrainer.gazetteerFeatures();
    } else {
      descriptor = Files.readAllBytes(Path.of(features));
    }
    Set<String> needed = descriptor == null ? Set.of()
        : new TreeSet<>(GeneratorFactory.extractArtifactSerializerMappings(new ByteArrayInputStream(descriptor))
            .keySet());
    Files.createDirectories(out);
    Map<String, Map<String, String>> tables = new TreeMap<>();
    Map<String, Object> resources = new TreeMap<>();
    if (needed.stream().anyMatch(n -> n.startsWith("g"))) {
      List<NameSentence> silver = new ArrayList<>();
      for (String c : gazetteerCorpora) {
        silver.addAll(load(c, reader, segmenter, log));
      }
      Map<EntityType, List<List<String>>> lists = new GazetteerBuilder(0.75).build(silver);
      Path dir = Files.createDirectories(out.resolve("gazetteers"));
      for (Map.Entry<EntityType, List<List<String>>> e : lists.entrySet()) {
        String name = "g" + OpenNlpNameFinder.code(e.getKey());
        resources.put(name, NerTrainer.gazetteer(e.getValue()));
        List<String> lines = new ArrayList<>();
        e.getValue().forEach(x -> lines.add(String.join(" ", x)));
        Files.write(dir.resolve(name + ".txt"), lines, StandardCharsets.UTF_8);
        log.accept("gazetteer " + name + ": " + e.getValue().size() + " entries");
      }
      List<String> first = new GazetteerBuilder(0.75).firstNames(silver, 2);
      List<List<String>> firstEntries = new ArrayList<>();
      first.forEach(w -> firstEntries.add(List.of(w)));
      resources.put("gFIRST", NerTrainer.gazetteer(firstEntries));
      Files.write(dir.resolve("gFIRST.txt"), first, StandardCharsets.UTF_8);
      log.accept("gazetteer gFIRST: " + first.size() + " first names");
    }
    if (needed.stream().anyMatch(n -> n.startsWith("c"))) {
      if (clusters != null) {
        Map<String, Path> files = new TreeMap<>();
        for (String name : needed) {
          if (name.startsWith("c")) {
            files.put(name, clusters.resolve(name + ".txt"));
          }
        }
        tables.putAll(NerTrainer.readClusters(files));
      } else {
        long t0 = System.nanoTime();
        List<List<String>> text = new UnlabelledText(normalizer, segmenter).collect(data, clusterRawText);
        long tokens = text.stream().mapToLong(List::size).sum();
        log.accept("clustering " + text.size() + " sentences, " + tokens + " tokens");
        List<Map<String, String>> levels = WordClusterer.defaults().cluster(text);
        Path dir = Files.createDirectories(out.resolve("clusters"));
        for (int i = 0; i < levels.size(); i++) {
          String name = "c" + (i + 1);
          WordClusterer.write(levels.get(i), dir.resolve(name + ".txt"));
          tables.put(name, levels.get(i));
        }
        log.accept(String.format(Locale.ROOT, "clusters: %d words, %.1f s", levels.get(0).size(),
            (System.nanoTime() - t0) / 1e9));
      }
      for (Map.Entry<String, Map<String, String>> e : tables.entrySet()) {
        resources.put(e.getKey(), NerTrainer.clusterDictionary(e.getValue()));
      }
    }
    resources.keySet().retainAll(needed);
    if (!resources.keySet().containsAll(needed)) {
      throw new IllegalArgumentException("feature descriptor needs resources " + needed + " but only "
          + resources.keySet() + " are available");
    }
    long t0 = System.nanoTime();
    log.accept("training " + algorithm + " on " + train.size() + " sentences, " + iterations + " iterations, cutoff "
        + cutoff);
    TokenNameFinderModel model = new NerTrainer(descriptor, resources, algorithm, iterations, cutoff).train(train);
    Path file = out.resolve("ner-it.bin");
    try (OutputStream os = Files.newOutputStream(file)) {
      model.serialize(os);
    }
    log.accept(String.format(Locale.ROOT, "wrote %s (%.1f MB) in %.1f s", file, Files.size(file) / 1e6,
        (System.nanoTime() - t0) / 1e9));
    return file;
  }

  private List<NameSentence> load(String c, ColumnNerReader reader, Segmenter segmenter, Consumer<String> log)
      throws IOException {
    List<NameSentence> part = new ArrayList<>();
    switch (c) {
      case "kind":
        for (Path p : NerCorpora.kindTrain(data)) {
          part.addAll(reader.read(NerCorpora.requireTrainable(p)));
        }
        break;
      case "kind-dev":
        for (String d : NerCorpora.KIND_DOMAINS) {
          part.addAll(reader.read(NerCorpora.requireTrainable(NerCorpora.kind(data, d, "dev"))));
        }
        break;
      case "moro":
        part.addAll(reader.read(NerCorpora.requireTrainable(NerCorpora.moroTrain(data))));
        break;
      case "icab":
        part.addAll(reader.read(NerCorpora.requireTrainable(NerCorpora.icabTrain(data))));
        break;
      case "wikineural":
        part.addAll(reader.read(NerCorpora.requireTrainable(NerCorpora.wikineuralVal(data))));
        break;
      case "eneide":
        Path para = NerCorpora.requireTrainable(data.resolve("eneide-amd/paragraphs_train.csv"));
        Path ann = NerCorpora.requireTrainable(data.resolve("eneide-amd/annotations_train.csv"));
        EneideReader.Result r = EneideReader.toSentences(EneideReader.readParagraphs(para),
            EneideReader.readAnnotations(ann), segmenter);
        log.accept("eneide: " + r.dropped() + " of " + r.annotations() + " annotations not token-aligned, dropped");
        part.addAll(r.sentences());
        break;
      default:
        throw new IllegalArgumentException("unknown corpus '" + c + "'");
    }
    long mentions = part.stream().mapToLong(s -> s.names().size()).sum();
    log.accept(c + ": " + part.size() + " sentences, " + mentions + " mentions");
    return part;
  }
}
