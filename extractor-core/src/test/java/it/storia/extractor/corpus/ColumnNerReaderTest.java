package it.storia.extractor.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.text.ItalianNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnNerReaderTest {
  private final ColumnNerReader reader = new ColumnNerReader(ItalianNormalizer.fromClasspath());

  private List<NameSentence> read(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      return reader.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
    }
  }

  @Test
  void readsKindTabIob2AndNormalisesApostrophes() throws IOException {
    List<NameSentence> s = read("kind-sample.tsv");
    assertThat(s).hasSize(2);
    NameSentence first = s.get(0);
    assertThat(first.tokens()).hasSize(9).contains("l'").doesNotContain("l’");
    assertThat(first.names()).containsExactly(new NameSpan(3, 6, EntityType.LOCATION),
        new NameSpan(8, 9, EntityType.LOCATION));
    assertThat(first.text(first.names().get(0))).isEqualTo("Istituto Lama Tzong");
  }

  @Test
  void splitsAdjacentBeginTagsAndRepairsIllFormedInside() throws IOException {
    NameSentence second = read("kind-sample.tsv").get(1);
    // B-PER I-PER B-PER: two persons; "la" O then I-ORG: an ORG starting at the I- tag
    assertThat(second.names()).containsExactly(new NameSpan(0, 2, EntityType.PERSON),
        new NameSpan(2, 3, EntityType.PERSON), new NameSpan(5, 6, EntityType.ORGANIZATION));
  }

  @Test
  void readsIcabSpaceSeparatedFile() throws IOException {
    List<NameSentence> s = read("icab-sample.tsv");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).text(s.get(0).names().get(0))).isEqualTo("Centro S. Chiara");
    assertThat(s.get(0).names().get(0).type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(s.get(1).names()).containsExactly(new NameSpan(2, 3, EntityType.PERSON));
  }

  @Test
  void readsMoroIoRunsAsSpans() throws IOException {
    NameSentence s = read("moro-sample.tsv").get(0);
    assertThat(s.names()).containsExactly(new NameSpan(3, 5, EntityType.PERSON),
        new NameSpan(5, 7, EntityType.ORGANIZATION));
    assertThat(s.text(s.names().get(1))).isEqualTo("Democrazia Cristiana");
  }

  @Test
  void readsWikineuralThreeColumnsAndDropsMisc() throws IOException {
    List<NameSentence> s = read("wikineural-sample.conllu");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).tokens()).containsExactly("La", "Mostra", "di", "Venezia", "è", "in", "Italia");
    assertThat(s.get(0).names()).containsExactly(new NameSpan(6, 7, EntityType.LOCATION));
    assertThat(s.get(1).names()).containsExactly(new NameSpan(0, 2, EntityType.PERSON));
  }

  @Test
  void rejectsUnknownTagNamingIt() {
    assertThatThrownBy(() -> reader.read(new StringReader("Roma\tB-CITY\n"), "x.tsv"))
        .isInstanceOf(IOException.class).hasMessageContaining("B-CITY").hasMessageContaining("x.tsv:1");
  }

  @Test
  void heldOutFilesAreRecognised() {
    assertThat(NerCorpora.isHeldOut(java.nio.file.Path.of("kind/evalita-2023/WN_test.tsv"))).isTrue();
    assertThat(NerCorpora.isHeldOut(java.nio.file.Path.of("wikineural-it/test.conllu"))).isTrue();
    assertThat(NerCorpora.isHeldOut(java.nio.file.Path.of("evalita2009-ner-icab/it.evalita.test.tsv"))).isTrue();
    assertThat(NerCorpora.isHeldOut(java.nio.file.Path.of("kind/evalita-2023/WN_dev.tsv"))).isFalse();
    assertThat(NerCorpora.isHeldOut(java.nio.file.Path.of("wikineural-it/val.conllu"))).isFalse();
  }
}
