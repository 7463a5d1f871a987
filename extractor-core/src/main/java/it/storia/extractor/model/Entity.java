package it.storia.extractor.model;

import java.util.Objects;

/**
 * An entity mention.
 *
 * @param type PERSON, ORGANIZATION, LOCATION or DATE
 * @param text {@code input.substring(begin, end)}
 * @param begin start offset in the original input
 * @param end end offset (exclusive)
 * @param sentence index of the sentence that holds the mention
 * @param canonical canonical name of the referent (names), or null
 * @param confidence probability in [0, 1], or null when the stage gives none
 * @param value normalised TimeML value (DATE only), or null
 * @param mod TimeML modifier such as START, MID, END (DATE only), or null
 */
public record Entity(EntityType type, String text, int begin, int end, int sentence, String canonical,
    Double confidence, String value, String mod) {
  public Entity {
    Objects.requireNonNull(type, "type");
    Spans.checkText(begin, end, text);
    if (confidence != null && (confidence < 0 || confidence > 1 || confidence.isNaN())) {
      throw new IllegalArgumentException("confidence " + confidence + " not in [0, 1] for '" + text + "'");
    }
    if (type != EntityType.DATE && (value != null || mod != null)) {
      throw new IllegalArgumentException("value/mod only apply to DATE, not " + type + " '" + text + "'");
    }
  }

  /** A name mention without canonical form or value. */
  public static Entity name(EntityType type, String text, int begin, int end, int sentence, Double confidence) {
    return new Entity(type, text, begin, end, sentence, null, confidence, null, null);
  }

  /** A copy with the given canonical name. */
  public Entity withCanonical(String newCanonical) {
    return new Entity(type, text, begin, end, sentence, newCanonical, confidence, value, mod);
  }

  /** True when the two spans share at least one character. */
  public boolean overlaps(int otherBegin, int otherEnd) {
    return begin < otherEnd && otherBegin < end;
  }
}
