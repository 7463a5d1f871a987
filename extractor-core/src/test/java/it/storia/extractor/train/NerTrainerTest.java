package it.storia.extractor.train;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.corpus.NameSentence;
import it.storia.extractor.corpus.NameSpan;
import it.storia.extractor.decode.WindowedFeatures;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.ner.OpenNlpNameFinder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

class NerTrainerTest {
  private static List<NameSentence> corpus() {
    List<String> cities = List.of("Roma", "Milano", "Torino", "Napoli", "Bari", "Trento");
    List<String> people = List.of("Moro", "Nenni", "Togliatti", "Fanfani", "Segni", "Saragat");
    List<NameSentence> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      out.add(new NameSentence(List.of("Ieri", people.get(i), "è", "arrivato", "a", cities.get(i), "."),
          List.of(new NameSpan(1, 2, EntityType.PERSON), new NameSpan(5, 6, EntityType.LOCATION))));
      out.add(new NameSentence(List.of("La", "città", "di", cities.get((i + 1) % 6), "accoglie", people.get(i)),
          List.of(new NameSpan(3, 4, EntityType.LOCATION), new NameSpan(5, 6, EntityType.PERSON))));
    }
    return out;
  }

  @Test
  void trainsWithEmbeddedClustersAndGazetteerAndTheModelSurvivesSerialisation() throws Exception {
    byte[] xml;
    try (InputStream in = getClass().getResourceAsStream("tiny-features.xml")) {
      xml = in.readAllBytes();
    }
    Map<String, Object> resources = Map.of(
        "c1", NerTrainer.clusterDictionary(Map.of("Roma", "7", "Milano", "7", "Genova", "7", "Moro", "3",
            "Pertini", "3")),
        "gLOC", NerTrainer.gazetteer(List.of(List.of("Genova"), List.of("Roma"), List.of("Città", "di", "Castello"))));
    NerTrainer trainer = new NerTrainer(xml, resources, "MAXENT", 50, 0);
    TokenNameFinderModel model = trainer.train(corpus());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    TokenNameFinderModel reloaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    OpenNlpNameFinder finder = OpenNlpNameFinder.of(reloaded);
    // "Genova" was never seen in training: only its cluster (shared with Roma, Milano) and the gazetteer know it
    List<OpenNlpNameFinder.TokenMention> found =
        finder.tag(List.of(List.of("Ieri", "Pertini", "è", "arrivato", "a", "Genova", "."))).get(0);
    assertThat(found).extracting(OpenNlpNameFinder.TokenMention::type)
        .contains(EntityType.LOCATION);
    assertThat(found).anySatisfy(m -> {
      assertThat(m.start()).isEqualTo(5);
      assertThat(m.type()).isEqualTo(EntityType.LOCATION);
    });
    // deterministic: a second training run tags identically, confidences included
    OpenNlpNameFinder second = OpenNlpNameFinder.of(trainer.train(corpus()));
    List<List<String>> probe = List.of(List.of("Ieri", "Pertini", "è", "arrivato", "a", "Genova", "."),
        List.of("La", "città", "di", "Roma", "accoglie", "Moro"));
    assertThat(second.tag(probe)).isEqualTo(finder.tag(probe));
  }

  @Test
  void theCaseTableAloneSeparatesNamesFromSentenceInitialWordsAndKeepsTheFastFeaturePath() throws Exception {
    byte[] xml;
    try (InputStream in = getClass().getResourceAsStream("case-features.xml")) {
      xml = in.readAllBytes();
    }
    // the table as CaseRatios learns it from unlabelled text: names are usually capitalised, "Il"/"Nel" are not
    List<List<String>> unlabelled = new ArrayList<>();
    for (String name : List.of("Moro", "Nenni", "Togliatti", "Kamenev", "Zinoviev")) {
      for (int i = 0; i < 3; i++) {
        unlabelled.add(List.of("Nel", "1926", name, "parlò", "e", "il", "partito", "nel", "congresso", "tacque"));
      }
    }
    Map<String, String> table = CaseRatios.defaults().learn(unlabelled);
    assertThat(table).containsEntry("Kamenev", "U").containsEntry("Nel", "L");
    List<NameSentence> train = new ArrayList<>();
    for (String name : List.of("Moro", "Nenni", "Togliatti")) {
      train.add(new NameSentence(List.of("Nel", "1926", name, "parlò"), List.of(new NameSpan(2, 3, EntityType.PERSON))));
    }
    TokenNameFinderModel model = new NerTrainer(xml, Map.of("lc", NerTrainer.clusterDictionary(table)), "PERCEPTRON",
        50, 0).train(train);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    TokenNameFinderModel reloaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(WindowedFeatures.ofModel(reloaded)).isPresent();
    // "Kamenev" and "Zinoviev" were never in a training sentence: only their lc bucket makes them names
    List<List<OpenNlpNameFinder.TokenMention>> found = OpenNlpNameFinder.of(reloaded)
        .tag(List.of(List.of("Nel", "1927", "Kamenev", "parlò"), List.of("Nel", "1927", "Zinoviev", "tacque")));
    assertThat(found).allSatisfy(sentence -> assertThat(sentence)
        .containsExactly(new OpenNlpNameFinder.TokenMention(2, 3, EntityType.PERSON, sentence.get(0).confidence())));
  }
}
