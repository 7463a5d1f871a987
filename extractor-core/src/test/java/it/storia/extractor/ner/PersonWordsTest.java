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
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 18: given names from silver counts ({@link PersonWords}) over the bundled counts
 * ({@code models/bin/person-words.tsv.gz}, {@code common-words.tsv.gz}) and configuration. The sentences are written
 * for the test, none is a dev part's.
 */
class PersonWordsTest {
  private static final String TEXT = "L'articolo sul terrorismo fu scritto da Walter Tobagi nel 1978.";

  @Test
  void aGivenNameAndACapitalisedWordNoSpanCoversAreAPerson() {
    assertThat(typed(extractor(PersonWords.fromClasspath(), NameTypeCounts.none(), TEXT), TEXT))
        .containsExactly("PERSON:Walter Tobagi");
    assertThat(typed(extractor(PersonWords.none(), NameTypeCounts.none(), TEXT), TEXT)).isEmpty();
    assertThat(PersonWords.fromClasspath().enabled()).as("the bundled step is on").isTrue();
  }

  @Test
  void aModelPlaceOrOrganisationOpeningWithAGivenNameIsAPerson() {
    assertThat(typed(extractor(PersonWords.fromClasspath(), NameTypeCounts.none(), TEXT, EntityType.LOCATION,
        "Walter Tobagi"), TEXT)).containsExactly("PERSON:Walter Tobagi");
    assertThat(typed(extractor(PersonWords.fromClasspath(), NameTypeCounts.none(), TEXT, EntityType.ORGANIZATION,
        "Walter Tobagi"), TEXT)).containsExactly("PERSON:Walter Tobagi");
    assertThat(typed(extractor(PersonWords.none(), NameTypeCounts.none(), TEXT, EntityType.LOCATION,
        "Walter Tobagi"), TEXT)).containsExactly("LOCATION:Walter Tobagi");
  }

  @Test
  void aNameTheSilverCountsKnowAsAPlaceStaysAPlace(@TempDir Path dir) throws IOException {
    Path counts = dir.resolve("c.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(counts))) {
      out.write("walter tobagi\t0\t0\t1\t0\t0\t0\t0\n".getBytes(StandardCharsets.UTF_8));
    }
    Path thresholds = dir.resolve("t.properties");
    Files.writeString(thresholds, "min-count=9\nmin-share=0.9\nmin-sources=1\nsurnames=true\n");
    NameTypeCounts silver = NameTypeCounts.load(counts, thresholds);
    assertThat(typed(extractor(PersonWords.fromClasspath(), silver, TEXT, EntityType.LOCATION, "Walter Tobagi"),
        TEXT)).containsExactly("LOCATION:Walter Tobagi");
    assertThat(typed(extractor(PersonWords.fromClasspath(), silver, TEXT), TEXT)).isEmpty();
  }

  @Test
  void notAfterAStopWord() {
    String text = "Nel 2005 la giovane cronista vinse il premio Walter Tobagi per un'inchiesta.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), NameTypeCounts.none(), text), text))
        .doesNotContain("PERSON:Walter Tobagi");
    assertThat(typed(extractor(PersonWords.fromClasspath(), NameTypeCounts.none(), text, EntityType.ORGANIZATION,
        "Walter Tobagi"), text)).containsExactly("ORGANIZATION:Walter Tobagi");
  }

  @Test
  void commonWordsPlaceWordsAndWeakGivenNamesMakeNoPerson() throws IOException {
    String config = bundledConfig();
    String persons = "walter\t18\t0\t0\t0\t0\t0\t16\nsan\t12\t0\t0\t227\t146\t3\t252\n";
    assertThat(typed(extractor(read(config, persons, ""), NameTypeCounts.none(), TEXT), TEXT))
        .containsExactly("PERSON:Walter Tobagi");
    assertThat(typed(extractor(read(config, persons, "tobagi\t40\t2\t0\t0\t0\n"), NameTypeCounts.none(), TEXT),
        TEXT)).as("Tobagi a common word").isEmpty();
    assertThat(typed(extractor(read(config, persons, "tobagi\t0\t5\t1\t0\t4\n"), NameTypeCounts.none(), TEXT),
        TEXT)).as("Tobagi a place word").isEmpty();
    assertThat(typed(extractor(read(config, "walter\t18\t0\t0\t0\t0\t30\t16\n", ""), NameTypeCounts.none(), TEXT),
        TEXT)).as("18 of 48 < 0.5").isEmpty();
    assertThat(read(config, persons, "").givenName("Walter")).isTrue();
    assertThat(read(config, persons, "").givenName("San")).as("San: 12 of 161").isFalse();
    assertThat(PersonWords.fromClasspath().givenName("Giovanni")).isTrue();
    assertThat(PersonWords.fromClasspath().givenName("Don")).as("a title, mostly lower case").isFalse();
    assertThat(read(config, "el\t40\t0\t0\t0\t0\t0\t0\n", "").givenName("El")).as("two letters").isFalse();
  }

