package it.storia.extractor.decode;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A compact, read-only copy of an OpenNLP model's predicate map ({@code feature string → (outcome, parameter)
 * pairs}) laid out so that the lookups of a whole context cost little more than one memory latency.
 *
 * <p>A big model's map does not fit in the processor caches, and a {@code HashMap<String, Context>} lookup is a
 * chain of dependent cache misses (table, node, key, key bytes, context, outcome and parameter arrays) that the
 * processor cannot overlap. Here a predicate is one record in a {@code long[]}: a header (key length, number of
 * pairs), the key's characters (four per long) and its (outcome, parameter) pairs; an open-addressing table of
 * {@code long} slots holds each key's hash and its record's offset. {@link #addAll} looks a context's features
 * up in passes — all slots, then all records, then the sums in context order — so that the misses of different
 * features are independent loads the processor can have in flight at the same time. Keys are compared in full,
 * and pairs are added in the model's order, so the sums are exactly those of OpenNLP's
 * {@code ArrayMath.sumFeatures}.
 *
 * <p>Input: the model's map. Output: {@link #addAll}. Immutable and thread-safe after construction.
 */
final class PredicateTable {
  /** Contexts longer than this are looked up in chunks (the per-call scratch arrays have this size). */
  static final int CHUNK = 64;

  private final long[] slots;
  private final int mask;
  private final long[] records;

  PredicateTable(Map<String, Context> map) {
    int n = map.size();
    int capacity = Integer.highestOneBit(Math.max(4, n * 2 - 1)) * 2;
    slots = new long[capacity];
    mask = capacity - 1;
    long size = 0;
    for (Map.Entry<String, Context> e : map.entrySet()) {
      size += recordSize(e.getKey().length(), e.getValue().getOutcomes().length);
    }
    if (size >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("model too large for a predicate table: " + n + " predicates, " + size
          + " longs");
    }
    records = new long[(int) size];
    int at = 0;
    char[] chars = new char[64];
    for (Map.Entry<String, Context> e : map.entrySet()) {
      String key = e.getKey();
      int[] outcomes = e.getValue().getOutcomes();
      double[] params = e.getValue().getParameters();
      int start = at;
      int length = key.length();
      records[at++] = ((long) length << 32) | outcomes.length;
      if (chars.length < length + 3) {
        chars = new char[length + 3];
      }
      key.getChars(0, length, chars, 0);
      chars[length] = 0;
      chars[length + 1] = 0;
      chars[length + 2] = 0;
      for (int c = 0; c < length; c += 4) {
        records[at++] = chars[c] | (long) chars[c + 1] << 16 | (long) chars[c + 2] << 32 | (long) chars[c + 3] << 48;
      }
      for (int a = 0; a < outcomes.length; a++) {
        records[at++] = outcomes[a];
        records[at++] = Double.doubleToRawLongBits(params[a]);
      }
      int h = key.hashCode();
      int i = spread(h) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = ((long) h << 32) | (start + 1L);
    }
  }

  private static long recordSize(int keyLength, int pairs) {
    return 1 + (keyLength + 3) / 4 + 2L * pairs;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 15);
  }

  /**
   * Scratch arrays for {@link #addAll}, and optionally a {@link Memo}; one per call (or per thread), never shared
   * between threads.
   */
  static final class Scratch {
    final int[] hashes = new int[CHUNK];
    final long[] firstSlots = new long[CHUNK];
    final int[] found = new int[CHUNK];
    final boolean[] known = new boolean[CHUNK];
    /** The memo of the caller's document, or null. */
    final Memo memo;
    /** Receives a value computed from the prefetching loads, so that they are not optimised away. */
    long sink;

    Scratch() {
      this(null);
    }

    Scratch(Memo memo) {
      this.memo = memo;
    }
  }

  /** A new memo of this table's lookups (see {@link Memo}). */
  Memo newMemo() {
    return new Memo(this);
  }

  /**
   * The record offsets of recently looked-up feature strings, by string IDENTITY: a direct-mapped table (a new
   * string overwrites the one in its slot) of {@value #MEMO_SLOTS} slots. A caller whose feature strings are the
   * same objects from token to token (a document's per-word features, see {@link WindowedFeatures}) finds them
   * here, in a table small enough to stay in the processor caches, instead of in the model's. Identity, not
   * equality, so a hit is always right; a miss costs one comparison. Belongs to one table; not thread-safe.
   */
  static final class Memo {
    private final PredicateTable owner;
    private final String[] keys = new String[MEMO_SLOTS];
    private final int[] records = new int[MEMO_SLOTS];

    private Memo(PredicateTable owner) {
      this.owner = owner;
    }
  }

  /** Slots of a {@link Memo} (a power of two). */
  static final int MEMO_SLOTS = 1 << 14;

  /**
   * Adds the parameters of features {@code from..to-1} of a context to the scores, feature by feature in context
   * order and pair by pair in the model's order ({@code sums[outcome] += parameter * 1.0}, as OpenNLP's
   * {@code ArrayMath.sumFeatures} does with no feature values); features the model does not know add nothing.
   */
  void addAll(String[] context, int from, int to, double[] sums, Scratch scratch) {
    for (int chunk = from; chunk < to; chunk += CHUNK) {
      addChunk(context, chunk, Math.min(to, chunk + CHUNK), sums, scratch);
    }
  }

  private void addChunk(String[] context, int from, int to, double[] sums, Scratch s) {
    int m = to - from;
    int[] hashes = s.hashes;
    long[] first = s.firstSlots;
    int[] found = s.found;
    boolean[] known = s.known;
    Memo memo = s.memo;
    if (memo != null && memo.owner != this) {
      throw new IllegalArgumentException("memo of another predicate table");
    }
    long[] slotTable = slots;
    for (int k = 0; k < m; k++) {
      String feature = context[from + k];
      int h = feature.hashCode();
      hashes[k] = h;
      if (memo != null && memo.keys[h & (MEMO_SLOTS - 1)] == feature) {
        found[k] = memo.records[h & (MEMO_SLOTS - 1)];
        known[k] = true;
      } else {
        known[k] = false;
        first[k] = slotTable[spread(h) & mask];
      }
    }
    long[] rec = records;
    long touch = 0;
    for (int k = 0; k < m; k++) {
      long slot = first[k];
      if (!known[k] && slot != 0 && (int) (slot >>> 32) == hashes[k]) {
        touch += rec[(int) slot - 1];
      }
    }
    for (int k = 0; k < m; k++) {
      if (!known[k]) {
        String feature = context[from + k];
        found[k] = resolve(feature, hashes[k], first[k]);
        if (memo != null) {
          memo.keys[hashes[k] & (MEMO_SLOTS - 1)] = feature;
          memo.records[hashes[k] & (MEMO_SLOTS - 1)] = found[k];
        }
      }
    }
    for (int k = 0; k < m; k++) {
      int r = found[k];
      if (r < 0) {
        continue;
      }
      long header = rec[r];
      int pairs = (int) header;
      int q = r + 1 + ((int) (header >>> 32) + 3) / 4;
      for (int a = 0; a < pairs; a++, q += 2) {
        sums[(int) rec[q]] += Double.longBitsToDouble(rec[q + 1]) * 1.0;
      }
    }
    s.sink = touch;
  }

  /**
   * Adds the parameters of every feature of a context, each multiplied by its value ({@code sums[outcome] +=
   * parameter * values[k]}, feature by feature in context order and pair by pair in the model's order), as OpenNLP's
   * {@code ArrayMath.sumFeatures} does with feature values; features the model does not know add nothing.
   */
  void addAll(String[] context, float[] values, double[] sums) {
    long[] rec = records;
    for (int k = 0; k < context.length; k++) {
      String feature = context[k];
      int h = feature.hashCode();
      int r = resolve(feature, h, slots[spread(h) & mask]);
      if (r < 0) {
        continue;
      }
      double value = values[k];
      long header = rec[r];
      int pairs = (int) header;
      int q = r + 1 + ((int) (header >>> 32) + 3) / 4;
      for (int a = 0; a < pairs; a++, q += 2) {
        sums[(int) rec[q]] += Double.longBitsToDouble(rec[q + 1]) * value;
      }
    }
  }

  /** The record offset of a key, or -1; {@code slot} is the key's first slot, already loaded. */
  private int resolve(String key, int h, long slot) {
    int i = spread(h) & mask;
    while (slot != 0) {
      if ((int) (slot >>> 32) == h) {
        int r = (int) slot - 1;
        if (sameKey(key, r)) {
          return r;
        }
      }
      i = (i + 1) & mask;
      slot = slots[i];
    }
    return -1;
  }

  private boolean sameKey(String key, int r) {
    int len = (int) (records[r] >>> 32);
    if (len != key.length()) {
      return false;
    }
    int at = r + 1;
    for (int c = 0; c < len; c += 4, at++) {
      long packed = records[at];
      for (int k = 0; k < 4 && c + k < len; k++) {
        if ((char) (packed >>> (16 * k)) != key.charAt(c + k)) {
          return false;
        }
      }
    }
    return true;
  }
}
