package it.storia.extractor.model;

/** The entity types of the JSON contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  DATE;

  /** Parses a type name, also the CoNLL short forms PER, ORG, LOC. */
  public static EntityType parse(String name) {
    switch (name.toUpperCase(java.util.Locale.ROOT)) {
      case "PER":
      case "PERSON":
        return PERSON;
      case "ORG":
      case "ORGANIZATION":
      case "ORGANISATION":
        return ORGANIZATION;
      case "LOC":
      case "LOCATION":
        return LOCATION;
      case "DATE":
        return DATE;
      default:
        throw new IllegalArgumentException("unknown entity type '" + name + "'");
    }
  }
}
