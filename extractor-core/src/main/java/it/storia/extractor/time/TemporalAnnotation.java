package it.storia.extractor.time;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Spans;
import java.util.List;

/**
 * The output of a {@link TemporalTagger}.
 *
 * @param dates DATE entities with their TimeML values, in text order
 * @param documentDate when the document was written (TimeML value): the date the caller gave, else the date the
 *     document states for itself; or null
 */
public record TemporalAnnotation(List<Entity> dates, String documentDate) {
  public TemporalAnnotation {
    dates = Spans.copy(dates);
    for (Entity e : dates) {
      if (e.type() != EntityType.DATE) {
        throw new IllegalArgumentException("temporal annotation holds a " + e.type() + ": '" + e.text() + "'");
      }
    }
  }
}
