package it.storia.extractor.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Evaluates one component on gold files and prints a report. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface Evaluator {
  /**
   * Scores the component and prints the scores.
   *
   * @param request gold files, model directory or files, options
   * @param out where the report goes
   * @throws IllegalArgumentException if the request sets an option the component does not support
   */
  void evaluate(EvalRequest request, PrintWriter out) throws IOException;

  /** Scores a component on one gold CoNLL-U file. */
  @FunctionalInterface
  interface PerFile {
    /**
     * Scores the component on a gold file.
     *
     * @param goldFile a CoNLL-U file
     * @param modelDir a directory with the component's model files, or null for the bundled models
     */
    Scores evaluate(Path goldFile, Path modelDir) throws IOException;
  }

  /**
   * An evaluator that scores each gold file in turn with {@code perFile} and prints its {@link Scores}; it refuses
   * the {@code ner}-only options (model files, speed, errors).
   */
  static Evaluator perFile(PerFile perFile) {
    return (request, out) -> {
      if (!request.modelFiles().isEmpty() || request.speed() || request.errors() > 0) {
        throw new IllegalArgumentException("--model, --speed and --errors apply to 'ner' only; use --models DIR");
      }
      for (Path file : request.data()) {
        out.print(perFile.evaluate(file, request.modelDir()).format());
        out.flush();
      }
    };
  }
}
