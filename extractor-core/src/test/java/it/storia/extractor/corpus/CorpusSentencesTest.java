package it.storia.extractor.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The references of the held-out files, resolved against a small fake data root (no /work/shared needed). */
class CorpusSentencesTest {
  @TempDir
  Path root;

  @Test
  void detokenisingJoinsPunctuationAndElisionsLikeTheFixtureScript() {
    assertThat(CorpusSentences.detokenise(List.of("Pochi", "mesi", "dopo", ",", "Trocundo", "morì", ",", "ma",
        "l'", "assedio", "proseguì", "(", "488", ")", "."))).isEqualTo(
            "Pochi mesi dopo, Trocundo morì, ma l'assedio proseguì (488).");
  }

  @Test
  void referencesResolveToTheSentenceTheirHashNames() throws Exception {
    Files.createDirectories(root.resolve("wikineural-it"));
    Files.writeString(root.resolve("wikineural-it/test.conllu"), "0\tIl\tO\n1\tpapa\tO\n2\tmorì\tO\n3\t.\tO\n\n"
        + "0\tAlarico\tB-PER\n1\tmorì\tO\n2\t.\tO\n", StandardCharsets.UTF_8);
    Files.createDirectories(root.resolve("eneide-amd"));
    Files.writeString(root.resolve("eneide-amd/paragraphs_test.csv"), "doc_id,title,text,publication_date\r\r\n"
        + "d1,T,\"Prima frase. Moro fu eletto, disse.\",1950\r\r\n", StandardCharsets.UTF_8);
    CorpusSentences corpus = new CorpusSentences(root);
    // sha256("Alarico morì.") and sha256("Moro fu eletto")
    assertThat(corpus.resolve("wikineural-it/test.conllu sentence=1 sha256=" + sha("Alarico morì.")))
        .isEqualTo("Alarico morì.");
    assertThat(corpus.resolve("eneide-amd/paragraphs_test.csv doc=d1 chars=13-27 sha256=" + sha("Moro fu eletto")))
        .isEqualTo("Moro fu eletto");
    assertThatThrownBy(() -> corpus.resolve("wikineural-it/test.conllu sentence=0 sha256=0000"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Il papa morì.");
    assertThatThrownBy(() -> corpus.resolve("wikineural-it/test.conllu sentence=7 sha256=0000"))
        .hasMessageContaining("sentence 7");
  }

  @Test
  void kindReferencesReadTheTokenColumnAndJoinTypographicElisionsAndQuotes() throws Exception {
    Files.createDirectories(root.resolve("kind/dataset"));
    Files.writeString(root.resolve("kind/dataset/moro_train.tsv"), "[\tO\nIntervista\tO\n]\tO\n\n"
        + "Ieri\tO\nl\u2019\tO\nassassinio\tO\ndi\tO\nEnrico\tPER\nPedenovi\tPER\n,\tO\n\u00ab\tO\nconsigliere\tO\n"
        + "\u00bb\tO\n.\tO\n", StandardCharsets.UTF_8);
    CorpusSentences corpus = new CorpusSentences(root);
    String text = "Ieri l\u2019assassinio di Enrico Pedenovi, \u00abconsigliere\u00bb.";
    assertThat(corpus.resolve("kind/dataset/moro_train.tsv sentence=1 sha256=" + sha(text))).isEqualTo(text);
    assertThatThrownBy(() -> corpus.resolve("kind/dataset/moro_train.tsv sentence=0 sha256=0000"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("[ Intervista ]");
    assertThatThrownBy(() -> corpus.resolve("kind/dataset/moro_train.tsv sentence=5 sha256=0000"))
        .hasMessageContaining("sentence 5");
  }

  @Test
  void universalDependenciesReferencesNameTheSentenceByItsSentId() throws Exception {
    Files.createDirectories(root.resolve("UD_Italian-ISDT"));
    Files.writeString(root.resolve("UD_Italian-ISDT/it_isdt-ud-dev.conllu"), "# sent_id = s1\n"
        + "# text = Il papa morì.\n1\tIl\til\tDET\n2\tpapa\tpapa\tNOUN\n3\tmorì\tmorire\tVERB\n4\t.\t.\tPUNCT\n\n"
        + "# sent_id = s2\n# text = Shakespeare morì nel 1616.\n1\tShakespeare\tShakespeare\tPROPN\n\n",
        StandardCharsets.UTF_8);
    CorpusSentences corpus = new CorpusSentences(root);
    String text = "Shakespeare morì nel 1616.";
    assertThat(corpus.resolve("UD_Italian-ISDT/it_isdt-ud-dev.conllu sent_id=s2 sha256=" + sha(text)))
        .isEqualTo(text);
    assertThatThrownBy(() -> corpus.resolve("UD_Italian-ISDT/it_isdt-ud-dev.conllu sent_id=s9 sha256=0000"))
        .hasMessageContaining("s9");
    assertThatThrownBy(() -> corpus.resolve("UD_Italian-ISDT/it_isdt-ud-dev.conllu sent_id=s1 sha256=0000"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Il papa morì.");
  }

  private static String sha(String s) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
  }
}
