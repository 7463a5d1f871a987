package it.storia.extractor.resolve;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.Referent;
import it.storia.extractor.model.Spans;
import java.util.List;

/**
 * The output of a {@link ReferentResolver}.
 *
 * @param entities the name mentions with {@code canonical} set, same order as given
 * @param referents the distinct referents; their mention indexes point into {@code entities}
 */
public record Resolution(List<Entity> entities, List<Referent> referents) {
  public Resolution {
    entities = Spans.copy(entities);
    referents = Spans.copy(referents);
  }
}
