package it.storia.extractor.event;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.Event;
import it.storia.extractor.text.AnalyzedText;
import java.util.List;

/**
 * Finds events in relation sentences.
 *
 * <p>Input: a segmented, tagged text and all its entities (names with canonical forms, and dates) in text order.
 * Output: events in text order. Implementations are immutable and thread-safe.
 */
public interface EventExtractor {
  /** The events of the text. */
  List<Event> extract(AnalyzedText text, List<Entity> entities);

  /** An extractor that finds nothing. */
  static EventExtractor none() {
    return (text, entities) -> List.of();
  }
}
