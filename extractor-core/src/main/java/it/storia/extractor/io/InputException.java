package it.storia.extractor.io;

import java.io.IOException;

/** An input that cannot be processed: names the input and the reason. */
public final class InputException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String input;
  private final String reason;

  /** An error about one input. */
  public InputException(String input, String reason) {
    super(input + ": " + reason);
    this.input = input;
    this.reason = reason;
  }

  /** An error about one input, with its cause. */
  public InputException(String input, String reason, Throwable cause) {
    super(input + ": " + reason, cause);
    this.input = input;
    this.reason = reason;
  }

  /** The input's name (a path, or "-" for standard input). */
  public String input() {
    return input;
  }

  /** Why it failed. */
  public String reason() {
    return reason;
  }
}
