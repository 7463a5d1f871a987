package it.storia.extractor.resolve;

import it.storia.extractor.model.Entity;
import it.storia.extractor.text.AnalyzedText;
import java.util.List;

/**
 * Groups name mentions into referents and gives each a canonical name.
 *
 * <p>Input: a segmented text and its name mentions in text order. Output: the same mentions with canonical
 * names, and the referent list. Implementations are immutable and thread-safe.
 */
public interface ReferentResolver {
  /** Resolves the mentions of one document. */
  Resolution resolve(AnalyzedText text, List<Entity> names);

  /** A resolver that uses each mention's text as its canonical name and makes no referents. */
  static ReferentResolver none() {
    return (text, names) -> new Resolution(names, List.of());
  }
}
