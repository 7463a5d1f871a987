package it.storia.extractor.model;

import java.util.List;
import java.util.Objects;

/**
 * Validation helpers shared by the records of the data model.
 *
 * <p>Stateless; thread-safe.
 */
public final class Spans {
  private Spans() {}

  /** Checks that {@code 0 <= begin <= end}; throws naming the values otherwise. */
  public static void checkRange(int begin, int end) {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  /** Checks a span and that its text has the span's length. */
  public static void checkText(int begin, int end, String text) {
    checkRange(begin, end);
    Objects.requireNonNull(text, "text");
    if (text.length() != end - begin) {
      throw new IllegalArgumentException(
          "text '" + text + "' has length " + text.length() + " but span is [" + begin + ", " + end + ")");
    }
  }

  /** An unmodifiable copy of a list, null taken as empty. */
  public static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
