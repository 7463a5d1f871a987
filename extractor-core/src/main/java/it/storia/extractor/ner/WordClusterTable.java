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
   *
   * <p>Lookups go to a packed copy of that map (the layout of the models' predicate tables): an open-addressing
   * table of {@code long} slots (a word's hash and its record's offset, at most half full) and one {@code long[]}
   * of records (the word's length and its cluster id's index, then its characters, four per long). A lookup costs
   * one slot load and one record load instead of a {@code HashMap}'s chain of table, node, key and key bytes: a
   * name finder looks every new word of a document up in each of its cluster tables, which do not stay in the
   * processor caches. Immutable after construction; thread-safe.
   */
  private static final class Lines extends WordClusterDictionary {
    private final long[] slots;
    private final int mask;
    private final long[] records;
    private final String[] ids;

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
      int capacity = Integer.highestOneBit(Math.max(4, map.size() * 2 - 1)) * 2;
      slots = new long[capacity];
      mask = capacity - 1;
      long size = 0;
      for (String word : map.keySet()) {
        size += 1 + (word.length() + 3) / 4;
      }
      if (size >= Integer.MAX_VALUE) {
        throw new IllegalArgumentException("word cluster table too large: " + map.size() + " words");
      }
      records = new long[(int) size];
      Map<String, Integer> index = new HashMap<>();
      java.util.List<String> idList = new java.util.ArrayList<>();
      int at = 0;
      for (Map.Entry<String, String> e : map.entrySet()) {
        String word = e.getKey();
        Integer id = index.get(e.getValue());
        if (id == null) {
          id = idList.size();
          index.put(e.getValue(), id);
          idList.add(e.getValue());
        }
        int record = at;
        records[at++] = ((long) word.length() << 32) | id;
        for (int c = 0; c < word.length(); c += 4) {
          long packed = 0;
          for (int k = 0; k < 4 && c + k < word.length(); k++) {
            packed |= (long) word.charAt(c + k) << (16 * k);
          }
          records[at++] = packed;
        }
        int h = word.hashCode();
        int i = spread(h) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = ((long) h << 32) | (record + 1L);
      }
      this.ids = idList.toArray(new String[0]);
    }

    private static int spread(int h) {
      int x = h * 0x9E3779B9;
      return x ^ (x >>> 15);
    }

    private boolean sameWord(String word, int r) {
      int len = (int) (records[r] >>> 32);
      if (len != word.length()) {
        return false;
      }
      int at = r + 1;
      for (int c = 0; c < len; c += 4, at++) {
        long packed = records[at];
        for (int k = 0; k < 4 && c + k < len; k++) {
          if ((char) (packed >>> (16 * k)) != word.charAt(c + k)) {
            return false;
          }
        }
      }
      return true;
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
      if (token == null) {
        return null;
      }
      int h = token.hashCode();
      int i = spread(h) & mask;
      for (long slot = slots[i]; slot != 0; i = (i + 1) & mask, slot = slots[i]) {
        int r = (int) slot - 1;
        if ((int) (slot >>> 32) == h && sameWord(token, r)) {
          return ids[(int) records[r]];
        }
      }
      return null;
    }
  }
}
