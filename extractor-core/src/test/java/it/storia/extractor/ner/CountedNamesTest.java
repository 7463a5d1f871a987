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
 * Session 15 of the names layer: places and organisations the model missed, added from their silver counts
 * ({@code models/bin/name-types.tsv.gz}) when the silver text rarely writes them in lower case
 * ({@code models/bin/name-lower.tsv.gz}). The sentences are written for the test, none is a dev part's.
 */
class CountedNamesTest {

  @Test
  void namesTheModelMissedAreAddedWithTheirCountedType() {
    String text = "Il delegato della Confindustria incontrò a Orvieto i dirigenti della Mediobanca.";
    assertThat(typed(overModel(text), text))
        .containsExactly("ORGANIZATION:Confindustria", "LOCATION:Orvieto", "ORGANIZATION:Mediobanca");
  }

  @Test
  void commonWordsWrittenWithACapitalAreNotAdded() {
    String text = "Il Paese chiedeva allo Stato una legge sul Fondo.";
    assertThat(typed(overModel(text), text)).isEmpty();
  }

  @Test
  void aSpanFoundBeforeIsLeftAsItIs() {
    String text = "Il delegato della Confindustria incontrò i dirigenti della Orvieto Calcio.";
    assertThat(typed(overModel(text, EntityType.ORGANIZATION, "Orvieto Calcio"), text))
        .containsExactly("ORGANIZATION:Confindustria", "ORGANIZATION:Orvieto Calcio");
  }

  @Test
  void withoutCountsNothingIsAdded() {
    String text = "Il delegato della Confindustria incontrò a Orvieto i dirigenti della Mediobanca.";
    Extractor plain = SharedPipeline.with(b -> b
        .entityRecognizer(HistoryEntityRecognizer.of(spans(text), HistoryRules.fromClasspath())));
    assertThat(typed(plain, text)).isEmpty();
  }

  @Test
  void loadReadsTheFilesAndNamesABadValue(@TempDir Path dir) throws IOException {
    Path counts = dir.resolve("c.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(counts))) {
      out.write("zibaldia\t0\t0\t9\t0\t0\t2\t0\n".getBytes(StandardCharsets.UTF_8));
    }
    Path thresholds = dir.resolve("t.properties");
    Files.writeString(thresholds, "min-count=2\nmin-share=0.9\nmin-sources=1\nsurnames=true\n");
    NameTypeCounts typed = NameTypeCounts.load(counts, thresholds);
    Path lower = dir.resolve("l.tsv");
    Files.writeString(lower, "zibaldia\t3\n");
    Path config = dir.resolve("c.properties");
    String good = "min-count=2\nmin-share=0.9\nmin-sources=1\nmax-words=4\nproper-noun=false\n";
    Files.writeString(config, good + "max-lower-share=0.1\n");
    String text = "Il treno arrivò a Zibaldia di sera.";
    assertThat(typed(extractor(text, CountedNames.load(typed, lower, config)), text))
        .as("3 lower of 12: 0.25 > 0.1").isEmpty();
    Files.writeString(config, good + "max-lower-share=0.3\n");
    assertThat(typed(extractor(text, CountedNames.load(typed, lower, config)), text))
        .containsExactly("LOCATION:Zibaldia");
    Files.writeString(config, good + "max-lower-share=1.5\n");
    assertThatThrownBy(() -> CountedNames.load(typed, lower, config)).hasMessageContaining("1.5");
    Files.writeString(config, good + "max-lower-share=0.3\nmin-lower=2\n");
    assertThatThrownBy(() -> CountedNames.load(typed, lower, config)).hasMessageContaining("c.properties:7: unknown key 'min-lower'");
    Files.writeString(config, good.replace("false", "yes") + "max-lower-share=0.3\n");
    assertThatThrownBy(() -> CountedNames.load(typed, lower, config)).hasMessageContaining("yes");
    Files.writeString(lower, "zibaldia\tx\n");
    Files.writeString(config, good + "max-lower-share=0.3\n");
    assertThatThrownBy(() -> CountedNames.load(typed, lower, config)).hasMessageContaining("not a count: x");
    Files.writeString(lower, "zibaldia\t-3\n");
    assertThatThrownBy(() -> CountedNames.load(typed, lower, config)).hasMessageContaining("not a count: -3");
    Files.writeString(lower, "zibaldia\t3\nzibaldia\t4\n");
    assertThatThrownBy(() -> CountedNames.load(typed, lower, config))
        .hasMessageContaining("l.tsv line 2").hasMessageContaining("'zibaldia' is listed twice");
    Files.writeString(lower, "zibaldia\t3\n");
    Files.writeString(config, good + "max-lower-share=0.3\nmax-words=2\n");
    assertThatThrownBy(() -> CountedNames.load(typed, lower, config)).hasMessageContaining("c.properties")
        .hasMessageContaining("max-words");
  }

  private static Extractor extractor(String text, CountedNames counted) {
    return SharedPipeline.with(b -> b.entityRecognizer(HistoryEntityRecognizer.of(spans(text),
        HistoryRules.fromClasspath(), HistoryEntityRecognizer.ModelTrust.LISTS, NameTypeCounts.none(), counted)));
  }
}
