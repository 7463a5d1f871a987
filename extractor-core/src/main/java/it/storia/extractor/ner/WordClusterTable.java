package it.storia.extractor.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * anything. Immutable and thread-safe.
 */
public final class WordClusterTable implements SerializableArtifact {
  private final byte[] utf8;
  private final WordClusterDictionary dictionary;

  private WordClusterTable(byte[] utf8) {
    this.utf8 = utf8;
    try {
      this.dictionary = new WordClusterDictionary(new ByteArrayInputStream(utf8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse word clusters", e);
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
}
