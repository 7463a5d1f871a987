package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.at;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.Extractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 6 of the genre layer: patronymics, elided articles, party names, linked and possessed bodies. */
class RussianNamesAndPartiesTest {

  private static List<Entity> rulesOnly(String text) {
    return RulesOnly.extractor().extract(text).entities();
  }

  @Test
  void aGivenNameWithItsPatronymicIsAPerson() {
    String text = "Lev Davidovič rispose subito alla lettera. Secondo Nadežda Konstantinovna il congresso doveva "
        + "decidere. Nel 1904 il giovane Sergej Mironovič Kostrikov prese il nome di Kirov. Vladimir Il'ič tacque.";
    List<Entity> found = rulesOnly(text);
    for (String person : List.of("Lev Davidovič", "Nadežda Konstantinovna", "Sergej Mironovič Kostrikov",
        "Vladimir Il'ič")) {
      assertThat(at(text, person, found).type()).as(person).isEqualTo(EntityType.PERSON);
    }
  }

  @Test
  void anElidedArticleIsNoName() {
    String text = "Il principe L'vov formò il governo provvisorio. L'ammiraglio Kolčak fu fucilato a Irkutsk.";
    List<Entity> found = rulesOnly(text);
    assertThat(found).extracting(Entity::text).doesNotContain("L'", "L'vov");
    assertThat(at(text, "Kolčak", found).type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aPartyNameKeepsItsParenthesisedAdjective() {
    String text = "Il X Congresso del Partito comunista russo (bolscevico) vietò le frazioni.";
    assertThat(at(text, "X Congresso del Partito comunista russo (bolscevico)", rulesOnly(text)).type())
        .isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void onlyPartyNounsMakeLowerCasePartyNames() {
    String text = "La prima prova del nuovo parlamento popolare è passata e con essa quella del club popolare "
        + "italiano. Il partito è affiliato all'internazionale comunista.";
    Extractor extractor = ModelStub.overModel(text, EntityType.ORGANIZATION, "parlamento popolare");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(at(text, "club popolare italiano", found).type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(at(text, "internazionale comunista", found).type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(found).extracting(Entity::text).doesNotContain("parlamento popolare");
  }

  @Test
  void aModelSpanOfAnArticleAndLowerCaseWordsIsNoName() {
    String text = "Gli aerei sovietici restarono al suolo. L'attacco tedesco distrusse gran parte delle forze aeree.";
    Extractor extractor = ModelStub.overModel(text, EntityType.ORGANIZATION, "L'attacco tedesco");
    assertThat(extractor.extract(text).entities()).isEmpty();
  }

  @Test
  void perJoinsABodyToTheCapitalisedRestOfItsName() {
    String text = "Non potei accettare l'invito del Comitato per le Grandes Conférences Catholiques. "
        + "La Commissione per Trieste si riunì il giorno dopo.";
    List<Entity> found = rulesOnly(text);
    assertThat(at(text, "Comitato per le Grandes Conférences Catholiques", found).type())
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(at(text, "Trieste", found).type()).as("a listed place stays outside").isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aBodyAfterAPossessiveAndChurchesWithTheirConfession() {
    String text = "Le condizioni attuali del nostro Parlamento sono note. La popolazione doveva lealtà alla Chiesa "
        + "ortodossa russa e la Chiesa cattolica taceva.";
    List<Entity> found = rulesOnly(text);
    assertThat(at(text, "Parlamento", found).type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(at(text, "Chiesa ortodossa russa", found).type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(at(text, "Chiesa cattolica", found).type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void aSentenceOpeningArticleDoesNotMakeAPlaceANewspaper() {
    String text = "Il Trentino è oramai completamente fascistizzato. Lo scrisse ieri «Il Trentino» in prima pagina.";
    List<Entity> found = rulesOnly(text);
    assertThat(at(text, "Trentino", found).type()).isEqualTo(EntityType.LOCATION);
    int paper = text.lastIndexOf("Il Trentino");
    assertThat(found).anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.begin() == paper
        && e.end() == paper + "Il Trentino".length());
  }

  @Test
  void aPersonAfterAListedBodyInAModelOrganisationIsSplitOff() {
    String text = "Il capo dell'OGPU Menžinskij morì nel 1934.";
    Extractor extractor = ModelStub.overModel(text, EntityType.ORGANIZATION, "OGPU Menžinskij");
    List<Entity> found = extractor.extract(text).entities();
    assertThat(at(text, "OGPU", found).type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(at(text, "Menžinskij", found).type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void twoNamesSplitByACommaAloneAreNoEnumeration() {
    String text = "E di tale primato avete coscienza fin da quando durante il Kultur-Kampf, Bismarck lanciava un "
        + "grido di allarme. Alla conferenza parlarono Bismarck, Kulmann e Andrassy.";
    Extractor extractor = ModelStub.overModel(text, EntityType.LOCATION, "Kultur");
    List<Entity> found = extractor.extract(text).entities();
    int kampf = text.indexOf("Kultur-Kampf");
    assertThat(found).noneMatch(e -> e.type() == EntityType.PERSON && e.overlaps(kampf, kampf + 12));
    assertThat(at(text, "Kulmann", found).type()).isEqualTo(EntityType.PERSON);
    assertThat(at(text, "Andrassy", found).type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aSoftSignEndsANameButAnElidedArticleIsNone() {
    HistoryRules rules = HistoryRules.fromClasspath();
    assertThat(rules.isNameWord("Gogol'")).isTrue();
    assertThat(rules.isNameWord("Astrachan'")).isTrue();
    assertThat(rules.isNameWord("L'")).isFalse();
    assertThat(rules.isNameWord("Dell'")).isFalse();
    assertThat(rules.isNameWord("Un'")).isFalse();
  }

  @Test
  void aProperNounOpeningASentenceJoinsAListOfPersons() {
    String text = "Šackin e Bucharin tacquero. Mosca e Bucharin furono d'accordo.";
    List<Entity> found = rulesOnly(text);
    assertThat(at(text, "Šackin", found).type()).isEqualTo(EntityType.PERSON);
    assertThat(at(text, "Mosca", found).type()).isEqualTo(EntityType.LOCATION);
  }
}
