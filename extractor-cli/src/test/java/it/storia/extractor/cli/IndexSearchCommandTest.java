package it.storia.extractor.cli;

import static it.storia.extractor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSearchCommandTest {
  /** Paragraphs of the sample text (samples/texts/lotta-per-il-potere.txt). */
  static final String TEXT = "7 novembre 1927 - ancora un tentativo di tenere una contromanifestazione. Tre di "
      + "loro furono espulsi dal partito, poi altri 93 oppositori, ma KAM e ZIN scrissero dichiarazioni di "
      + "pentimento e furono reintegrati, e nel 1929 il TR fu espulso con la forza dall'URSS.\n\n"
      + "Nella primavera del 1926 Trotsky, Zinoviev e Kamenev hanno creato l'Opposizione di sinistra unita, "
      + "meglio conosciuta come il blocco trotskista-Zinoviev.\n";

  @TempDir
  Path dir;
  Path input;
  Path index;

  @BeforeEach
  void setUp() throws IOException {
    input = dir.resolve("lotta.txt");
    Files.writeString(input, TEXT);
    index = dir.resolve("idx");
  }

  @Test
  void indexThenSearchPrintsHighlightedPassages() throws IOException {
    CliRun indexed = run("index", "--index", index.toString(), input.toString());
    assertThat(indexed.code()).as(indexed.err()).isZero();
    assertThat(indexed.err()).contains("1 added").contains("3 passages");

    CliRun found = run("search", "--index", index.toString(), "espulso", "partito");
    assertThat(found.code()).as(found.err()).isZero();
    assertThat(found.out()).startsWith("1 passage matches")
        .contains("furono «espulsi» dal «partito»").contains(input.toString() + ", sentence 2");

    CliRun json = run("search", "--index", index.toString(), "--json", "--facets", "\"opposizione di sinistra\"");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("total").asInt()).isEqualTo(1);
    JsonNode hit = root.get("hits").get(0);
    assertThat(TEXT.substring(hit.get("begin").asInt(), hit.get("end").asInt())).isEqualTo(hit.get("text").asText());
    assertThat(hit.get("highlight").asText()).contains("«Opposizione di sinistra»");
    assertThat(hit.get("source").asText()).isEqualTo(input.toString());
    assertThat(root.get("facets").has("persons")).isTrue();

    CliRun again = run("index", "--index", index.toString(), input.toString());
    assertThat(again.err()).contains("1 unchanged").contains("3 passages");
  }

  @Test
  void perDocumentDatesMakeYearlessDatesSearchableByYear() throws IOException {
    Path letter = dir.resolve("lettera.txt");
    Files.writeString(letter, "Il 15 maggio la Dieta si riunì a Vienna.\n");
    CliRun undated = run("index", "--index", index.toString(), letter.toString());
    assertThat(undated.code()).as(undated.err()).isZero();
    assertThat(run("search", "--index", index.toString(), "--from", "1910", "--to", "1910", "Dieta").out())
        .startsWith("0 passages match");

    Path table = dir.resolve("date.tsv");
    Files.writeString(table, "lettera\t1910\n");
    CliRun dated = run("index", "--index", index.toString(), "--document-dates", table.toString(),
        letter.toString());
    assertThat(dated.code()).as(dated.err()).isZero();
    assertThat(dated.err()).contains("1 replaced");
    CliRun found = run("search", "--index", index.toString(), "--from", "1910", "--to", "1910", "Dieta");
    assertThat(found.out()).startsWith("1 passage matches").contains("«Dieta»");
    assertThat(run("search", "--index", index.toString(), "--from", "1910-05-15", "--to", "1910-05", "Dieta").out())
        .startsWith("1 passage matches");
    assertThat(run("search", "--index", index.toString(), "--from", "1910-05-16", "Dieta").out())
        .startsWith("0 passages match");
    CliRun again = run("index", "--index", index.toString(), "--document-dates", table.toString(),
        letter.toString());
    assertThat(again.err()).contains("1 unchanged");
  }

  @Test
  void badQueriesAndMissingIndexExitWithTwo() {
    assertThat(run("index", "--index", index.toString(), input.toString()).code()).isZero();
    CliRun quotes = run("search", "--index", index.toString(), "\"espulso dal");
    assertThat(quotes.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(quotes.err()).contains("unbalanced quotes").doesNotContain("at it.storia");

    CliRun type = run("search", "--index", index.toString(), "--type", "PURGA", "partito");
    assertThat(type.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(type.err()).contains("unknown event type 'PURGA'");

    CliRun years = run("search", "--index", index.toString(), "--from", "1930", "--to", "1920", "partito");
    assertThat(years.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(years.err()).contains("1930").contains("1920");

    CliRun month = run("search", "--index", index.toString(), "--from", "1927-13", "partito");
    assertThat(month.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(month.err()).contains("--from").contains("'1927-13'").doesNotContain("at it.storia");

    Path missing = dir.resolve("nessun-indice");
    CliRun none = run("search", "--index", missing.toString(), "partito");
    assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("no passage index at " + missing);

    CliRun empty = run("search", "--index", index.toString());
    assertThat(empty.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aFailedInputIsReportedAndTheOthersAreIndexed() {
    CliRun r = run("index", "--index", index.toString(), input.toString(), dir.resolve("manca.txt").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(r.err()).contains("manca.txt").contains("1 added");
    assertThat(run("search", "--index", index.toString(), "contromanifestazione").out())
        .startsWith("1 passage matches");
  }

  @Test
  void placeFilterSelectsThePassagesThatNameThePlace() throws IOException {
    CliRun indexed = run("index", "--index", index.toString(), input.toString());
    assertThat(indexed.code()).as(indexed.err()).isZero();
    CliRun ussr = run("search", "--index", index.toString(), "--place", "URSS");
    assertThat(ussr.code()).as(ussr.err()).isZero();
    assertThat(ussr.out()).startsWith("1 passage matches").contains("dall'URSS");
    CliRun none = run("search", "--index", index.toString(), "--place", "Mosca", "espulso");
    assertThat(none.code()).as(none.err()).isZero();
    assertThat(none.out()).startsWith("0 passages match");
  }
}
