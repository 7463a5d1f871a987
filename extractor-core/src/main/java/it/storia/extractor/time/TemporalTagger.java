package it.storia.extractor.time;

import it.storia.extractor.text.AnalyzedText;

/**
 * Finds temporal expressions and normalises them to TimeML values.
 *
 * <p>Input: a segmented text. Output: DATE entities and the document date. Implementations are immutable and
 * thread-safe.
 */
public interface TemporalTagger {
  /** The dates of the text. */
  TemporalAnnotation annotate(AnalyzedText text);

  /** A tagger that finds no dates. */
  static TemporalTagger none() {
    return text -> new TemporalAnnotation(java.util.List.of(), null);
  }
}
