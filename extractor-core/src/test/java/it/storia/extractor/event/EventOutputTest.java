package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.storia.extractor.json.EventLines;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.pipeline.SharedPipeline;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-event JSON lines and the text summary, on a document built with oracle entities. */
class EventOutputTest {
  private static final String TEXT = "LD Trotsky fu esiliato ad Alma-Ata nel 1928 e nel 1929 fu deportato "
      + "dall'URSS.\n\nLenin propose di spostarlo da questo incarico.";

  private static ExtractedDocument document() {
    Texts.Doc d = Texts.doc(TEXT, "PER:LD Trotsky=Trotsky", "PER:Lenin", "LOC:Alma-Ata", "LOC:URSS",
        "DATE:1928=1928", "DATE:1929=1929");
    List<Event> events = PatternEventExtractor.fromClasspath().extract(d.analyzed(), d.entities());
    return new ExtractedDocument("d1", "in/d1.txt", TEXT, null, d.analyzed().sentences(), d.analyzed().tokens(),
        d.entities(), events, List.of());
  }

  @Test
  void eventLinesCarryDocumentSentenceAndEventFields() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EventLines.write(document(), out);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(3);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode second = mapper.readTree(lines[1]);
    assertThat(second.get("documentId").asText()).isEqualTo("d1");
    assertThat(second.get("source").asText()).isEqualTo("in/d1.txt");
    assertThat(second.get("sentenceText").asText()).startsWith("LD Trotsky fu esiliato").endsWith("dall'URSS.");
    assertThat(second.get("type").asText()).isEqualTo("EXILE");
    assertThat(second.get("trigger").get("text").asText()).isEqualTo("fu deportato");
    assertThat(second.get("date").get("value").asText()).isEqualTo("1929");
    JsonNode third = mapper.readTree(lines[2]);
    assertThat(third.get("modality").asText()).isEqualTo("proposed");
    int b = third.get("trigger").get("begin").asInt();
    int e = third.get("trigger").get("end").asInt();
    assertThat(TEXT.substring(b, e)).isEqualTo(third.get("trigger").get("text").asText());
  }

  @Test
  void summaryHasAHeaderAndOneLinePerEventInTextOrder() throws Exception {
    StringWriter w = new StringWriter();
    EventSummary.write(document(), w);
    assertThat(w.toString().split("\n")).containsExactly(
        "# d1 (in/d1.txt): 3 events",
        "1928\tEXILE\twho: -\twhom: Trotsky\twhere: Alma-Ata",
        "1929\tEXILE\twho: -\twhom: Trotsky\twhere: URSS",
        "-\tREMOVAL (proposed)\twho: Lenin\twhom: Trotsky\twhere: -");
  }

  @Test
  void theDefaultPipelineFindsEventsInTheSampleWithValidOffsets() throws Exception {
    Path sample = Path.of("../samples/texts/lotta-per-il-potere.txt");
    String text = Files.exists(sample) ? Files.readString(sample)
        : "L.D. Trotsky fu espulso dal partito. Kamenev e Zinoviev furono reintegrati.";
    ExtractedDocument doc = SharedPipeline.defaults().extract(text, "lotta", null);
    assertThat(doc.events()).isNotEmpty();
    assertThat(doc.events()).extracting(Event::type).contains("EXPULSION");
    for (Event ev : doc.events()) {
      assertThat(text.substring(ev.trigger().begin(), ev.trigger().end())).isEqualTo(ev.trigger().text());
      ev.arguments().forEach(a -> assertThat(text.substring(a.begin(), a.end())).isEqualTo(a.text()));
    }
  }
}
