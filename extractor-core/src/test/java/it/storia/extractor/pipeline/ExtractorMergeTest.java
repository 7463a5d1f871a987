package it.storia.extractor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.ner.EntityRecognizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@link Extractor} merges names and dates: names win where they overlap a date, except a one-word name
 * inside a century or decade date ("il Trecento", "gli anni Venti") or inside a longer date with a month ("nel mese
 * di Giugno"), which the date replaces. The name stage is a
 * stub that tags given words as ORGANIZATION, as the statistical name finder did with "Trecento".
 */
class ExtractorMergeTest {
  private static final String TEXT =
      "Dante fu il grande uomo del Trecento. Negli anni Venti il 1924 fu l'anno del Concordato Ottocento.";

  /** A recogniser that tags every occurrence of the given words as ORGANIZATION. */
  private static EntityRecognizer tagging(String... words) {
    return text -> {
      List<Entity> out = new ArrayList<>();
      for (String w : words) {
        for (int i = text.original().indexOf(w); i >= 0; i = text.original().indexOf(w, i + 1)) {
          out.add(new Entity(EntityType.ORGANIZATION, w, i, i + w.length(), text.sentenceAt(i), null, null, null,
              null));
        }
      }
      out.sort(java.util.Comparator.comparingInt(Entity::begin));
      return out;
    };
  }

  private static ExtractedDocument extract(String... orgs) {
    return SharedPipeline.with(b -> b.entityRecognizer(tagging(orgs))).extract(TEXT);
  }

  private static List<String> of(ExtractedDocument doc, EntityType type) {
    return doc.entities().stream().filter(e -> e.type() == type).map(e -> e.text() + "=" + e.value()).toList();
  }

  @Test
  void aCenturyOrDecadeDateBeatsAOneWordNameInsideIt() {
    ExtractedDocument doc = extract("Trecento", "Venti");
    assertThat(of(doc, EntityType.DATE)).contains("Trecento=13", "anni Venti=192");
    assertThat(of(doc, EntityType.ORGANIZATION)).isEmpty();
    assertThat(doc.referents()).allSatisfy(r -> assertThat(r.mentions()).isNotEmpty().allSatisfy(
        m -> assertThat(doc.entities().get(m).type()).isEqualTo(r.type())));
  }

  @Test
  void aNameStillBeatsAYearAndAMultiWordNameBeatsACentury() {
    ExtractedDocument doc = extract("1924", "Concordato Ottocento");
    assertThat(of(doc, EntityType.ORGANIZATION)).containsExactly("1924=null", "Concordato Ottocento=null");
    assertThat(of(doc, EntityType.DATE)).doesNotContain("1924=1924", "Ottocento=18").contains("Trecento=13");
    assertThat(doc.referents()).allSatisfy(r -> assertThat(r.mentions()).allSatisfy(
        m -> assertThat(doc.entities().get(m).type()).isEqualTo(EntityType.ORGANIZATION)));
  }

  @Test
  void aRangeOfCenturiesBeatsAOneWordNameInsideIt() {
    String text = "Tra il XIX e il XX secolo la Russia cambiò. Nel VII secolo a.C. nacque la città.";
    ExtractedDocument doc = SharedPipeline.with(b -> b.entityRecognizer(tagging("XIX", "VII"))).extract(text);
    assertThat(of(doc, EntityType.DATE)).containsExactly("Tra il XIX e il XX secolo=18/19", "VII secolo a.C.=BC06");
    assertThat(of(doc, EntityType.ORGANIZATION)).isEmpty();
  }

  @Test
  void aDateWithAMonthBeatsACapitalisedMonthNameInsideIt() {
    String text = "Nel mese di Giugno 1925 Trotsky partì; il 2 Maggio tornò a Mosca.";
    ExtractedDocument doc = SharedPipeline.with(b -> b.entityRecognizer(tagging("Giugno", "Maggio", "Mosca")))
        .extract(text);
    assertThat(of(doc, EntityType.DATE)).containsExactly("mese di Giugno 1925=1925-06", "2 Maggio=1925-05-02");
    assertThat(of(doc, EntityType.ORGANIZATION)).containsExactly("Mosca=null");
  }

  @Test
  void aMonthDateDoesNotBeatANameThatIsTheWholeSpanOrHasDigits() {
    String text = "Il 1924 fu l'anno del Concordato. Il 3 gennaio 1925 parlò Mussolini.";
    ExtractedDocument doc = SharedPipeline.with(b -> b.entityRecognizer(tagging("3", "1924"))).extract(text);
    assertThat(of(doc, EntityType.ORGANIZATION)).containsExactly("1924=null", "3=null");
    assertThat(of(doc, EntityType.DATE)).doesNotContain("3 gennaio 1925=1925-01-03", "1924=1924");
  }

  @Test
  void aDayOfAKnownYearWithoutDigitsBeatsANameOfExactlyItsSpan() {
    String text = "Siamo nel mattino del 9 aprile 1300 (Sabato Santo), o secondo altri del 26 marzo 1300. Aprile partì.";
    ExtractedDocument doc = SharedPipeline.with(b -> b.entityRecognizer(tagging("Sabato Santo", "Aprile", "Sabato")))
        .extract(text);
    assertThat(of(doc, EntityType.DATE)).containsExactly("9 aprile 1300=1300-04-09", "Sabato Santo=1300-04-09",
        "26 marzo 1300=1300-03-26");
    assertThat(of(doc, EntityType.ORGANIZATION)).containsExactly("Aprile=null");
  }
}
