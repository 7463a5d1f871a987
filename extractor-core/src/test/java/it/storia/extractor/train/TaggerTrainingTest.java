package it.storia.extractor.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.tag.OpenNlpTagger;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggerTrainingTest {
  @TempDir
  Path tmp;

  /** A data root whose every tagging file is the small CoNLL-U fixture. */
  private Path dataRoot() throws IOException {
    Path data = tmp.resolve("data");
    for (String f : TrainingSets.TAGGING) {
      Files.createDirectories(data.resolve(f).getParent());
      try (InputStream in = getClass().getResourceAsStream("/it/storia/extractor/corpus/sample.conllu")) {
        Files.copy(in, data.resolve(f));
      }
    }
    return data;
  }

  /** Cluster tables c1..c3 in which the unseen "Bucharin" shares every cluster with "Trotsky" and "Lenin". */
  private Path clusters() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("clusters"));
    for (String c : List.of("c1", "c2", "c3")) {
      Files.writeString(dir.resolve(c + ".txt"), "Trotsky 7\nLenin 7\nBucharin 7\nGorki 9\npartito 4\n",
          StandardCharsets.UTF_8);
    }
    return dir;
  }

  @Test
  void thePosModelEmbedsTheClusterTablesItsFeaturesNameAndTagsAfterReloading() throws Exception {
    Path out = tmp.resolve("models");
    StringWriter log = new StringWriter();
    TrainingRequest request = new TrainingRequest(dataRoot(), out, List.of(), clusters(), NerOptions.defaults());
    TaggerTraining.trainPos(request, new PrintWriter(log, true));
    TaggerTraining.trainLemma(request, new PrintWriter(log, true));
    Path model = out.resolve(OpenNlpTagger.POS_MODEL);
    try (ZipFile zip = new ZipFile(model.toFile())) {
      assertThat(zip.getEntry("c1")).as("cluster table c1 inside the POS model").isNotNull();
      assertThat(zip.getEntry("c3")).isNotNull();
    }
    assertThat(log.toString()).contains("clusters: read [c1, c2, c3]");
    OpenNlpTagger tagger = OpenNlpTagger.fromDirectory(out);
    assertThat(tagger.posTags(new String[] {"Trotsky", "fu", "espulso", "dal", "partito", "nel", "1927", "."}))
        .containsExactly("PROPN", "AUX", "VERB", "ADP+DET", "NOUN", "ADP+DET", "NUM", "PUNCT");
    assertThat(tagger.posTags(new String[] {"Bucharin", "morì", "a", "Gorki", "."})[0])
        .as("an unseen name in the cluster of Trotsky and Lenin").isEqualTo("PROPN");
  }

  @Test
  void noTrainingListNamesAHeldOutTestSetAndResolveRefusesOne() throws Exception {
    for (List<String> files : List.of(TrainingSets.TAGGING, TrainingSets.SEGMENTATION)) {
      assertThat(files).noneMatch(f -> TrainingSets.HELD_OUT.contains(Path.of(f).getFileName().toString()));
    }
    assertThat(TrainingSets.TAGGING).contains("UD_Italian-PoSTWITA/it_postwita-ud-test.conllu");
    assertThatThrownBy(() -> TrainingSets.resolve(dataRoot(),
        List.of("UD_Italian-ISDT/it_isdt-ud-dev.conllu", "UD_Italian-VIT/it_vit-ud-test.conllu"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("it_vit-ud-test.conllu");
  }

  @Test
  void aMissingClusterTableIsNamed() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("partial"));
    Files.writeString(dir.resolve("c1.txt"), "Trotsky 7\n", StandardCharsets.UTF_8);
    TrainingRequest request = new TrainingRequest(dataRoot(), tmp.resolve("out"), List.of(), dir,
        NerOptions.defaults());
    assertThatThrownBy(() -> TaggerTraining.trainPos(request, new PrintWriter(new StringWriter())))
        .isInstanceOf(NoSuchFileException.class).hasMessageContaining("c2.txt");
  }

  @Test
  void nerOptionsNameTheBadValue() {
    assertThatThrownBy(() -> new NerOptions(List.of("kind", "wiki"), List.of(), "bundled", true, "MAXENT", 10, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'wiki'");
    assertThatThrownBy(() -> new NerOptions(List.of("kind"), List.of("kind"), "bundled", true, "MAXENT", 10, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gazetteer corpus 'kind'");
    assertThatThrownBy(() -> new NerOptions(List.of("kind"), List.of(), "bundled", true, "CRF", 10, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'CRF'");
    assertThatThrownBy(() -> new NerOptions(List.of("kind"), List.of(), "bundled", true, "MAXENT", 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iterations");
    assertThat(new NerOptions(List.of("kind"), List.of(), "bundled", true, "perceptron", 10, 1).algorithm())
        .isEqualTo("PERCEPTRON");
  }
}
