package it.storia.extractor.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliticSplitterTest {
  private final CliticSplitter splitter = CliticSplitter.fromClasspath();

  @Test
  void peelsAsManyCliticsAsTheTagHasPronouns() {
    assertThat(splitter.split("farlo", 2)).containsExactly("far", "lo");
    assertThat(splitter.split("dandogliela", 3)).containsExactly("dando", "glie", "la");
    assertThat(splitter.split("Arrestateli", 2)).containsExactly("Arrestate", "li");
  }

  @Test
  void givesNothingWhenTheFormDoesNotEndInClitics() {
    assertThat(splitter.split("partito", 2)).isEmpty();
    assertThat(splitter.split("farlo", 1)).isEmpty();
    assertThat(splitter.split("lo", 2)).isEmpty();
  }
}
