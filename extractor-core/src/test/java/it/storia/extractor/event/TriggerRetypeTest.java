package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Triggers listed under one type that the type definitions read as another (docs/events.md, "Session 13b: triggers
 * read as the wrong type"): an expulsion from several countries and a people driven out are EXILE; the fall of a
 * listed historical state (a LOCATION "Repubblica ...") is a REMOVAL as the fall of an organisation is.
 */
class TriggerRetypeTest {
  private static final PatternEventExtractor EXTRACTOR = PatternEventExtractor.fromClasspath();

  private static List<String> types(String text, String... entities) {
    return Texts.types(EXTRACTOR, text, entities);
  }

  @Test
  void anExpulsionFromSeveralCountriesIsExile() {
    assertThat(types("Molti commercianti furono minacciati di espulsione da vari paesi del Levante."))
        .containsExactly("EXILE");
    assertThat(types("Furono espulsi da diversi stati europei.")).containsExactly("EXILE");
    assertThat(types("Fu espulso dal partito nel 1927.", "DATE:1927=1927")).containsExactly("EXPULSION");
  }

  @Test
  void aPeopleDrivenOutIsExile() {
    assertThat(types("Gli insorti hanno cacciato i tedeschi dalla città.")).containsExactly("EXILE");
    assertThat(types("Dopo la cacciata degli invasori il regno tornò unito.")).containsExactly("EXILE");
    Event driven = Texts.events(EXTRACTOR, "Marco Polo partì. Dopo la cacciata dei saraceni la valle era deserta.",
        "PER:Marco Polo").get(0);
    assertThat(driven.type()).isEqualTo("EXILE");
    assertThat(driven.arguments()).singleElement().satisfies(a -> {
      assertThat(a.role()).isEqualTo("patient");
      assertThat(a.text()).isEqualTo("saraceni");
    });
    assertThat(types("Il segretario fu cacciato dal partito.")).containsExactly("EXPULSION");
    assertThat(types("Cacciarono i cinghiali nei boschi del feudo.")).isEmpty();
  }

  @Test
  void theFallOfAListedStateIsARemoval() {
    assertThat(types("Dopo la caduta della Repubblica Sociale Italiana tornò a Milano.",
        "LOC:Repubblica Sociale Italiana", "LOC:Milano")).containsExactly("REMOVAL");
    assertThat(types("Dopo la caduta della Repubblica Sociale Italiana tornò a Milano.",
        "ORG:Repubblica Sociale Italiana", "LOC:Milano")).containsExactly("REMOVAL");
    assertThat(types("Dopo la caduta della Francia tornò a Milano.", "LOC:Francia", "LOC:Milano")).isEmpty();
  }
}
