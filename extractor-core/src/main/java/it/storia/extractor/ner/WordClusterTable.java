package it.storia.extractor.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * A word-cluster table embedded in a name finder model ({@code word cluster} lines, UTF-8).
 *
 * <p>Exists because OpenNLP's own {@link WordClusterDictionary} serializer closes the model's zip stream and
 * writes in the platform charset; this artifact keeps the UTF-8 bytes and serialises them without closing
 * anything. Its lines are parsed once, straight from the bytes, into the map that the dictionary reads
 * ({@link Lines}). Immutable and thread-safe.
 */
public final class WordClusterTable implements SerializableArtifact {
  private final byte[] utf8;
  private final WordClusterDictionary dictionary;

  private WordClusterTable(byte[] utf8) {
    this.utf8 = utf8;
    try {
      this.dictionary = new Lines(utf8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the word cluster dictionary", e);
    }
  }

  /** A table from {@code word → cluster} pairs; words containing spaces are skipped. */
  public static WordClusterTable of(Map<String, String> clusters) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(clusters).entrySet()) {
      if (!e.getKey().isEmpty() && e.getKey().indexOf(' ') < 0) {
        if (e.getValue().isEmpty() || e.getValue().indexOf(' ') >= 0) {
          throw new IllegalArgumentException("bad cluster id '" + e.getValue() + "' for '" + e.getKey() + "'");
        }
        sb.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
      }
    }
    return new WordClusterTable(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The cluster of a word, or null. */
  public String lookup(String word) {
    return dictionary.lookupToken(word);
  }

  WordClusterDictionary dictionary() {
    return dictionary;
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Reads and writes the table as UTF-8 lines inside a model, leaving the model stream open. */
  public static final class Serializer implements ArtifactSerializer<WordClusterTable> {
    /** Public no-argument constructor, required by OpenNLP. */
    public Serializer() {
      super();
    }

    @Override
    public WordClusterTable create(InputStream in) throws IOException {
      return new WordClusterTable(in.readAllBytes());
    }

    @Override
    public void serialize(WordClusterTable artifact, OutputStream out) throws IOException {
      out.write(artifact.utf8);
      out.flush();
    }
  }

  /**
   * The {@link WordClusterDictionary} of a table, with exactly the entries OpenNLP's own constructor reads from the
   * same bytes (UTF-8 lines ended by {@code \n}, {@code \r} or {@code \r\n}; a line split at single spaces,
   * trailing empty fields dropped, gives {@code field0 → field1} when it has two or three fields, a later line
   * replacing an earlier one), parsed without a reader, a regex split per line or interning each cluster id.
   * Immutable after construction; thread-safe.
   */
  private static final class Lines extends WordClusterDictionary {
    private final Map<String, String> clusters;

    /** Parses the table; the {@code IOException} of OpenNLP's constructor cannot happen (it reads nothing). */
    Lines(byte[] utf8) throws IOException {
      super(InputStream.nullInputStream());
      int lines = 1;
      for (byte b : utf8) {
        if (b == '\n') {
          lines++;
        }
      }
      Map<String, String> map = new HashMap<>(lines * 4 / 3 + 1);
      Map<String, String> ids = new HashMap<>();
      int n = utf8.length;
      int start = 0;
      while (start < n) {
        int end = start;
        while (end < n && utf8[end] != '\n' && utf8[end] != '\r') {
          end++;
        }
        add(utf8, start, end, map, ids);
        if (end + 1 < n && utf8[end] == '\r' && utf8[end + 1] == '\n') {
          end++;
        }
        start = end + 1;
      }
      this.clusters = map;
    }

    /**
     * The entry of the line in bytes {@code [start, end)}, as {@code line.split(" ")} sees it (an ASCII space or
     * line break is never part of a longer UTF-8 sequence, so the fields are found in the bytes).
     */
    private static void add(byte[] utf8, int start, int end, Map<String, String> map, Map<String, String> ids) {
      int last = end;
      while (last > start && utf8[last - 1] == ' ') {
        last--;
      }
      int first = space(utf8, start, last);
      if (first < 0) {
        return;
      }
      int second = space(utf8, first + 1, last);
      if (second < 0) {
        second = last;
      } else if (space(utf8, second + 1, last) >= 0) {
        return;
      }
      String id = new String(utf8, first + 1, second - first - 1, StandardCharsets.UTF_8);
      String shared = ids.putIfAbsent(id, id);
      map.put(new String(utf8, start, first - start, StandardCharsets.UTF_8), shared == null ? id : shared);
    }

    /** The first space in bytes {@code [from, to)}, or -1. */
    private static int space(byte[] utf8, int from, int to) {
      for (int i = from; i < to; i++) {
        if (utf8[i] == ' ') {
          return i;
        }
      }
      return -1;
    }

    @Override
    public String lookupToken(String token) {
      return clusters.get(token);
    }
  }
}
