package it.storia.extractor.ner;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's {@code rules.tsv}: a bad ordinal regex names the file, the line and the regex (was a bare error). */
class NerRulesFileTest {
  @Test
  void aBadOrdinalRegexNamesTheFileAndLine(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("rules.tsv"), "title\tpresidente\nordinal-regex\t[IVX+\n");
    assertThatThrownBy(() -> WordClasses.load(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(f + ":2: bad regular expression '[IVX+'");
  }
}
