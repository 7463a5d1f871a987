package it.storia.extractor.model;

import java.util.List;
import java.util.Objects;

/**
 * An event found in a relation sentence.
 *
 * @param type event type, e.g. EXPULSION
 * @param sentence index of the sentence
 * @param trigger the words that express it
 * @param arguments participants with their roles
 * @param date the event's date, or null
 * @param modality null when asserted, else e.g. "proposed"
 */
public record Event(String type, int sentence, EventTrigger trigger, List<EventArgument> arguments, EventDate date,
    String modality) {
  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence index " + sentence + " < 0");
    }
    arguments = Spans.copy(arguments);
  }
}
