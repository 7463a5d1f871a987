package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.spans;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Session 20 (branch nerperson20): rulers' names the name finder cut or missed in the event sets' persons: a given
 * name + "di" + a realm is one person, the Roman emperors are listed persons, more epithets. The sentences are written
 * for the test, none is a dev part's; the statistical model is a stub that proposes the spans a test names.
 */
class RulersNamesSession20Test {

  @Test
  void aGivenNameDiARealmIsOnePerson() {
    String text = "Nel 1654 Cristina di Svezia abdicò in favore del cugino.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), text, EntityType.PERSON, "Cristina",
        EntityType.LOCATION, "Svezia"), text)).containsExactly("PERSON:Cristina di Svezia");
    String elided = "Il matrimonio con Isabella d'Aragona fu celebrato a Napoli.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), elided, EntityType.PERSON, "Isabella",
        EntityType.LOCATION, "Aragona"), elided)).contains("PERSON:Isabella d'Aragona");
    assertThat(typed(extractor(PersonWords.none(), text, EntityType.PERSON, "Cristina", EntityType.LOCATION,
        "Svezia"), text)).as("without the given-name counts").containsExactly("PERSON:Cristina", "LOCATION:Svezia");
  }

  @Test
  void theRealmJoinIsASwitchAndNeedsAGivenName() throws IOException {
    String config = bundledConfig();
    String words = "cristina\t7\t4\t2\t1\t0\t0\t16\nfacta\t0\t5\t3\t0\t0\t0\t5\n";
    assertThat(read(config, words).mostlyGivenName("Cristina")).isTrue();
    assertThat(read(config, words).mostlyGivenName("Facta")).as("a surname").isFalse();
    assertThat(read(config.replaceAll("(?m)^realm-names=.*$", "realm-names=false"), words)
        .mostlyGivenName("Cristina")).as("switched off").isFalse();
  }

  @Test
  void aRegnalNumberASurnameOrDaKeepThePlaceApart() {
    String regnal = "Alla corte di Federico II di Svevia lavoravano poeti siciliani.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), regnal, EntityType.PERSON, "Federico II",
        EntityType.LOCATION, "Svevia"), regnal)).containsExactly("PERSON:Federico II", "LOCATION:Svevia");
    String origin = "Alla Camera parlò Facta di Pinerolo contro il governo.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), origin, EntityType.PERSON, "Facta",
        EntityType.LOCATION, "Pinerolo"), origin)).as("a surname and the town of origin")
        .contains("PERSON:Facta", "LOCATION:Pinerolo").doesNotContain("PERSON:Facta di Pinerolo");
    String motion = "Il senato cacciò Arnaldo da Brescia dopo la rivolta.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), motion, EntityType.PERSON, "Arnaldo",
        EntityType.LOCATION, "Brescia"), motion)).as("da is also motion: left apart")
        .containsExactly("PERSON:Arnaldo", "LOCATION:Brescia");
  }

  @Test
  void romanEmperorsAreListedPersons() {
    String text = "La lealtà di Massimiano a Diocleziano fu decisiva, e Gallieno non lo dimenticò.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), text), text))
        .containsExactly("PERSON:Massimiano", "PERSON:Diocleziano", "PERSON:Gallieno");
    String place = "Il rilievo dominante è quello di Monte Nerone, a nord della valle.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), place, EntityType.LOCATION, "Monte Nerone"), place))
        .as("a mountain named after an emperor stays a place").containsExactly("LOCATION:Monte Nerone");
  }

  @Test
  void anEpithetAfterTheArticleBelongsToTheName() {
    String text = "Fu assassinato dal nipote, Giovanni il Parricida, nel 1308.";
    assertThat(typed(extractor(PersonWords.fromClasspath(), text, EntityType.PERSON, "Giovanni"), text))
        .containsExactly("PERSON:Giovanni il Parricida");
  }

  private static String bundledConfig() throws IOException {
    try (InputStream in = PersonWords.class.getResourceAsStream(PersonWords.CONFIG_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static PersonWords read(String config, String words) throws IOException {
    return PersonWords.read(new StringReader(config), "person-words.properties", new StringReader(words),
        "persons.tsv", new StringReader(""), "common.tsv");
  }

  private static Extractor extractor(PersonWords persons, String text, Object... model) {
    return SharedPipeline.with(b -> b.entityRecognizer(HistoryEntityRecognizer.of(spans(text, model),
        HistoryRules.fromClasspath(), HistoryEntityRecognizer.ModelTrust.LISTS, NameTypeCounts.none(),
        CountedNames.none(), ModelSpanFilter.off(), persons)));
  }
}
