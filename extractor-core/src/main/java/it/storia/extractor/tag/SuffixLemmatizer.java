package it.storia.extractor.tag;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lemmatizes words the lexicon does not know by analogy with words it knows: from every lexicon entry it learns a
 * rewrite "cut the last k characters, append s" (e.g. NOUN "nemici" → "nemico": cut 2, append "co"), indexed by
 * the tag and the form's last 1 to {@value #MAX_SUFFIX} characters; an unknown form takes the most frequent
 * rewrite of its longest known (tag, suffix).
 *
 * <p>Built once from a {@link LemmaDictionary} (deterministic: ties go to the alphabetically first rewrite).
 * Immutable and thread-safe.
 */
public final class SuffixLemmatizer {
  /** The longest suffix used as a key. */
  static final int MAX_SUFFIX = 6;
  /** Forms shorter than this keep at least this many characters of stem before the suffix key. */
  private static final int MIN_STEM = 2;

  private final Map<String, String> rules;

  private SuffixLemmatizer(Map<String, String> rules) {
    this.rules = Map.copyOf(rules);
  }

  /** Learns the rewrites of a lexicon. */
  public static SuffixLemmatizer learn(LemmaDictionary dictionary) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    dictionary.forEach((form, tag, lemma) -> {
      if ("PROPN".equals(tag) || LemmaFeatures.isVerbatim(tag)) {
        return;
      }
      String rule = rule(form, lemma.toLowerCase(Locale.ROOT));
      int max = Math.min(MAX_SUFFIX, form.length() - MIN_STEM);
      for (int k = 0; k <= max; k++) {
        counts.computeIfAbsent(key(tag, form.substring(form.length() - k)), x -> new HashMap<>())
            .merge(rule, 1, Integer::sum);
      }
    });
    Map<String, String> best = new HashMap<>();
    counts.forEach((key, m) -> {
      String bestRule = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> e : m.entrySet()) {
        if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey().compareTo(bestRule) < 0) {
          bestRule = e.getKey();
          bestCount = e.getValue();
        }
      }
      best.put(key, bestRule);
    });
    return new SuffixLemmatizer(best);
  }

  /** The lemma of a form with a tag, by its longest known suffix; empty when no suffix of the tag is known. */
  public Optional<String> lemma(String form, String tag) {
    String f = form.toLowerCase(Locale.ROOT);
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
