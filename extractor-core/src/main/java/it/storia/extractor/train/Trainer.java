package it.storia.extractor.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains one model component from the corpora of a data directory and writes its files into an output
 * directory. Implementations are stateless and thread-safe (each call reads and writes its own files).
 */
@FunctionalInterface
public interface Trainer {
  /**
   * Trains and writes the model.
   *
   * @param request data directory, output directory, files to leave out
   * @param log progress lines
   * @return the files written
   */
  List<Path> train(TrainingRequest request, PrintWriter log) throws IOException;
}
