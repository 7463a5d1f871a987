package it.storia.extractor.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.RuleSentenceSplitter;
import it.storia.extractor.text.Segmenter;
import it.storia.extractor.token.ItalianTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamesGoldReaderTest {
  private static final Segmenter SEG = new Segmenter(ItalianNormalizer.fromClasspath(),
      ItalianTokenizer.fromClasspath(), new RuleSentenceSplitter());

  @TempDir
  Path dir;

  private void write(String name, String text) throws IOException {
    Files.createDirectories(dir.resolve(name).getParent());
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<String> mentions(NamesGoldReader.Result r) {
    return r.sentences().stream().flatMap(s -> s.names().stream().map(n -> n.type() + ":" + s.text(n))).toList();
  }

  @Test
  void projectsGoldSpansOntoNormalisedTokensAndDropsExcludedSentences() throws Exception {
    String t1 = "Il Comitato centrale del PCR si riunì a Mosca. Stalin parlò contro l'Opposizione.";
    String t2 = "De Gasperi scrisse al Governo di Vienna. Poi partì.";
    write("d1.txt", t1);
    write("d2.txt", t2);
    write("docs.tsv", "# doc\tpart\nd1\ta\nd2\tb\n");
    int c = t1.indexOf("Comitato");
    int m = t1.indexOf("Mosca");
    int s = t1.indexOf("Stalin");
    int g = t2.indexOf("Governo");
    String org = "Comitato centrale del PCR";
    write("gold.tsv", "# header\n"
        + "d1\t" + c + "\t" + (c + org.length()) + "\tORGANIZATION\t" + org + "\ta\n"
        + "d1\t" + m + "\t" + (m + 5) + "\tLOCATION\tMosca\ta\n"
        + "d1\t" + s + "\t" + (s + 6) + "\tPERSON\tStalin\ta\n"
        + "d1\t" + (s + 1) + "\t" + (s + 6) + "\tPERSON\ttalin\ta\n"
        + "d2\t0\t10\tPERSON\tDe Gasperi\tb\n"
        + "d2\t" + g + "\t" + (g + 7) + "\tORGANIZATION\tGoverno\tb\n");
    // an unseen text repeats d2's first sentence with other spacing and punctuation
    write("exclude/x.txt", "Altro testo. De  Gasperi scrisse al «Governo» di Vienna! Fine.");
    NamesGoldReader.Result r = NamesGoldReader.read(dir, SEG);
    assertThat(mentions(r)).containsExactly("ORGANIZATION:Comitato centrale del PCR", "LOCATION:Mosca",
        "PERSON:Stalin");
    assertThat(r.sentences()).hasSize(3);
    assertThat(r.sentences().get(2).tokens()).containsExactly("Poi", "partì", ".");
    assertThat(r.sentences().get(1).tokens()).contains("l'", "Opposizione");
    assertThat(r.dropped()).isEqualTo(1);
    assertThat(r.droppedIn()).containsExactly("d2");
    assertThat(r.unaligned()).isEqualTo(1);
    assertThat(r.counts().get("a")).containsExactly(2, 1, 1, 1, 0);
    assertThat(r.counts().get("b")).containsExactly(1, 0, 0, 0, 1);
  }

  @Test
  void refusesAGoldDocumentMissingFromTheDocumentList() throws Exception {
    write("d1.txt", "Roma.");
    write("docs.tsv", "d1\ta\n");
    write("gold.tsv", "d9\t0\t4\tLOCATION\tRoma\ta\n");
    assertThatThrownBy(() -> NamesGoldReader.read(dir, SEG)).isInstanceOf(IOException.class)
        .hasMessageContaining("'d9'");
  }

  @Test
  void keyKeepsOnlyLowerCasedLettersAndDigits() {
    assertThat(NamesGoldReader.key("L'Italia, nel 1919!")).isEqualTo("litalianel1919");
  }
}
