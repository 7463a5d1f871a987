package it.storia.extractor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusBuilderTest {
  @TempDir
  Path tmp;

  @Test
  void detokenizesItalianPunctuationAndElisions() {
    List<String> tokens = List.of("Nel", "1925", ",", "l'", "on.", "De", "Gasperi", "(", "Trento", ")", "disse",
        ":", "«", "Basta", "»", ".");
    assertThat(CorpusBuilder.detokenize(tokens))
        .isEqualTo("Nel 1925, l'on. De Gasperi (Trento) disse: «Basta».");
  }

  @Test
  void groupsKindSentencesIntoDocumentsOfFiftySentences() {
    List<String> lines = new ArrayList<>();
    for (int s = 0; s < 120; s++) {
      lines.add("Frase\tO");
      lines.add(String.valueOf(s) + "\tO");
      lines.add(".\tO");
      lines.add("");
    }
    List<String> docs = CorpusBuilder.kindDocuments(lines);
    assertThat(docs).hasSize(3);
    assertThat(docs.get(0).lines()).hasSize(50).startsWith("Frase 0.").endsWith("Frase 49.");
    assertThat(docs.get(2).lines()).hasSize(20).endsWith("Frase 119.");
  }

  @Test
  void buildsTheSameCorpusTwiceWithinTheBudget() throws IOException {
    Path data = fixture();
    Path a = tmp.resolve("a");
    CorpusBuilder.build(data, a, 1);
    CorpusBuilder.Stats stats = CorpusBuilder.build(data, tmp.resolve("b"), 1);
    // a 1-byte budget still keeps the first document of each KIND genre and of De Gasperi
    assertThat(stats.documents()).isEqualTo(3);
    assertThat(stats.tokens()).isGreaterThan(0);
    try (var files = Files.list(tmp.resolve("b"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("corpus.properties",
          "degasperi-same-genre-a.txt", "kind-ADG-000.txt", "kind-WN-000.txt");
    }
    for (String f : List.of("kind-ADG-000.txt", "degasperi-same-genre-a.txt", "corpus.properties")) {
      assertThat(Files.readAllBytes(a.resolve(f))).isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
    }
    assertThat(Files.readString(tmp.resolve("b/kind-ADG-000.txt"))).isEqualTo("Discorso alla Dieta di Vienna.\nSeconda frase\n");
    BenchCorpus corpus = BenchCorpus.load(tmp.resolve("b"));
    assertThat(corpus.texts()).hasSize(3);
    assertThat(corpus.stats()).isEqualTo(stats);
  }

  @Test
  void namesTheMissingDataDirectory() {
    assertThatThrownBy(() -> CorpusBuilder.build(tmp.resolve("nowhere"), tmp.resolve("out"), 1000))
        .isInstanceOf(IOException.class).hasMessageContaining("nowhere");
  }

  @Test
  void readsKindTagsAsNameSpans() {
    List<NameSample> samples = BaselineNameFinder.samples(List.of("Il\tO", "Partito\tB-ORG", "Popolare\tI-ORG",
        "a\tO", "Trento\tB-LOC", "Alcide\tB-PER", "De\tI-PER", "Gasperi\tI-PER", "", "Roma\tB-LOC"), "fixture");
    assertThat(samples).hasSize(2);
    assertThat(samples.get(0).getNames()).containsExactly(new Span(1, 3, "ORG"), new Span(4, 5, "LOC"),
        new Span(5, 8, "PER"));
    assertThat(samples.get(1).getSentence()).containsExactly("Roma");
    assertThatThrownBy(() -> BaselineNameFinder.samples(List.of("senza-tab"), "f.tsv"))
        .hasMessageContaining("f.tsv:1").hasMessageContaining("senza-tab");
  }

  private Path fixture() throws IOException {
    Path data = tmp.resolve("data");
    Path kind = Files.createDirectories(data.resolve("kind/evalita-2023"));
    Files.writeString(kind.resolve("ADG_test.tsv"), "Discorso\tO\nalla\tO\nDieta\tB-ORG\ndi\tO\nVienna\tB-LOC\n"
        + ".\tO\n\nSeconda\tO\nfrase\tO\n", StandardCharsets.UTF_8);
    Files.writeString(kind.resolve("WN_test.tsv"), "Roma\tB-LOC\nè\tO\nbella\tO\n.\tO\n", StandardCharsets.UTF_8);
    Files.writeString(kind.resolve("WN_train.tsv"), "Roma\tB-LOC\n", StandardCharsets.UTF_8);
    Path dg = Files.createDirectories(data.resolve("dadoeval-degasperi/Test_Release/same-genre"));
    Files.createDirectories(data.resolve("dadoeval-degasperi/Test_Release/cross-genre"));
    Files.writeString(dg.resolve("a.txt"), "Il 3 novembre 1918 l'Austria firmò l'armistizio.", StandardCharsets.UTF_8);
    Files.writeString(dg.resolve("b.txt"), "Seconda lettera.", StandardCharsets.UTF_8);
    return data;
  }
}
