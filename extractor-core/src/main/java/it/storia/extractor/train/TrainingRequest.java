package it.storia.extractor.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to train from and where to write. Immutable; thread-safe.
 *
 * @param dataDir the corpora directory (as {@code ../shared/data})
 * @param outDir where model files are written (created if missing)
 * @param exclude corpus file names to leave out of training (e.g. the tuning set {@code it_isdt-ud-dev.conllu})
 * @param clusters a directory of word-cluster tables ({@code c1.txt}, {@code c2.txt}, {@code c3.txt}) to reuse,
 *     or null to learn them from the unlabelled text under {@code dataDir} (see {@code ClusterTables})
 * @param ner the name finder's options (used only when training {@code ner})
 * @param parse the dependency parser's options (used only when training {@code parse})
 */
public record TrainingRequest(Path dataDir, Path outDir, List<String> exclude, Path clusters, NerOptions ner,
    ParseOptions parse) {
  public TrainingRequest {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(outDir, "outDir");
    exclude = List.copyOf(exclude);
    Objects.requireNonNull(ner, "ner");
    Objects.requireNonNull(parse, "parse");
  }

  /** A request with the default parser options. */
  public TrainingRequest(Path dataDir, Path outDir, List<String> exclude, Path clusters, NerOptions ner) {
    this(dataDir, outDir, exclude, clusters, ner, ParseOptions.defaults());
  }

  /** A request that learns clusters when needed and uses the default name-finder options. */
  public TrainingRequest(Path dataDir, Path outDir, List<String> exclude) {
    this(dataDir, outDir, exclude, null, NerOptions.defaults());
  }
}
