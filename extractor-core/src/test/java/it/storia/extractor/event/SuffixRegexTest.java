package it.storia.extractor.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link SuffixRegex}: every word regex of the bundled pattern files that it takes over gives, on every test word,
 * the answer of {@code Pattern.matcher(word).matches()}; regexes that test more than an ending are left to
 * {@link Pattern}.
 */
class SuffixRegexTest {
  private static final Pattern REGEX_VALUE = Pattern.compile("=/([^/]+)/");
  private static final List<String> WORDS = List.of("", "o", "a", "à", "espulso", "espulsa", "espulsi", "espulse",
      "città", "ò", "arrestato\n", "arrest\nato", "a\u2028o", "x\ro", "fine\u0085", "politicamente", "mente",
      "sarebbero", "avrebbe", "lavorano", "furono", "sono", "dimettersi", "arrestarlo", "combattendo", "ESPULSO",
      "accusato", "accusa", "100mila", "1925", "l'espulso", "espulsoo", "rono", "ano");

  private static Set<String> bundledRegexes() {
    Set<String> out = new LinkedHashSet<>();
    for (String file : List.of("patterns.txt", "arguments.txt")) {
      for (DataFiles.Line line : DataFiles.classpath(file)) {
        Matcher m = REGEX_VALUE.matcher(line.text());
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  @Test
  void endingRegexesOfTheBundledFilesAnswerAsThePatternDoes() {
    List<String> taken = new ArrayList<>();
    for (String regex : bundledRegexes()) {
      Predicate<String> suffix = SuffixRegex.of(regex);
      if (suffix == null) {
        continue;
      }
      taken.add(regex);
      Pattern p = Pattern.compile(regex);
      for (String w : WORDS) {
        assertThat(suffix.test(w)).as("/" + regex + "/ on '" + w + "'").isEqualTo(p.matcher(w).matches());
      }
    }
    assertThat(taken).contains(".*o", ".*[aà]", ".*mente", ".*(rono|ano|ono)");
  }

  @Test
  void regexesThatTestMoreThanAnEndingAreLeftToPattern() {
    for (String regex : List.of("accus.*", "\\d+", "\\d.*", ".*", ".*\\w", ".*[a-z]", ".*(a|)", ".*(a|b.)",
        "(fec|fa)\\w*", ".*[^a]", ".*o+", ".*[]")) {
      assertThat(SuffixRegex.of(regex)).as(regex).isNull();
    }
  }
}
