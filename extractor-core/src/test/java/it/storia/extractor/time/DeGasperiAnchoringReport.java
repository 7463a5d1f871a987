package it.storia.extractor.time;

import it.storia.extractor.model.Entity;
import it.storia.extractor.pipeline.Extractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the anchoring of yearless dates ("il 3 gennaio", "a dicembre") against the DaDoEval gold year of each De
 * Gasperi document: the share of them resolved to the year the document was written. Not a test (it needs the
 * corpus, which a fresh clone lacks); run by hand:
 *
 * <pre>
 * java -cp extractor-cli/target/extractor.jar:extractor-core/target/test-classes \
 *   it.storia.extractor.time.DeGasperiAnchoringReport \
 *   ../shared/data/dadoeval-degasperi/Test_Release/same-genre \
 *   ../shared/data/dadoeval-degasperi/Gold-test/GoldStandard_same-genre.tsv
 * </pre>
 */
final class DeGasperiAnchoringReport {
  private static final Pattern HAS_YEAR = Pattern.compile("[0-9]{4}|'[0-9]{2}|’[0-9]{2}|‘[0-9]{2}");
  private static final Pattern HAS_MONTH = Pattern.compile(
      "(?i)gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre");

  private DeGasperiAnchoringReport() {}

  public static void main(String[] args) throws IOException {
    Map<String, Integer> goldYear = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String[] c = line.split("\t");
      if (c.length >= 2) {
        goldYear.put(c[0], Integer.valueOf(c[1]));
      }
    }
    RuleTemporalTagger tagger = RuleTemporalTagger.fromClasspath();
    for (DateResolver.Anchoring anchoring : DateResolver.Anchoring.values()) {
      Extractor extractor = Extractor.builder().temporalTagger(tagger.withAnchoring(anchoring)).build();
      int yearless = 0;
      int sameYear = 0;
      int withinOne = 0;
      int docs = 0;
      try (var files = Files.list(Path.of(args[0]))) {
        for (Path file : (Iterable<Path>) files.sorted()::iterator) {
          Integer year = goldYear.get(file.getFileName().toString());
          if (year == null) {
            continue;
          }
          docs++;
          String text = Files.readString(file, StandardCharsets.UTF_8);
          for (Entity e : extractor.extract(text, file.getFileName().toString(), null).entities()) {
            if (e.value() == null || HAS_YEAR.matcher(e.text()).find() || !HAS_MONTH.matcher(e.text()).find()) {
              continue;
            }
            yearless++;
            if (e.value().startsWith(Integer.toString(year))) {
              sameYear++;
            }
            if (e.value().matches("[0-9]{4}.*")
                && Math.abs(Integer.parseInt(e.value().substring(0, 4)) - year) <= 1) {
              withinOne++;
            }
          }
        }
      }
      System.out.printf(Locale.ROOT, "%s: %d documents, %d yearless dates, %.3f in the gold year, %.3f within a year%n",
          anchoring, docs, yearless, (double) sameYear / yearless, (double) withinOne / yearless);
    }
  }
}
