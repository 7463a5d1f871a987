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

  /**
   * Session 20: {@link SuffixLemmatizer#learn} counts in one primitive table instead of a map of maps; on the
   * bundled lexicon (19,050 entries) it learns exactly the rewrites and sibling lemmas of the counting it replaced.
   */
  @Test
  void learnsWhatTheMapOfMapsCountingLearnt() {
    LemmaDictionary dictionary = OpenNlpTagger.bundledLemmaDictionary();
    java.util.Map<String, java.util.Map<String, Integer>> counts = new java.util.HashMap<>();
    java.util.Map<String, java.util.Map<String, Integer>> stemCounts = new java.util.HashMap<>();
    dictionary.forEach((form, tag, lemma) -> {
      if ("PROPN".equals(tag) || LemmaFeatures.isVerbatim(tag)) {
        return;
      }
      String lower = lemma.toLowerCase(java.util.Locale.ROOT);
      if (form.length() >= 5 && java.util.Set.of("VERB", "ADJ", "NOUN", "AUX", "DET", "PRON").contains(tag)) {
        stemCounts.computeIfAbsent(tag + "\t" + form.substring(0, form.length() - 1), x -> new java.util.HashMap<>())
            .merge(lower, 1, Integer::sum);
      }
      int p = 0;
      while (p < Math.min(form.length(), lower.length()) && form.charAt(p) == lower.charAt(p)) {
        p++;
      }
      String rule = (form.length() - p) + "\t" + lower.substring(p);
      for (int k = 0; k <= Math.min(SuffixLemmatizer.MAX_SUFFIX, form.length() - 2); k++) {
        counts.computeIfAbsent(tag + "\t" + form.substring(form.length() - k), x -> new java.util.HashMap<>())
            .merge(rule, 1, Integer::sum);
      }
    });
    SuffixLemmatizer learnt = SuffixLemmatizer.learn(dictionary);
    assertThat(learnt.rules()).isEqualTo(best(counts)).hasSizeGreaterThan(10_000);
    assertThat(learnt.stems()).isEqualTo(best(stemCounts)).hasSizeGreaterThan(5_000);
  }

  private static java.util.Map<String, String> best(java.util.Map<String, java.util.Map<String, Integer>> counts) {
    java.util.Map<String, String> best = new java.util.HashMap<>();
    counts.forEach((key, m) -> {
      String value = null;
      int count = 0;
      for (java.util.Map.Entry<String, Integer> e : m.entrySet()) {
        if (e.getValue() > count || e.getValue() == count && e.getKey().compareTo(value) < 0) {
          value = e.getKey();
          count = e.getValue();
        }
      }
      best.put(key, value);
    });
    return best;
  }
}
