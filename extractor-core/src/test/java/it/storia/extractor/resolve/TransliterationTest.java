package it.storia.extractor.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TransliterationTest {
  private static final Transliteration BUNDLED = Transliteration.fromClasspath();

  @Test
  void literalPrefixStopsAtTheFirstMetacharacterAndDropsAnOptionalCharacter() {
    assertThat(Transliteration.literalPrefix("ckij\\b")).isEqualTo("ckij");
    assertThat(Transliteration.literalPrefix("'e")).isEqualTo("'e");
    assertThat(Transliteration.literalPrefix("ab?c")).isEqualTo("a");
    assertThat(Transliteration.literalPrefix("ab*")).isEqualTo("a");
    assertThat(Transliteration.literalPrefix("ab{0,2}")).isEqualTo("a");
    assertThat(Transliteration.literalPrefix("ab+")).isEqualTo("ab");
    assertThat(Transliteration.literalPrefix("ab|cd")).as("an alternation: no prefix").isEmpty();
    assertThat(Transliteration.literalPrefix("([a-z])\\1")).isEmpty();
    assertThat(Transliteration.literalPrefix("(?i)kh")).isEmpty();
  }

  @Test
  void knownKeys() {
    assertThat(BUNDLED.key("Trockij")).isEqualTo("trotski");
    assertThat(BUNDLED.key("Trotsky")).isEqualTo("trotski");
    assertThat(BUNDLED.key("Zinov’ev")).isEqualTo("zinoviev");
    assertThat(BUNDLED.key("Bukharin")).isEqualTo(BUNDLED.key("Bucharin"));
    assertThat(BUNDLED.key("  Lev \t Davidovič\u00a0Trockij ")).isEqualTo("lev davidovic trotski");
  }

  /**
   * The shortcuts of {@link Transliteration#key} (rules skipped when their literal prefix is absent, the spacing
   * regex skipped on a single-spaced key) give the key of running everything, for every run of one to four words of
   * the names dev texts and the sample, and for odd spacing; and they skip most rules.
   */
  @Test
  void sameKeysAsRunningEveryRuleOnRealText() throws IOException {
    List<String> texts = new ArrayList<>();
    try (InputStream in = TransliterationTest.class.getResourceAsStream("/devset/names/lotta.txt")) {
      texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    try (Stream<Path> files = Files.list(Path.of(URI.create(
        TransliterationTest.class.getResource("/devset/names/").toString())))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    Set<String> names = new LinkedHashSet<>(List.of("", " ", "a  b", "a\u00a0b", "a\u2028b", " x", "x ", "\u001cx",
        "x\u001c", "a \tb", "O' Brien", "Dell'Acqua", "Jabłoński", "ſchmidt", "Ÿves", "Mc Kay", "Dzhugashvili"));
    for (String text : texts) {
      String[] words = text.split("[\\s\\p{Punct}&&[^'’-]]+");
      for (int i = 0; i < words.length; i++) {
        StringBuilder run = new StringBuilder();
        for (int n = 0; n < 4 && i + n < words.length; n++) {
          run.append(n == 0 ? "" : " ").append(words[i + n]);
          names.add(run.toString());
        }
      }
    }
    assertThat(names).hasSizeGreaterThan(100_000);
    long run = 0;
    long changed = 0;
    for (String name : names) {
      String expected = BUNDLED.keyWithoutShortcuts(name);
      assertThat(BUNDLED.key(name)).as("key of '%s'", name).isEqualTo(expected);
      run += BUNDLED.rulesRun(name);
      changed += expected.equals(name.toLowerCase(java.util.Locale.ROOT)) ? 0 : 1;
    }
    assertThat(changed).as("the rules rewrite some keys").isGreaterThan(1000);
    int rules = BUNDLED.keyWithoutShortcutsRuleCount();
    assertThat(run).as("rules run, of %d per key", rules).isLessThan((long) names.size() * rules / 4);
  }
}
