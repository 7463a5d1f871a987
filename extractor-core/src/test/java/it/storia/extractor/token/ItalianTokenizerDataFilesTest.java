package it.storia.extractor.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tokenizer's data files: a user's copy loads, a wrong one fails naming the file, the line and the value. */
class ItalianTokenizerDataFilesTest {
  @TempDir Path dir;

  private ItalianTokenizer load(String abbreviations, String elisions, String multiwords) throws IOException {
    Path a = Files.writeString(dir.resolve("abbreviations.tsv"), abbreviations);
    Path e = Files.writeString(dir.resolve("elisions.txt"), elisions);
    Path m = Files.writeString(dir.resolve("multiword.tsv"), multiwords);
    return ItalianTokenizer.load(a, e, m);
  }

  @Test
  void aUsersCopyWithARepeatedEntryLoads() throws IOException {
    ItalianTokenizer t = load("ecc.\tfinal\n# again\necc.\tfinal\n", "dell\n", "della\tdi la\ndella\tdi la\n");
    assertThat(t.words("Della")).containsExactly("di", "la");
  }

  @Test
  void anAbbreviationListedWithTwoClassesIsAnError() {
    assertThatThrownBy(() -> load("ecc.\tfinal\nsig.\tinner\nECC.\tinner\n", "dell\n", "della\tdi la\n"))
        .hasMessageContaining(dir.resolve("abbreviations.tsv") + ":3: 'ECC.' is already listed as final")
        .hasMessageContaining("got 'ECC.\tinner'");
  }

  @Test
  void anElisionWithItsApostropheOrTwoWordsIsAnError() {
    assertThatThrownBy(() -> load("ecc.\tfinal\n", "l\ndell'\n", "della\tdi la\n"))
        .hasMessageContaining(dir.resolve("elisions.txt") + ":2: write the elided word without its apostrophe");
    assertThatThrownBy(() -> load("ecc.\tfinal\n", "# list\ndell nell\n", "della\tdi la\n"))
        .hasMessageContaining(dir.resolve("elisions.txt") + ":2: expected one word a line, got 'dell nell'");
  }

  @Test
  void aMultiwordFormWithTwoReadingsOrNoWordsIsAnError() {
    assertThatThrownBy(() -> load("ecc.\tfinal\n", "dell\n", "della\tdi la\ndella\tdi lo\n"))
        .hasMessageContaining(dir.resolve("multiword.tsv") + ":2: 'della' is already listed as 'di la'");
    assertThatThrownBy(() -> load("ecc.\tfinal\n", "dell\n", "della\t  \n"))
        .hasMessageContaining(dir.resolve("multiword.tsv") + ":1: expected FORM<TAB>WORDS with neither empty");
  }
}
