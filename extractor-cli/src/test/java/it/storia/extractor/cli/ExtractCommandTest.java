package it.storia.extractor.cli;

import static it.storia.extractor.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path SAMPLE = Path.of("..", "samples", "texts", "lotta-per-il-potere.txt");

  @TempDir
  Path tmp;

  private Path write(String name, String text) throws Exception {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void extractsTheSampleAsOneJsonLineWhoseSpansMatchTheInput() throws Exception {
    CliRun r = run("extract", "--tokens", SAMPLE.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    List<JsonNode> docs = r.lines();
    assertThat(docs).hasSize(1);
    JsonNode doc = docs.get(0);
    assertThat(doc.get("id").asText()).isEqualTo("lotta-per-il-potere");
    assertThat(doc.get("source").asText()).endsWith("lotta-per-il-potere.txt");
    String text = Files.readString(SAMPLE);
    assertThat(doc.get("sentences").size()).isGreaterThan(150);
    for (JsonNode t : doc.get("tokens")) {
      assertThat(text.substring(t.get("begin").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
    }
  }

  @Test
  void oneBadInputDoesNotStopTheBatch() throws Exception {
    Path good = write("a/good.txt", "Trotsky fu espulso dal partito nel 1927.");
    Path empty = write("a/empty.txt", "");
    Path binary = tmp.resolve("a/image.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path latin1 = tmp.resolve("a/latin1.txt");
    Files.write(latin1, "citt\u00e0 di Forl\u00ec".getBytes(StandardCharsets.ISO_8859_1));
    Path missing = tmp.resolve("a/missing.txt");
    Path emptyDir = Files.createDirectories(tmp.resolve("nothing-here"));

    CliRun r = run("extract", good.toString(), missing.toString(), binary.toString(), latin1.toString(),
        emptyDir.toString(), empty.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.SOME_FAILED);
    List<JsonNode> docs = r.lines();
    assertThat(docs).extracting(d -> d.get("id").asText()).containsExactly("good", "empty");
    assertThat(docs.get(1).get("sentences").size()).isZero();
    assertThat(r.err()).contains(missing + ": no such file or directory")
        .contains(binary + ": binary file")
        .contains(latin1 + ": not valid UTF-8 text")
        .contains(emptyDir + ": directory has no .txt files")
        .doesNotContain("Exception\n\tat");
  }

  @Test
  void directoriesAreSearchedRecursivelyInPathOrder() throws Exception {
    write("d/b.txt", "Secondo.");
    write("d/a.txt", "Primo.");
    write("d/sub/c.txt", "Terzo.");
    write("d/ignored.md", "no");
    CliRun r = run("extract", tmp.resolve("d").toString());
    assertThat(r.code()).isZero();
    assertThat(r.lines()).extracting(d -> d.get("id").asText()).containsExactly("a", "b", "c");
  }

  @Test
  void outputDirectoryGetsOneFilePerInputAndNoTemporaryFiles() throws Exception {
    write("in/x.txt", "Nel 1926 Trotsky, Zinoviev e Kamenev si unirono contro Stalin.");
    write("in/y.txt", "Kirov fu ucciso a Leningrado.");
    Path outDir = tmp.resolve("out");
    CliRun r = run("extract", "--pretty", "--output", outDir.toString(), tmp.resolve("in").toString());
    assertThat(r.code()).isZero();
    try (var files = Files.list(outDir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("x.json", "y.json");
    }
    JsonNode x = MAPPER.readTree(outDir.resolve("x.json").toFile());
    assertThat(x.get("schemaVersion").asText()).startsWith("1.");
    assertThat(Files.readString(outDir.resolve("x.json"))).contains("\n");
  }

  @Test
  void threadsKeepInputOrderAndGiveTheSameDocuments() throws Exception {
    String text = Files.readString(SAMPLE);
    for (int i = 0; i < 6; i++) {
      write("many/doc" + i + ".txt", text.substring(i * 1000, i * 1000 + 3000));
    }
    CliRun one = run("extract", tmp.resolve("many").toString());
    CliRun two = run("extract", "--threads", "2", tmp.resolve("many").toString());
    assertThat(one.code()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void readsStandardInputWhenNoInputIsGiven() throws Exception {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream("V.I. Lenin morì il 21 gennaio 1924.".getBytes(StandardCharsets.UTF_8)));
      CliRun r = run("extract");
      assertThat(r.code()).isZero();
      JsonNode doc = r.lines().get(0);
      assertThat(doc.get("id").asText()).isEqualTo("stdin");
      assertThat(doc.get("source").isNull()).isTrue();
      assertThat(doc.get("sentences").size()).isEqualTo(1);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("extract", "--no-such-option").code()).isEqualTo(ExitCodes.USAGE);
    CliRun threads = run("extract", "--threads", "0", SAMPLE.toString());
    assertThat(threads.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(threads.err()).contains("--threads");
    assertThat(run().code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("frobnicate").code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aDocumentDateAnchorsYearlessDatesAndIsTheDocumentDate() throws Exception {
    Path in = write("anno.txt", "L'anno scorso la riforma è naufragata. Il 15 maggio la Dieta si riunì.");
    JsonNode doc = run("extract", "--document-date", "1910", in.toString()).lines().get(0);
    assertThat(doc.get("documentDate").asText()).isEqualTo("1910");
    List<String> values = new java.util.ArrayList<>();
    for (JsonNode e : doc.get("entities")) {
      if ("DATE".equals(e.get("type").asText())) {
        values.add(e.get("text").asText() + "=" + e.get("value").asText());
      }
    }
    assertThat(values).containsExactly("L'anno scorso=1909", "15 maggio=1910-05-15");
    CliRun bad = run("extract", "--document-date", "1910-13", in.toString());
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--document-date").contains("'1910-13'");
  }

  @Test
  void aDateTableGivesEachFileItsOwnDocumentDate() throws Exception {
    String text = "Il 15 maggio la Dieta si riunì a Vienna.";
    Path a = write("dg/dg1910-dieta.txt", text);
    Path b = write("dg/dg1921-dieta.txt", text);
    Path table = write("anni.tsv", "# anno di ogni articolo\ndg1910-dieta.txt\t1910\ndg1921-dieta\t1921\n");
    CliRun ok = run("extract", "--document-date", "1900", "--document-dates", table.toString(),
        tmp.resolve("dg").toString(), write("x/altro.txt", text).toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    List<JsonNode> docs = ok.lines();
    assertThat(docs).extracting(d -> d.get("id").asText() + "@" + d.get("documentDate").asText())
        .containsExactly("dg1910-dieta@1910", "dg1921-dieta@1921", "altro@1900");
    assertThat(docs).extracting(d -> d.get("entities").findValuesAsText("value").toString())
        .containsExactly("[1910-05-15]", "[1921-05-15]", "[1900-05-15]");

    Path bad = write("male.tsv", "dg1910-dieta.txt\t1910\ndg1921-dieta.txt\t21/05/1921\n");
    CliRun badRun = run("extract", "--document-dates", bad.toString(), a.toString(), b.toString());
    assertThat(badRun.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badRun.err()).contains("--document-dates").contains(bad + ":2:").contains("'21/05/1921'");
    assertThat(badRun.out()).isEmpty();
    CliRun missing = run("extract", "--document-dates", tmp.resolve("nessuna.tsv").toString(), a.toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("no such file: " + tmp.resolve("nessuna.tsv"));
  }

  @Test
  void helpAndVersionExitWithZero() {
    CliRun help = run("extract", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--threads").contains("--output");
    assertThat(run("--version").code()).isZero();
  }

  @Test
  void eventAndTextFormatsGoThroughTheCommandsWriter() throws Exception {
    Path doc = write("e/trotsky.txt", "Nel 1927 Trotsky fu espulso dal partito. Nel 1940 fu ucciso in Messico.");
    CliRun events = run("extract", "--format", "events", doc.toString());
    assertThat(events.code()).isZero();
    List<JsonNode> lines = events.lines();
    assertThat(lines).extracting(l -> l.get("type").asText()).containsExactly("EXPULSION", "DEATH");
    assertThat(lines.get(1).get("documentId").asText()).isEqualTo("trotsky");
    CliRun text = run("extract", "--format", "text", doc.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out()).startsWith("# trotsky").contains("EXPULSION").contains("DEATH").contains("1940");
  }
}
