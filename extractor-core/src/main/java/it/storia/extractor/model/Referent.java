package it.storia.extractor.model;

import java.util.List;
import java.util.Objects;

/**
 * One person, organisation or place of a document, with every mention of it.
 *
 * @param id document-local id such as "r1"
 * @param type entity type
 * @param canonical canonical name, identical to the {@code canonical} of its mentions
 * @param aliases distinct surface forms
 * @param mentions indexes into the document's entity list
 */
public record Referent(String id, EntityType type, String canonical, List<String> aliases, List<Integer> mentions) {
  public Referent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
    aliases = Spans.copy(aliases);
    mentions = Spans.copy(mentions);
  }
}
