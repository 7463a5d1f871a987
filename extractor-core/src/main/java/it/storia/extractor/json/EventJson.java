package it.storia.extractor.json;

import com.fasterxml.jackson.core.JsonGenerator;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import java.io.IOException;

/**
 * Writes one {@link Event} as a JSON object: the form used inside documents and, with document fields added, by
 * the per-event output format.
 *
 * <p>Stateless; thread-safe.
 */
public final class EventJson {
  private EventJson() {}

  /** Writes the event's own fields as one object. */
  public static void write(JsonGenerator g, Event e) throws IOException {
    g.writeStartObject();
    fields(g, e);
    g.writeEndObject();
  }

  /** Writes the event's fields into the object the generator is in. */
  public static void fields(JsonGenerator g, Event e) throws IOException {
    g.writeStringField("type", e.type());
    g.writeNumberField("sentence", e.sentence());
    g.writeObjectFieldStart("trigger");
    g.writeStringField("text", e.trigger().text());
    g.writeNumberField("begin", e.trigger().begin());
    g.writeNumberField("end", e.trigger().end());
    if (e.trigger().lemma() != null) {
      g.writeStringField("lemma", e.trigger().lemma());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("arguments");
    for (EventArgument a : e.arguments()) {
      DocumentJson.argument(g, a);
    }
    g.writeEndArray();
    if (e.date() != null) {
      g.writeObjectFieldStart("date");
      g.writeStringField("value", e.date().value());
      g.writeStringField("text", e.date().text());
      g.writeNumberField("begin", e.date().begin());
      g.writeNumberField("end", e.date().end());
      if (e.date().inferred()) {
        g.writeBooleanField("inferred", true);
      }
      g.writeEndObject();
    }
    if (e.modality() != null) {
      g.writeStringField("modality", e.modality());
    }
  }
}
