package it.storia.extractor.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.io.CountTable;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

  /**
   * The bundled list, now built from the shared table with a partial selection, is the list of the full sort it
   * replaced (every line sorted by count, then by word), element for element.
   */
  @Test
  void bundledListIsTheFullSortsList() {
    record Count(String word, long lower, long cap) {}
    List<Count> counts = new ArrayList<>();
    CountTable table = CommonWordCounts.bundled().orElseThrow();
    table.names().forEach(w -> counts.add(new Count(w, table.count(w, 0), table.count(w, 1))));
    Set<String> out = new LinkedHashSet<>();
    counts.sort(Comparator.comparingLong(Count::lower).reversed().thenComparing(Count::word));
    for (int i = 0; i < Math.min(FrequentWords.LOWER_WORDS, counts.size()) && counts.get(i).lower() > 0; i++) {
      out.add(counts.get(i).word());
    }
    counts.sort(Comparator.comparingLong(Count::cap).reversed().thenComparing(Count::word));
    for (int i = 0; i < Math.min(FrequentWords.CAPITALISED_WORDS, counts.size()) && counts.get(i).cap() > 0; i++) {
      String w = counts.get(i).word();
      int first = w.codePointAt(0);
      out.add(new StringBuilder().appendCodePoint(Character.toUpperCase(first))
          .append(w, Character.charCount(first), w.length()).toString());
    }
    for (char c = '!'; c <= '~'; c++) {
      if (!Character.isLetterOrDigit(c)) {
        out.add(String.valueOf(c));
      }
    }
    assertThat(FrequentWords.bundled()).containsExactlyElementsOf(out);
  }

  @Test
  void tiesAtTheCutAreBrokenByTheWord() throws IOException {
    String counts = "c\t5\t0\nb\t5\t0\na\t5\t0\nz\t9\t0\nq\t1\t0\n";
    assertThat(FrequentWords.read(new StringReader(counts), "t", 3, 0).subList(0, 3)).containsExactly("z", "a", "b");
    assertThat(FrequentWords.read(new StringReader(counts), "t", 9, 0).subList(0, 5))
        .containsExactly("z", "a", "b", "c", "q");
  }
}
