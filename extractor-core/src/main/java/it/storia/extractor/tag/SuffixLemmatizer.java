package it.storia.extractor.tag;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lemmatizes words the lexicon does not know by analogy with words it knows. First by sibling: a known form of the
 * same tag that differs only in the last letter gives its lemma ("espulsi" → "espellere" from "espulso"). Then
 * by suffix: from every lexicon entry it learns a
 * rewrite "cut the last k characters, append s" (e.g. NOUN "nemici" → "nemico": cut 2, append "co"), indexed by
 * the tag and the form's last 1 to {@value #MAX_SUFFIX} characters; an unknown form takes the most frequent
 * rewrite of its longest known (tag, suffix).
 *
 * <p>Built once from a {@link LemmaDictionary} (deterministic: ties go to the alphabetically first rewrite).
 * Immutable and thread-safe.
 */
public final class SuffixLemmatizer {
  /** Tags whose forms differ from a sibling form of the same lemma in the last letter ("espulso", "espulsi"). */
  private static final java.util.Set<String> STEM_TAGS = java.util.Set.of("VERB", "ADJ", "NOUN", "AUX", "DET",
      "PRON");

  /** The longest suffix used as a key. */
  static final int MAX_SUFFIX = 6;
  /** Forms shorter than this keep at least this many characters of stem before the suffix key. */
  private static final int MIN_STEM = 2;

  /** Forms at least this long are also indexed by their stem (the form without its last letter). */
  private static final int MIN_STEM_FORM = 5;

  private final Map<String, String> rules;
  private final Map<String, String> stems;

  /** Takes ownership of two fresh maps that nothing else references (never modified afterwards). */
  private SuffixLemmatizer(Map<String, String> rules, Map<String, String> stems) {
    this.rules = java.util.Collections.unmodifiableMap(rules);
    this.stems = java.util.Collections.unmodifiableMap(stems);
  }

  /** Learns the rewrites of a lexicon. */
  public static SuffixLemmatizer learn(LemmaDictionary dictionary) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    Map<String, Map<String, Integer>> stemCounts = new HashMap<>();
    dictionary.forEach((form, tag, lemma) -> {
      if ("PROPN".equals(tag) || LemmaFeatures.isVerbatim(tag)) {
        return;
      }
      if (form.length() >= MIN_STEM_FORM && STEM_TAGS.contains(tag)) {
        stemCounts.computeIfAbsent(key(tag, form.substring(0, form.length() - 1)), x -> new HashMap<>())
            .merge(lemma.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
      String rule = rule(form, lemma.toLowerCase(Locale.ROOT));
      int max = Math.min(MAX_SUFFIX, form.length() - MIN_STEM);
      for (int k = 0; k <= max; k++) {
        counts.computeIfAbsent(key(tag, form.substring(form.length() - k)), x -> new HashMap<>())
            .merge(rule, 1, Integer::sum);
      }
    });
    return new SuffixLemmatizer(best(counts), best(stemCounts));
  }

  private static Map<String, String> best(Map<String, Map<String, Integer>> counts) {
    Map<String, String> best = new HashMap<>(counts.size() * 4 / 3 + 1);
    counts.forEach((key, m) -> {
      String bestValue = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> e : m.entrySet()) {
        if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey().compareTo(bestValue) < 0) {
          bestValue = e.getKey();
          bestCount = e.getValue();
        }
      }
      best.put(key, bestValue);
    });
    return best;
  }

  /** The lemma of a form with a tag, by its longest known suffix; empty when no suffix of the tag is known. */
  public Optional<String> lemma(String form, String tag) {
    String f = form.toLowerCase(Locale.ROOT);
    if (f.length() >= MIN_STEM_FORM) {
      String sibling = stems.get(key(tag, f.substring(0, f.length() - 1)));
      if (sibling != null) {
        return Optional.of(sibling);
      }
    }
    int max = Math.min(MAX_SUFFIX, f.length() - MIN_STEM);
    for (int k = Math.max(max, 0); k >= 0; k--) {
      String rule = rules.get(key(tag, f.substring(f.length() - k)));
      if (rule != null) {
        int tab = rule.indexOf('\t');
        int cut = Integer.parseInt(rule.substring(0, tab));
        if (cut <= f.length()) {
          return Optional.of(f.substring(0, f.length() - cut) + rule.substring(tab + 1));
        }
      }
    }
    return Optional.empty();
  }

  private static String key(String tag, String suffix) {
    return tag + '\t' + suffix;
  }

  /** "cut TAB append" turning the form into the lemma. */
  private static String rule(String form, String lemma) {
    int p = 0;
    int n = Math.min(form.length(), lemma.length());
    while (p < n && form.charAt(p) == lemma.charAt(p)) {
      p++;
    }
    return (form.length() - p) + "\t" + lemma.substring(p);
  }
}
