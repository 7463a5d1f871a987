package it.storia.extractor.ner;

import it.storia.extractor.model.Entity;
import it.storia.extractor.text.AnalyzedText;
import java.util.List;

/**
 * Finds PERSON, ORGANIZATION and LOCATION mentions.
 *
 * <p>Input: a segmented, tagged text. Output: non-overlapping name mentions in text order, original offsets,
 * without canonical names (the resolve stage adds them). Implementations are immutable and thread-safe.
 */
public interface EntityRecognizer {
  /** The name mentions of the text. */
  List<Entity> recognize(AnalyzedText text);

  /** A recogniser that finds nothing. */
  static EntityRecognizer none() {
    return text -> List.of();
  }
}
