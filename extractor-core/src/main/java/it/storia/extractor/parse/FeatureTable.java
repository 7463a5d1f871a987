package it.storia.extractor.parse;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataReader;

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

  /** An empty table for {@code features} features with {@code pairs} (outcome, parameter) pairs in all. */
  private FeatureTable(int features, long pairs) {
    if (pairs > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("model too large for a feature table: " + pairs + " parameters");
    }
    int capacity = Integer.highestOneBit(Math.max(4, features * 2 - 1)) << 1;
    keys = new long[capacity];
    starts = new int[capacity];
    counts = new char[capacity];
    mask = capacity - 1;
    outcomes = new char[(int) pairs];
    parameters = new double[(int) pairs];
  }

  /**
   * A table of every predicate of {@code predicates}; fails naming a predicate whose hash collides with another's,
   * and on a model with more than 65,535 outcomes.
   */
  FeatureTable(Map<String, Context> predicates) {
    this(predicates.size(), pairs(predicates));
    int at = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      double[] p = e.getValue().getParameters();
      at = put(key(feed(OFFSET, e.getKey())), e.getValue().getOutcomes(), at);
      if (at < 0) {
        throw new IllegalStateException("feature '" + e.getKey() + "' has the same hash as another one");
      }
      System.arraycopy(p, 0, parameters, at - p.length, p.length);
    }
  }

  private static long pairs(Map<String, Context> predicates) {
    long pairs = 0;
    for (Context c : predicates.values()) {
      pairs += c.getOutcomes().length;
    }
    return pairs;
  }

  /** What precedes the parameters in a perceptron model's binary format (the predicates only as hashes). */
  private record Header(int[][] patterns, long[] hashes, long pairs) {}

  /** A table of the predicates of {@code header}, their parameters read from {@code data} in the model's order. */
  private FeatureTable(Header header, DataReader data) throws IOException {
    this(header.hashes().length, header.pairs());
    int predicate = 0;
    int at = 0;
    for (int[] pattern : header.patterns()) {
      int[] ids = Arrays.copyOfRange(pattern, 1, pattern.length);
      for (int j = 0; j < pattern[0]; j++, predicate++) {
        at = put(header.hashes()[predicate], ids, at);
        if (at < 0) {
          throw new IllegalStateException("predicate " + predicate + " of the model has the same hash as another one");
        }
        for (int k = at - ids.length; k < at; k++) {
          parameters[k] = data.readDouble();
        }
      }
    }
  }

  /**
   * Reads an OpenNLP perceptron model in its binary format, after its type string ({@code "Perceptron"}), straight
   * into a table: the outcome names, the outcome patterns, the predicate names (each only hashed, never kept) and
   * the parameters, in the order and through the {@link DataReader} of OpenNLP's {@code PerceptronModelReader}.
   * The model's {@code Context} objects, predicate map and predicate strings are never built, so reading takes
   * little more memory than the table itself. The table answers as {@link #FeatureTable(Map)} over the model that
   * OpenNLP's reader returns (same keys, same pairs in the same order).
   *
   * @param outcomes receives the model's outcome names, in order
   * @throws IOException when the stream ends early, or its patterns do not cover its predicates
   * @throws IllegalStateException when two predicates have the same hash
   */
  static FeatureTable readPerceptron(DataReader data, List<String> outcomes) throws IOException {
    int numOutcomes = data.readInt();
    for (int i = 0; i < numOutcomes; i++) {
      outcomes.add(data.readUTF());
    }
    int[][] patterns = new int[data.readInt()][];
    for (int i = 0; i < patterns.length; i++) {
      StringTokenizer tokens = new StringTokenizer(data.readUTF(), " ");
      int[] pattern = new int[tokens.countTokens()];
      for (int k = 0; k < pattern.length; k++) {
        pattern[k] = Integer.parseInt(tokens.nextToken());
      }
      patterns[i] = pattern;
    }
    long[] hashes = new long[data.readInt()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = key(feed(OFFSET, data.readUTF()));
    }
    long pairs = 0;
    long covered = 0;
    for (int[] pattern : patterns) {
      pairs += (long) pattern[0] * (pattern.length - 1);
      covered += pattern[0];
    }
    if (covered != hashes.length) {
      throw new IOException("the model's outcome patterns cover " + covered + " predicates, not its " + hashes.length);
    }
    return new FeatureTable(new Header(patterns, hashes, pairs), data);
  }

  /**
   * Adds a feature's key and outcome ids at pair position {@code at} (its parameters to be written by the
   * constructor at the same positions); returns the position after them, or -1 (nothing added) when the key is
   * already in the table.
   */
  private int put(long key, int[] ids, int at) {
    int i = slot(key);
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] != 0) {
      return -1;
    }
    keys[i] = key;
    starts[i] = at;
    counts[i] = checkedChar(ids.length);
    int next = at;
    for (int id : ids) {
      outcomes[next++] = checkedChar(id);
    }
    return next;
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
