package it.storia.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's normalisation table: a good one loads, a wrong one fails naming the file, the line and the value. */
class ItalianNormalizerDataFileTest {
  @TempDir Path dir;

  @Test
  void aUsersTableLoadsAndARepeatedIdenticalLineIsFine() throws IOException {
    Path f = Files.writeString(dir.resolve("n.tsv"), "U+2019\t'\n# again\n’\tU+0027\n");
    assertThat(ItalianNormalizer.load(f).normalize("l’Italia").text()).isEqualTo("l'Italia");
  }

  @Test
  void aBadCodePointIsAnErrorNamingFileAndLine() throws IOException {
    Path f = Files.writeString(dir.resolve("n.tsv"), "U+2019\t'\nU+20ZZ\t'\n");
    assertThatThrownBy(() -> ItalianNormalizer.load(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(f + ":2: U+20ZZ is not a hexadecimal code point");
  }

  @Test
  void aUnitMappedTwiceToDifferentTargetsIsAnError() throws IOException {
    Path f = Files.writeString(dir.resolve("n.tsv"), "U+2019\t'\nU+2019\t\"\n");
    assertThatThrownBy(() -> ItalianNormalizer.load(f))
        .hasMessageContaining(f + ":2: U+2019 is already mapped to U+0027");
  }
}
