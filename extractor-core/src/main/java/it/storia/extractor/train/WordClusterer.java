package it.storia.extractor.train;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Learns hierarchical word clusters from unlabelled tokenised text, for the name finder's word-cluster features.
 *
 * <p>Method: each word seen at least {@code minCount} times gets a context vector of its left and right
 * neighbours among the {@code contextWords} most frequent words (positive PMI weights), projected to
 * {@code dimensions} dense dimensions with a seeded random ±1 projection and L2-normalised; then spherical
 * k-means (cosine, seeded k-means++ start) splits the words into {@code branching[0]} clusters, each of those
 * into {@code branching[1]}, and so on. Level {@code i} of the result maps a word to the path of its cluster
 * down to depth {@code i} (e.g. {@code 7_3}), so coarse and fine clusters are both available, as with Brown
 * clusters.
 *
 * <p>Input: sentences as token lists (the normalised forms the model sees; case is kept). Output: one
 * {@code word → cluster} map per level. Deterministic for a given input and seed. Immutable and thread-safe;
 * {@link #cluster} allocates its own working memory.
 */
public final class WordClusterer {
  private final int minCount;
  private final int contextWords;
  private final int dimensions;
  private final int[] branching;
  private final int iterations;
  private final long seed;

  /**
   * A clusterer.
   *
   * @param minCount words seen fewer times get no cluster
   * @param contextWords how many of the most frequent words serve as contexts
   * @param dimensions size of the projected vectors
   * @param branching clusters per split, one entry per level
   * @param iterations k-means iterations per split
   * @param seed random seed
   */
  public WordClusterer(int minCount, int contextWords, int dimensions, int[] branching, int iterations,
      long seed) {
    if (minCount < 1 || contextWords < 1 || dimensions < 1 || iterations < 1 || branching.length == 0) {
      throw new IllegalArgumentException("bad clusterer settings: minCount " + minCount + ", contextWords "
          + contextWords + ", dimensions " + dimensions + ", iterations " + iterations + ", levels "
          + branching.length);
    }
    for (int b : branching) {
      if (b < 2) {
        throw new IllegalArgumentException("branching factor " + b + " < 2");
      }
    }
    this.minCount = minCount;
    this.contextWords = contextWords;
    this.dimensions = dimensions;
    this.branching = branching.clone();
    this.iterations = iterations;
    this.seed = seed;
  }

  /** The settings used for the bundled model: 3+ occurrences, 2,000 contexts, 200 dims, 32×16×8 clusters. */
  public static WordClusterer defaults() {
    return new WordClusterer(3, 2000, 200, new int[] {32, 16, 8}, 12, 42L);
  }

  /** Clusters the words of the sentences; returns one map per level (coarse first). */
  public List<Map<String, String>> cluster(Iterable<List<String>> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> s : sentences) {
      for (String w : s) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    List<String> vocab = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= minCount) {
        vocab.add(e.getKey());
      }
    }
    vocab.sort((a, b) -> {
      int c = Integer.compare(counts.get(b), counts.get(a));
      return c != 0 ? c : a.compareTo(b);
    });
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      index.put(vocab.get(i), i);
    }
    int nc = Math.min(contextWords, vocab.size());
    int n = vocab.size();
    // co-occurrence counts: feature f < nc is "left neighbour = vocab[f]", nc + f is "right neighbour"
    List<Map<Integer, Integer>> cooc = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      cooc.add(new HashMap<>());
    }
    long[] featureTotals = new long[2 * nc];
    long total = 0;
    for (List<String> s : sentences) {
      int[] ids = new int[s.size()];
      for (int k = 0; k < ids.length; k++) {
        ids[k] = index.getOrDefault(s.get(k), -1);
      }
      for (int k = 0; k < ids.length; k++) {
        if (ids[k] < 0) {
          continue;
        }
        Map<Integer, Integer> row = cooc.get(ids[k]);
        if (k > 0 && ids[k - 1] >= 0 && ids[k - 1] < nc) {
          row.merge(ids[k - 1], 1, Integer::sum);
          featureTotals[ids[k - 1]]++;
          total++;
        }
        if (k + 1 < ids.length && ids[k + 1] >= 0 && ids[k + 1] < nc) {
          row.merge(nc + ids[k + 1], 1, Integer::sum);
          featureTotals[nc + ids[k + 1]]++;
          total++;
        }
      }
    }
    float[][] projection = new float[2 * nc][dimensions];
    SplittableRandom random = new SplittableRandom(seed);
    for (float[] r : projection) {
      for (int d = 0; d < dimensions; d++) {
        r[d] = random.nextBoolean() ? 1f : -1f;
      }
    }
    float[][] vectors = new float[n][dimensions];
    for (int i = 0; i < n; i++) {
      Map<Integer, Integer> row = cooc.get(i);
      long rowTotal = 0;
      for (int c : row.values()) {
        rowTotal += c;
      }
      float[] v = vectors[i];
      for (Map.Entry<Integer, Integer> e : row.entrySet()) {
        double pmi = Math.log((double) e.getValue() * total / ((double) rowTotal * featureTotals[e.getKey()]));
        if (pmi > 0) {
          float[] r = projection[e.getKey()];
          for (int d = 0; d < dimensions; d++) {
            v[d] += (float) pmi * r[d];
          }
        }
      }
      normalize(v);
    }
    cooc.clear();
    String[] paths = new String[n];
    Arrays.fill(paths, "");
    List<Map<String, String>> levels = new ArrayList<>();
    int[] members = new int[n];
    for (int i = 0; i < n; i++) {
      members[i] = i;
    }
    List<int[]> groups = List.of(members);
    for (int level = 0; level < branching.length; level++) {
      List<int[]> next = new ArrayList<>();
      for (int[] group : groups) {
        int[] assign = kmeans(vectors, group, branching[level], random);
        List<List<Integer>> parts = new ArrayList<>();
        for (int c = 0; c < branching[level]; c++) {
          parts.add(new ArrayList<>());
        }
        for (int k = 0; k < group.length; k++) {
          parts.get(assign[k]).add(group[k]);
          String p = paths[group[k]];
          paths[group[k]] = p.isEmpty() ? Integer.toString(assign[k]) : p + "_" + assign[k];
        }
        for (List<Integer> part : parts) {
          if (!part.isEmpty()) {
            next.add(part.stream().mapToInt(Integer::intValue).toArray());
          }
        }
      }
      Map<String, String> map = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        map.put(vocab.get(i), paths[i]);
      }
      levels.add(Map.copyOf(map));
      groups = next;
    }
    return List.copyOf(levels);
  }

  private int[] kmeans(float[][] vectors, int[] group, int k, SplittableRandom random) {
    int[] assign = new int[group.length];
    if (group.length <= k) {
      for (int i = 0; i < group.length; i++) {
        assign[i] = i;
      }
      return assign;
    }
    float[][] centroids = new float[k][];
    // k-means++ seeding on cosine distance
    double[] dist = new double[group.length];
    Arrays.fill(dist, Double.MAX_VALUE);
    centroids[0] = vectors[group[random.nextInt(group.length)]].clone();
    for (int c = 1; c < k; c++) {
      double sum = 0;
      for (int i = 0; i < group.length; i++) {
        double d = 1 - dot(vectors[group[i]], centroids[c - 1]);
        dist[i] = Math.min(dist[i], Math.max(0, d));
        sum += dist[i];
      }
      double target = random.nextDouble() * sum;
      int chosen = group.length - 1;
      for (int i = 0; i < group.length; i++) {
        target -= dist[i];
        if (target <= 0) {
          chosen = i;
          break;
        }
      }
      centroids[c] = vectors[group[chosen]].clone();
    }
    for (int it = 0; it < iterations; it++) {
      boolean changed = false;
      for (int i = 0; i < group.length; i++) {
        float[] v = vectors[group[i]];
        int best = 0;
        double bestSim = -2;
        for (int c = 0; c < k; c++) {
          double sim = dot(v, centroids[c]);
          if (sim > bestSim) {
            bestSim = sim;
            best = c;
          }
        }
        if (assign[i] != best || it == 0) {
          changed |= assign[i] != best;
          assign[i] = best;
        }
      }
      if (it > 0 && !changed) {
        break;
      }
      float[][] sums = new float[k][dimensions];
      for (int i = 0; i < group.length; i++) {
        float[] v = vectors[group[i]];
        float[] s = sums[assign[i]];
        for (int d = 0; d < dimensions; d++) {
          s[d] += v[d];
        }
      }
      for (int c = 0; c < k; c++) {
        if (normalize(sums[c])) {
          centroids[c] = sums[c];
        }
      }
    }
    return assign;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static boolean normalize(float[] v) {
    double n = Math.sqrt(dot(v, v));
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= n;
    }
    return true;
  }

  /** Writes one level as OpenNLP word-cluster lines ({@code word cluster}); words with spaces are skipped. */
  public static void write(Map<String, String> clusters, Path file) throws IOException {
    List<String> words = new ArrayList<>(clusters.keySet());
    words.sort(null);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String word : words) {
        if (word.indexOf(' ') < 0) {
          w.write(word + " " + clusters.get(word) + "\n");
        }
      }
    }
  }
}
