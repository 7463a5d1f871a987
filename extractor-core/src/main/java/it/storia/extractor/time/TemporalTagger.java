package it.storia.extractor.time;

import it.storia.extractor.text.AnalyzedText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions and normalises them to TimeML values.
 *
 * <p>Input: a segmented text and, when the caller knows it, the date the text was written. Output: DATE entities
 * and the document date. Implementations are immutable and thread-safe.
 */
public interface TemporalTagger {
  /** A year, year-month or day: "1933", "1933-05", "1933-05-16". */
  Pattern DOCUMENT_DATE = Pattern.compile("[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?");

  /** The dates of a text whose date of writing is not known (a dated header line is still recognised). */
  default TemporalAnnotation annotate(AnalyzedText text) {
    return annotate(text, null);
  }

  /**
   * The dates of a text written on {@code documentDate}.
   *
   * @param text the text
   * @param documentDate when the text was written, as {@link #checkDocumentDate checked}: "1933", "1933-05" or
   *     "1933-05-16"; it is the time of writing for yearless and deictic dates ("il 15 maggio", "l'anno scorso")
   *     and the returned document date, in place of a dated header line. Null when not known.
   */
  TemporalAnnotation annotate(AnalyzedText text, String documentDate);

  /**
   * Checks a document date given by a user.
   *
   * @return the date itself
   * @throws IllegalArgumentException naming the value when it is not a valid YYYY, YYYY-MM or YYYY-MM-DD date
   */
  static String checkDocumentDate(String documentDate) {
    if (documentDate == null || !DOCUMENT_DATE.matcher(documentDate).matches()) {
      throw new IllegalArgumentException(
          "document date must be YYYY, YYYY-MM or YYYY-MM-DD, got '" + documentDate + "'");
    }
    try {
      if (documentDate.length() == 7) {
        YearMonth.parse(documentDate);
      } else if (documentDate.length() == 10) {
        LocalDate.parse(documentDate);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("no such date: '" + documentDate + "'", e);
    }
    return documentDate;
  }

  /** A tagger that finds no dates. */
  static TemporalTagger none() {
    return (text, documentDate) -> new TemporalAnnotation(java.util.List.of(),
        documentDate == null ? null : checkDocumentDate(documentDate));
  }
}
