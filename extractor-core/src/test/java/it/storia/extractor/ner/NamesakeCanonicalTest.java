package it.storia.extractor.ner;

import static it.storia.extractor.ner.ModelStub.at;
import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.pipeline.Extractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical names of persons who share a surname with a listed person but not the listed person's given name. */
class NamesakeCanonicalTest {
  private static final String TEXT = "Paolo Mauri fu eletto deputato nel 1921. "
      + "Sergej Kamenev comandava l'Armata Rossa; L.B. Kamenev fu espulso e Kamenev protestò. "
      + "Gregorio Zinoviev e Giuseppe Stalin tacquero. Carlo Lueger era sindaco di Vienna. "
      + "Il Segr. Scelba parlò.";

  private static String canonical(List<Entity> found, String surface, int from) {
    int b = TEXT.indexOf(surface, from);
    return found.stream().filter(e -> e.begin() == b && e.end() == b + surface.length()).findFirst()
        .orElseThrow(() -> new AssertionError("no entity spans '" + surface + "' at " + b)).canonical();
  }

  @Test
  void aNamesakeWithAnotherGivenNameIsNotTheListedPerson() {
    Extractor extractor = ModelStub.overModel(TEXT, EntityType.PERSON, "Paolo Mauri", EntityType.PERSON,
        "Sergej Kamenev", EntityType.PERSON, "Gregorio Zinoviev", EntityType.PERSON, "Giuseppe Stalin",
        EntityType.PERSON, "Carlo Lueger", EntityType.PERSON, "Segr. Scelba");
    List<Entity> found = extractor.extract(TEXT).entities();
    assertThat(at(TEXT, "Paolo Mauri", found).canonical()).isEqualTo("Paolo Mauri");
    assertThat(at(TEXT, "Sergej Kamenev", found).canonical()).isEqualTo("Sergej Kamenev");
    assertThat(canonical(found, "Kamenev", TEXT.indexOf("protestò") - 10)).as("the surname alone stays listed")
        .isEqualTo(at(TEXT, "L.B. Kamenev", found).canonical()).isEqualTo("Lev Kamenev");
    assertThat(at(TEXT, "Gregorio Zinoviev", found).canonical()).as("a given name with the listed initial fits")
        .isEqualTo("Grigorij Zinoviev");
    assertThat(at(TEXT, "Giuseppe Stalin", found).canonical()).as("a listed given-name variant")
        .isEqualTo("Iosif Stalin");
    assertThat(at(TEXT, "Carlo Lueger", found).canonical()).as("one given name in two languages (given-names.tsv)")
        .isEqualTo("Karl Lueger");
    assertThat(at(TEXT, "Segr. Scelba", found).canonical()).as("an abbreviated title is no given name")
        .isEqualTo("Mario Scelba");
  }
}
