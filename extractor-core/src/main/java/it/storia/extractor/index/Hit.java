package it.storia.extractor.index;

import java.util.List;

/**
 * One passage found by a search.
 *
 * @param score relevance (BM25), or NaN when the request had no query and passages are listed in text order
 * @param source the document's source path, or null when it had none
 * @param id the document id
 * @param sentence the passage's sentence index in its document
 * @param begin start offset of the passage in the original document text
 * @param end end offset (exclusive)
 * @param text the passage text, {@code documentText.substring(begin, end)}
 * @param matches the matched words, as offsets into the original document text, in order, not overlapping
 * @param persons canonical names of the persons mentioned
 * @param organizations canonical names of the organisations mentioned
 * @param locations canonical names of the places mentioned
 * @param events event types of the passage
 * @param eventsJson the passage's events as a JSON array (type, trigger, arguments, date)
 * @param dates TimeML values of the passage's dates
 * @param duplicates how many near-duplicate passages among the hits were collapsed into this one
 */
public record Hit(float score, String source, String id, int sentence, int begin, int end, String text,
    List<Span> matches, List<String> persons, List<String> organizations, List<String> locations,
    List<String> events, String eventsJson, List<String> dates, int duplicates) {
  public Hit {
    matches = List.copyOf(matches);
    persons = List.copyOf(persons);
    organizations = List.copyOf(organizations);
    locations = List.copyOf(locations);
    events = List.copyOf(events);
    dates = List.copyOf(dates);
  }

  /** A matched word range, in original-document offsets. */
  public record Span(int begin, int end) {
    public Span {
      if (begin < 0 || end < begin) {
        throw new IllegalArgumentException("bad span " + begin + ".." + end);
      }
    }
  }

  /** The passage text with every match wrapped in {@code open} … {@code close}. */
  public String highlight(String open, String close) {
    StringBuilder sb = new StringBuilder(text.length() + matches.size() * (open.length() + close.length()));
    int at = 0;
    for (Span m : matches) {
      int b = m.begin() - begin;
      int e = m.end() - begin;
      sb.append(text, at, b).append(open).append(text, b, e).append(close);
      at = e;
    }
    return sb.append(text, at, text.length()).toString();
  }

  /** The source if known, else the document id. */
  public String origin() {
    return source != null ? source : id;
  }
}
