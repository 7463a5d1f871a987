package it.storia.extractor.parse;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The parameters of a trained OpenNLP model keyed by a 64-bit FNV-1a hash of each feature string, so that the
 * parser can score a configuration by hashing the characters of its features as they are produced, without
 * building the strings ({@link Scorer}). Built once from the model's predicate map, whose {@link Context} objects
 * are not kept: a feature's (outcome, parameter) pairs are copied, in the model's order, into two flat arrays
 * (parameters as {@code double}, outcomes as {@code char}), and a slot of the open-addressing table holds the hash,
 * the first pair's position and the number of pairs (about 35 MB for the bundled model, against about 50 MB with
 * the model's contexts). {@link #addTo} sums exactly what a loop over the feature's {@link Context} sums. Immutable
 * after construction; thread-safe.
 */
final class FeatureTable {
  static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  /** The key of each slot (a hash, never 0), or 0 for an empty slot. */
  private final long[] keys;
  /** The position of a slot's first pair in {@link #outcomes} and {@link #parameters}. */
  private final int[] starts;
  /** The number of pairs of a slot's feature. */
  private final char[] counts;
  private final char[] outcomes;
  private final double[] parameters;
  private final int mask;

  /**
   * A table of every predicate of {@code predicates}; fails naming two predicates whose hashes collide, and on a
   * model with more than 65,535 outcomes.
   */
  FeatureTable(Map<String, Context> predicates) {
    int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
    keys = new long[capacity];
    starts = new int[capacity];
    counts = new char[capacity];
    mask = capacity - 1;
    long pairs = 0;
    for (Context c : predicates.values()) {
      pairs += c.getOutcomes().length;
    }
    if (pairs > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("model too large for a feature table: " + pairs + " parameters");
    }
    outcomes = new char[(int) pairs];
    parameters = new double[(int) pairs];
    String[] names = new String[capacity];
    int at = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      long h = key(feed(OFFSET, e.getKey()));
      int i = slot(h);
      while (keys[i] != 0 && keys[i] != h) {
        i = (i + 1) & mask;
      }
      if (keys[i] != 0) {
        throw new IllegalStateException("features '" + names[i] + "' and '" + e.getKey() + "' have the same hash");
      }
      int[] o = e.getValue().getOutcomes();
      double[] p = e.getValue().getParameters();
      keys[i] = h;
      starts[i] = at;
      counts[i] = checkedChar(o.length);
      names[i] = e.getKey();
      for (int j = 0; j < o.length; j++, at++) {
        outcomes[at] = checkedChar(o[j]);
        parameters[at] = p[j];
      }
    }
  }

  private static char checkedChar(int v) {
    if (v < 0 || v > Character.MAX_VALUE) {
      throw new IllegalArgumentException("outcome index or count out of range for a feature table: " + v);
    }
    return (char) v;
  }

  /** The number of features in the table. */
  int size() {
    int n = 0;
    for (long k : keys) {
      if (k != 0) {
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

  /**
   * Adds the parameters of the feature with hash {@code h}, if the model knows it, to the scores of their outcomes
   * ({@code scores[outcome] += parameter}, pair by pair in the model's order).
   */
  void addTo(long h, double[] scores) {
    long k = key(h);
    int i = slot(k);
    long[] keyTable = keys;
    while (keyTable[i] != 0) {
      if (keyTable[i] == k) {
        int from = starts[i];
        int to = from + counts[i];
        for (int j = from; j < to; j++) {
          scores[outcomes[j]] += parameters[j];
        }
        return;
      }
      i = (i + 1) & mask;
    }
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
