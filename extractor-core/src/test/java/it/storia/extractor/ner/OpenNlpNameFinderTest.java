package it.storia.extractor.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.RuleSentenceSplitter;
import it.storia.extractor.text.Segmenter;
import it.storia.extractor.token.ItalianTokenizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpNameFinderTest {
  private static OpenNlpNameFinder finder;
  private static Segmenter segmenter;

  @BeforeAll
  static void load() {
    finder = OpenNlpNameFinder.fromClasspath();
    segmenter = new Segmenter(ItalianNormalizer.fromClasspath(), ItalianTokenizer.fromClasspath(),
        new RuleSentenceSplitter());
  }

  private static List<Entity> recognize(String text) {
    return finder.recognize(segmenter.segment(text));
  }

  private static void assertOffsetsMatch(String text, List<Entity> entities) {
    for (Entity e : entities) {
      assertThat(text.substring(e.begin(), e.end())).isEqualTo(e.text());
      assertThat(e.confidence()).isBetween(0.0, 1.0);
      assertThat(e.type()).isNotEqualTo(EntityType.DATE);
    }
  }

  @Test
  void findsStalinAsPersonInTheSampleSentence() {
    String text = "Nel 1926 L.D. Trotsky, G.E. Zinoviev e L.B. Kamenev si è radunato per combattere I.V. Stalin.";
    List<Entity> found = recognize(text);
    assertOffsetsMatch(text, found);
    assertThat(found).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EntityType.PERSON);
      assertThat(e.text()).isEqualTo("I.V. Stalin");
      assertThat(text.substring(e.begin(), e.end())).isEqualTo("I.V. Stalin");
    });
    // initials and surname form one mention; the bundled model misses "L.D. Trotsky" right after the year
    assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::text)
        .contains("G.E. Zinoviev", "L.B. Kamenev");
  }

  @Test
  void findsPlacesAndOrganisationsWithOriginalOffsetsDespiteTypographicApostrophes() {
    String text = "Il Partito Comunista dell’Unione Sovietica si riunì a Mosca.\n\nPoi Kamenev partì per Leningrado.";
    List<Entity> found = recognize(text);
    assertOffsetsMatch(text, found);
    assertThat(found).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EntityType.LOCATION);
      assertThat(e.text()).isEqualTo("Mosca");
      assertThat(e.sentence()).isZero();
    });
    assertThat(found).anySatisfy(e -> {
      assertThat(e.text()).isEqualTo("Leningrado");
      assertThat(e.sentence()).isEqualTo(1);
    });
    assertThat(found).anySatisfy(e -> assertThat(e.text()).startsWith("Partito Comunista"));
  }

  @Test
  void recognisesTheSampleTextIdenticallyFromManyThreads() throws Exception {
    String text = Files.readString(Path.of("../samples/texts/lotta-per-il-potere.txt"), StandardCharsets.UTF_8);
    AnalyzedText analyzed = segmenter.segment(text);
    List<Entity> expected = finder.recognize(analyzed);
    assertThat(expected.size()).isGreaterThan(50);
    assertOffsetsMatch(text, expected);
    assertThat(expected).anySatisfy(e -> {
      assertThat(e.text()).isEqualTo("Stalin");
      assertThat(e.type()).isEqualTo(EntityType.PERSON);
    });
    for (int i = 1; i < expected.size(); i++) {
      assertThat(expected.get(i).begin()).isGreaterThanOrEqualTo(expected.get(i - 1).end());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Entity>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> finder.recognize(analyzed)));
      }
      for (Future<List<Entity>> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onTheSampleARepeatedNameKeepsItsFirstTypeAndNoSpanOfTheSentenceAloneReadingIsLost() throws Exception {
    String text = Files.readString(Path.of("../samples/texts/lotta-per-il-potere.txt"), StandardCharsets.UTF_8);
    AnalyzedText analyzed = segmenter.segment(text);
    List<Entity> consistent = finder.recognize(analyzed);
    List<Entity> alone = finder.withDocumentConsistency(false).recognize(analyzed);
    assertOffsetsMatch(text, consistent);
    // after the sentence where a name is first found, every later mention of it has one type, one of the first's
    // (inside that first sentence two occurrences may differ: "Russia" LOCATION and ORGANIZATION in sentence 171)
    Map<String, Integer> firstSentence = new HashMap<>();
    Map<String, Set<EntityType>> firstTypes = new HashMap<>();
    Map<String, Set<EntityType>> laterTypes = new HashMap<>();
    for (Entity e : consistent) {
      int first = firstSentence.computeIfAbsent(e.text(), k -> e.sentence());
      (first == e.sentence() ? firstTypes : laterTypes).computeIfAbsent(e.text(), k -> new HashSet<>()).add(e.type());
    }
    assertThat(laterTypes).isNotEmpty().allSatisfy((name, set) -> {
      assertThat(set).as(name).hasSize(1);
      assertThat(firstTypes.get(name)).as(name).containsAll(set);
    });
    // the pass only relabels or adds: every span of the sentence-alone reading is still there
    assertThat(consistent.size()).isGreaterThanOrEqualTo(alone.size());
    for (Entity e : alone) {
      assertThat(consistent).anySatisfy(c -> {
        assertThat(c.begin()).isEqualTo(e.begin());
        assertThat(c.end()).isEqualTo(e.end());
      });
    }
  }

  @Test
  void aBeamOfOneFindsTheSampleNamesWithBestOutcomesAndRejectsANegativeSize() throws Exception {
    String text = Files.readString(Path.of("../samples/texts/lotta-per-il-potere.txt"), StandardCharsets.UTF_8);
    AnalyzedText analyzed = segmenter.segment(text);
    List<Entity> beam3 = finder.recognize(analyzed);
    List<Entity> beam1 = finder.withBeamSize(1).recognize(analyzed);
    assertOffsetsMatch(text, beam1);
    // a smaller beam changes a few spans, not the reading of the text: most mentions are the same
    long same = beam1.stream().filter(beam3::contains).count();
    assertThat(same).isGreaterThan(beam3.size() * 8L / 10);
    assertThat(finder.withBeamSize(0)).isSameAs(finder);
    assertThat(finder.withBeamSize(3).recognize(analyzed)).isEqualTo(beam3);
    assertThatThrownBy(() -> finder.withBeamSize(-1)).hasMessageContaining("got -1");
  }
}
