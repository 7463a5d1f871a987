package it.storia.extractor.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GivenNamesTest {
  private static final Transliteration T = Transliteration.fromClasspath();

  @Test
  void bundledGroupsJoinOneNameAcrossLanguagesAndNoOther() {
    GivenNames g = GivenNames.fromClasspath(T);
    assertThat(g.same("Carlo", "Karl")).isTrue();
    assertThat(g.same("Giuseppe", "Iosif")).isTrue();
    assertThat(g.same("Guglielmo", "Wilhelm")).isTrue();
    assertThat(g.same("GIOVANNI", "Jan")).as("case does not matter").isTrue();
    assertThat(g.same("Paolo", "Angelo")).isFalse();
    assertThat(g.same("Carlo", "Giuseppe")).isFalse();
    assertThat(g.same("Xerxes", "Xerxes")).as("one key is one name, listed or not").isTrue();
  }

  @Test
  void aBadLineNamesTheFileTheLineAndTheValue(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("given.tsv");
    Files.writeString(f, "# comment\nCarlo|Karl\nPaolo\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GivenNames.load(f, T)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("given.tsv:3").hasMessageContaining("'Paolo'");
    Files.writeString(f, "Carlo|Karl Heinz\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GivenNames.load(f, T)).hasMessageContaining("given.tsv:1")
        .hasMessageContaining("'Karl Heinz'");
  }
}
