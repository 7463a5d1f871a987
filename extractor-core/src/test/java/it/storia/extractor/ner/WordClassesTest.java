package it.storia.extractor.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WordClasses#ordinal}: a token is an ordinal exactly when one {@code ordinal-regex} line matches the whole
 * token, whether the lines are tried as one alternation (the usual case) or one by one (lines with inline flags).
 */
class WordClassesTest {
  private static final List<String> TOKENS = List.of("XIV", "IV", "xiv", "14°", "14º", "14o", "14°o", "1o", "140°",
      "XIVo", "Congresso", "C", "", "14", "iv", "IX°", "Primo", "primo", "PRIMO", "Seconda", "decimo", "Nono", "Prim");

  @Test
  void bundledOrdinalsMatchWhatTheirLinesMatchOneByOne() throws IOException {
    List<String> regexes = List.of("[IVXLC]+", "[0-9]{1,2}[°º]", "[0-9]{1,2}[°º]?o",
        "(?:[Pp]rim|[Ss]econd|[Tt]erz|[Qq]uart|[Qq]uint|[Ss]est|[Ss]ettim|[Oo]ttav|[Nn]on|[Dd]ecim)[oa]");
    WordClasses bundled = WordClasses.fromClasspath();
    assertThat(bundled.ordinalsAsOneAlternation()).as("a non-capturing group keeps the one matcher").isTrue();
    assertThat(bundled.ordinal("XIV")).isTrue();
    assertThat(bundled.ordinal("14°")).isTrue();
    assertThat(bundled.ordinal("Congresso")).isFalse();
    for (String token : TOKENS) {
      assertThat(bundled.ordinal(token)).as(token).isEqualTo(oneByOne(regexes, token));
    }
  }

  @Test
  void alternationOfOverlappingLinesBacktracksIntoTheNextLine(@TempDir Path dir) throws IOException {
    // "14" is a prefix match of the first line only; the whole token is matched by the second line
    List<String> regexes = List.of("[0-9]{1,2}", "[0-9]{1,2}[°º]?o", "X+");
    WordClasses classes = WordClasses.load(rules(dir, regexes));
    for (String token : TOKENS) {
      assertThat(classes.ordinal(token)).as(token).isEqualTo(oneByOne(regexes, token));
    }
    assertThat(classes.ordinal("14o")).isTrue();
  }

  @Test
  void linesWithInlineFlagsAreTriedOneByOne(@TempDir Path dir) throws IOException {
    List<String> regexes = List.of("(?i)[ivxlc]+", "[0-9]{1,2}[°º]");
    WordClasses classes = WordClasses.load(rules(dir, regexes));
    for (String token : TOKENS) {
      assertThat(classes.ordinal(token)).as(token).isEqualTo(oneByOne(regexes, token));
    }
    assertThat(classes.ordinal("xiv")).isTrue();
    assertThat(classes.ordinalsAsOneAlternation()).isFalse();
  }

  /**
   * {@link WordClasses#is} looks plain-ASCII words in lower case, capitals or capitalised up by their own spelling;
   * for every bundled listed word in many casings, accented and with typographic apostrophes, and for mixed-case
   * words, it answers what the folded word's lookup answers, for every class.
   */
  @Test
  void isAnswersWhatTheFoldedLookupAnswers() {
    WordClasses bundled = WordClasses.fromClasspath();
    java.util.Set<String> words = new java.util.TreeSet<>(List.of("", "'", "`", "a`", "McDonald", "d'Italia",
        "D'Italia", "DC", "Dc", "dC", "URSSa", "Città", "CITTÀ", "città", "Zinov’ev", "l’Italia", "1945", "14°",
        "Stato", "STATO", "stato", "sTato", "Governo", "governo", "GOVERNO", "Ministero", "Via", "via", "Don", "D."));
    int listed = 0;
    for (WordClasses.WordClass c : WordClasses.WordClass.values()) {
      for (String w : bundled.listed(c)) {
        listed++;
        String cap = w.isEmpty() ? w : w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1);
        words.addAll(List.of(w, cap, w.toUpperCase(java.util.Locale.ROOT), w + "X", "X" + w, w.replace('a', 'à'),
            w.replace('\'', '’'), cap.replace('\'', '’'), w.length() > 1 ? w.charAt(0) + w.substring(1, 2)
                .toUpperCase(java.util.Locale.ROOT) + w.substring(2) : w));
      }
    }
    assertThat(listed).as("bundled listed words").isGreaterThan(500);
    int hits = 0;
    for (String w : words) {
      for (WordClasses.WordClass c : WordClasses.WordClass.values()) {
        boolean expected = bundled.isFolded(c, w);
        assertThat(bundled.is(c, w)).as(c + " " + w).isEqualTo(expected);
        hits += expected ? 1 : 0;
      }
    }
    assertThat(hits).as("words found in a class").isGreaterThan(listed);
    assertThat(bundled.is(WordClasses.WordClass.NOT_ALONE, "STATO")).isTrue();
    assertThat(bundled.is(WordClasses.WordClass.NOT_ALONE, "sTato")).isTrue();
  }

  private static boolean oneByOne(List<String> regexes, String token) {
    return regexes.stream().anyMatch(r -> Pattern.compile(r).matcher(token).matches());
  }

  private static Path rules(Path dir, List<String> regexes) throws IOException {
    StringBuilder text = new StringBuilder("# test word classes\ntitle\tpresidente\n");
    for (String r : regexes) {
      text.append("ordinal-regex\t").append(r).append('\n');
    }
    Path file = dir.resolve("rules.tsv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
