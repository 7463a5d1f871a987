package it.storia.extractor.model;

import java.util.Objects;
import java.util.Set;

/**
 * A participant of an event.
 *
 * @param role agent, patient, organization, location or position
 * @param text {@code input.substring(begin, end)}
 * @param begin start offset in the original input
 * @param end end offset (exclusive)
 * @param type entity type when the argument is a recognised entity, else null
 * @param canonical canonical name of the referent, or null
 */
public record EventArgument(String role, String text, int begin, int end, EntityType type, String canonical) {
  /** The roles of the JSON contract. */
  public static final Set<String> ROLES = Set.of("agent", "patient", "organization", "location", "position");

  public EventArgument {
    Objects.requireNonNull(role, "role");
    if (!ROLES.contains(role)) {
      throw new IllegalArgumentException("unknown argument role '" + role + "', expected one of " + ROLES);
    }
    Spans.checkText(begin, end, text);
  }
}
