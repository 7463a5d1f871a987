package it.storia.extractor.text;

/**
 * First stage: turns the original input into the text the other stages analyse, keeping an offset map.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Normalizer {
  /** Normalises a text; never null, never throws on any string. */
  NormalizedText normalize(String original);
}
