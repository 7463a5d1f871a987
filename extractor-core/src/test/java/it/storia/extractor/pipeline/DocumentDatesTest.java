package it.storia.extractor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.storia.extractor.io.Input;
import it.storia.extractor.json.DocumentJson;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-document dates of a batch: the table format, its errors, and the values they give to yearless dates. */
class DocumentDatesTest {
  private static final Extractor EXTRACTOR = SharedPipeline.defaults();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Yearless and deictic dates, as in De Gasperi's articles. */
  private static final String TEXT = "L'anno scorso la riforma è naufragata. Il 15 maggio la Dieta si riunì a Vienna.";

  @TempDir
  Path tmp;

  @Test
  void looksUpByFileNameThenByDocumentId() throws Exception {
    Path table = write("dates.tsv", "# De Gasperi\ndg1910-dieta.txt\t1910\n\ndg1921-camera\t1921-06\n");
    DocumentDates dates = DocumentDates.load(table);
    assertThat(dates.size()).isEqualTo(2);
    assertThat(dates.dateFor(Input.of(tmp.resolve("a/dg1910-dieta.txt")))).isEqualTo("1910");
    assertThat(dates.dateFor(Input.of(tmp.resolve("b/dg1921-camera.txt")))).isEqualTo("1921-06");
    assertThat(dates.dateFor(Input.of(tmp.resolve("dg1922-altro.txt")))).isNull();
    assertThat(dates.dateFor(Input.STDIN)).isNull();
    assertThat(DocumentDates.NONE.dateFor(Input.of(tmp.resolve("dg1910-dieta.txt")))).isNull();
  }

  @Test
  void badTablesNameTheFileTheLineAndTheValue() throws Exception {
    Path badDate = write("bad.tsv", "a.txt\t1910\nb.txt\t1910-13\n");
    assertThatThrownBy(() -> DocumentDates.load(badDate)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(badDate + ":2:").hasMessageContaining("b.txt").hasMessageContaining("'1910-13'");
    Path twice = write("twice.tsv", "a.txt\t1910\na.txt\t1911\n");
    assertThatThrownBy(() -> DocumentDates.load(twice)).hasMessageContaining(twice + ":2:")
        .hasMessageContaining("'a.txt' is already dated on line 1");
    Path noTab = write("notab.tsv", "a.txt 1910\n");
    assertThatThrownBy(() -> DocumentDates.load(noTab)).hasMessageContaining(noTab + ":1:")
        .hasMessageContaining("NAME<TAB>DATE").hasMessageContaining("'a.txt 1910'");
    Path binary = tmp.resolve("latin1.tsv");
    Files.write(binary, "citt\u00e0.txt\t1910\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> DocumentDates.load(binary)).hasMessageContaining(binary + ": not valid UTF-8");
    assertThatThrownBy(() -> DocumentDates.of(Map.of("a.txt", "maggio"))).hasMessageContaining("a.txt")
        .hasMessageContaining("'maggio'");
  }

  @Test
  void eachDocumentOfABatchIsAnchoredToItsOwnDate() throws Exception {
    Path a = write("in/dg1910-dieta.txt", TEXT);
    Path b = write("in/dg1921-dieta.txt", TEXT);
    Path c = write("in/senza-data.txt", TEXT);
    DocumentDates dates = DocumentDates.of(Map.of("dg1910-dieta", "1910", "dg1921-dieta.txt", "1921-06-01"));
    DocumentJson.Options opts = DocumentJson.Options.DEFAULT;
    List<Input> inputs = List.of(Input.of(a), Input.of(b), Input.of(c));

    StringWriter whole = new StringWriter();
    assertThat(new BatchExtractor(EXTRACTOR, opts, 2).withDocumentDates(dates).toJsonLines(inputs, whole,
        (in, err) -> assertThat(err).isNull())).isTrue();
    List<JsonNode> docs = lines(whole.toString());
    assertThat(docs).extracting(d -> d.path("documentDate").asText(null)).containsExactly("1910", "1921-06-01", null);
    assertThat(dateValues(docs.get(0))).containsExactly("L'anno scorso=1909", "15 maggio=1910-05-15");
    assertThat(dateValues(docs.get(1))).containsExactly("L'anno scorso=1920", "15 maggio=1921-05-15");
    assertThat(dateValues(docs.get(2))).doesNotContain("15 maggio=1910-05-15", "15 maggio=1921-05-15");

    StringWriter chunked = new StringWriter();
    assertThat(new BatchExtractor(EXTRACTOR, opts, 1, 10, 1000).withDocumentDates(dates).toJsonLines(inputs,
        chunked, (in, err) -> assertThat(err).isNull())).isTrue();
    assertThat(lines(chunked.toString())).isEqualTo(docs);
  }

  private Path write(String name, String text) throws Exception {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static List<JsonNode> lines(String jsonLines) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : jsonLines.split("\n")) {
      if (!l.isBlank()) {
        out.add(MAPPER.readTree(l));
      }
    }
    return out;
  }

  private static List<String> dateValues(JsonNode doc) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : doc.get("entities")) {
      if ("DATE".equals(e.get("type").asText())) {
        out.add(e.get("text").asText() + "=" + e.path("value").asText());
      }
    }
    return out;
  }
}
