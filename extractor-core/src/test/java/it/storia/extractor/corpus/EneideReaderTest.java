package it.storia.extractor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.model.EntityType;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.RuleSentenceSplitter;
import it.storia.extractor.text.Segmenter;
import it.storia.extractor.token.ItalianTokenizer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EneideReaderTest {
  private static Path resource(String name) throws URISyntaxException {
    return Path.of(EneideReaderTest.class.getResource(name).toURI());
  }

  @Test
  void parsesQuotedMultiLineFieldsWithOddLineEnds() throws Exception {
    List<EneideReader.Paragraph> p = EneideReader.readParagraphs(resource("paragraphs-sample.csv"));
    assertThat(p).hasSize(2);
    assertThat(p.get(0).text()).isEqualTo("Aldo Moro parlò a Bari, \"città\" cara.\nPoi partì per Roma.");
    assertThat(p.get(1).date()).isEqualTo("1951");
    List<EneideReader.Annotation> a = EneideReader.readAnnotations(resource("annotations-sample.csv"));
    assertThat(a).hasSize(5);
    assertThat(a.get(0).type()).isEqualTo(EntityType.PERSON);
    assertThat(a.get(0).identifier()).isEqualTo("Q171834");
  }

  @Test
  void projectsCharacterSpansOntoTokensAndDropsMismatches() throws Exception {
    Segmenter seg = new Segmenter(ItalianNormalizer.fromClasspath(), ItalianTokenizer.fromClasspath(),
        new RuleSentenceSplitter());
    EneideReader.Result r = EneideReader.toSentences(
        EneideReader.readParagraphs(resource("paragraphs-sample.csv")),
        EneideReader.readAnnotations(resource("annotations-sample.csv")), seg);
    assertThat(r.annotations()).isEqualTo(5);
    assertThat(r.dropped()).isEqualTo(1); // "Trent" does not match the text "Trento"
    List<String> mentions = r.sentences().stream()
        .flatMap(s -> s.names().stream().map(n -> n.type() + ":" + s.text(n))).toList();
    assertThat(mentions).containsExactly("PERSON:Aldo Moro", "LOCATION:Bari", "LOCATION:Roma",
        "ORGANIZATION:Fuci");
  }
}
