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
