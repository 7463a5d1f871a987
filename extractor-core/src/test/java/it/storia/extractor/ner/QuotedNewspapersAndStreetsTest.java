package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.overModel;
import static it.storia.extractor.ner.ModelStub.typed;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.pipeline.SharedPipeline;
import it.storia.extractor.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 10 of the names layer (the general fixes after dev part L's first measurement, De Gasperi prose): newspapers
 * quoted with an article, one-word quoted titles of the model, a surname the model types as a place after the full
 * name, streets with an articled "of", valleys with a lower-case "val", a plan named after a person, a patronymic
 * that a detokenised corpus split at its apostrophe, and a body whose words an editor completed in brackets. The
 * sentences are written for the test in the style of the period or of the corpora, none is part L's.
 */
class QuotedNewspapersAndStreetsTest {

  @Test
  void aListedPlaceQuotedAfterAnArticleIsTheNewspaperInTheWholeDocument() {
    String text = "Il deputato mandò una rettifica all’«Alto Adige», che non la stampò. Come scriveva «l’Alto "
        + "Adige» il giorno dopo, il comizio era fallito. Ma l'Alto Adige tacque sul resto.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).filteredOn(s -> s.endsWith("Alto Adige"))
        .containsExactly("ORGANIZATION:Alto Adige", "ORGANIZATION:Alto Adige", "ORGANIZATION:Alto Adige");
  }

  @Test
  void aQuotedPlaceWithoutAnArticleStaysAPlace() {
    String text = "Il grido «Brennero» risuonò nella sala, e la folla partì per Trento.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("LOCATION:Brennero", "LOCATION:Trento")
        .noneMatch(s -> s.startsWith("ORGANIZATION:"));
  }

  @Test
  void aOneWordTitleTheModelQuotesAsAnOrganisationIsKept() {
    String text = "Secondo il «Progresso», i voti furono pochi, e il «Progresso» lo ripeté il giorno dopo.";
    Extractor extractor = overModel(text, EntityType.ORGANIZATION, "Progresso");
    assertThat(typed(extractor, text)).contains("ORGANIZATION:Progresso");
    assertThat(typed(overModel("Progresso e libertà erano le parole del giorno.", EntityType.ORGANIZATION,
        "Progresso"), "Progresso e libertà erano le parole del giorno.")).isEmpty();
  }

  @Test
  void aSurnameTheModelTypesAsAPlaceAfterTheFullNameIsThePerson() {
    String text = "La proposta fu formulata da Paolo Benvenuti, deputato di Lucca. I temi proposti da Benvenuti "
        + "furono discussi a lungo.";
    assertThat(typed(lastOccurrence(text, EntityType.PERSON, "Paolo Benvenuti", EntityType.LOCATION, "Benvenuti"),
        text)).contains("PERSON:Paolo Benvenuti", "PERSON:Benvenuti").doesNotContain("LOCATION:Benvenuti");
    String before = "A Montano si votò per la lista. Il sindaco Giorgio Montano parlò alla folla.";
    assertThat(typed(overModel(before, EntityType.LOCATION, "Montano", EntityType.PERSON, "Giorgio Montano"),
        before)).contains("LOCATION:Montano", "PERSON:Giorgio Montano");
  }

  @Test
  void aStreetWithAnArticledOfAndAValleyWithALowerCaseValArePlaces() {
    String text = "Il corteo passò per via della Torre Vanga e piazza dei Cinquecento, poi partì via del Brennero "
        + "per Innsbruck. Tornò in val Rendena dopo una settimana.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).contains("LOCATION:via della Torre Vanga", "LOCATION:piazza dei Cinquecento",
        "LOCATION:Brennero", "LOCATION:Innsbruck", "LOCATION:val Rendena")
        .noneMatch(s -> s.contains("via del Brennero")).noneMatch(s -> s.startsWith("ORGANIZATION:"));
  }

  @Test
  void aPlanNamedAfterAPersonGivesThePerson() {
    String text = "Il Piano Marshall portò aiuti all'Italia.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("PERSON:Marshall")
        .noneMatch(s -> s.startsWith("ORGANIZATION:"));
  }

  @Test
  void aPatronymicSplitAtItsApostropheIsOnePerson() {
    String text = "Il trattato fu firmato da Sergej Jul 'evič Vitte a Mosca.";
    assertThat(typed(RulesOnly.extractor(), text)).contains("PERSON:Sergej Jul 'evič Vitte", "LOCATION:Mosca");
    Extractor extractor = overModel(text, EntityType.PERSON, "Sergej Jul");
    assertThat(typed(extractor, text)).contains("PERSON:Sergej Jul 'evič Vitte").doesNotContain("PERSON:Sergej Jul");
  }

  @Test
  void aBodyWhoseWordsTheEditorCompletedInBracketsIsOneOrganisation() {
    String text = "La D.[irezione] decise di convocare il P[artito] p[opolare] i[taliano] a Roma, come scrisse "
        + "G[iuseppe] al fratello.";
    List<String> found = typed(RulesOnly.extractor(), text);
    assertThat(found).contains("ORGANIZATION:D.[irezione]", "ORGANIZATION:P[artito] p[opolare] i[taliano]")
        .noneMatch(s -> s.contains("G[iuseppe]"));
  }

  /** The layer over a model stub that returns each (type, surface) at the surface's last occurrence. */
  private static Extractor lastOccurrence(String text, Object... typeAndSurface) {
    EntityRecognizer model = (AnalyzedText t) -> {
      List<Entity> out = new java.util.ArrayList<>();
      for (int i = 0; i < typeAndSurface.length; i += 2) {
        String surface = (String) typeAndSurface[i + 1];
        int b = text.lastIndexOf(surface);
        out.add(Entity.name((EntityType) typeAndSurface[i], surface, b, b + surface.length(), t.sentenceAt(b), 0.8));
      }
      out.sort(java.util.Comparator.comparingInt(Entity::begin));
      return out;
    };
    return SharedPipeline.with(b -> b.entityRecognizer(HistoryEntityRecognizer.over(model)));
  }
}
