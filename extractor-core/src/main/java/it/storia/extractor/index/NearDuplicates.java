package it.storia.extractor.index;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Near-duplicate detection for passages, computed once at indexing time and compared at search time.
 *
 * <p>A passage's words are lowercased, accent-folded and reduced to letters and digits. Its <em>fingerprint</em>
 * is a hash of that word sequence: passages that differ only in case, accents, punctuation or spacing share it.
 * Its <em>signature</em> is a {@value #HASHES}-value MinHash of its word bigrams, whose agreement estimates the
 * Jaccard similarity of the bigram sets; two passages with at least {@value #MIN_SHINGLES} bigrams each and an
 * estimated similarity of {@value #THRESHOLD} or more ({@value #LONG_THRESHOLD} when both have
 * {@value #LONG_SHINGLES} or more) are near-duplicates (a reworded repetition: "Lenin nella sua
 * Lettera" / "Lenin, nella sua Lettera"). Shorter passages are only ever collapsed on equal fingerprints, so
 * formulaic short sentences about different people stay apart.
 *
 * <p>Stateless; thread-safe.
 */
public final class NearDuplicates {
  /** MinHash values per signature. */
  public static final int HASHES = 128;
  /** Estimated Jaccard similarity from which two passages are near-duplicates. */
  public static final double THRESHOLD = 0.65;
  /** Fewest word bigrams a passage needs for similarity (not only equality) to count. */
  public static final int MIN_SHINGLES = 10;
  /** Bigrams both passages need for the lower {@link #LONG_THRESHOLD}. */
  public static final int LONG_SHINGLES = 25;
  /** Estimated Jaccard similarity from which two long passages are near-duplicates. */
  public static final double LONG_THRESHOLD = 0.45;

  private NearDuplicates() {}

  /** The folded words of a text: lowercase, no accents, letters and digits only. */
  static String[] words(String text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < nfd.length(); ) {
      int c = nfd.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        w.appendCodePoint(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      words.add(w.toString());
    }
    return words.toArray(new String[0]);
  }

  /** The exact-after-folding fingerprint: 32 hex digits. */
  public static String fingerprint(String text) {
    return of(text).fingerprint();
  }

  /**
   * The MinHash signature of the passage's word bigrams, or an empty array when the passage has fewer than
   * {@value #MIN_SHINGLES} bigrams. Layout: the bigram count, then {@value #HASHES} minima, each kept as its low
   * 16 bits (b-bit MinHash), as big-endian shorts.
   */
  public static byte[] signature(String text) {
    return of(text).signature();
  }

  /**
   * Fingerprint and signature of a passage, from one pass over its words.
   *
   * @param fingerprint 32 hex digits
   * @param signature MinHash bytes, or empty for a short passage
   */
  record Profile(String fingerprint, byte[] signature) {}

  /** The fingerprint and signature of a passage. */
  static Profile of(String text) {
    String[] w = words(text);
    long[] wordHash = new long[w.length];
    long a = 0x1234567L;
    long b = 0x7654321L;
    for (int i = 0; i < w.length; i++) {
      wordHash[i] = hash64(w[i], 0);
      a = mix(a * 31 + wordHash[i]);
      b = mix(b * 37 + wordHash[i]);
    }
    String fp = String.format(Locale.ROOT, "%016x%016x", a, b);
    if (w.length - 1 < MIN_SHINGLES) {
      return new Profile(fp, new byte[0]);
    }
    int[] min = new int[HASHES];
    Arrays.fill(min, Integer.MAX_VALUE);
    for (int i = 0; i + 1 < w.length; i++) {
      long h1 = mix(wordHash[i] * 0x9E3779B97F4A7C15L + wordHash[i + 1]);
      long h2 = mix(h1 ^ 0x5bd1e9955bd1e995L) | 1;
      long h = h1;
      for (int k = 0; k < HASHES; k++) {
        h += h2;
        int v = (int) (h >>> 33);
        if (v < min[k]) {
          min[k] = v;
        }
      }
    }
    ByteBuffer buf = ByteBuffer.allocate((HASHES + 1) * Short.BYTES);
    buf.putShort((short) Math.min(w.length - 1, Short.MAX_VALUE));
    for (int v : min) {
      buf.putShort((short) v);
    }
    return new Profile(fp, buf.array());
  }

  /** The estimated Jaccard similarity of two signatures, 0 when either is empty. */
  public static double similarity(byte[] a, byte[] b) {
    if (a.length == 0 || b.length == 0 || a.length != b.length) {
      return 0;
    }
    ByteBuffer x = ByteBuffer.wrap(a);
    ByteBuffer y = ByteBuffer.wrap(b);
    x.getShort();
    y.getShort();
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (x.getShort() == y.getShort()) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  /**
   * The similarity from which two passages count as near-duplicates: {@value #THRESHOLD} in general,
   * {@value #LONG_THRESHOLD} when both have at least {@value #LONG_SHINGLES} bigrams (a long reworded
   * repetition keeps about half its bigrams; unrelated long sentences share almost none).
   */
  static double threshold(byte[] a, byte[] b) {
    int n = Math.min(ByteBuffer.wrap(a).getShort(), ByteBuffer.wrap(b).getShort());
    return n >= LONG_SHINGLES ? LONG_THRESHOLD : THRESHOLD;
  }

  /** True when two passages (fingerprint, signature) are duplicates or near-duplicates. */
  public static boolean near(String fpA, byte[] sigA, String fpB, byte[] sigB) {
    if (fpA.equals(fpB)) {
      return true;
    }
    if (sigA.length == 0 || sigB.length == 0 || sigA.length != sigB.length) {
      return false;
    }
    return similarity(sigA, sigB) >= threshold(sigA, sigB);
  }

  private static long hash64(String s, long seed) {
    long h = seed ^ 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
