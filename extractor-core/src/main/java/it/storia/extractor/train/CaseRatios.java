package it.storia.extractor.train;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns the name finder's "usually lower-case" table from unlabelled tokenised text: for every capitalised word
 * form ("Stato", "Il", "Trotsky"), how often its lower-cased form is written in lower case, as a ratio bucket.
 *
 * <p>Method: over all sentences, count (a) the occurrences of each all-lower-case token and (b) the occurrences of
 * each capitalised form (first letter upper case) that are not the first word of the sentence (where a capital says
 * nothing). For a capitalised form {@code W} with {@code lower = count(lowercase(W))} and {@code capital = (b)},
 * seen at least {@code minCount} times in all ({@code lower + capital}), the share {@code lower / (lower + capital)}
 * falls into one of five buckets: {@code L} (≥ 0.95: a common word, e.g. a sentence-initial "Il"), {@code l}
 * (≥ 0.7), {@code m} (≥ 0.3), {@code u} (≥ 0.05), {@code U} (&lt; 0.05: a name, e.g. "Trotsky"). A capitalised
 * form seen only sentence-initially thus gets {@code L} when its lower-case form is seen at least {@code minCount}
 * times and no entry otherwise.
 *
 * <p>Output: a {@code form → bucket} map, embedded in the model like a word-cluster table and read by OpenNLP's
 * {@code WordClusterFeatureGenerator} (feature {@code lc<bucket>}, fired only for capitalised tokens, as only they
 * are keys). Deterministic. Immutable and thread-safe.
 */
public final class CaseRatios {
  private final int minCount;

  /**
   * A learner.
   *
   * @param minCount a form needs at least this many counted occurrences (lower-case plus non-initial capitalised)
   */
  public CaseRatios(int minCount) {
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be ≥ 1, got " + minCount);
    }
    this.minCount = minCount;
  }

  /** The settings of the bundled features: 3 occurrences. */
  public static CaseRatios defaults() {
    return new CaseRatios(3);
  }

  /** The {@code capitalised form → bucket} table of the sentences, sorted by form. */
  public Map<String, String> learn(Iterable<List<String>> sentences) {
    Map<String, Integer> lower = new HashMap<>();
    Map<String, Integer> capital = new HashMap<>();
    Map<String, Boolean> capitalForms = new HashMap<>();
    for (List<String> s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        String w = s.get(i);
        if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
          continue;
        }
        if (Character.isUpperCase(w.codePointAt(0))) {
          capitalForms.put(w, Boolean.TRUE);
          if (i > 0) {
            capital.merge(w, 1, Integer::sum);
          }
        } else if (w.equals(w.toLowerCase(Locale.ROOT))) {
          lower.merge(w, 1, Integer::sum);
        }
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (String form : capitalForms.keySet()) {
      int lo = lower.getOrDefault(form.toLowerCase(Locale.ROOT), 0);
      int cap = capital.getOrDefault(form, 0);
      if (lo + cap >= minCount) {
        out.put(form, bucket(lo / (double) (lo + cap)));
      }
    }
    return out;
  }

  /** The bucket of a lower-case share in [0, 1]. */
  static String bucket(double share) {
    if (share >= 0.95) {
      return "L";
    } else if (share >= 0.7) {
      return "l";
    } else if (share >= 0.3) {
      return "m";
    } else if (share >= 0.05) {
      return "u";
    }
    return "U";
  }
}
