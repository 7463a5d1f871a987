package it.storia.extractor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.storia.extractor.Samples;
import it.storia.extractor.io.Input;
import it.storia.extractor.io.InputException;
import it.storia.extractor.json.DocumentJson;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming path for large files gives the same sentences and tokens as whole-document extraction. */
class ChunkedDocumentWriterTest {
  private static final Extractor EXTRACTOR = SharedPipeline.defaults();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void chunkedOutputEqualsWholeDocumentSegmentation() throws Exception {
    String text = Samples.lotta() + "\n\n" + Samples.lotta();
    Path file = tmp.resolve("two.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    DocumentJson.Options opts = DocumentJson.Options.DEFAULT.withTokens(true);

    ByteArrayOutputStream chunkedOut = new ByteArrayOutputStream();
    new ChunkedDocumentWriter(EXTRACTOR, 4000).write(file, "two", opts, chunkedOut, tmp);
    JsonNode chunked = MAPPER.readTree(chunkedOut.toByteArray());
    JsonNode whole = MAPPER.readTree(DocumentJson.write(EXTRACTOR.extract(text, "two", file.toString()), opts));

    assertThat(chunked.get("sentences")).isEqualTo(whole.get("sentences"));
    assertThat(chunked.get("tokens")).isEqualTo(whole.get("tokens"));
    // Names are propagated within a chunk, not across chunks: the counts may differ slightly.
    assertThat(chunked.get("entities").size())
        .isCloseTo(whole.get("entities").size(), org.assertj.core.api.Assertions.withinPercentage(3));
    for (JsonNode e : chunked.get("entities")) {
      assertThat(text.substring(e.get("begin").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
    }
    try (var left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("two.txt");
    }
  }

  @Test
  void chunksExtractedOnWorkerThreadsGiveTheSameBytes() throws Exception {
    Path file = tmp.resolve("three.txt");
    Files.writeString(file, (Samples.lotta() + "\n\n").repeat(3), StandardCharsets.UTF_8);
    DocumentJson.Options opts = DocumentJson.Options.DEFAULT.withTokens(true);
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    new ChunkedDocumentWriter(EXTRACTOR, 4000).write(file, "three", opts, one, tmp);
    ByteArrayOutputStream three = new ByteArrayOutputStream();
    new ChunkedDocumentWriter(EXTRACTOR, 4000, 3).write(file, "three", opts, three, tmp);
    assertThat(MAPPER.readTree(one.toByteArray()).get("sentences").size()).isGreaterThan(300);
    assertThat(three.toByteArray()).isEqualTo(one.toByteArray());
    assertThatThrownBy(() -> new ChunkedDocumentWriter(EXTRACTOR, 4000, 0)).hasMessageContaining("got 0");
  }

  @Test
  void batchRoutesLargeFilesThroughTheStreamingPath() throws Exception {
    Path big = tmp.resolve("big.txt");
    Files.writeString(big, (Samples.lotta() + "\n\n").repeat(3), StandardCharsets.UTF_8);
    Path small = tmp.resolve("small.txt");
    Files.writeString(small, "Stalin divenne segretario generale.", StandardCharsets.UTF_8);
    BatchExtractor batch = new BatchExtractor(EXTRACTOR, DocumentJson.Options.DEFAULT, 2, 10_000, 5_000);
    StringWriter out = new StringWriter();
    List<String> errors = new ArrayList<>();
    boolean ok = batch.toJsonLines(List.of(Input.of(big), Input.of(small)), out,
        (in, err) -> {
          if (err != null) {
            errors.add(err.getMessage());
          }
        });
    assertThat(errors).isEmpty();
    assertThat(ok).isTrue();
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode bigDoc = MAPPER.readTree(lines[0]);
    String text = Files.readString(big);
    JsonNode last = bigDoc.get("sentences").get(bigDoc.get("sentences").size() - 1);
    assertThat(last.get("end").asInt()).isEqualTo(text.strip().length());
  }

  @Test
  void undecodableLargeFileIsReportedByName() throws Exception {
    Path bad = tmp.resolve("bad.txt");
    byte[] bytes = (Samples.lotta() + "\n\n").repeat(2).getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 10] = (byte) 0xFF;
    Files.write(bad, bytes);
    assertThatThrownBy(() -> new ChunkedDocumentWriter(EXTRACTOR, 4000)
        .write(bad, "bad", DocumentJson.Options.DEFAULT, new ByteArrayOutputStream(), tmp))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(bad.toString())
        .hasMessageContaining("not valid UTF-8");
  }
}
