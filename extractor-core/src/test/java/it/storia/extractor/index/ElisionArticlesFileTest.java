package it.storia.extractor.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's elided-article list: a good one loads, an entry that could never match fails naming file and line. */
class ElisionArticlesFileTest {
  @TempDir Path dir;

  @Test
  void aUsersListLoads() throws IOException {
    Path f = Files.writeString(dir.resolve("articles.txt"), "# mine\nl\ndell\n");
    ItalianAnalysis a = ItalianAnalysis.load(f);
    assertThat(a.elisionLength("dell'Ucraina")).isEqualTo(5);
    assertThat(a.elisionLength("nell'Ucraina")).isZero();
  }

  @Test
  void anArticleWithItsApostropheOrTwoOnALineAreErrors() throws IOException {
    Path f = Files.writeString(dir.resolve("articles.txt"), "l\ndell'\n");
    assertThatThrownBy(() -> ItalianAnalysis.load(f))
        .hasMessage(f + ":2: write the elided article without its apostrophe, got 'dell''");
    Files.writeString(f, "l dell\n");
    assertThatThrownBy(() -> ItalianAnalysis.load(f)).hasMessage(f + ":1: expected one word a line, got 'l dell'");
  }
}
