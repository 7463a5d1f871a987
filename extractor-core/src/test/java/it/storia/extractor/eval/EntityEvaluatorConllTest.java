package it.storia.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.storia.extractor.model.EntityType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EntityEvaluator#readConll}: a KIND-style column file cut into documents of N sentences, or kept whole. */
class EntityEvaluatorConllTest {
  private static final String CONLL = "De\tB-PER\nGasperi\tI-PER\nparlò\tO\n.\tO\n\n"
      + "Il\tO\nPartito\tB-ORG\npopolare\tI-ORG\ntacque\tO\n.\tO\n\n"
      + "A\tO\nTrento\tB-LOC\npioveva\tO\n.\tO\n";

  @TempDir
  Path tmp;

  private Map<String, String> texts;

  private List<EntityEvaluator.Span> read(int perDoc) throws Exception {
    Path file = tmp.resolve("adg.tsv");
    Files.writeString(file, CONLL, StandardCharsets.UTF_8);
    texts = new LinkedHashMap<>();
    return EntityEvaluator.readConll(file, perDoc, texts);
  }

  @Test
  void zeroSentencesPerDocumentKeepsTheWholeFileAsOneDocument() throws Exception {
    List<EntityEvaluator.Span> gold = read(0);
    assertThat(texts).containsOnlyKeys("adg.tsv#0");
    String text = texts.get("adg.tsv#0");
    assertThat(text).startsWith("De Gasperi parlò .\n\nIl Partito popolare");
    assertThat(gold).extracting(EntityEvaluator.Span::type)
        .containsExactly(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    gold.forEach(s -> assertThat(text.substring(s.begin(), s.end())).isEqualTo(s.text()));
    assertThat(gold).extracting(EntityEvaluator.Span::text).containsExactly("De Gasperi", "Partito popolare",
        "Trento");
  }

  @Test
  void documentsOfTwoSentencesSplitTheThirdOff() throws Exception {
    List<EntityEvaluator.Span> gold = read(2);
    assertThat(texts).containsOnlyKeys("adg.tsv#0", "adg.tsv#1");
    assertThat(texts.get("adg.tsv#1")).isEqualTo("A Trento pioveva .\n\n");
    EntityEvaluator.Span trento = gold.get(2);
    assertThat(trento.doc()).isEqualTo("adg.tsv#1");
    assertThat(texts.get("adg.tsv#1").substring(trento.begin(), trento.end())).isEqualTo("Trento");
  }

  @Test
  void aNegativeSizeIsRefusedWithItsValue() {
    assertThatThrownBy(() -> read(-2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2");
  }
}
