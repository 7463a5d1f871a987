package it.storia.extractor.model;

/**
 * The words that express an event ("furono espulsi", "l'espulsione").
 *
 * @param text {@code input.substring(begin, end)}
 * @param begin start offset in the original input
 * @param end end offset (exclusive)
 * @param lemma lemma of the head word ("espellere")
 */
public record EventTrigger(String text, int begin, int end, String lemma) {
  public EventTrigger {
    Spans.checkText(begin, end, text);
  }
}
