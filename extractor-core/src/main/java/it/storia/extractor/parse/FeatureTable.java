package it.storia.extractor.parse;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The parameters of a trained OpenNLP model keyed by a 64-bit FNV-1a hash of each feature string, so that the
 * parser can score a configuration by hashing the characters of its features as they are produced, without
 * building the strings ({@link Scorer}). Built once from the model's predicate map; immutable after construction;
 * thread-safe.
 */
final class FeatureTable {
  static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private final long[] keys;
  private final Context[] values;
  private final int mask;

  /** A table of every predicate of {@code predicates}; fails naming two predicates whose hashes collide. */
  FeatureTable(Map<String, Context> predicates) {
    int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new Context[capacity];
    mask = capacity - 1;
    String[] names = new String[capacity];
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      long h = key(feed(OFFSET, e.getKey()));
      int i = slot(h);
      while (values[i] != null && keys[i] != h) {
        i = (i + 1) & mask;
      }
      if (values[i] != null) {
        throw new IllegalStateException("features '" + names[i] + "' and '" + e.getKey() + "' have the same hash");
      }
      keys[i] = h;
      values[i] = e.getValue();
      names[i] = e.getKey();
    }
  }

  /** The number of features in the table. */
  int size() {
    int n = 0;
    for (Context c : values) {
      if (c != null) {
        n++;
      }
    }
    return n;
  }

  private static long key(long h) {
    return h == 0 ? 1 : h;
  }

  private int slot(long h) {
    return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
  }

  /** The parameters of the feature with hash {@code h}, or null. */
  Context get(long h) {
    long k = key(h);
    int i = slot(k);
    while (values[i] != null) {
      if (keys[i] == k) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  /** The hash {@code h} extended by the characters of {@code s}. */
  static long feed(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * PRIME;
    }
    return h;
  }

  /** The hash {@code h} extended by one character. */
  static long feed(long h, char c) {
    return (h ^ c) * PRIME;
  }

  /** The hash {@code h} extended by the characters of {@link Long#toHexString}{@code (v)}. */
  static long feedHex(long h, long v) {
    int digits = Math.max(1, (64 - Long.numberOfLeadingZeros(v) + 3) / 4);
    for (int d = digits - 1; d >= 0; d--) {
      h = feed(h, Character.forDigit((int) (v >>> (4 * d)) & 15, 16));
    }
    return h;
  }
}
