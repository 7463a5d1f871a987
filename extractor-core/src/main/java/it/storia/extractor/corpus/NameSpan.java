package it.storia.extractor.corpus;

import it.storia.extractor.model.EntityType;
import java.util.Objects;

/**
 * A gold name mention in a token sequence.
 *
 * @param start index of the first token
 * @param end index after the last token (exclusive)
 * @param type PERSON, ORGANIZATION or LOCATION
 */
public record NameSpan(int start, int end, EntityType type) {
  public NameSpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ") for " + type);
    }
    if (type == EntityType.DATE) {
      throw new IllegalArgumentException("DATE is not a name type, span [" + start + ", " + end + ")");
    }
  }
}
