package it.storia.extractor.token;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 20 ({@code docs/names.md}, branch {@code orgloc20}): two capitals and a period before a capitalised word
 * are a person's initials ("IV. Stalin") unless an article or an articled preposition precedes them: then they are
 * an acronym that ends a sentence ("della DC. La ...", "dell'UE. Il ..."). The sentences are written for the test.
 */
class AcronymAtSentenceEndTest {
  private final ItalianTokenizer tokenizer = ItalianTokenizer.fromClasspath();

  private List<String> tokens(String s) {
    return tokenizer.tokenize(NormalizedText.identity(s)).stream().map(t -> s.substring(t.begin(), t.end())).toList();
  }

  private TokenSpan.Kind kindOf(String s, String token) {
    return tokenizer.tokenize(NormalizedText.identity(s)).stream()
        .filter(t -> s.substring(t.begin(), t.end()).equals(token)).findFirst().orElseThrow().kind();
  }

  @Test
  void anAcronymAfterAnArticledPrepositionEndsTheSentence() {
    assertThat(tokens("la segreteria della DC. La consapevolezza")).containsSubsequence("DC", ".", "La");
    assertThat(tokens("il bilancio dell'UE. Il governo")).containsSubsequence("UE", ".", "Il");
    assertThat(tokens("Sostengo la DC. Non altri")).containsSubsequence("DC", ".", "Non");
    assertThat(kindOf("la segreteria della DC. La consapevolezza", ".")).isEqualTo(TokenSpan.Kind.TERMINAL);
  }

  @Test
  void initialsBeforeASurnameStayOneToken() {
    assertThat(tokens("il potere personale di IV. Stalin, che")).containsSubsequence("IV.", "Stalin");
    assertThat(kindOf("Poi IV. Stalin fu eletto", "IV.")).isEqualTo(TokenSpan.Kind.INITIALS);
  }
}
