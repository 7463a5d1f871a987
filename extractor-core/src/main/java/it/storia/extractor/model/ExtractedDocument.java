package it.storia.extractor.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one document. All offsets point into {@link #text()}, the original input.
 *
 * @param id document id
 * @param source path or other origin, or null
 * @param text the original input, unchanged
 * @param documentDate TimeML value of when the text was written: as the caller gave it, else the date the text
 *     states for itself (a dated header), or null
 * @param sentences sentences in text order
 * @param tokens tokens in text order
 * @param entities entity mentions (names and dates) in text order
 * @param events events in text order
 * @param referents the distinct persons, organisations and places
 */
public record ExtractedDocument(String id, String source, String text, String documentDate, List<Sentence> sentences,
    List<Token> tokens, List<Entity> entities, List<Event> events, List<Referent> referents) {
  public ExtractedDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    sentences = Spans.copy(sentences);
    tokens = Spans.copy(tokens);
    entities = Spans.copy(entities);
    events = Spans.copy(events);
    referents = Spans.copy(referents);
    for (Sentence s : sentences) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException("sentence " + s + " ends after the text (" + text.length() + ")");
      }
    }
  }
}
