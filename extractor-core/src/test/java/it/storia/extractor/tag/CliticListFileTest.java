package it.storia.extractor.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's clitic list: a good one loads, an entry that could never match fails naming the file and line. */
class CliticListFileTest {
  @TempDir Path dir;

  @Test
  void aUsersListLoads() throws IOException {
    Path f = Files.writeString(dir.resolve("clitics.txt"), "# mine\nlo\nglie\n");
    assertThat(CliticSplitter.load(f).split("darglielo", 3)).containsExactly("dar", "glie", "lo");
  }

  @Test
  void twoCliticsOnALineOrAnApostropheAreErrors() throws IOException {
    Path f = Files.writeString(dir.resolve("clitics.txt"), "lo\nglie lo\n");
    assertThatThrownBy(() -> CliticSplitter.load(f)).hasMessage(f + ":2: expected one word a line, got 'glie lo'");
    Files.writeString(f, "lo\n\nl'\n");
    assertThatThrownBy(() -> CliticSplitter.load(f)).hasMessage(f + ":3: a clitic is letters only, got 'l''");
  }
}
