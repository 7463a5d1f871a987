package it.storia.extractor.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import it.storia.extractor.Samples;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Event;
import it.storia.extractor.model.EventArgument;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.pipeline.SharedPipeline;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;
  private static ExtractedDocument sample;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = DocumentJson.class.getResourceAsStream(DocumentJson.SCHEMA_RESOURCE)) {
      assertThat(in).as("bundled schema").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    sample = SharedPipeline.defaults().extract(Samples.lotta(), "lotta-per-il-potere",
        "samples/texts/lotta-per-il-potere.txt");
  }

  @Test
  void sampleDocumentValidatesAgainstTheShippedSchema() throws Exception {
    for (DocumentJson.Options o : new DocumentJson.Options[] {DocumentJson.Options.DEFAULT,
        DocumentJson.Options.DEFAULT.withTokens(true).withPretty(true)}) {
      JsonNode node = MAPPER.readTree(DocumentJson.write(sample, o));
      Set<ValidationMessage> errors = schema.validate(node);
      assertThat(errors).isEmpty();
      assertThat(node.get("schemaVersion").asText()).isEqualTo(DocumentJson.SCHEMA_VERSION);
      assertThat(node.get("tokens") != null).isEqualTo(o.tokens());
    }
  }

  @Test
  void anArgumentInferredFromItsRoleValidatesAndIsMarked() throws Exception {
    Event first = sample.events().get(0);
    EventArgument a = first.arguments().get(0);
    Event marked = new Event(first.type(), first.sentence(), first.trigger(),
        List.of(new EventArgument(a.role(), a.text(), a.begin(), a.end(), EntityType.PERSON, null,
            EventArgument.INFERRED_ROLE)), first.date(), first.modality());
    List<Event> events = new ArrayList<>(sample.events());
    events.set(0, marked);
    ExtractedDocument doc = new ExtractedDocument(sample.id(), sample.source(), sample.text(), sample.documentDate(),
        sample.sentences(), sample.tokens(), sample.entities(), events, sample.referents());
    JsonNode node = MAPPER.readTree(DocumentJson.write(doc, DocumentJson.Options.DEFAULT));
    assertThat(schema.validate(node)).isEmpty();
    JsonNode arg = node.get("events").get(0).get("arguments").get(0);
    assertThat(arg.get("inferred").asText()).isEqualTo("role");
    assertThat(arg.has("canonical")).isFalse();
    assertThat(node.get("events").get(1).get("arguments").get(0).has("inferred")).isFalse();
  }

  @Test
  void spansInTheJsonMatchTheInput() throws Exception {
    String text = sample.text();
    JsonNode node = MAPPER.readTree(DocumentJson.write(sample, DocumentJson.Options.DEFAULT.withTokens(true)));
    assertThat(node.get("sentences").size()).isEqualTo(sample.sentences().size());
    for (JsonNode t : node.get("tokens")) {
      assertThat(text.substring(t.get("begin").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
    }
    for (JsonNode e : node.get("entities")) {
      assertThat(text.substring(e.get("begin").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
    }
  }

  @Test
  void schemaRejectsADocumentThatBreaksTheContract() throws Exception {
    JsonNode bad = MAPPER.readTree("{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"source\":null,\"language\":\"it\","
        + "\"sentences\":[{\"begin\":-1,\"end\":3}],\"entities\":[{\"type\":\"PERSONA\",\"text\":\"a\",\"begin\":0,"
        + "\"end\":1,\"sentence\":0}],\"events\":[]}");
    assertThat(schema.validate(bad)).hasSizeGreaterThanOrEqualTo(2);
  }
}
