package it.storia.extractor.token;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.NormalizedText;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ItalianTokenizerTest {
  private final ItalianTokenizer tokenizer = ItalianTokenizer.fromClasspath();
  private final ItalianNormalizer normalizer = ItalianNormalizer.fromClasspath();

  private List<String> tokens(String s) {
    NormalizedText nt = normalizer.normalize(s);
    return tokenizer.tokenize(nt).stream().map(t -> nt.originalText(t.begin(), t.end())).collect(Collectors.toList());
  }

  private List<TokenSpan.Kind> kinds(String s) {
    return tokenizer.tokenize(normalizer.normalize(s)).stream().map(TokenSpan::kind).collect(Collectors.toList());
  }

  @Test
  void splitsElisionsButNotTransliterations() {
    assertThat(tokens("XIII Congresso dell'RCP (b)")).containsExactly("XIII", "Congresso", "dell'", "RCP", "(b)");
    assertThat(tokens("l’opposizione")).containsExactly("l’", "opposizione");
    assertThat(tokens("c'era Zinov'ev")).containsExactly("c'", "era", "Zinov'ev");
    assertThat(tokens("un po' di")).containsExactly("un", "po'", "di");
  }

  @Test
  void aOneLetterElisionBeforeASpaceKeepsItsApostrophe() {
    assertThat(tokens("il Regno d' Italia e l' on. De Gasperi"))
        .containsExactly("il", "Regno", "d'", "Italia", "e", "l'", "on.", "De", "Gasperi");
    assertThat(tokens("Alfredo D' Avanzo")).containsExactly("Alfredo", "D'", "Avanzo");
    assertThat(tokens("la 'd' finale")).as("a quoted letter is no elision").containsExactly("la", "'", "d", "'",
        "finale");
  }

  @Test
  void keepsInitialsAndAbbreviationsWhole() {
    assertThat(tokens("V.I. Lenin e L. D. Trotsky")).containsExactly("V.I.", "Lenin", "e", "L.", "D.", "Trotsky");
    assertThat(tokens("IV. Stalin")).containsExactly("IV.", "Stalin");
    assertThat(kinds("IV. Stalin").get(0)).isEqualTo(TokenSpan.Kind.INITIALS);
    assertThat(tokens("Kam. e Zin. ha lanciato, ecc.")).containsExactly("Kam.", "e", "Zin.", "ha", "lanciato", ",",
        "ecc.");
    assertThat(tokens("nel 1925 ᴦ. Kamenev")).containsExactly("nel", "1925", "ᴦ.", "Kamenev");
    assertThat(tokens("Il D.r Willi v. Walther e il d.r Damm.")).containsExactly("Il", "D.r", "Willi", "v.",
        "Walther", "e", "il", "d.r", "Damm", ".");
  }

  @Test
  void keepsNumbersWhole() {
    assertThat(tokens("1.500 imprese, 100mila lavoratori, il 14° Congresso, 24.09.2019, l'11%"))
        .containsExactly("1.500", "imprese", ",", "100mila", "lavoratori", ",", "il", "14°", "Congresso", ",",
            "24.09.2019", ",", "l'", "11", "%");
    assertThat(tokens("nel 1928-1930.")).containsExactly("nel", "1928", "-", "1930", ".");
    assertThat(tokens("anni '20")).containsExactly("anni", "'20");
  }

  @Test
  void splitsNameChainsButNotCompounds() {
    assertThat(tokens("Stalin-Zinoviev-Kamenev")).containsExactly("Stalin", "-", "Zinoviev", "-", "Kamenev");
    assertThat(tokens("politico-partitiche")).containsExactly("politico-partitiche");
  }

  @Test
  void groupsTerminalPunctuationRuns() {
    assertThat(tokens("persone !!! dove porta?? Poi...")).containsExactly("persone", "!!!", "dove", "porta", "??",
        "Poi", "...");
  }

  @Test
  void listsMultiWordTokens() {
    assertThat(tokenizer.words("della")).containsExactly("di", "la");
    assertThat(tokenizer.words("Nell'")).containsExactly("in", "l'");
    assertThat(tokenizer.words("Stalin")).isEmpty();
  }
}
