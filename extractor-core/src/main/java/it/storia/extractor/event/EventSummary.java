package it.storia.extractor.event;

import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.model.ExtractedDocument;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A short human-readable summary of a document's events: a header line ({@code # id (source): N events}), then one
 * tab-separated line per event in text order: date (TimeML value, {@code ~} in front when inferred from context,
 * {@code -} when none), type (with the modality in brackets when not asserted), who (agents), whom (patients),
 * where (places, then bodies). Names are canonical when known.
 *
 * <pre>
 * # lotta (samples/texts/lotta-per-il-potere.txt): 3 events
 * 1928	EXILE	who: -	whom: Trotsky	where: Alma-Ata
 * </pre>
 *
 * <p>Stateless; thread-safe.
 */
public final class EventSummary {
  private EventSummary() {}

  /** Writes the summary of one document; the writer is not closed or flushed. */
  public static void write(ExtractedDocument doc, Writer out) throws IOException {
    out.write("# " + doc.id() + (doc.source() == null ? "" : " (" + doc.source() + ")") + ": "
        + doc.events().size() + (doc.events().size() == 1 ? " event" : " events") + "\n");
    for (Event e : doc.events()) {
      out.write(line(e));
      out.write('\n');
    }
  }

  /** The summary line of one event (no line terminator). */
  public static String line(Event e) {
    String date = e.date() == null ? "-" : (e.date().inferred() ? "~" : "") + e.date().value();
    String type = e.modality() == null ? e.type() : e.type() + " (" + e.modality() + ")";
    return date + "\t" + type + "\twho: " + names(e, "agent") + "\twhom: " + names(e, "patient") + "\twhere: "
        + names(e, "location", "organization");
  }

  private static String names(Event e, String... roles) {
    List<String> out = new ArrayList<>();
    for (String role : roles) {
      for (EventArgument a : e.arguments()) {
        if (a.role().equals(role)) {
          String n = (a.canonical() != null ? a.canonical() : a.text()).replaceAll("\\s+", " ");
          if (!out.contains(n)) {
            out.add(n);
          }
        }
      }
    }
    return out.isEmpty() ? "-" : String.join("; ", out);
  }
}
