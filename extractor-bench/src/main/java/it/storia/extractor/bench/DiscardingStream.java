package it.storia.extractor.bench;

import java.io.OutputStream;

/**
 * An output stream that counts the bytes written to it and discards them, so that benchmarks measure the writing
 * of JSON without the cost of a sink. Not thread-safe: one instance per writer.
 */
final class DiscardingStream extends OutputStream {
  private long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    count += len;
  }

  /** The number of bytes written so far. */
  long count() {
    return count;
  }
}
