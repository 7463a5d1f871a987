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
}
