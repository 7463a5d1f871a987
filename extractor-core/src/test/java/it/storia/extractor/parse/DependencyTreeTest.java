package it.storia.extractor.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyTreeTest {
  private static Word w(int token, String form, int head, String rel) {
    return new Word(token, form, "X", form, head, rel);
  }

  @Test
  void wordsRejectBadValuesNamingThem() {
    assertThatThrownBy(() -> w(-1, "Trotsky", 0, "nsubj")).hasMessageContaining("-1");
    assertThatThrownBy(() -> w(0, "", 0, "nsubj")).hasMessageContaining("empty form");
    assertThatThrownBy(() -> w(0, "Trotsky", -2, "nsubj")).hasMessageContaining("-2").hasMessageContaining("Trotsky");
    assertThatThrownBy(() -> w(0, "Trotsky", 1, "")).hasMessageContaining("Trotsky");
  }

  @Test
  void treesRejectSelfLoopsHeadsOutOfRangeAndTokensGoingBack() {
    assertThatThrownBy(() -> new DependencyTree(0, List.of(w(0, "Lenin", 0, "root"))))
        .hasMessageContaining("'Lenin' has head 0");
    assertThatThrownBy(() -> new DependencyTree(0, List.of(w(0, "Lenin", -1, "root"), w(1, "morì", 2, "x"))))
        .hasMessageContaining("'morì' has head 2");
    assertThatThrownBy(() -> new DependencyTree(0, List.of(w(1, "Lenin", -1, "root"), w(0, "morì", 0, "x"))))
        .hasMessageContaining("before token 1");
    assertThatThrownBy(() -> new DependencyTree(-1, List.of())).hasMessageContaining("-1");
  }

  @Test
  void childrenAndWordsOfTokenFollowTheHeads() {
    // "morì nel 1924": "nel" is one token of two words
    DependencyTree t = new DependencyTree(3, List.of(w(0, "morì", -1, "root"), w(1, "in", 3, "case"),
        w(1, "il", 3, "det"), w(2, "1924", 0, "obl")));
    assertThat(t.children(3)).containsExactly(1, 2);
    assertThat(t.children(0)).containsExactly(3);
    assertThat(t.wordsOfToken(1)).containsExactly(1, 2);
    assertThat(t.wordsOfToken(7)).isEmpty();
  }
}
