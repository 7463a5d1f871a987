package it.storia.extractor.index;

/**
 * A passage index that cannot be opened: missing, not a passage index, or written in another format version. The
 * message names the directory.
 */
public final class PassageIndexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with a message naming the index directory. */
  public PassageIndexException(String message) {
    super(message);
  }

  /** An error with a message naming the index directory, and its cause. */
  public PassageIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
