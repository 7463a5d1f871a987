package it.storia.extractor.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseRatiosTest {
  private static List<String> words(String sentence) {
    return Arrays.asList(sentence.split(" "));
  }

  /** Sentences in the style of the reference sample (lotta-per-il-potere). */
  private static List<List<String>> text() {
    List<List<String>> s = new ArrayList<>();
    s.add(words("Il Comitato centrale del partito espulse Trotsky nel 1927 ."));
    s.add(words("Il partito comunista dell' URSS sosteneva Stalin e lo Stato ."));
    s.add(words("Nel 1926 Trotsky , Zinoviev e Kamenev formarono l' opposizione unificata ."));
    s.add(words("Il segretario generale del partito era Stalin e il capo ."));
    s.add(words("Lo stato sovietico e il partito erano una cosa sola secondo Trotsky ."));
    s.add(words("Il potere dello Stato passò al segretario , non al partito ."));
    s.add(words("Nel partito lo stato d' animo era cupo e il congresso approvò ."));
    return s;
  }

  @Test
  void bucketsCapitalisedFormsByHowOftenTheirLowerCaseFormIsWrittenInLowerCase() {
    Map<String, String> table = CaseRatios.defaults().learn(text());
    // "Il" opens sentences only, and "il" is written in lower case mid-sentence 3 times: a common word
    assertThat(table).containsEntry("Il", "L");
    // "Trotsky" is always capitalised mid-sentence (3 times) and never lower case: a name
    assertThat(table).containsEntry("Trotsky", "U");
    // "Stato" twice capitalised mid-sentence, "stato" twice in lower case: mixed
    assertThat(table).containsEntry("Stato", "m");
    // only capitalised forms are keys: lower-case tokens never fire the feature
    assertThat(table.keySet()).allSatisfy(k -> assertThat(Character.isUpperCase(k.codePointAt(0))).isTrue());
    // "Kamenev" is seen once: below the count threshold, no entry
    assertThat(table).doesNotContainKey("Kamenev");
    // "Nel" opens two sentences; "nel" once in lower case: 1 + 0 counted occurrences < 3
    assertThat(table).doesNotContainKey("Nel");
  }

  @Test
  void thresholdsAndValidation() {
    assertThat(CaseRatios.bucket(1.0)).isEqualTo("L");
    assertThat(CaseRatios.bucket(0.8)).isEqualTo("l");
    assertThat(CaseRatios.bucket(0.5)).isEqualTo("m");
    assertThat(CaseRatios.bucket(0.1)).isEqualTo("u");
    assertThat(CaseRatios.bucket(0.0)).isEqualTo("U");
    assertThat(new CaseRatios(1).learn(text())).containsEntry("Kamenev", "U").containsEntry("Nel", "L");
    assertThatThrownBy(() -> new CaseRatios(0)).hasMessageContaining("0");
  }
}
