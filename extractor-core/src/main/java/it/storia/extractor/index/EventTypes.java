package it.storia.extractor.index;

import java.util.List;
import java.util.Locale;

/**
 * The event types the search filter accepts. This is the one place that lists them until the event extractor's
 * own type file is merged; then this class should read that file instead. Stateless; thread-safe.
 */
public final class EventTypes {
  /** The known event types, in documentation order. */
  public static final List<String> KNOWN = List.of("EXPULSION", "REMOVAL", "APPOINTMENT", "EXILE", "DEATH",
      "ARREST", "ALLIANCE", "OPPOSITION", "DEFEAT", "ACCUSATION", "FOUNDING", "DISSOLUTION", "REINSTATEMENT");

  private EventTypes() {}

  /**
   * The canonical (upper-case) form of a type name.
   *
   * @throws InvalidQueryException naming the value and the known types when it is not one of them
   */
  public static String check(String type) {
    String t = type.strip().toUpperCase(Locale.ROOT);
    if (!KNOWN.contains(t)) {
      throw new InvalidQueryException("unknown event type '" + type + "'; known types: " + String.join(", ", KNOWN));
    }
    return t;
  }
}
