package it.storia.extractor.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code extractor eval COMPONENT} evaluates. Immutable; thread-safe.
 *
 * @param data gold files (CoNLL-U for the tagging and segmentation components, token-TAB-tag column files for
 *     {@code ner}); at least one
 * @param modelDir a directory with the component's model files, or null for the bundled models
 * @param modelFiles model files to compare one after the other ({@code ner} only; empty otherwise)
 * @param speed whether to also measure load time and throughput ({@code ner} only)
 * @param errors how many wrong or missed items to print per file ({@code ner} only; 0 for none)
 */
public record EvalRequest(List<Path> data, Path modelDir, List<Path> modelFiles, boolean speed, int errors) {
  /** Validates: at least one gold file, errors ≥ 0. */
  public EvalRequest {
    data = List.copyOf(data);
    modelFiles = List.copyOf(modelFiles);
    if (data.isEmpty()) {
      throw new IllegalArgumentException("no gold file given");
    }
    if (errors < 0) {
      throw new IllegalArgumentException("errors must be ≥ 0, got " + errors);
    }
    data.forEach(p -> Objects.requireNonNull(p, "data file"));
  }

  /** A request for gold files and a model directory (or null), without the {@code ner}-only options. */
  public static EvalRequest of(List<Path> data, Path modelDir) {
    return new EvalRequest(data, modelDir, List.of(), false, 0);
  }
}
