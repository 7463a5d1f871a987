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
 * @param inferred why the type was given although no entity covers the text, or null for an entity's own type (or
 *     no type): {@value #INFERRED_ROLE} when a capitalised run fills a role that only persons fill (schema 1.2)
 */
public record EventArgument(String role, String text, int begin, int end, EntityType type, String canonical,
    String inferred) {
  /** The roles of the JSON contract. */
  public static final Set<String> ROLES = Set.of("agent", "patient", "organization", "location", "position");
  /** The {@code inferred} value of a person read off a role only persons fill. */
  public static final String INFERRED_ROLE = "role";

  public EventArgument {
    Objects.requireNonNull(role, "role");
    if (!ROLES.contains(role)) {
      throw new IllegalArgumentException("unknown argument role '" + role + "', expected one of " + ROLES);
    }
    if (inferred != null && !inferred.equals(INFERRED_ROLE)) {
      throw new IllegalArgumentException("unknown inferred value '" + inferred + "', expected " + INFERRED_ROLE);
    }
    Spans.checkText(begin, end, text);
  }

  /** An argument whose type, if any, is its entity's own. */
  public EventArgument(String role, String text, int begin, int end, EntityType type, String canonical) {
    this(role, text, begin, end, type, canonical, null);
  }
}
