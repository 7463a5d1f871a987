package it.storia.extractor.cli;

import it.storia.extractor.pipeline.DocumentDates;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.time.TemporalTagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --document-date} and {@code --document-dates} options that {@code extract} and {@code index} share:
 * when the texts were written, for all inputs or per input. Both are checked before any input is read; a bad value
 * is a usage error naming the option, the file and line, and the value.
 */
final class DocumentDateOptions {
  @Option(names = "--document-date", paramLabel = "DATE",
      description = "When the texts were written (YYYY, YYYY-MM or YYYY-MM-DD): anchors dates without a year "
          + "(\"il 15 maggio\", \"l'anno scorso\") and is each document's documentDate.")
  String documentDate;

  @Option(names = "--document-dates", paramLabel = "FILE",
      description = "A date per document: UTF-8 lines NAME<TAB>DATE, NAME being an input's file name or its id "
          + "(the name without .txt); # starts a comment. Listed inputs take their own date in place of "
          + "--document-date; names that match no input are ignored.")
  Path table;

  /** The extractor for these options (its default document date is {@code --document-date}). */
  Extractor extractor() {
    if (documentDate == null) {
      return Extractor.withDefaults();
    }
    try {
      TemporalTagger.checkDocumentDate(documentDate);
    } catch (IllegalArgumentException e) {
      throw new ExitCodes.UsageException("--document-date: " + e.getMessage());
    }
    return Extractor.builder().documentDate(documentDate).build();
  }

  /** The per-document dates of {@code --document-dates}, or none. */
  DocumentDates dates() {
    if (table == null) {
      return DocumentDates.NONE;
    }
    if (!Files.isRegularFile(table)) {
      throw new ExitCodes.UsageException("--document-dates: no such file: " + table);
    }
    try {
      return DocumentDates.load(table);
    } catch (IllegalArgumentException e) {
      throw new ExitCodes.UsageException("--document-dates: " + e.getMessage());
    } catch (IOException e) {
      throw new ExitCodes.UsageException("--document-dates: cannot read " + table + ": " + e.getMessage());
    }
  }
}
