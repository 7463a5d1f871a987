package it.storia.extractor.model;

import java.util.Objects;

/**
 * The date of an event: a DATE entity of the document.
 *
 * @param value TimeML value
 * @param text {@code input.substring(begin, end)}
 * @param begin start offset in the original input
 * @param end end offset (exclusive)
 * @param inferred true when the date is not in the event's own clause but carried from context
 */
public record EventDate(String value, String text, int begin, int end, boolean inferred) {
  public EventDate {
    Objects.requireNonNull(value, "value");
    Spans.checkText(begin, end, text);
  }
}
