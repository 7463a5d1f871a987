package it.storia.extractor.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Near-duplicate detection for passages, computed once at indexing time and compared at search time.
 *
 * <p>A passage's words are lowercased, accent-folded and reduced to letters and digits. Its <em>fingerprint</em>
 * is a hash of that word sequence: passages that differ only in case, accents, punctuation or spacing share it.
 * Its <em>signature</em> is a {@value #HASHES}-value MinHash of its word bigrams, whose agreement estimates the
 * Jaccard similarity of the bigram sets; two passages with at least {@value #MIN_SHINGLES} bigrams each and an
 * estimated similarity of {@value #THRESHOLD} or more are near-duplicates (a reworded repetition: "Lenin nella sua
 * Lettera" / "Lenin, nella sua Lettera"). Shorter passages are only ever collapsed on equal fingerprints, so
 * formulaic short sentences about different people stay apart.
 *
 * <p>Stateless; thread-safe.
 */
public final class NearDuplicates {
  /** MinHash values per signature. */
  public static final int HASHES = 64;
  /** Estimated Jaccard similarity from which two passages are near-duplicates. */
  public static final double THRESHOLD = 0.7;
  /** Fewest word bigrams a passage needs for similarity (not only equality) to count. */
  public static final int MIN_SHINGLES = 10;

  private static final long[] SEEDS = seeds();

  private NearDuplicates() {}

  private static long[] seeds() {
    long[] s = new long[HASHES];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x);
    }
    return s;
  }

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
    String joined = String.join(" ", words(text));
    long a = mix(hash64(joined, 0x1234567L));
    long b = mix(hash64(joined, 0x7654321L));
    return String.format(Locale.ROOT, "%016x%016x", a, b);
  }

  /**
   * The MinHash signature of the passage's word bigrams, as bytes ({@value #HASHES} ints), or an empty array when
   * the passage has fewer than {@value #MIN_SHINGLES} bigrams.
   */
  public static byte[] signature(String text) {
    String[] w = words(text);
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + 1 < w.length; i++) {
      shingles.add(w[i] + ' ' + w[i + 1]);
    }
    if (shingles.size() < MIN_SHINGLES) {
      return new byte[0];
    }
    int[] min = new int[HASHES];
    Arrays.fill(min, Integer.MAX_VALUE);
    for (String sh : shingles) {
      long h = hash64(sh, 0);
      for (int i = 0; i < HASHES; i++) {
        int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
        if (v < min[i]) {
          min[i] = v;
        }
      }
    }
    ByteBuffer buf = ByteBuffer.allocate(HASHES * Integer.BYTES);
    for (int v : min) {
      buf.putInt(v);
    }
    return buf.array();
  }

  /** The estimated Jaccard similarity of two signatures, 0 when either is empty. */
  public static double similarity(byte[] a, byte[] b) {
    if (a.length == 0 || b.length == 0 || a.length != b.length) {
      return 0;
    }
    ByteBuffer x = ByteBuffer.wrap(a);
    ByteBuffer y = ByteBuffer.wrap(b);
    int same = 0;
    int n = a.length / Integer.BYTES;
    for (int i = 0; i < n; i++) {
      if (x.getInt() == y.getInt()) {
        same++;
      }
    }
    return (double) same / n;
  }

  /** True when two passages (fingerprint, signature) are duplicates or near-duplicates. */
  public static boolean near(String fpA, byte[] sigA, String fpB, byte[] sigB) {
    return fpA.equals(fpB) || similarity(sigA, sigB) >= THRESHOLD;
  }

  private static long hash64(String s, long seed) {
    long h = seed ^ 0xcbf29ce484222325L;
    for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= c & 0xff;
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
