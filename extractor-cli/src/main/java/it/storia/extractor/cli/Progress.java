package it.storia.extractor.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, drawn only when standard error is a terminal and there is more than one
 * input. Not thread-safe: called from the writer thread only.
 */
final class Progress {
  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private int done;

  private Progress(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  static Progress forTerminal(PrintWriter err, int total) {
    return new Progress(err, total, System.console() != null && total > 1);
  }

  void step() {
    done++;
    if (enabled) {
      int width = 30;
      int filled = (int) ((long) width * done / total);
      err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
      err.flush();
    }
  }

  void done() {
    if (enabled) {
      err.println();
    }
  }
}
