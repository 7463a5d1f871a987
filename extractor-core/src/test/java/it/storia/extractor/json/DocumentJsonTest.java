package it.storia.extractor.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import it.storia.extractor.Samples;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.pipeline.Extractor;
import java.io.InputStream;
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
    sample = Extractor.withDefaults().extract(Samples.lotta(), "lotta-per-il-potere",
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
