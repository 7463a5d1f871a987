package it.storia.extractor.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.model.Referent;
import it.storia.extractor.model.Sentence;
import it.storia.extractor.model.Token;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes an {@link ExtractedDocument} as the versioned JSON contract (schema in
 * {@code it/storia/extractor/json/document.schema.json} on the classpath).
 *
 * <p>Streams through Jackson's generator, so a large document is never held twice. Stateless; thread-safe.
 */
public final class DocumentJson {
  /** The version of the JSON contract this class writes. */
  public static final String SCHEMA_VERSION = "1.2";

  /** Classpath location of the JSON Schema. */
  public static final String SCHEMA_RESOURCE = "/it/storia/extractor/json/document.schema.json";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** The Jackson factory all writers of this package use. */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /** What to write. */
  public record Options(boolean tokens, boolean pretty) {
    /** Compact, without tokens. */
    public static final Options DEFAULT = new Options(false, false);

    /** A copy with tokens on or off. */
    public Options withTokens(boolean value) {
      return new Options(value, pretty);
    }

    /** A copy with pretty printing on or off. */
    public Options withPretty(boolean value) {
      return new Options(tokens, value);
    }
  }

  private DocumentJson() {}

  /** The document as compact JSON without tokens. */
  public static String write(ExtractedDocument doc) {
    return write(doc, Options.DEFAULT);
  }

  /** The document as JSON. */
  public static String write(ExtractedDocument doc, Options options) {
    StringWriter w = new StringWriter();
    try {
      write(doc, options, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Writes the document to a writer (not closed). */
  public static void write(ExtractedDocument doc, Options options, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(doc, options, g);
    }
  }

  /** Writes the document to a stream as UTF-8 (not closed). */
  public static void write(ExtractedDocument doc, Options options, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(doc, options, g);
    }
  }

  private static void write(ExtractedDocument doc, Options options, JsonGenerator g) throws IOException {
    if (options.pretty()) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
    }
    g.writeStartObject();
    header(g, doc.id(), doc.source(), doc.documentDate());
    g.writeArrayFieldStart("sentences");
    for (Sentence s : doc.sentences()) {
      sentence(g, s);
    }
    g.writeEndArray();
    if (options.tokens()) {
      g.writeArrayFieldStart("tokens");
      for (Token t : doc.tokens()) {
        token(g, t);
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("entities");
    for (Entity e : doc.entities()) {
      entity(g, e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (Event e : doc.events()) {
      EventJson.write(g, e);
    }
    g.writeEndArray();
    if (!doc.referents().isEmpty()) {
      g.writeArrayFieldStart("referents");
      for (Referent r : doc.referents()) {
        referent(g, r);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * Writes the leading fields of a document object (schemaVersion, id, source, language, documentDate) into the
   * object the generator is in; for writers that stream a document in parts.
   */
  public static void header(JsonGenerator g, String id, String source, String documentDate) throws IOException {
    g.writeStringField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("id", id);
    nullableString(g, "source", source);
    g.writeStringField("language", "it");
    if (documentDate != null) {
      g.writeStringField("documentDate", documentDate);
    }
  }

  /** Writes one sentence object. */
  public static void sentence(JsonGenerator g, Sentence s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("begin", s.begin());
    g.writeNumberField("end", s.end());
    g.writeEndObject();
  }

  /** Writes one token object. */
  public static void token(JsonGenerator g, Token t) throws IOException {
    g.writeStartObject();
    g.writeNumberField("begin", t.begin());
    g.writeNumberField("end", t.end());
    g.writeStringField("text", t.text());
    if (t.pos() != null) {
      g.writeStringField("pos", t.pos());
    }
    if (t.lemma() != null) {
      g.writeStringField("lemma", t.lemma());
    }
    if (!t.words().isEmpty()) {
      g.writeArrayFieldStart("words");
      for (String w : t.words()) {
        g.writeString(w);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Writes one entity object. */
  public static void entity(JsonGenerator g, Entity e) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", e.type().name());
    g.writeStringField("text", e.text());
    g.writeNumberField("begin", e.begin());
    g.writeNumberField("end", e.end());
    g.writeNumberField("sentence", e.sentence());
    if (e.canonical() != null) {
      g.writeStringField("canonical", e.canonical());
    }
    if (e.confidence() != null) {
      g.writeNumberField("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    }
    if (e.value() != null) {
      g.writeStringField("value", e.value());
    }
    if (e.mod() != null) {
      g.writeStringField("mod", e.mod());
    }
    g.writeEndObject();
  }

  /** Writes one referent object. */
  public static void referent(JsonGenerator g, Referent r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("type", r.type().name());
    g.writeStringField("canonical", r.canonical());
    g.writeArrayFieldStart("aliases");
    for (String a : r.aliases()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("mentions");
    for (int m : r.mentions()) {
      g.writeNumber(m);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void nullableString(JsonGenerator g, String field, String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  /** Arguments of an event, shared with the per-event format. */
  static void argument(JsonGenerator g, EventArgument a) throws IOException {
    g.writeStartObject();
    g.writeStringField("role", a.role());
    g.writeStringField("text", a.text());
    g.writeNumberField("begin", a.begin());
    g.writeNumberField("end", a.end());
    if (a.type() != null) {
      g.writeStringField("type", a.type().name());
    }
    if (a.canonical() != null) {
      g.writeStringField("canonical", a.canonical());
    }
    if (a.inferred() != null) {
      g.writeStringField("inferred", a.inferred());
    }
    g.writeEndObject();
  }
}
