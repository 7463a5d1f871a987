package it.storia.extractor.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link SearchResults} as JSON:
 * {@code {"total", "collapsed", "hits": [{"score", "source", "id", "sentence", "begin", "end", "text",
 * "highlight", "matches": [[begin, end]...], "persons", "organizations", "locations", "events": [...], "dates",
 * "duplicates"}], "facets": {dimension: {value: count}}}}. The highlight wraps matches in «…»; match offsets
 * point into the original document text. A listing without a query has {@code "score": null}.
 *
 * <p>Stateless; thread-safe.
 */
public final class SearchResultsJson {
  /** Opening highlight marker in JSON. */
  public static final String OPEN = "«";
  /** Closing highlight marker in JSON. */
  public static final String CLOSE = "»";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private SearchResultsJson() {}

  /** The results as JSON, indented when {@code pretty}. */
  public static String write(SearchResults results, boolean pretty) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      g.writeStartObject();
      g.writeNumberField("total", results.total());
      g.writeNumberField("collapsed", results.collapsed());
      g.writeArrayFieldStart("hits");
      for (Hit h : results.hits()) {
        writeHit(g, h);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("facets");
      for (Map.Entry<String, Map<String, Integer>> dim : results.facets().entrySet()) {
        g.writeObjectFieldStart(dim.getKey());
        for (Map.Entry<String, Integer> v : dim.getValue().entrySet()) {
          g.writeNumberField(v.getKey(), v.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write search results as JSON", e);
    }
    return w.toString();
  }

  private static void writeHit(JsonGenerator g, Hit h) throws IOException {
    g.writeStartObject();
    if (Float.isNaN(h.score())) {
      g.writeNullField("score");
    } else {
      g.writeNumberField("score", h.score());
    }
    g.writeStringField("source", h.source());
    g.writeStringField("id", h.id());
    g.writeNumberField("sentence", h.sentence());
    g.writeNumberField("begin", h.begin());
    g.writeNumberField("end", h.end());
    g.writeStringField("text", h.text());
    g.writeStringField("highlight", h.highlight(OPEN, CLOSE));
    g.writeArrayFieldStart("matches");
    for (Hit.Span s : h.matches()) {
      g.writeStartArray();
      g.writeNumber(s.begin());
      g.writeNumber(s.end());
      g.writeEndArray();
    }
    g.writeEndArray();
    strings(g, "persons", h.persons());
    strings(g, "organizations", h.organizations());
    strings(g, "locations", h.locations());
    g.writeFieldName("events");
    g.writeTree(MAPPER.readTree(h.eventsJson()));
    strings(g, "dates", h.dates());
    g.writeNumberField("duplicates", h.duplicates());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
