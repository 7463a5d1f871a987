package it.storia.extractor.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {
  private static String[] tokens(String sentence) {
    return sentence.split(" ");
  }

  @Test
  void laterOccurrencesTakeTheFirstTypeAndUntaggedOnesAreTagged() {
    List<String[]> doc = List.of(
        tokens("Nel 1926 L.D. Trotsky fu espulso dal Comitato centrale ."),
        tokens("Trotsky partì per Alma Ata , mentre Stalin restava a Mosca ."),
        tokens("Trotsky non tornò più a Mosca ; il Comitato centrale taceva ."),
        tokens("Trotsky Lev scrisse ."));
    List<Span[]> found = List.of(
        new Span[] {new Span(2, 4, "PER", 0.3), new Span(7, 9, "ORG", 0.3)},
        // the model types "Alma Ata" LOC, "Stalin" PER, misses nothing, but mistypes "Trotsky" as LOC
        new Span[] {new Span(0, 1, "LOC", 0.2), new Span(3, 5, "LOC", 0.3), new Span(7, 8, "PER", 0.3),
            new Span(10, 11, "LOC", 0.3)},
        // the model misses "Trotsky" and "Mosca" here
        new Span[] {new Span(8, 10, "ORG", 0.25)},
        new Span[0]);
    Span[][] out = DocumentConsistency.apply(doc, found);
    // sentence 1 is the first: unchanged ("Trotsky" alone was not found yet, only "L.D. Trotsky")
    assertThat(out[0]).containsExactly(found.get(0));
    // "Trotsky" alone is first found (as LOC) in sentence 2: that first type stays
    assertThat(out[1]).containsExactly(found.get(1));
    // sentence 3: "Mosca" (first found LOC) and "Trotsky" (first found LOC) are added, with their first probability
    assertThat(out[2]).containsExactly(new Span(0, 1, "LOC", 0.2), new Span(5, 6, "LOC", 0.3),
        new Span(8, 10, "ORG", 0.25));
    assertThat(out[2]).extracting(Span::getProb).containsExactly(0.2, 0.3, 0.25);
    // a known name followed by another capitalised token may be part of a longer name: left alone
    assertThat(out[3]).isEmpty();
    // the input arrays are not modified
    assertThat(found.get(2)).hasSize(1);
  }

  @Test
  void aFoundSpanIsRelabelledToItsFirstType() {
    List<String[]> doc = List.of(tokens("Paolo guardò Alba ."), tokens("Alba sorrise a Paolo ."));
    List<Span[]> found = List.<Span[]>of(new Span[] {new Span(0, 1, "PER", 0.3), new Span(2, 3, "PER", 0.3)},
        new Span[] {new Span(0, 1, "LOC", 0.2), new Span(3, 4, "PER", 0.3)});
    Span[][] out = DocumentConsistency.apply(doc, found);
    assertThat(out[1]).containsExactly(new Span(0, 1, "PER", 0.2), new Span(3, 4, "PER", 0.3));
    assertThat(out[1]).extracting(Span::getType).containsExactly("PER", "PER");
    assertThatThrownBy(() -> DocumentConsistency.apply(doc, List.of())).hasMessageContaining("2 sentences");
  }
}
