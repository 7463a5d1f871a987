package it.storia.extractor.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.model.Sentence;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the events of a document as JSON Lines, one self-contained object per event, for loading events into
 * other tools: {@code documentId}, {@code source}, {@code sentenceText} (the sentence as it stands in the input),
 * then the event's own fields exactly as inside the document JSON ({@link EventJson#fields}).
 *
 * <p>Stateless; thread-safe.
 */
public final class EventLines {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private EventLines() {}

  /** Writes one line per event of {@code doc} (nothing for a document without events) as UTF-8; not closed. */
  public static void write(ExtractedDocument doc, OutputStream out) throws IOException {
    for (Event e : doc.events()) {
      try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("schemaVersion", DocumentJson.SCHEMA_VERSION);
        g.writeStringField("documentId", doc.id());
        DocumentJson.nullableString(g, "source", doc.source());
        Sentence s = doc.sentences().get(e.sentence());
        g.writeStringField("sentenceText", doc.text().substring(s.begin(), s.end()));
        EventJson.fields(g, e);
        g.writeEndObject();
      }
      out.write('\n');
    }
  }
}
