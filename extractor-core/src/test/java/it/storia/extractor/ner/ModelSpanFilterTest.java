package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.spans;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 17: the filter on capitalised common words that only the model calls names ({@link ModelSpanFilter}),
 * over the bundled common-word counts ({@code models/bin/common-words.tsv.gz}). The sentences are written for the
 * test, none is a dev part's.
 */
class ModelSpanFilterTest {
  private static final String ON = "enabled=true\ntypes=LOCATION PERSON\nmin-lower=2\nmin-lower-share=0.5\n"
      + "min-silver=1\nroman-numerals=true\nsentence-initial-only=false\nunattested-types=none\ncues=a in\n"
      + "min-person=0\nmin-person-share=0.9\nmax-words=8\n";
  private static final String TEXT = "Durante il suo Pontificato, nel secolo XIX, il vescovo visitò Zibaldia e "
      + "Osserva che il Seminario era chiuso.";
  private static final Object[] MODEL = {EntityType.LOCATION, "Pontificato", EntityType.LOCATION, "Zibaldia", EntityType.PERSON, "Osserva", EntityType.PERSON, "Seminario"};

  @Test
  void commonWordsOfTheModelAreDroppedAndARarePlaceStays() throws IOException {
    assertThat(typed(extractor(bundled(ON), NameTypeCounts.none()), TEXT)).containsExactly("LOCATION:Zibaldia");
  }

  @Test
  void switchedOffEverySpanStays() throws IOException {
    assertThat(typed(extractor(bundled(ON.replace("enabled=true", "enabled=false")), NameTypeCounts.none()), TEXT))
        .containsExactly("LOCATION:Pontificato", "LOCATION:Zibaldia", "PERSON:Osserva", "PERSON:Seminario");
    assertThat(ModelSpanFilter.fromClasspath().enabled()).as("the bundled switch is on since session 24").isTrue();
  }

  @Test
  void onlyTheConfiguredTypesAreFiltered() throws IOException {
    assertThat(typed(extractor(bundled(ON.replace("types=LOCATION PERSON", "types=PERSON")), NameTypeCounts.none()),
        TEXT)).containsExactly("LOCATION:Pontificato", "LOCATION:Zibaldia");
  }

  @Test
  void silverCountsOfItsTypeKeepASpan(@TempDir Path dir) throws IOException {
    Path counts = dir.resolve("c.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(counts))) {
      out.write("pontificato\t0\t0\t3\t0\t0\t1\t0\n".getBytes(StandardCharsets.UTF_8));
    }
    Path thresholds = dir.resolve("t.properties");
    Files.writeString(thresholds, "min-count=9\nmin-share=0.9\nmin-sources=1\nsurnames=true\n");
    assertThat(typed(extractor(bundled(ON), NameTypeCounts.load(counts, thresholds)), TEXT))
        .containsExactly("LOCATION:Pontificato", "LOCATION:Zibaldia");
  }

  @Test
  void aNameWithOneWordThatIsNoCommonWordStays() throws IOException {
    String text = "Il convegno si tenne a Villa Zibaldia in primavera.";
    assertThat(typed(extractor(bundled(ON), NameTypeCounts.none(), text, EntityType.LOCATION, "Villa Zibaldia"), text))
        .containsExactly("LOCATION:Villa Zibaldia");
  }

  @Test
  void unattestedPlacesGoUnlessACueStandsBefore() throws IOException {
    String text = "Il vescovo visitò Zibaldia e poi tornò in Varnessa.";
    String config = ON.replace("unattested-types=none", "unattested-types=LOCATION");
    assertThat(typed(extractor(read(config, "x\t0\t0\t0\t0\t0\n"), NameTypeCounts.none(), text,
        EntityType.LOCATION, "Zibaldia", EntityType.LOCATION, "Varnessa"), text)).containsExactly("LOCATION:Varnessa");
  }

  @Test
  void aModelPlaceOpeningWithAGivenNameIsAPerson() throws IOException {
    String text = "La strada per Zeberto Varnessa era lunga.";
    String config = ON.replace("min-person=0", "min-person=3");
    assertThat(typed(extractor(read(config, "zeberto\t0\t2\t9\t0\t0\n"), NameTypeCounts.none(), text,
        EntityType.LOCATION, "Zeberto Varnessa"), text)).containsExactly("PERSON:Zeberto Varnessa");
    assertThat(typed(extractor(read(config, "zeberto\t0\t2\t9\t0\t2\n"), NameTypeCounts.none(), text,
        EntityType.LOCATION, "Zeberto Varnessa"), text)).as("9 of 11 < 0.9").containsExactly(
        "LOCATION:Zeberto Varnessa");
  }

  @Test
  void acronymsAreNoCommonWords() throws IOException {
    String text = "La ditta ha sedi a Varese (VA) e a Pontificato.";
    assertThat(typed(extractor(read(ON, "va\t50\t0\t0\t0\t0\npontificato\t9\t1\t0\t0\t0\n"),
        NameTypeCounts.none(), text, EntityType.LOCATION, "VA", EntityType.LOCATION, "Pontificato"), text))
        .contains("LOCATION:VA").doesNotContain("LOCATION:Pontificato");
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> read(ON.replace("types=LOCATION PERSON", "types=LOCATION PLACE"), ""))
        .hasMessageContaining("types").hasMessageContaining("'PLACE'");
    assertThatThrownBy(() -> read(ON.replace("types=LOCATION PERSON", "types=DATE"), ""))
        .hasMessageContaining("no name: 'DATE'");
    assertThatThrownBy(() -> read(ON.replace("min-lower-share=0.5", "min-lower-share=1.5"), ""))
        .hasMessageContaining("min-lower-share").hasMessageContaining("1.5");
    assertThatThrownBy(() -> read(ON + "max-lower=3\n", "")).hasMessageContaining("unknown key 'max-lower'");
    assertThatThrownBy(() -> read(ON, "pontificato\t7\n")).hasMessageContaining("words.tsv line 1");
  }

  private static ModelSpanFilter read(String config, String counts) throws IOException {
    return ModelSpanFilter.read(new StringReader(config), "filter.properties", new StringReader(counts), "words.tsv");
  }

  private static ModelSpanFilter bundled(String config) throws IOException {
    try (InputStream in = ModelSpanFilter.class.getResourceAsStream(ModelSpanFilter.WORDS_RESOURCE)) {
      return ModelSpanFilter.read(new StringReader(config), "filter.properties",
          new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8), ModelSpanFilter.WORDS_RESOURCE);
    }
  }

  private static Extractor extractor(ModelSpanFilter filter, NameTypeCounts silver) {
    return extractor(filter, silver, TEXT, MODEL);
  }

  private static Extractor extractor(ModelSpanFilter filter, NameTypeCounts silver, String text, Object... model) {
    return SharedPipeline.with(b -> b.entityRecognizer(HistoryEntityRecognizer.of(spans(text, model),
        HistoryRules.fromClasspath(), HistoryEntityRecognizer.ModelTrust.LISTS, silver, CountedNames.none(), filter))
        );
  }
}
