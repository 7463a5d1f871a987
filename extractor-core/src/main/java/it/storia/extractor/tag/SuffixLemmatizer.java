package it.storia.extractor.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    Tally counts = new Tally(dictionary.size() * 4);
    Tally stemCounts = new Tally(dictionary.size());
    dictionary.forEach((form, tag, lemma) -> {
      if ("PROPN".equals(tag) || LemmaFeatures.isVerbatim(tag)) {
        return;
      }
      String lower = lemma.toLowerCase(Locale.ROOT);
      if (form.length() >= MIN_STEM_FORM && STEM_TAGS.contains(tag)) {
        stemCounts.add(key(tag, form.substring(0, form.length() - 1)), stemCounts.value(lower));
      }
      int rule = counts.value(rule(form, lower));
      int max = Math.min(MAX_SUFFIX, form.length() - MIN_STEM);
      for (int k = 0; k <= max; k++) {
        counts.add(key(tag, form.substring(form.length() - k)), rule);
      }
    });
    return new SuffixLemmatizer(counts.best(), stemCounts.best());
  }

  /**
   * How often each value was seen with each key, for {@link #best}: keys and values numbered as they come, the
   * count of a (key, value) pair in an open-addressing table of {@code long} pairs (key number, value number), so
   * that counting boxes nothing and builds no map per key. Not thread-safe; used by one {@link #learn} call.
   */
  private static final class Tally {
    private final Map<String, Integer> keyIds;
    private final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> valueIds = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    /** (key number + 1) << 32 | value number, 0 for a free slot. */
    private long[] pairs = new long[1 << 12];
    private int[] counts = new int[pairs.length];
    private int size;

    Tally(int expectedKeys) {
      keyIds = new HashMap<>(expectedKeys);
    }

    /** The number of a value. */
    int value(String value) {
      Integer id = valueIds.get(value);
      if (id == null) {
        id = values.size();
        valueIds.put(value, id);
        values.add(value);
      }
      return id;
    }

    /** Counts one more occurrence of the value numbered {@code value} with the key. */
    void add(String key, int value) {
      Integer id = keyIds.get(key);
      if (id == null) {
        id = keys.size();
        keyIds.put(key, id);
        keys.add(key);
      }
      long pair = (id + 1L) << 32 | value;
      int slot = slot(pairs, pair);
      if (pairs[slot] == 0) {
        pairs[slot] = pair;
        if (++size * 2 > pairs.length) {
          grow();
        }
        slot = slot(pairs, pair);
      }
      counts[slot]++;
    }

    private static int slot(long[] table, long pair) {
      int mask = table.length - 1;
      int i = (int) (pair ^ pair >>> 32) * 0x9E3779B9 >>> 7 & mask;
      while (table[i] != 0 && table[i] != pair) {
        i = (i + 1) & mask;
      }
      return i;
    }

    private void grow() {
      long[] oldPairs = pairs;
      int[] oldCounts = counts;
      pairs = new long[oldPairs.length * 2];
      counts = new int[pairs.length];
      for (int i = 0; i < oldPairs.length; i++) {
        if (oldPairs[i] != 0) {
          int slot = slot(pairs, oldPairs[i]);
          pairs[slot] = oldPairs[i];
          counts[slot] = oldCounts[i];
        }
      }
    }

    /** Each key's most frequent value; ties go to the alphabetically first value. */
    Map<String, String> best() {
      int[] bestValue = new int[keys.size()];
      int[] bestCount = new int[keys.size()];
      for (int i = 0; i < pairs.length; i++) {
        if (pairs[i] == 0) {
          continue;
        }
        int key = (int) (pairs[i] >>> 32) - 1;
        int value = (int) pairs[i];
        int count = counts[i];
        if (count > bestCount[key]
            || count == bestCount[key] && values.get(value).compareTo(values.get(bestValue[key])) < 0) {
          bestValue[key] = value;
          bestCount[key] = count;
        }
      }
      Map<String, String> best = new HashMap<>(keys.size() * 4 / 3 + 1);
      for (int k = 0; k < keys.size(); k++) {
        best.put(keys.get(k), values.get(bestValue[k]));
      }
      return best;
    }
  }

  /** The learnt rewrites, {@code TAG<TAB>SUFFIX} → {@code CUT<TAB>APPEND} (unmodifiable; for tests). */
  Map<String, String> rules() {
    return rules;
  }

  /** The learnt sibling lemmas, {@code TAG<TAB>STEM} → lemma (unmodifiable; for tests). */
  Map<String, String> stems() {
    return stems;
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
