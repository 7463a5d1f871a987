package it.storia.extractor.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConlluReaderTest {
  static Path fixture() throws URISyntaxException {
    return Path.of(ConlluReaderTest.class.getResource("/it/storia/extractor/corpus/sample.conllu").toURI());
  }

  @Test
  void readsSentencesCommentsAndMultiwordRanges() throws Exception {
    List<ConlluSentence> ss = ConlluReader.read(fixture());
    assertThat(ss).extracting(ConlluSentence::id).containsExactly("s1", "s2", "s3");
    assertThat(ss).extracting(ConlluSentence::newDoc).containsExactly(true, false, true);
    ConlluSentence s1 = ss.get(0);
    assertThat(s1.text()).isEqualTo("Trotsky fu espulso dal partito nel 1927.");
    assertThat(s1.tokens()).extracting(ConlluToken::form)
        .containsExactly("Trotsky", "fu", "espulso", "dal", "partito", "nel", "1927", ".");
    ConlluToken dal = s1.tokens().get(3);
    assertThat(dal.isMultiword()).isTrue();
    assertThat(dal.words()).extracting(ConlluWord::form).containsExactly("da", "il");
    assertThat(dal.upos()).isEqualTo("ADP+DET");
    assertThat(dal.lemma()).isEqualTo("da il");
    assertThat(s1.tokens().get(2).lemma()).isEqualTo("espellere");
    assertThat(s1.tokens().get(6).spaceAfter()).isFalse();
    assertThat(s1.tokens().get(5).spaceAfter()).isTrue();
    assertThat(s1.words()).hasSize(10);
  }

  @Test
  void skipsEmptyNodesAndKeepsCliticRanges() throws Exception {
    List<ConlluSentence> ss = ConlluReader.read(fixture());
    assertThat(ss.get(1).words()).extracting(ConlluWord::id).containsExactly(1, 2, 3, 4, 5);
    ConlluToken farlo = ss.get(2).tokens().get(1);
    assertThat(farlo.form()).isEqualTo("farlo");
    assertThat(farlo.upos()).isEqualTo("VERB+PRON");
    assertThat(farlo.lemma()).isEqualTo("fare lo");
  }

  @Test
  void rejectsMalformedLinesNamingThem() {
    String bad = "# text = a b\n1\ta\ta\tDET\n";
    assertThatThrownBy(() -> ConlluReader.read(new StringReader(bad), "bad.conllu"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.conllu:2")
        .hasMessageContaining("10 tab-separated columns");
    String badId = "x\ta\ta\tDET\t_\t_\t_\t_\t_\t_\n";
    assertThatThrownBy(() -> ConlluReader.read(new StringReader(badId), "id.conllu"))
        .hasMessageContaining("bad ID 'x'");
  }

  @Test
  void rebuildsDocumentsWithGoldOffsets() throws IOException, URISyntaxException {
    List<GoldDocument> docs = GoldDocument.of(ConlluReader.read(fixture()), 0);
    assertThat(docs).hasSize(2);
    GoldDocument d = docs.get(0);
    assertThat(d.text()).isEqualTo("Trotsky fu espulso dal partito nel 1927. Lenin morì a Gorki.");
    assertThat(d.mismatches()).isZero();
    int[] second = d.sentenceSpans().get(1);
    assertThat(d.text().substring(second[0], second[1])).isEqualTo("Lenin morì a Gorki.");
    List<String> tokens = d.tokenSpans().stream().flatMap(List::stream)
        .map(s -> d.text().substring(s[0], s[1])).toList();
    assertThat(tokens).containsExactly("Trotsky", "fu", "espulso", "dal", "partito", "nel", "1927", ".",
        "Lenin", "morì", "a", "Gorki", ".");
  }

  @Test
  void cutsUnmarkedFilesIntoPseudoDocuments() throws Exception {
    String text = "# text = Uno.\n1\tUno\tuno\tNUM\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t_\t_\t_\t_\t_\t_\n\n"
        .repeat(5);
    List<ConlluSentence> ss = ConlluReader.read(new StringReader(text), "five");
    assertThat(GoldDocument.of(ss, 2)).extracting(d -> d.sentences().size()).containsExactly(2, 2, 1);
    assertThat(GoldDocument.of(ss, 0)).hasSize(1);
  }
}
