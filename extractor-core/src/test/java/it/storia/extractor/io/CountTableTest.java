package it.storia.extractor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.decode.CommonWordCounts;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link CountTable}: the byte-level reader gives what the line reader it replaced (a {@code BufferedReader}, a
 * {@code String.split} per line, {@code Integer.parseInt} per count) gives, for odd lines and for every line of the
 * bundled count files, and refuses the same lines with the same messages.
 */
class CountTableTest {
  /** The reader before session 20, kept as the reference. */
  private static Map<String, int[]> reference(Reader reader, String source, int columns) throws IOException {
    Map<String, int[]> out = new HashMap<>();
    BufferedReader r = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != columns + 1) {
        throw new IllegalArgumentException(source + " line " + n + ": expected " + (columns + 1)
            + " tab-separated fields: " + line);
      }
      int[] v = new int[columns];
      for (int i = 0; i < columns; i++) {
        try {
          v[i] = Integer.parseInt(f[i + 1]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(source + " line " + n + ": not a count: " + f[i + 1], e);
        }
        if (v[i] < 0) {
          throw new IllegalArgumentException(source + " line " + n + ": not a count: " + f[i + 1]);
        }
      }
      if (out.put(f[0], v) != null) {
        throw new IllegalArgumentException(source + " line " + n + ": name '" + f[0] + "' is listed twice");
      }
    }
    return out;
  }

  private static void assertSameTable(CountTable actual, Map<String, int[]> expected) {
    assertThat(actual.names()).isEqualTo(expected.keySet());
    assertThat(actual.size()).isEqualTo(expected.size());
    expected.forEach((k, v) -> assertThat(actual.counts(k)).as(k).containsExactly(v));
  }

  private static String message(ThrowingRead read) {
    try {
      read.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return null;
  }

  @FunctionalInterface
  private interface ThrowingRead {
    void run() throws IOException;
  }

  @Test
  void readsOddLinesAsTheLineReaderDid() throws IOException {
    String text = "# comment\n\n   \n\t\t\n\u2003\u3000\ncittà\t3\t0\r\nè\t+7\t0012\rzar\t0\t2147483647\n"
        + "\t1\t2\n\u00e8\u0301\t-0\t5\n#\tnot\tread\nultima\t1\t1";
    Map<String, int[]> expected = reference(new StringReader(text), "t", 2);
    assertSameTable(CountTable.read(new StringReader(text), "t", 2), expected);
    assertSameTable(CountTable.readGzip(gzip(text), "t", 2), expected);
    assertThat(expected).containsKeys("città", "è", "zar", "", "ultima").hasSize(6);
    assertThat(CountTable.read(new StringReader(text), "t", 2).counts("è")).containsExactly(7, 12);
  }

  @Test
  void refusesTheSameLinesWithTheSameMessages() {
    List<String> bad = List.of("a\t1\n", "a\t1\t2\t3\n", "a\tx\t1\n", "a\t1\t-1\n", "a\t\t1\n", "a\t1\t99999999999\n",
        "ok\t1\t1\n\nok\t2\t2\n", "a\t1\t\n", "a\t1\t2\t\n", "\u00a0\n", "\u0661\t\u0662\t1\nb\t1\t1 \n");
    for (String text : bad) {
      String expected = message(() -> reference(new StringReader(text), "src", 2));
      assertThat(expected).as(text).isNotNull();
      assertThat(message(() -> CountTable.read(new StringReader(text), "src", 2))).as(text).isEqualTo(expected);
      assertThat(message(() -> CountTable.readGzip(gzip(text), "src", 2))).as(text).isEqualTo(expected);
    }
  }

  @Test
  void readsEveryBundledCountFileAsTheLineReaderDid() throws IOException {
    String[][] files = {{CommonWordCounts.RESOURCE, "5"}, {"/it/storia/extractor/models/name-types.tsv.gz", "7"},
        {"/it/storia/extractor/models/person-words.tsv.gz", "7"}, {"/it/storia/extractor/models/name-lower.tsv.gz",
        "1"}};
    for (String[] f : files) {
      int columns = Integer.parseInt(f[1]);
      Map<String, int[]> expected;
      try (InputStream in = CountTableTest.class.getResourceAsStream(f[0])) {
        assertThat(in).as(f[0]).isNotNull();
        expected = reference(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8), f[0], columns);
      }
      try (InputStream in = CountTableTest.class.getResourceAsStream(f[0])) {
        assertSameTable(CountTable.readGzip(in, f[0], columns), expected);
      }
      assertThat(expected).as(f[0]).hasSizeGreaterThan(100);
    }
  }

  @Test
  void bundledCommonWordsAreReadOnceAndUnmodifiable() throws IOException {
    CountTable table = CommonWordCounts.bundled().orElseThrow();
    assertThat(CommonWordCounts.bundled().orElseThrow()).isSameAs(table);
    assertThat(table.size()).isGreaterThan(20_000);
    assertThat(table.contains("di")).isTrue();
    assertThatThrownBy(() -> table.names().add("x")).isInstanceOf(UnsupportedOperationException.class);
    int di = table.count("di", 0);
    table.counts("di")[0] = di + 1;
    assertThat(table.count("di", 0)).as("counts() hands out a copy").isEqualTo(di);
    assertThat(table.counts("parola che non c'è")).isEmpty();
    assertThat(table.count("parola che non c'è", 0)).isZero();
    assertThatThrownBy(() -> table.count("di", 5)).hasMessageContaining("column 5");
  }

  private static InputStream gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
