package it.storia.extractor.model;

/**
 * A sentence: a span of the original input.
 *
 * @param index position of the sentence in its document, from 0
 * @param begin first UTF-16 index in the original input
 * @param end index after the last character (exclusive)
 */
public record Sentence(int index, int begin, int end) {
  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("sentence index " + index + " < 0");
    }
    Spans.checkRange(begin, end);
  }
}
