package it.storia.extractor.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.json.DocumentJson;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.model.Referent;
import it.storia.extractor.ner.RulesOnly;
import it.storia.extractor.pipeline.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AliasResolverTest {
  private static final Extractor EXTRACTOR = RulesOnly.extractor();
  private static String sample;
  private static ExtractedDocument doc;

  @BeforeAll
  static void extractSample() throws IOException {
    try (InputStream in = AliasResolverTest.class.getResourceAsStream("/devset/names/lotta.txt")) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    doc = EXTRACTOR.extract(sample, "lotta", null);
  }

  private static Set<String> canonicals(ExtractedDocument d, String surface) {
    return d.entities().stream().filter(e -> e.text().equals(surface)).map(Entity::canonical)
        .collect(Collectors.toSet());
  }

  @Test
  void initialsAndSurnameShareOneCanonical() {
    Set<String> stalin = canonicals(doc, "Stalin");
    assertThat(stalin).hasSize(1);
    assertThat(canonicals(doc, "I.V. Stalin")).isEqualTo(stalin);
    assertThat(canonicals(doc, "IV. Stalin")).isEqualTo(stalin);
    assertThat(canonicals(doc, "I. V. Stalin")).isEqualTo(stalin);
    assertThat(canonicals(doc, "N.I. Bucharin")).isEqualTo(canonicals(doc, "NI Bukharin"));
  }

  @Test
  void truncationsJoinThePersonNamedInTheDocument() {
    assertThat(canonicals(doc, "Kam.")).isEqualTo(canonicals(doc, "Kamenev")).hasSize(1);
    assertThat(canonicals(doc, "ZIN")).isEqualTo(canonicals(doc, "Zinoviev")).hasSize(1);
    assertThat(canonicals(doc, "TR.")).isEqualTo(canonicals(doc, "Trotsky")).hasSize(1);
  }

  @Test
  void transliterationVariantsShareOneCanonicalAcrossDocuments() {
    ExtractedDocument a = EXTRACTOR.extract("Nel 1929 Lev Trockij fu espulso dall'URSS; Zinov'ev restò.", "a", null);
    ExtractedDocument b = EXTRACTOR.extract("Trotsky fu esiliato ad Alma-Ata, mentre Zinoviev e Bucharin tacquero.",
        "b", null);
    assertThat(canonicals(a, "Lev Trockij")).isEqualTo(canonicals(b, "Trotsky")).hasSize(1);
    assertThat(canonicals(a, "Zinov'ev")).isEqualTo(canonicals(b, "Zinoviev")).hasSize(1);
    assertThat(canonicals(b, "Bucharin")).isEqualTo(canonicals(doc, "NI Bukharin"));
  }

  @Test
  void everyNameHasACanonicalAndReferentsPointAtTheirMentions() {
    List<Entity> entities = doc.entities();
    assertThat(entities).filteredOn(e -> e.type() != EntityType.DATE).allMatch(e -> e.canonical() != null);
    assertThat(doc.referents()).isNotEmpty();
    int n = 1;
    int covered = 0;
    for (Referent r : doc.referents()) {
      assertThat(r.id()).isEqualTo("r" + n++);
      for (int m : r.mentions()) {
        Entity e = entities.get(m);
        assertThat(e.canonical()).isEqualTo(r.canonical());
        assertThat(e.type()).isEqualTo(r.type());
        assertThat(r.aliases()).contains(e.text());
        covered++;
      }
    }
    assertThat(covered).isEqualTo(entities.stream().filter(e -> e.type() != EntityType.DATE).count());
    Referent kamenev = doc.referents().stream().filter(r -> r.aliases().contains("Kamenev")).findFirst()
        .orElseThrow();
    assertThat(kamenev.aliases()).contains("LB Kamenev", "L.B. Kamenev", "Kam.", "KAM");
  }

  @Test
  void congressOrdinalsAndPartyAcronymsAreNormalised() {
    assertThat(canonicals(doc, "14° Congresso del Partito")).isEqualTo(canonicals(doc, "XIV Congresso del Partito"));
    assertThat(canonicals(doc, "XIV Congresso del PCUS (b)")).containsExactly(
        "XIV Congresso del Partito Comunista dell'Unione Sovietica");
    assertThat(canonicals(doc, "XIII Congresso dell'RCP (b)")).containsExactly(
        "XIII Congresso del Partito Comunista dell'Unione Sovietica");
  }

  @Test
  void jsonCarriesSchema11AndReferents() {
    String json = DocumentJson.write(doc);
    assertThat(json).contains("\"schemaVersion\":\"" + it.storia.extractor.json.DocumentJson.SCHEMA_VERSION + "\"", "\"referents\":[{\"id\":\"r1\",\"type\":\"PERSON\"",
        "\"canonical\":\"Iosif Stalin\"", "\"aliases\":[", "\"mentions\":[");
  }

  @Test
  void transliterationKeysFoldVariants() {
    Transliteration t = Transliteration.fromClasspath();
    assertThat(t.key("Trockij")).isEqualTo(t.key("Trotsky")).isEqualTo(t.key("Trotskij"));
    assertThat(t.key("Zinov'ev")).isEqualTo(t.key("Zinoviev"));
    assertThat(t.key("Bucharin")).isEqualTo(t.key("Bukharin"));
    assertThat(t.key("Kamenëv")).isEqualTo(t.key("Kamenev"));
    assertThat(t.key("Stalin")).isNotEqualTo(t.key("Kamenev"));
    AliasResolver resolver = AliasResolver.fromClasspath();
    assertThat(resolver.listedCanonical(EntityType.PERSON, "L.D. Trockij")).isEqualTo("Lev Trotsky");
    assertThat(resolver.listedCanonical(EntityType.LOCATION, "Pietrogrado")).isEqualTo("Leningrado");
    assertThat(resolver.listedCanonical(EntityType.PERSON, "Derevianko")).isNull();
  }
}
