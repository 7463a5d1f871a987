package it.storia.extractor.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class SuffixLemmatizerTest {
  private static LemmaDictionary.Builder lexicon() {
    return new LemmaDictionary.Builder()
        .add("espulso", "VERB", "espellere")
        .add("arrestarono", "VERB", "arrestare")
        .add("firmarono", "VERB", "firmare")
        .add("amici", "NOUN", "amico")
        .add("nemici", "NOUN", "nemico")
        .add("Partito", "NOUN", "partito")
        .add("partito", "NOUN", "partito")
        .add("partito", "NOUN", "partita");
  }

  @Test
  void lexiconKeepsTheMostFrequentLemmaAndMatchesLowerCase() throws Exception {
    LemmaDictionary d = lexicon().build();
    assertThat(d.lemma("PARTITO", "NOUN")).contains("partito");
    assertThat(d.lemma("partito", "VERB")).isEmpty();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lexicon().write(out);
    LemmaDictionary read = LemmaDictionary.read(new ByteArrayInputStream(out.toByteArray()), "mem");
    assertThat(read.size()).isEqualTo(d.size());
    assertThat(read.lemma("espulso", "VERB")).contains("espellere");
  }

  @Test
  void unknownFormsTakeASiblingsLemmaOrTheLongestSuffixRule() {
    SuffixLemmatizer s = SuffixLemmatizer.learn(lexicon().build());
    assertThat(s.lemma("espulsi", "VERB")).contains("espellere");
    assertThat(s.lemma("deportarono", "VERB")).contains("deportare");
    assertThat(s.lemma("Bolscevici", "NOUN")).contains("bolscevico");
    assertThat(s.lemma("forse", "ADV")).isEmpty();
  }
}
