package it.storia.extractor.eval;

import java.io.IOException;
import java.nio.file.Path;

/** Evaluates one component on a gold CoNLL-U file. Implementations are stateless and thread-safe. */
@FunctionalInterface
public interface Evaluator {
  /**
   * Scores the component.
   *
   * @param goldFile a CoNLL-U file
   * @param modelDir a directory with the component's model files, or null for the bundled models
   */
  Scores evaluate(Path goldFile, Path modelDir) throws IOException;
}
