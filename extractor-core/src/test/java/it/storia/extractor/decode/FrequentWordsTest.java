package it.storia.extractor.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FrequentWords}: which words a counts file gives, in which form, and its strict reading. */
class FrequentWordsTest {
  @Test
  void takesTheMostFrequentLowerAndCapitalisedWordsThenPunctuation() throws IOException {
    String counts = "# comment\nstato\t50\t10\t0\t0\t0\ndi\t900\t3\t0\t0\t0\nroma\t2\t400\t0\t0\t9\n"
        + "\u00e8\t300\t20\t0\t0\t0\nzar\t0\t0\t0\t0\t0\n";
    List<String> words = FrequentWords.read(new StringReader(counts), "t", 2, 2);
    assertThat(words.subList(0, 4)).containsExactly("di", "\u00e8", "Roma", "\u00c8");
    assertThat(words).contains(",", ".", "(", "'", "\"").doesNotContain("stato", "Stato", "zar", "a", "0");
    assertThat(words).doesNotHaveDuplicates();
  }

  @Test
  void rejectsBadLines() {
    assertThatThrownBy(() -> FrequentWords.read(new StringReader("di\t9\n"), "t", 5, 5))
        .hasMessageContaining("t line 1");
    assertThatThrownBy(() -> FrequentWords.read(new StringReader("di\t9\t-1\n"), "t", 5, 5))
        .hasMessageContaining("not a count: -1");
    assertThatThrownBy(() -> FrequentWords.read(new StringReader("\n\nda\tx\t1\n"), "t", 5, 5))
        .hasMessageContaining("t line 3");
  }

  @Test
  void bundledListHoldsTheCommonestWords() {
    List<String> words = FrequentWords.bundled();
    assertThat(words).hasSizeGreaterThan(2000).contains("di", "che", "Il", ",", ".");
  }
}
