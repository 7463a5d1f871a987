package it.storia.extractor.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustererTest {
  /** Sentences where cities and persons occur in distinct, repeated contexts. */
  private static List<List<String>> corpus() {
    List<String> cities = List.of("Roma", "Milano", "Torino", "Napoli", "Bari", "Trento");
    List<String> people = List.of("Moro", "Nenni", "Togliatti", "Fanfani", "Segni", "Saragat");
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      for (String c : cities) {
        out.add(List.of("è", "arrivato", "a", c, "ieri", "sera"));
        out.add(List.of("la", "città", "di", c, "è", "grande"));
      }
      for (String p : people) {
        out.add(List.of("il", "segretario", p, "ha", "detto", "che"));
        out.add(List.of("l'", "onorevole", p, "ha", "parlato", "ieri"));
      }
    }
    return out;
  }

  @Test
  void groupsWordsWithSimilarContextsAndIsDeterministic() {
    WordClusterer clusterer = new WordClusterer(3, 100, 64, new int[] {2, 2}, 10, 7L);
    List<Map<String, String>> levels = clusterer.cluster(corpus());
    assertThat(levels).hasSize(2);
    Map<String, String> top = levels.get(0);
    assertThat(top.get("Milano")).isEqualTo(top.get("Roma"));
    assertThat(top.get("Trento")).isEqualTo(top.get("Roma"));
    assertThat(top.get("Nenni")).isEqualTo(top.get("Moro"));
    assertThat(top.get("Moro")).isNotEqualTo(top.get("Roma"));
    // finer level refines the coarse path
    assertThat(levels.get(1).get("Roma")).startsWith(top.get("Roma") + "_");
    assertThat(clusterer.cluster(corpus())).isEqualTo(levels);
  }

  @Test
  void skipsRareWords() {
    List<List<String>> text = new ArrayList<>(corpus());
    text.add(List.of("una", "parola", "rarissima"));
    Map<String, String> top = new WordClusterer(3, 100, 32, new int[] {2}, 5, 1L).cluster(text).get(0);
    assertThat(top).doesNotContainKey("rarissima").containsKey("Roma");
  }
}
