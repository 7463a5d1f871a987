package it.storia.extractor.time;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.text.ItalianNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StartCharsTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = StartCharsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static TemporalRules bundled() throws IOException {
    String rules = resource("/it/storia/extractor/time/temporal-rules.txt");
    return TemporalRules.parse(new BufferedReader(new StringReader(rules)), "bundled");
  }

  @Test
  void readsLiteralsGroupsAlternationsAndOptionalParts() {
    StartChars s = StartChars.of("(?<![\\p{L}\\p{N}])(?:\\Qgennaio\\E|\\Qsan\\E\\s{1,2}\\Qsilvestro\\E)");
    assertThat(s.any()).isFalse();
    assertThat(s.mayStart('g')).isTrue();
    assertThat(s.mayStart('S')).isTrue();
    assertThat(s.mayStart('a')).isFalse();
    assertThat(s.mayStart('1')).isFalse();

    StartChars optional = StartChars.of("(?:(?<day>3[01]|[12][0-9])\\s{1,3})?(?<year>[1-9][0-9]{0,3})\\s{0,2}a\\.C\\.");
    assertThat(optional.mayStart('5')).isTrue();
    assertThat(optional.mayStart('0')).isFalse();
    assertThat(optional.mayStart('a')).isFalse();

    StartChars quoteThenOptional = StartChars.of("\\Qab\\E?c");
    assertThat(quoteThenOptional.mayStart('a')).isTrue();
    assertThat(quoteThenOptional.mayStart('c')).isFalse();

    StartChars lookahead = StartChars.of("(?=x)(?<!y)(?-i:[IVX]{1,5})\\s+secolo");
    assertThat(lookahead.mayStart('v')).as("case is ignored, as a superset").isTrue();
    assertThat(lookahead.mayStart('x')).isTrue();
    assertThat(lookahead.mayStart('s')).isFalse();
  }

  /** Java's case-insensitive matching lets "ſ" (long s) match "s" and the Kelvin sign match "k": so do we. */
  @Test
  void caseVariantsOfTheTextAreChecked() {
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    assertThat(Pattern.compile("s", flags).matcher("\u017F").matches()).isTrue();
    assertThat(Pattern.compile("k", flags).matcher("\u212A").matches()).isTrue();
    assertThat(StartChars.of("\\Qsecolo\\E").mayStart('\u017F')).isTrue();
    assertThat(StartChars.of("[k]m").mayStart('\u212A')).isTrue();
    assertThat(StartChars.of("\\Qsecolo\\E").mayStart('t')).isFalse();
  }

  @Test
  void readsTheFirstTwoCharacters() {
    StartChars months = StartChars.of("(?<![\\p{L}\\p{N}])(?:\\Qmarzo\\E|\\Qmaggio\\E|\\Qnel\\E\\s{1,2}\\Qsan\\E)");
    assertThat(months.hasPairs()).isTrue();
    assertThat(pair(months, "Ma")).isTrue();
    assertThat(pair(months, "ne")).isTrue();
    assertThat(pair(months, "me")).as("'me' starts no alternative").isFalse();
    assertThat(pair(months, "mè")).isFalse();

    StartChars day = StartChars.of("(?<day>3[01]|[12][0-9]|0?[1-9])(?:°|º)?\\s{1,2}\\Qmaggio\\E");
    assertThat(pair(day, "1 ")).isTrue();
    assertThat(pair(day, "12")).isTrue();
    assertThat(pair(day, "05")).isTrue();
    assertThat(pair(day, "3°")).as("any non-ASCII character stands for all").isTrue();
    assertThat(pair(day, "1a")).isFalse();
    assertThat(pair(day, "00")).isFalse();

    StartChars optionalSecond = StartChars.of("\\Qab\\E?");
    assertThat(pair(optionalSecond, "ax")).as("'a' alone is a match").isTrue();

    StartChars unread = StartChars.of("a\\p{L}b");
    assertThat(unread.hasPairs()).isTrue();
    assertThat(pair(unread, "aé")).isTrue();
    assertThat(pair(unread, "bc")).isFalse();
    assertThat(unread.mayStartPair(StartChars.pairCode('a'), StartChars.pairCode('\u017F')))
        .as("long s matches an ASCII s case-insensitively: not filtered").isTrue();
  }

  private static boolean pair(StartChars s, String two) {
    return s.mayStart(two.codePointAt(0))
        && s.mayStartPair(StartChars.pairCode(two.charAt(0)), StartChars.pairCode(two.charAt(1)));
  }

  @Test
  void unknownOrEmptyStartsAreTriedEverywhere() {
    assertThat(StartChars.of("\\p{Lu}abc").any()).isTrue();
    assertThat(StartChars.of("\\w*abc").any()).isTrue();
    assertThat(StartChars.of("[^a]bc").any()).isTrue();
    assertThat(StartChars.of(".bc").any()).isTrue();
    assertThat(StartChars.of("(?:ab)?").any()).as("matches the empty string").isTrue();
    assertThat(StartChars.of("a|\\dx").any()).isTrue();
    assertThat(StartChars.of("[a[b]]c").any()).as("nested class: not read").isTrue();
    assertThat(StartChars.of("(?<sep>[./])x\\k<sep>").mayStart('/')).isTrue();
    assertThat(StartChars.of("(?<sep>[./])x\\k<sep>").mayStart('x')).isFalse();
  }

  @Test
  void everyBundledRuleIsIndexed() throws IOException {
    List<String> unindexed = new ArrayList<>();
    for (TemporalRules.Rule rule : bundled().rules()) {
      if (rule.starts().any() || !rule.starts().hasPairs()) {
        unindexed.add(rule.name());
      }
    }
    assertThat(unindexed).isEmpty();
  }

  /**
   * Soundness on real text: wherever a bundled rule matches (at any word start of the sample and of every text of
   * the time dev set, not only token starts), its start characters admit the match's first character and its
   * prefixes the first two.
   */
  @Test
  void noMatchOfABundledRuleStartsOutsideItsStartChars() throws IOException {
    ItalianNormalizer normalizer = ItalianNormalizer.fromClasspath();
    List<String> texts = new ArrayList<>();
    texts.add(resource("/devset/events/lotta-per-il-potere.txt"));
    try (Stream<Path> files = Files.list(Path.of(URI.create(
        StartCharsTest.class.getResource("/devset/time/texts/").toString())))) {
      for (Path f : files.sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    assertThat(texts).hasSizeGreaterThan(10);
    int matches = 0;
    for (String original : texts) {
      String text = normalizer.normalize(original).text();
      for (TemporalRules.Rule rule : bundled().rules()) {
        Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < text.length(); i++) {
          if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) { // every bundled rule starts with {@B}
            continue;
          }
          m.region(i, text.length());
          if (m.lookingAt() && m.end() > i) {
            matches++;
            int next = i + Character.charCount(text.codePointAt(i));
            assertThat(rule.starts().mayStart(text.codePointAt(i)))
                .as("rule %s at %d: '%s'", rule.name(), i, m.group()).isTrue();
            assertThat(rule.starts().mayStartPair(StartChars.pairCode(text.codePointAt(i)),
                next < text.length() ? StartChars.pairCode(text.codePointAt(next)) : -1))
                .as("pair of rule %s at %d: '%s'", rule.name(), i, m.group()).isTrue();
          }
        }
      }
    }
    assertThat(matches).isGreaterThan(1000);
  }
  /**
   * The index of all bundled rules admits, for every character of the sample and every BMP code point up to
   * U+2FFF (Latin, Greek, Cyrillic, punctuation, the Kelvin sign...), exactly the rules whose own filter admits it.
   */
  @Test
  void indexAdmitsExactlyWhatEachRuleAdmits() throws IOException {
    List<StartChars> starts = bundled().rules().stream().map(TemporalRules.Rule::starts).toList();
    assertThat(starts).as("more than one mask word").hasSizeGreaterThan(64);
    StartChars.Index index = new StartChars.Index(starts);
    List<Integer> codePoints = new ArrayList<>();
    it.storia.extractor.Samples.lotta().codePoints().forEach(codePoints::add);
    for (int c = 0; c <= 0x2FFF; c++) {
      codePoints.add(c);
    }
    codePoints.add(0x1D400);
    int admittedSomewhere = 0;
    for (int c : codePoints) {
      long[] mask = index.admitting(c);
      for (int r = 0; r < starts.size(); r++) {
        boolean expected = starts.get(r).any() || starts.get(r).mayStart(c);
        assertThat(StartChars.Index.admits(mask, r)).as("rule %d at U+%04X", r, c).isEqualTo(expected);
        admittedSomewhere += expected && !starts.get(r).any() ? 1 : 0;
      }
    }
    assertThat(admittedSomewhere).isPositive();
    long[] endOfText = index.admitting(-1);
    for (int r = 0; r < starts.size(); r++) {
      assertThat(StartChars.Index.admits(endOfText, r)).as("rule %d at the end", r).isEqualTo(starts.get(r).any());
    }
  }

  @Test
  void readsTheDigitAndTheLongestMatch() {
    StartChars year = StartChars.of("(?<![\\p{L}])(?:nel|del)\\s{1,2}(?<year>1[0-9]{3})(?![0-9])");
    assertThat(year.needsDigit()).isTrue();
    assertThat(year.maxLength()).isEqualTo(3 + 2 + 4);
    assertThat(year.mayMatchWithDigitAt(9)).isTrue();
    assertThat(year.mayMatchWithDigitAt(10)).isFalse();
    assertThat(year.mayMatchWithDigitAt(Integer.MAX_VALUE)).isFalse();

    StartChars optionalDigit = StartChars.of("maggio(?:\\s[0-9]{4})?");
    assertThat(optionalDigit.needsDigit()).isFalse();
    assertThat(optionalDigit.maxLength()).isEqualTo(11);
    assertThat(optionalDigit.mayMatchWithDigitAt(Integer.MAX_VALUE)).isTrue();

    assertThat(StartChars.of("(?:[0-9]+|primo)\\s{1,2}maggio").needsDigit()).as("one alternative has none").isFalse();
    assertThat(StartChars.of("(?:[0-9]{1,2}|x[0-9])\\s{1,2}maggio").needsDigit()).isTrue();
    assertThat(StartChars.of("[0-9]+\\s").maxLength()).isEqualTo(StartChars.UNBOUNDED);
    assertThat(StartChars.of("[0-9]{2,}").maxLength()).isEqualTo(StartChars.UNBOUNDED);
    assertThat(StartChars.of("\\Qa1\\E?b").needsDigit()).as("the quantifier makes the quote's last character optional")
        .isFalse();
    assertThat(StartChars.of("\\Q1a\\E?b").needsDigit()).isTrue();
    assertThat(StartChars.of("\\Q1a\\E{0,3}b").maxLength()).isEqualTo(1 + 3 + 1);
    assertThat(StartChars.of("a.b").maxLength()).as("a supplementary character is two chars").isEqualTo(4);
    assertThat(StartChars.of("(?<x>a)\\k<x>").maxLength()).isEqualTo(StartChars.UNBOUNDED);
    assertThat(StartChars.of("a\\R").maxLength()).isEqualTo(StartChars.UNBOUNDED);
    assertThat(StartChars.of("(?=[0-9]{4})anno").needsDigit()).as("a look-ahead consumes nothing").isFalse();
  }

  /**
   * Soundness of the digit filter on real text: wherever a bundled rule matches (at any word start of the sample and
   * of every text of the time dev set), the match is no longer than the rule's longest length, and it holds an ASCII
   * digit when the rule says every match does.
   */
  @Test
  void everyMatchOfABundledRuleFitsItsDigitFilter() throws IOException {
    ItalianNormalizer normalizer = ItalianNormalizer.fromClasspath();
    List<String> texts = new ArrayList<>();
    texts.add(resource("/devset/events/lotta-per-il-potere.txt"));
    try (Stream<Path> files = Files.list(Path.of(URI.create(
        StartCharsTest.class.getResource("/devset/time/texts/").toString())))) {
      for (Path f : files.sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    List<TemporalRules.Rule> rules = bundled().rules();
    long digitRules = rules.stream().filter(r -> r.starts().needsDigit()).count();
    long bounded = rules.stream().filter(r -> r.starts().maxLength() < StartChars.UNBOUNDED).count();
    assertThat(digitRules).as("rules that need a digit").isGreaterThan(rules.size() / 3);
    assertThat(bounded).as("rules with a bounded length").isGreaterThan(rules.size() / 2);
    int digitMatches = 0;
    int wordMatches = 0;
    long wordRules = rules.stream().filter(r -> r.starts().needWords() != null).count();
    assertThat(wordRules).as("rules that need one of some words").isGreaterThan(rules.size() / 3);
    for (String original : texts) {
      String text = normalizer.normalize(original).text();
      String folded = StartChars.foldText(text);
      for (TemporalRules.Rule rule : rules) {
        Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < text.length(); i++) {
          if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) { // every bundled rule starts with {@B}
            continue;
          }
          m.region(i, text.length());
          if (m.lookingAt() && m.end() > i) {
            assertThat(m.end() - i).as("length of rule %s at %d: '%s'", rule.name(), i, m.group())
                .isLessThanOrEqualTo(rule.starts().maxLength());
            int[] span = RuleTemporalTagger.digitSpans(text, new int[] {i}, 1);
            assertThat(rule.starts().mayMatchWithDigitAt(span[0]))
                .as("digit of rule %s at %d: '%s'", rule.name(), i, m.group()).isTrue();
            if (rule.starts().needsDigit()) {
              assertThat(m.group()).as("rule %s", rule.name()).containsPattern("[0-9]");
              digitMatches++;
            }
            List<String> words = rule.starts().needWords();
            if (words != null) {
              assertThat(words).as("needed words of rule %s in '%s'", rule.name(), m.group())
                  .anyMatch(w -> folded.substring(m.start(), m.end()).contains(w));
              int[] wordSpan = RuleTemporalTagger.wordSpans(folded, words, new int[] {i}, 1);
              assertThat(rule.starts().mayMatchWithWordAt(wordSpan[0]))
                  .as("words of rule %s at %d: '%s'", rule.name(), i, m.group()).isTrue();
              wordMatches++;
            }
          }
        }
      }
    }
    assertThat(digitMatches).isGreaterThan(500);
    assertThat(wordMatches).isGreaterThan(500);
  }

  @Test
  void readsTheWordsEveryMatchHolds() {
    assertThat(StartChars.of("(?<![\\p{L}])(?:nel|del)\\s{1,2}(?<year>1[0-9]{3})").needWords())
        .containsExactly("del", "nel");
    assertThat(StartChars.of("(?:\\Qgennaio\\E|\\QFebbraio\\E)\\s{1,2}[0-9]{4}").needWords())
        .containsExactly("febbraio", "gennaio");
    assertThat(StartChars.of("(?:\\Qsan\\E\\s{1,2}\\QSilvestro\\E|\\QNatale\\E)").needWords())
        .as("the longest word of each alternative").containsExactly("natale", "silvestro");
    assertThat(StartChars.of("(?:prima|dopo)?\\s{1,2}[0-9]{4}").needWords()).as("optional").isNull();
    assertThat(StartChars.of("(?:prima|[0-9]{4})").needWords()).as("an alternative with no word").isNull();
    assertThat(StartChars.of("dell'?anno").needWords()).as("both spellings").containsExactly("dell'anno", "dellanno");
    assertThat(StartChars.of("de(?=x)l\\s").needWords()).as("a look-ahead consumes nothing").containsExactly("del");
    assertThat(StartChars.of("\\Qabcd\\E?").needWords()).containsExactly("abc");
    assertThat(StartChars.of("ab").needWords()).as("too short to filter").isNull();
    assertThat(StartChars.foldText("Secolo ſ KELVIN")).isEqualTo("secolo s kelvin");
  }
}
