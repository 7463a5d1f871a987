package it.storia.extractor.train;

import it.storia.extractor.corpus.ColumnNerReader;
import it.storia.extractor.corpus.EneideReader;
import it.storia.extractor.corpus.NameSentence;
import it.storia.extractor.corpus.NamesGoldReader;
import it.storia.extractor.corpus.NerCorpora;
import it.storia.extractor.corpus.UnlabelledText;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.ner.OpenNlpNameFinder;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.RuleSentenceSplitter;
import it.storia.extractor.text.Segmenter;
import it.storia.extractor.token.ItalianTokenizer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * One name-finder training run from a data root: picks the training corpora by name, learns (or reuses) the
 * word clusters and the "usually lower-case" table ({@link CaseRatios}, resource {@code lc}) the feature
 * descriptor needs, trains with {@link NerTrainer} and writes {@code OUT/ner-it.bin} and the learned
 * {@code OUT/clusters/c*.txt} and {@code OUT/clusters/lc.txt}.
 *
 * <p>Corpora: {@code kind} (KIND WN+FIC+ADG train), {@code kind-dev} (KIND dev: only for a final model once
 * tuning is over), {@code moro} (KIND Moro silver, IO), {@code icab} (I-CAB train: research-only licence),
 * {@code wikineural} (WikiNEuRal val, silver), {@code eneide} (ENEIDE train, silver), and
 * {@code names:DIR} or {@code names:DIR*N} (the hand-annotated names dev parts as written by
 * {@code dev/names_training_set.py}, read by {@link NamesGoldReader}, each sentence N times; session 16). Held-out
 * files are refused. Immutable; {@link #execute} may be called from any thread.
 */
public final class NerTrainingRun {
  /** The model file a run writes into its output directory. */
  public static final String MODEL_FILE = "ner-it.bin";

  /** The corpus names a run knows. */
  static final Set<String> CORPORA = Set.of("kind", "kind-dev", "moro", "icab", "wikineural", "eneide");

  /** The prefix of a hand-annotated names training directory in the corpus list. */
  static final String NAMES_PREFIX = "names:";

  /** The resource name of the "usually lower-case" table ({@link CaseRatios}) in a feature descriptor. */
  static final String CASE_TABLE = "lc";

  private final Path data;
  private final NerOptions options;
  private final Path clusters;

  /**
   * A run.
   *
   * @param data data root
   * @param options corpora, features, algorithm, iterations, cutoff (validated by {@link NerOptions})
   * @param clusters directory with {@code c*.txt} cluster tables to reuse, or null to learn them
   */
  public NerTrainingRun(Path data, NerOptions options, Path clusters) {
    this.data = data;
    this.options = options;
    this.clusters = clusters;
  }

  /**
   * The {@link Trainer} of {@link Component#NER}: trains with the request's {@link TrainingRequest#ner()} options
   * and clusters, writes {@code OUT/ner-it.bin} (and learned clusters / gazetteers beside it).
   */
  public static List<Path> train(TrainingRequest request, PrintWriter log) throws IOException {
    Path file = new NerTrainingRun(request.dataDir(), request.ner(), request.clusters()).execute(request.outDir(),
        msg -> {
          log.println("  " + msg);
          log.flush();
        });
    return List.of(file);
  }

  /** Runs; progress lines go to {@code log}. Returns the model file. */
  public Path execute(Path out, Consumer<String> log) throws IOException {
    ItalianNormalizer normalizer = ItalianNormalizer.fromClasspath();
    Segmenter segmenter = new Segmenter(normalizer, ItalianTokenizer.fromClasspath(),
        new RuleSentenceSplitter());
    ColumnNerReader reader = new ColumnNerReader(normalizer);
    List<NameSentence> train = new ArrayList<>();
    for (String c : options.corpora()) {
      train.addAll(load(c, reader, segmenter, log));
    }
    byte[] descriptor;
    if (options.features().equals("default")) {
      descriptor = null;
    } else if (options.features().equals("bundled")) {
      descriptor = NerTrainer.bundledFeatures();
    } else if (options.features().equals("gazetteers")) {
      descriptor = NerTrainer.gazetteerFeatures();
    } else {
      descriptor = Files.readAllBytes(Path.of(options.features()));
    }
    Set<String> needed = ClusterTables.needed(descriptor);
    Files.createDirectories(out);
    Map<String, Object> resources = new TreeMap<>();
    if (needed.stream().anyMatch(n -> n.startsWith("g"))) {
      List<NameSentence> silver = new ArrayList<>();
      for (String c : options.gazetteers()) {
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
    Map<String, Map<String, String>> tables = ClusterTables.obtain(needed, clusters, data,
        options.clusterRawText(), out.resolve("clusters"), log);
    for (Map.Entry<String, Map<String, String>> e : tables.entrySet()) {
      resources.put(e.getKey(), NerTrainer.clusterDictionary(e.getValue()));
    }
    if (needed.contains(CASE_TABLE)) {
      resources.put(CASE_TABLE, NerTrainer.clusterDictionary(caseTable(out.resolve("clusters"), log)));
    }
    resources.keySet().retainAll(needed);
    if (!resources.keySet().containsAll(needed)) {
      throw new IllegalArgumentException("feature descriptor needs resources " + needed + " but only "
          + resources.keySet() + " are available");
    }
    long t0 = System.nanoTime();
    log.accept("training " + options.algorithm() + " on " + train.size() + " sentences, " + options.iterations()
        + " iterations, cutoff " + options.cutoff());
    TokenNameFinderModel model = new NerTrainer(descriptor, resources, options.algorithm(), options.iterations(),
        options.cutoff()).train(train);
    Path file = out.resolve(MODEL_FILE);
    try (OutputStream os = Files.newOutputStream(file)) {
      model.serialize(os);
    }
    log.accept(String.format(Locale.ROOT, "wrote %s (%.1f MB) in %.1f s", file, Files.size(file) / 1e6,
        (System.nanoTime() - t0) / 1e9));
    return file;
  }

  /**
   * The "usually lower-case" table ({@link CaseRatios}): read from {@code CLUSTERS/lc.txt} when the reused cluster
   * directory has one, otherwise learned from the unlabelled text of the data root (as the clusters are) and written
   * to {@code writeDir/lc.txt}.
   */
  private Map<String, String> caseTable(Path writeDir, Consumer<String> log) throws IOException {
    String file = CASE_TABLE + ".txt";
    if (clusters != null && Files.isRegularFile(clusters.resolve(file))) {
      log.accept("case table: read " + clusters.resolve(file));
      return NerTrainer.readClusters(Map.of(CASE_TABLE, clusters.resolve(file))).get(CASE_TABLE);
    }
    ItalianNormalizer normalizer = ItalianNormalizer.fromClasspath();
    Segmenter segmenter = new Segmenter(normalizer, ItalianTokenizer.fromClasspath(), new RuleSentenceSplitter());
    List<List<String>> text = new UnlabelledText(normalizer, segmenter).collect(data, options.clusterRawText());
    Map<String, String> table = CaseRatios.defaults().learn(text);
    Files.createDirectories(writeDir);
    WordClusterer.write(table, writeDir.resolve(file));
    log.accept("case table: " + table.size() + " capitalised forms from " + text.size() + " sentences, written to "
        + writeDir.resolve(file));
    return table;
  }

  private List<NameSentence> load(String c, ColumnNerReader reader, Segmenter segmenter, Consumer<String> log)
      throws IOException {
    List<NameSentence> part = new ArrayList<>();
    if (c.startsWith(NAMES_PREFIX)) {
      return loadNames(c.substring(NAMES_PREFIX.length()), segmenter, log);
    }
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

  /** {@code DIR} or {@code DIR*N}: the names training directory, each kept sentence repeated N times. */
  private static List<NameSentence> loadNames(String spec, Segmenter segmenter, Consumer<String> log)
      throws IOException {
    int star = spec.lastIndexOf('*');
    int copies = star < 0 ? 1 : parseCopies(spec.substring(star + 1));
    Path dir = Path.of(star < 0 ? spec : spec.substring(0, star));
    NamesGoldReader.Result r = NamesGoldReader.read(dir, segmenter);
    for (Map.Entry<String, int[]> e : r.counts().entrySet()) {
      int[] c = e.getValue();
      log.accept(String.format(Locale.ROOT, "names part %s: %d sentences, PER %d, ORG %d, LOC %d; %d dropped",
          e.getKey(), c[0], c[1], c[2], c[3], c[4]));
    }
    long mentions = r.sentences().stream().mapToLong(s -> s.names().size()).sum();
    log.accept("names " + dir + ": " + r.sentences().size() + " sentences, " + mentions + " mentions; "
        + r.dropped() + " sentences dropped (text overlaps an excluded set), " + r.unaligned()
        + " mentions not token-aligned, dropped; " + copies + " cop" + (copies == 1 ? "y" : "ies"));
    List<NameSentence> out = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      out.addAll(r.sentences());
    }
    return out;
  }

  private static int parseCopies(String n) {
    try {
      int c = Integer.parseInt(n);
      if (c >= 1) {
        return c;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("copies after '*' in a names corpus must be a number ≥ 1, got '" + n + "'");
  }
}
