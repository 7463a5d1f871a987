package it.storia.extractor.index;

/**
 * A search request that cannot be run: a query that does not parse, an unknown event type, a reversed year range.
 * The message names the bad value and is meant for the person who typed it.
 */
public final class InvalidQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An error with a message for the user. */
  public InvalidQueryException(String message) {
    super(message);
  }

  /** An error with a message for the user and its cause. */
  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
