package it.storia.extractor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;

class ArcEagerTest {
  /** "Trotsky fu espulso da il partito nel 1927 ." as in the CoNLL-U fixture. */
  private static TransitionTrainer.Sentence espulso(int[] heads) {
    String[] forms = {"Trotsky", "fu", "espulso", "da", "il", "partito", "in", "il", "1927", "."};
    String[] upos = {"PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NUM", "PUNCT"};
    String[] rels = {"nsubj:pass", "aux:pass", "root", "case", "det", "obl", "case", "det", "obl", "punct"};
    return new TransitionTrainer.Sentence(forms, upos, forms.clone(), heads, rels);
  }

  @Test
  void theStaticOracleRebuildsAProjectiveTreeWithOneEventPerTransition() {
    List<Event> events = new ArrayList<>();
    int[] heads = {2, 2, -1, 5, 5, 2, 8, 8, 2, 2};
    assertThat(TransitionTrainer.events(espulso(heads), events, new HashMap<>())).isTrue();
    // arc-eager: each word is shifted or right-attached once, and left-attached or reduced at most once
    assertThat(events).hasSizeBetween(10, 20);
    assertThat(events.get(0).getOutcome()).isEqualTo("SH");
    assertThat(events).extracting(Event::getOutcome).contains("L:nsubj:pass", "R:root", "R:obl", "L:case", "RE");
    assertThat(events.get(0).getContext()).hasSize(ParseFeatures.COUNT).contains("a=<root>", "e=trotsky");
  }

  @Test
  void aNonProjectiveTreeIsRefused() {
    List<Event> events = new ArrayList<>();
    // "1927" (8) attached to "Trotsky" (0): the arc spans "espulso" (2), the root word, which it cannot dominate
    int[] heads = {2, 2, -1, 5, 5, 2, 8, 8, 0, 2};
    assertThat(TransitionTrainer.events(espulso(heads), events, new HashMap<>())).isFalse();
    assertThat(events).isEmpty();
  }

  @Test
  void transitionsRespectTheSingleRootAndHeadConstraints() {
    ArcEager c = new ArcEager(2);
    assertThat(c.valid(ArcEager.LEFT, "nsubj")).isFalse(); // the root cannot take a head
    assertThat(c.valid(ArcEager.REDUCE, null)).isFalse();
    assertThat(c.valid(ArcEager.RIGHT, "obj")).isFalse(); // only "root" from the root
    c.apply(ArcEager.RIGHT, "root");
    assertThat(c.head[1]).isZero();
    assertThat(c.valid(ArcEager.RIGHT, "root")).isFalse(); // "root" only from the root
    assertThat(c.valid(ArcEager.LEFT, "nsubj")).isFalse(); // word 1 already has its head
    assertThat(c.valid(ArcEager.REDUCE, null)).isTrue();
    c.apply(ArcEager.SHIFT, null);
    assertThat(c.terminal()).isTrue();
    c.finish(new String[] {"ROOT", "VERB", "PUNCT"});
    assertThat(c.head[2]).isEqualTo(1);
    assertThat(c.label[2]).isEqualTo("punct");
  }
}
