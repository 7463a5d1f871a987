package it.storia.extractor.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LemmaDictionaryTest {
  private static final LemmaDictionary BUNDLED = OpenNlpTagger.bundledLemmaDictionary();

  /**
   * The by-form index gives the lemma of the (form, tag) key string for every entry of the bundled lexicon, in
   * three casings, under every tag of the lexicon, and for every word of the names dev texts and the sample.
   */
  @Test
  void byFormLookUpGivesTheKeyLookUpOnTheBundledLexiconAndRealText() throws IOException {
    Set<String> tags = new TreeSet<>();
    Set<String> forms = new LinkedHashSet<>();
    BUNDLED.forEach((form, upos, lemma) -> {
      tags.add(upos);
      forms.add(form);
      forms.add(form.toUpperCase(Locale.ROOT));
      forms.add(form.isEmpty() ? form : Character.toUpperCase(form.charAt(0)) + form.substring(1));
    });
    assertThat(tags).contains("NOUN", "VERB", "ADJ", "VERB+PRON");
    tags.add("PROPN");
    tags.add("NOTATAG");
    List<String> texts = new ArrayList<>();
    texts.add(it.storia.extractor.Samples.lotta());
    try (Stream<Path> files = Files.list(Path.of(URI.create(
        LemmaDictionaryTest.class.getResource("/devset/names/").toString())))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    for (String text : texts) {
      for (String w : text.split("[\\s\\p{Punct}&&[^'’-]]+")) {
        forms.add(w);
      }
    }
    assertThat(forms).hasSizeGreaterThan(50_000);
    int found = 0;
    for (String form : forms) {
      for (String tag : tags) {
        var expected = BUNDLED.lemmaByKey(form, tag);
        assertThat(BUNDLED.lemma(form, tag)).as("%s/%s", form, tag).isEqualTo(expected);
        found += expected.isPresent() ? 1 : 0;
      }
    }
    assertThat(found).as("entries found in several casings").isGreaterThan(2 * BUNDLED.size());
  }

  @Test
  void tabsAndMissingTagsAreLookedUpAsTheKeyStringSpellsThem() {
    LemmaDictionary d = new LemmaDictionary.Builder().add("a\tb", "NOUN", "x").add("c", "A\tB", "y")
        .add("e", "null", "z").add("f", "NOUN", "f1").add("f", "VERB", "f2").build();
    assertThat(d.lemma("a\tb", "NOUN")).contains("x");
    assertThat(d.lemma("a", "b\tNOUN")).isEqualTo(d.lemmaByKey("a", "b\tNOUN")).contains("x");
    assertThat(d.lemma("c", "A\tB")).contains("y");
    assertThat(d.lemma("e", null)).contains("z");
    assertThat(d.lemma("F", "VERB")).contains("f2");
    assertThat(d.lemma("F", "NOUN")).contains("f1");
    assertThat(d.lemma("f", "ADJ")).isEmpty();
  }

  /** The reader before session 20 (a line reader and a split per line), kept as the reference. */
  private static java.util.Map<String, String> referenceEntries(byte[] gz, String source) throws java.io.IOException {
    java.util.Map<String, String> map = new java.util.HashMap<>();
    try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz)),
        java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 3 || c[0].isEmpty() || c[1].isEmpty() || c[2].isEmpty()) {
          throw new IllegalArgumentException(source + ":" + n + ": expected FORM<TAB>UPOS<TAB>LEMMA, got '"
              + line + "'");
        }
        map.put(c[0].toLowerCase(java.util.Locale.ROOT) + "\t" + c[1], c[2]);
      }
    }
    return map;
  }

  private static java.util.Map<String, String> entries(LemmaDictionary d) {
    java.util.Map<String, String> map = new java.util.HashMap<>();
    d.forEach((form, tag, lemma) -> map.put(form + "\t" + tag, lemma));
    return map;
  }

  private static byte[] gzip(String text) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /** Session 20: the byte-level reader reads the bundled lexicon and odd lines as the line reader did. */
  @Test
  void readsAsTheLineReaderDid() throws java.io.IOException {
    byte[] bundled;
    try (java.io.InputStream in = LemmaDictionaryTest.class.getResourceAsStream(
        "/it/storia/extractor/models/" + OpenNlpTagger.LEMMA_DICTIONARY)) {
      bundled = in.readAllBytes();
    }
    java.util.Map<String, String> expected = referenceEntries(bundled, "b");
    assertThat(entries(LemmaDictionary.read(new java.io.ByteArrayInputStream(bundled), "b"))).isEqualTo(expected)
        .hasSizeGreaterThan(15_000);
    String odd = "# c\n\nCittà\tNOUN\tcittà\r\nÈ\tAUX\tessere\rfu\tAUX\tessere\nFU\tAUX\tfuoco\nultimo\tADJ\tultimo";
    assertThat(entries(LemmaDictionary.read(new java.io.ByteArrayInputStream(gzip(odd)), "o")))
        .isEqualTo(referenceEntries(gzip(odd), "o")).containsEntry("città\tNOUN", "città").containsEntry("fu\tAUX", "fuoco");
    for (String bad : java.util.List.of("a\tNOUN\n", "a\tNOUN\tb\tc\n", "\tNOUN\ta\n", "a\t\tb\n", "a\tNOUN\t\n",
        " \n", "ok\tX\tok\nà\tX\n")) {
      String expectedMessage = null;
      try {
        referenceEntries(gzip(bad), "src");
      } catch (IllegalArgumentException e) {
        expectedMessage = e.getMessage();
      }
      assertThat(expectedMessage).as(bad).isNotNull();
      String message = expectedMessage;
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> LemmaDictionary.read(new java.io.ByteArrayInputStream(gzip(bad)), "src")).as(bad)
          .hasMessage(message);
    }
  }
}
