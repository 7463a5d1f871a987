package it.storia.extractor.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The throughput baseline: a bare OpenNLP {@link NameFinderME} with the trainer's DEFAULT feature generator (no
 * feature descriptor given, BIO codec, maxent, {@value #ITERATIONS} iterations, cutoff {@value #CUTOFF}) trained on
 * the KIND (EVALITA 2023) {@code *_train.tsv} files. Every benchmark figure is also reported as a ratio to its
 * tokens/s over the same tokens.
 *
 * <p>Input: the shared data directory (for training) or a cached model file. Output: a
 * {@link TokenNameFinderModel}. Its accuracy is irrelevant; only its speed is used. Stateless; thread-safe (the
 * model is; a {@link NameFinderME} built from it is not and must stay on one thread).
 *
 * <pre>
 * java -cp extractor-bench/target/benchmarks.jar it.storia.extractor.bench.BaselineNameFinder \
 *   --data ../shared/data --out target/bench-baseline.bin
 * </pre>
 */
public final class BaselineNameFinder {
  /** Training iterations (OpenNLP's default). */
  public static final int ITERATIONS = 100;

  /** Feature cutoff (OpenNLP's default). */
  public static final int CUTOFF = 5;

  private BaselineNameFinder() {}

  /**
   * Command line: {@code --data DIR [--out FILE]}; trains unless {@code FILE} exists.
   *
   * @param args the arguments
   */
  public static void main(String[] args) throws IOException {
    Path data = null;
    Path out = Path.of("target", "bench-baseline.bin");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(CorpusBuilder.value(args, ++i, "--data"));
        case "--out" -> out = Path.of(CorpusBuilder.value(args, ++i, "--out"));
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]
            + " (usage: --data DIR [--out FILE])");
      }
    }
    long t0 = System.nanoTime();
    loadOrTrain(out, data);
    System.out.printf(Locale.ROOT, "baseline model %s ready in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Loads the cached model, or trains it from {@code data} and caches it.
   *
   * @param cache the model file
   * @param data the shared data directory; may be null when the cache exists
   */
  public static TokenNameFinderModel loadOrTrain(Path cache, Path data) throws IOException {
    if (Files.isRegularFile(cache)) {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(cache))) {
        return new TokenNameFinderModel(in);
      }
    }
    if (data == null) {
      throw new IOException("no baseline model at " + cache + " and no --data directory to train it from");
    }
    TokenNameFinderModel model = train(trainingFiles(data.resolve("kind/evalita-2023")));
    Path parent = cache.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".baseline-", ".tmp");
    try {
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        model.serialize(os);
      }
      Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return model;
  }

  /** The {@code *_train.tsv} files of a KIND directory, sorted. */
  static List<Path> trainingFiles(Path kind) throws IOException {
    if (!Files.isDirectory(kind)) {
      throw new IOException("missing KIND directory " + kind);
    }
    try (Stream<Path> s = Files.list(kind)) {
      List<Path> files = s.filter(p -> p.getFileName().toString().endsWith("_train.tsv")).sorted().toList();
      if (files.isEmpty()) {
        throw new IOException("no *_train.tsv file in " + kind);
      }
      return files;
    }
  }

  /** Trains the default-feature name finder on KIND-format TSV files. */
  static TokenNameFinderModel train(List<Path> tsvFiles) throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (Path f : tsvFiles) {
      samples.addAll(samples(Files.readAllLines(f, StandardCharsets.UTF_8), f.toString()));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    TokenNameFinderFactory factory = new TokenNameFinderFactory(null, Map.of(), new BioCodec());
    return NameFinderME.train("it", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
  }

  /** Parses KIND TSV lines (token TAB B-/I-/O tag; blank line between sentences) into name samples. */
  static List<NameSample> samples(List<String> lines, String source) {
    List<NameSample> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).strip() : "";
      if (!line.isEmpty()) {
        int tab = line.lastIndexOf('\t');
        if (tab < 0) {
          throw new IllegalArgumentException(source + ":" + (i + 1) + ": no tab in line '" + line + "'");
        }
        tokens.add(line.substring(0, tab));
        tags.add(line.substring(tab + 1));
        continue;
      }
      if (!tokens.isEmpty()) {
        out.add(new NameSample(tokens.toArray(String[]::new), spans(tags), false));
        tokens.clear();
        tags.clear();
      }
    }
    return out;
  }

  private static Span[] spans(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean inside = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
      if (!inside && start >= 0) {
        spans.add(new Span(start, i, type));
        start = -1;
        type = null;
      }
      if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
        start = i;
        type = tag.substring(2);
      }
    }
    return spans.toArray(Span[]::new);
  }
}
