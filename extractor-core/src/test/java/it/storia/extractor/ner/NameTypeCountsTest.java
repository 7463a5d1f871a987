package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.spans;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 14 of the names layer: the type of a name no list or cue reaches, from its counts over the silver corpora
 * ({@code models/bin/name-types.tsv.gz}, {@code dev/name_type_counts.py}). The sentences are written for the test,
 * none is a dev part's.
 */
class NameTypeCountsTest {

  @Test
  void theBundledCountsKnowPlacesAndPersonsTheModelMixesUp() {
    NameTypeCounts counts = NameTypeCounts.fromClasspath();
    assertThat(counts.clearType("Saratov")).contains(EntityType.LOCATION);
    assertThat(counts.clearType("Plutarco")).contains(EntityType.PERSON);
    assertThat(counts.clearType("Pascoli")).as("a surname of longer persons").contains(EntityType.PERSON);
    assertThat(counts.clearType("Ferrari")).as("a firm more than a surname, not clear enough").isEmpty();
    assertThat(counts.clearType("Qwzxv")).isEmpty();
  }

  @Test
  void aModelSpanTakesTheTypeTheCountsMakeClear() {
    String text = "Da Saratov il generale scriveva lettere piene di citazioni di Plutarco.";
    assertThat(typed(overModel(text, EntityType.PERSON, "Saratov", EntityType.LOCATION, "Plutarco"), text))
        .containsExactly("LOCATION:Saratov", "PERSON:Plutarco");
  }

  @Test
  void withoutCountsTheModelsTypeStays() {
    String text = "Da Saratov il generale scriveva lettere piene di citazioni di Plutarco.";
    Extractor plain = SharedPipeline.with(b -> b.entityRecognizer(HistoryEntityRecognizer.of(
        spans(text, EntityType.PERSON, "Saratov", EntityType.LOCATION, "Plutarco"), HistoryRules.fromClasspath()))
        );
    assertThat(typed(plain, text)).containsExactly("PERSON:Saratov", "LOCATION:Plutarco");
  }

  @Test
  void keysFoldAccentsApostrophesAndSpaces() {
    assertThat(NameTypeCounts.key("D’ Annunzio")).isEqualTo("d'annunzio");
    assertThat(NameTypeCounts.key("Kamenëv  Zinov'ev")).isEqualTo("kamenev zinov'ev");
  }

  @Test
  void loadReadsTheFilesAndNamesABadValue(@TempDir Path dir) throws IOException {
    Path counts = dir.resolve("c.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(counts))) {
      out.write("varsavia\t0\t1\t9\t0\t0\t2\t0\nrossi\t1\t0\t1\t1\t0\t1\t6\n".getBytes(StandardCharsets.UTF_8));
    }
    Path config = dir.resolve("t.properties");
    Files.writeString(config, "min-count=2\nmin-share=0.9\nmin-sources=1\nsurnames=true\n");
    NameTypeCounts loaded = NameTypeCounts.load(counts, config);
    assertThat(loaded.clearType("Varsavia")).contains(EntityType.LOCATION);
    assertThat(loaded.clearType("Rossi")).as("1 + 6 PER of 8: 0.875").isEmpty();
    assertThat(loaded.withThresholds(new NameTypeCounts.Thresholds(2, 0.8, 1, true)).clearType("Rossi"))
        .contains(EntityType.PERSON);
    assertThat(loaded.withThresholds(new NameTypeCounts.Thresholds(2, 0.8, 1, false)).clearType("Rossi")).isEmpty();
    Files.writeString(config, "min-count=2\nmin-share=0.4\nmin-sources=1\nsurnames=true\n");
    assertThatThrownBy(() -> NameTypeCounts.load(counts, config)).hasMessageContaining("0.4");
    Files.writeString(config, "min-count=2\nmin-share=0.9\nmin-sources=1\nsurnames=true\n");
    Path plain = dir.resolve("c.tsv");
    Files.writeString(plain, "varsavia\t0\tx\t9\t0\t0\t2\t0\n");
    assertThatThrownBy(() -> NameTypeCounts.load(plain, config)).hasMessageContaining("not a count: x");
  }

  @Test
  void thresholdsRejectUnknownKeysBadBooleansAndNameTheFileAndLine(@TempDir Path dir) throws IOException {
    Path counts = dir.resolve("c.tsv");
    Files.writeString(counts, "varsavia\t0\t1\t9\t0\t0\t2\t0\n");
    Path config = dir.resolve("t.properties");
    Files.writeString(config, "min-count=2\nmin-share=0.9\nmin-sources=1\nsurnames=yes\n");
    assertThatThrownBy(() -> NameTypeCounts.load(counts, config))
        .hasMessageContaining(config + ":4:").hasMessageContaining("surnames").hasMessageContaining("'yes'");
    Files.writeString(config, "min-count=2\nmin-share=0.9\nmin-source=1\nsurnames=true\n");
    assertThatThrownBy(() -> NameTypeCounts.load(counts, config))
        .hasMessageContaining(config + ":3:").hasMessageContaining("unknown key 'min-source'");
    Files.writeString(config, "min-count=2\nmin-share=0.9\nmin-sources=1\nsurnames=true\nmin-count=3\n");
    assertThatThrownBy(() -> NameTypeCounts.load(counts, config))
        .hasMessageContaining(config + ":5:").hasMessageContaining("already set on line 1");
    Files.writeString(config, "min-count=2\nmin-share=0.9\nsurnames=true\n");
    assertThatThrownBy(() -> NameTypeCounts.load(counts, config))
        .hasMessageContaining(config.toString()).hasMessageContaining("missing key 'min-sources'");
    Files.writeString(config, "min-count=2\nmin-share=0.9\nmin-sources=1\nsurnames=true\n");
    Files.writeString(counts, "varsavia\t0\t1\t9\t0\t0\t2\t0\nvarsavia\t0\t1\t8\t0\t0\t2\t0\n");
    assertThatThrownBy(() -> NameTypeCounts.load(counts, config))
        .hasMessageContaining(counts + " line 2").hasMessageContaining("'varsavia' is listed twice");
  }

  @Test
  void keysFoldCaseAccentsApostrophesAndSpaces() {
    assertThat(NameTypeCounts.key("Roma")).isEqualTo("roma");
    assertThat(NameTypeCounts.key("Città del Vaticano")).isEqualTo("citta del vaticano");
    assertThat(NameTypeCounts.key("Dell' Italia")).isEqualTo("dell'italia");
    assertThat(NameTypeCounts.key("Dell’ Italia")).isEqualTo("dell'italia");
    assertThat(NameTypeCounts.key(" Roma ")).isEqualTo("roma");
    assertThat(NameTypeCounts.key("Alma  Ata")).isEqualTo("alma ata");
    assertThat(NameTypeCounts.key("San\tMarino\n")).isEqualTo("san marino");
    assertThat(NameTypeCounts.key("")).isEmpty();
  }
}