  @Test
  void aGivenNameBeforeAPersonOpensIt() {
    String text = "Il motore a campo magnetico rotante fu ideato da Galileo Ferraris nel 1885.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), NameTypeCounts.none(), text, EntityType.PERSON,
        "Ferraris"), text)).containsExactly("PERSON:Galileo Ferraris");
    assertThat(typed(extractor(PersonWords.none(), NameTypeCounts.none(), text, EntityType.PERSON, "Ferraris"),
        text)).containsExactly("PERSON:Ferraris");
  }

  @Test
  void aPersonOpeningWithOtherCapitalisedWordsStartsAtItsGivenName() {
    String text = "Ieri Walter Tobagi scrisse un articolo sul terrorismo.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), NameTypeCounts.none(), text, EntityType.PERSON,
        "Ieri Walter Tobagi"), text)).as("Ieri, a common word").containsExactly("PERSON:Walter Tobagi");
    String unknown = "Lo scrittore Anton Giulio Barrili fondò un giornale.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), NameTypeCounts.none(), unknown, EntityType.PERSON,
        "Anton Giulio Barrili"), unknown)).as("an unknown word before the given name")
        .containsExactly("PERSON:Anton Giulio Barrili");
    String saint = "La festa di San Giovanni Bosco cade il 31 gennaio.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), NameTypeCounts.none(), saint, EntityType.PERSON,
        "San Giovanni Bosco"), saint)).as("a saint keeps its prefix").containsExactly("PERSON:San Giovanni Bosco");
    String given = "Nel 1917 Vittorio Emanuele Orlando divenne presidente del Consiglio.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), NameTypeCounts.none(), given, EntityType.PERSON,
        "Vittorio Emanuele Orlando"), given)).as("a given name before the inner one").contains(
        "PERSON:Vittorio Emanuele Orlando");
  }

  @Test
  void switchedOffNothingChanges() throws IOException {
    String config = bundledConfig().replaceAll("(?m)^min-given=.*$", "min-given=0");
    assertThat(read(config, "", "").enabled()).isFalse();
    assertThat(typed(extractor(read(config, "walter\t18\t0\t0\t0\t0\t0\t16\n", ""), NameTypeCounts.none(), TEXT,
        EntityType.LOCATION, "Walter Tobagi"), TEXT)).containsExactly("LOCATION:Walter Tobagi");
  }

  @Test
  void badValuesAreNamed() throws IOException {
    String config = bundledConfig();
    assertThatThrownBy(() -> read(config.replaceAll("(?m)^retype-types=.*$", "retype-types=LOCATION PERSON"), "",
        "")).hasMessageContaining("retype-types").hasMessageContaining("'PERSON'");
    assertThatThrownBy(() -> read(config.replaceAll("(?m)^min-given-share=.*$", "min-given-share=1.5"), "", ""))
        .hasMessageContaining("min-given-share").hasMessageContaining("1.5");
    assertThatThrownBy(() -> read(config.replaceAll("(?m)^max-words=.*$", "max-words=1"), "", ""))
        .hasMessageContaining("max-words").hasMessageContaining("1");
    assertThatThrownBy(() -> read(config + "min-surname=3\n", "", ""))
        .hasMessageContaining("unknown key 'min-surname'");
    assertThatThrownBy(() -> read(config.replaceAll("(?m)^min-given-letters=.*$", "min-given-letters=0"), "", ""))
        .hasMessageContaining("min-given-letters").hasMessageContaining("0");
    assertThatThrownBy(() -> read(config, "walter\t18\n", "")).hasMessageContaining("persons.tsv line 1");
  }

  private static String bundledConfig() throws IOException {
    try (InputStream in = PersonWords.class.getResourceAsStream(PersonWords.CONFIG_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static PersonWords read(String config, String persons, String common) throws IOException {
    return PersonWords.read(new StringReader(config), "person-words.properties", new StringReader(persons),
        "persons.tsv", new StringReader(common), "common.tsv");
  }

  private static Extractor extractor(PersonWords persons, NameTypeCounts silver, String text, Object... model) {
    return SharedPipeline.with(b -> b.entityRecognizer(HistoryEntityRecognizer.of(spans(text, model),
        HistoryRules.fromClasspath(), HistoryEntityRecognizer.ModelTrust.LISTS, silver, CountedNames.none(),
        ModelSpanFilter.off(), persons)));
  }
}
