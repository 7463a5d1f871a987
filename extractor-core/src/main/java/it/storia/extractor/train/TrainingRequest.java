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
 */
public record TrainingRequest(Path dataDir, Path outDir, List<String> exclude) {
  public TrainingRequest {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(outDir, "outDir");
    exclude = List.copyOf(exclude);
  }
}
