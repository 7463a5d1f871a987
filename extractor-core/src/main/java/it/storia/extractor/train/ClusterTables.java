package it.storia.extractor.train;

import it.storia.extractor.corpus.UnlabelledText;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.RuleSentenceSplitter;
import it.storia.extractor.text.Segmenter;
import it.storia.extractor.token.ItalianTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The word-cluster tables ({@code c1}, {@code c2}, {@code c3}, coarse to fine) that a feature descriptor names,
 * for both the name finder and the POS tagger: read from a directory of {@code c*.txt} files, or learned with
 * {@link WordClusterer#defaults()} from the unlabelled text under a data root ({@link UnlabelledText}, no test
 * file read) and written as {@code c*.txt}. Learning is deterministic, so the POS tagger and the name finder
 * trained from the same data root get the same clusters. Stateless; thread-safe.
 */
final class ClusterTables {
  private ClusterTables() {}

  /** The resource names a feature descriptor needs (e.g. {@code c1}, {@code gPER}), sorted. */
  static Set<String> needed(byte[] descriptor) throws IOException {
    if (descriptor == null) {
      return Set.of();
    }
    return new TreeSet<>(GeneratorFactory.extractArtifactSerializerMappings(new ByteArrayInputStream(descriptor))
        .keySet());
  }

  /**
   * The cluster tables among {@code needed} (names starting with {@code c}), keyed by name; empty if none is
   * needed.
   *
   * @param needed resource names of a descriptor
   * @param reuse directory with {@code NAME.txt} tables to read, or null to learn them
   * @param data the data root to learn from
   * @param rawText whether learning also reads the raw DaDoEval and ENEIDE texts
   * @param writeDir where learned tables are written as {@code NAME.txt}
   * @param log progress lines
   */
  static Map<String, Map<String, String>> obtain(Set<String> needed, Path reuse, Path data, boolean rawText,
      Path writeDir, Consumer<String> log) throws IOException {
    Map<String, Map<String, String>> tables = new TreeMap<>();
    if (needed.stream().noneMatch(n -> n.startsWith("c"))) {
      return tables;
    }
    if (reuse != null) {
      Map<String, Path> files = new TreeMap<>();
      for (String name : needed) {
        if (name.startsWith("c")) {
          files.put(name, reuse.resolve(name + ".txt"));
        }
      }
      tables.putAll(NerTrainer.readClusters(files));
      log.accept("clusters: read " + files.keySet() + " from " + reuse);
      return tables;
    }
    long t0 = System.nanoTime();
    ItalianNormalizer normalizer = ItalianNormalizer.fromClasspath();
    Segmenter segmenter = new Segmenter(normalizer, ItalianTokenizer.fromClasspath(), new RuleSentenceSplitter());
    List<List<String>> text = new UnlabelledText(normalizer, segmenter).collect(data, rawText);
    long tokens = text.stream().mapToLong(List::size).sum();
    log.accept("clustering " + text.size() + " sentences, " + tokens + " tokens");
    List<Map<String, String>> levels = WordClusterer.defaults().cluster(text);
    Path dir = Files.createDirectories(writeDir);
    for (int i = 0; i < levels.size(); i++) {
      String name = "c" + (i + 1);
      WordClusterer.write(levels.get(i), dir.resolve(name + ".txt"));
      tables.put(name, levels.get(i));
    }
    log.accept(String.format(Locale.ROOT, "clusters: %d words, %.1f s", levels.get(0).size(),
        (System.nanoTime() - t0) / 1e9));
    return tables;
  }
}
