package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 8 of the names layer (the general fixes that dev part J's first measurement suggested): no persons from a
 * "fra X e Y" pair of common nouns nor spread from a one-word common noun, the model's longer span kept where the
 * rules would only cut it, saints as persons, and titles and numbered headings stripped from spans of every type.
 */
class PairsSpansAndHeadingsTest {

  @Test
  void aPairOfCommonNounsAfterFraIsNoPerson() {
    String text = "La legge regola i rapporti fra Stato e Provincie nella materia dei lavori pubblici. Occorre "
        + "unità fra Provincia e Comuni, e lo Stato non deve mancare. Ne ha parlato fra Cristoforo nella predica.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).noneMatch(s -> s.startsWith("PERSON:") && !s.equals("PERSON:Cristoforo"));
    assertThat(found).contains("PERSON:Cristoforo");
  }

  @Test
  void aOneWordPersonThatTheDocumentWritesInLowerCaseIsNotSpread() {
    String text = "Lo disse Regione al congresso. La regione ha i suoi organi. Il nascere della Regione non toglie "
        + "nulla. Lo ripeté Bixio alla Camera, e Bixio fu applaudito.";
    // without the silver name counts, which make "Regione" a place (session 14): this test is about spreading
    Extractor extractor = SharedPipeline.with(b -> b.entityRecognizer(HistoryEntityRecognizer.of(
        ModelStub.spans(text, EntityType.PERSON, "Regione", EntityType.PERSON, "Bixio"),
        HistoryRules.fromClasspath())));
    List<String> found = typed(extractor, text);
    assertThat(found.stream().filter(s -> s.equals("PERSON:Regione"))).hasSize(1);
    assertThat(found.stream().filter(s -> s.equals("PERSON:Bixio"))).hasSize(2);
  }

  @Test
  void theModelsLongerOrganisationStandsWhereTheRulesWouldOnlyCutLowerCaseWords() {
    String text = "Il Partito d'azione lasciò il governo. Ne parlò Cavour al Parlamento subalpino.";
    Extractor extractor = overModel(text, EntityType.ORGANIZATION, "Partito d'azione", EntityType.ORGANIZATION,
        "Parlamento subalpino");
    List<String> found = typed(extractor, text);
    assertThat(found).contains("ORGANIZATION:Partito d'azione", "ORGANIZATION:Parlamento subalpino")
        .doesNotContain("ORGANIZATION:Parlamento", "ORGANIZATION:Partito");
    assertThat(typed(RulesOnly.extractor(), text)).contains("ORGANIZATION:Partito");
  }

  @Test
  void aSaintTheModelCallsAPersonIsOneUnlessAPlaceCuePrecedes() {
    String text = "Come insegnava S. Tommaso nella Summa, la legge è ordinata al bene comune. Il vescovo andò a "
        + "S. Tommaso per la festa.";
    int second = text.lastIndexOf("S. Tommaso");
    Extractor extractor = overModel(text, EntityType.PERSON, "S. Tommaso");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(found).anyMatch(e -> e.type() == EntityType.PERSON && e.text().equals("S. Tommaso")
        && e.begin() < second);
    assertThat(found).anyMatch(e -> e.type() == EntityType.LOCATION && e.begin() == second);
    assertThat(typed(RulesOnly.extractor(), text)).contains("LOCATION:S. Tommaso");
  }

  @Test
  void aListedCityAfterAProfessionNounIsAPerson() {
    String text = "Vi insegnava allora il celebre linguista Ascoli con due allievi. La corte d'appello di Ascoli "
        + "respinse il ricorso.";
    assertThat(typed(RulesOnly.extractor(), text)).containsExactly("PERSON:Ascoli", "LOCATION:Ascoli");
  }

  @Test
  void abbreviatedTitlesAreNoOrganisation() {
    String text = "Nella seduta il Cons. D.r Rossi si astiene. Il Cons. Avv. Bianchi vota contro.";
    Extractor extractor = overModel(text, EntityType.ORGANIZATION, "Cons. D.r", EntityType.ORGANIZATION,
        "Cons. Avv.");
    assertThat(typed(extractor, text)).noneMatch(s -> s.startsWith("ORGANIZATION:"));
  }

  @Test
  void aRomanNumberedHeadingIsNoInitial() {
    String text = "II. Elezione del sindaco. Il consiglio si riunì. IV. Dimissioni del Podestà. La seduta fu tolta.";
    assertThat(typed(RulesOnly.extractor(), text)).noneMatch(s -> s.contains("Dimissioni") || s.contains("Elezione"));
    String names = "IV. Stalin parlò al congresso.";
    assertThat(typed(RulesOnly.extractor(), names)).contains("PERSON:IV. Stalin");
  }
}
