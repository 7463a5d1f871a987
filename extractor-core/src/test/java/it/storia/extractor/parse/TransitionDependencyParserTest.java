package it.storia.extractor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import it.storia.extractor.Samples;
import it.storia.extractor.model.Token;
import it.storia.extractor.pipeline.SharedPipeline;
import it.storia.extractor.tag.Tagger;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.TokenRange;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled parser on real Italian text: the reference sample and the CoNLL-U fixture's first sentence. */
class TransitionDependencyParserTest {
  private static final TransitionDependencyParser PARSER = TransitionDependencyParser.fromClasspath();
  /** The bundled tagger (the shared pipeline's). */
  private static final Tagger TAGGER = SharedPipeline.defaults().stages().tagger();

  private static AnalyzedText tagged(String text) {
    AnalyzedText at = SharedPipeline.defaults().segmenter().segment(text);
    return at.withTokens(TAGGER.tag(at));
  }

  private static List<DependencyTree> parseAll(AnalyzedText at) {
    List<DependencyTree> out = new ArrayList<>();
    for (int s = 0; s < at.sentences().size(); s++) {
      out.add(PARSER.parse(at, s));
    }
    return out;
  }

  private static int word(DependencyTree t, String form) {
    for (int i = 0; i < t.words().size(); i++) {
      if (t.words().get(i).form().equals(form)) {
        return i;
      }
    }
    throw new AssertionError("no word '" + form + "' in " + t.words());
  }

  @Test
  void trotskyIsThePassiveSubjectOfEspulsoAndPartitoItsOblique() {
    AnalyzedText at = tagged("Trotsky fu espulso dal partito nel 1927.");
    DependencyTree t = PARSER.parse(at, 0);
    int espulso = word(t, "espulso");
    Word trotsky = t.words().get(word(t, "Trotsky"));
    assertThat(trotsky.deprel()).isEqualTo("nsubj:pass");
    assertThat(trotsky.head()).isEqualTo(espulso);
    Word partito = t.words().get(word(t, "partito"));
    assertThat(partito.head()).isEqualTo(espulso);
    assertThat(partito.deprel()).isIn("obl", "obl:agent");
    assertThat(t.words().get(espulso).head()).isEqualTo(-1);
    assertThat(t.words().get(espulso).deprel()).isEqualTo("root");
    // "dal" is one token of two words, each with its own tag, both attached inside the phrase of "partito"
    List<Integer> dal = t.wordsOfToken(3);
    assertThat(dal).hasSize(2);
    assertThat(t.words().get(dal.get(0)).upos()).isEqualTo("ADP");
    assertThat(t.words().get(dal.get(1)).upos()).isEqualTo("DET");
    assertThat(t.words().get(dal.get(0)).head()).isEqualTo(word(t, "partito"));
  }

  @Test
  void theAgentOfAPassiveInTheSampleIsItsVerbsOblAgent() {
    AnalyzedText at = tagged("Nel 1940 fu ucciso in Messico da un agente dei servizi speciali sovietici.");
    DependencyTree t = PARSER.parse(at, 0);
    Word agente = t.words().get(word(t, "agente"));
    assertThat(agente.head()).isEqualTo(word(t, "ucciso"));
    assertThat(agente.deprel()).isEqualTo("obl:agent");
    assertThat(t.words().get(word(t, "servizi")).head()).isEqualTo(word(t, "agente"));
  }

  @Test
  void everySampleTreeIsARootedTreeWhoseWordsMapBackToTheirTokens() {
    AnalyzedText at = tagged(Samples.lotta());
    assertThat(at.sentences()).hasSizeGreaterThan(100);
    for (int s = 0; s < at.sentences().size(); s++) {
      DependencyTree t = PARSER.parse(at, s);
      TokenRange range = at.sentenceTokens().get(s);
      assertThat(t.sentence()).isEqualTo(s);
      long roots = t.words().stream().filter(w -> w.head() == -1).count();
      assertThat(roots).as("roots of sentence %d", s).isEqualTo(1);
      for (int i = 0; i < t.words().size(); i++) {
        Word w = t.words().get(i);
        assertThat(w.token()).isBetween(range.first(), range.end() - 1);
        Token tok = at.tokens().get(w.token());
        if (tok.words().isEmpty()) {
          assertThat(w.form()).isEqualTo(tok.norm());
          assertThat(at.original().substring(tok.begin(), tok.end())).isEqualTo(tok.text());
        }
        // following heads from any word reaches the root without a cycle
        int h = i;
        int steps = 0;
        while (h != -1 && steps <= t.words().size()) {
          h = t.words().get(h).head();
          steps++;
        }
        assertThat(h).as("word %d of sentence %d reaches the root", i, s).isEqualTo(-1);
      }
      assertThat(t.words().stream().map(Word::token).distinct().count()).isEqualTo(range.end() - range.first());
    }
  }

  @Test
  void severalThreadsGetTheSameTreesAsOne() throws Exception {
    AnalyzedText at = tagged(Samples.lotta());
    List<DependencyTree> expected = parseAll(at);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<DependencyTree>>> runs = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        runs.add(pool.submit(() -> parseAll(at)));
      }
      for (Future<List<DependencyTree>> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void hashedFeaturesChooseTheSameTransitionsAsTheFeatureStrings() {
    TransitionDependencyParser reference = TransitionDependencyParser.reference(
        TransitionDependencyParser.bundledModel());
    AnalyzedText at = tagged(Samples.lotta());
    for (int s = 0; s < at.sentences().size(); s++) {
      assertThat(PARSER.parse(at, s)).as("sentence %d", s).isEqualTo(reference.parse(at, s));
    }
    assertThat(PARSER.featureCount()).isGreaterThan(100_000);
  }

  @Test
  void aWrittenModelLoadsBackToTheSameParser(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(TransitionDependencyParser.MODEL);
    try (OutputStream out = Files.newOutputStream(file)) {
      TransitionTrainer.write(TransitionDependencyParser.bundledModel(), out);
    }
    TransitionDependencyParser loaded = TransitionDependencyParser.load(file);
    AnalyzedText at = tagged(Samples.lotta());
    for (int s = 0; s < at.sentences().size(); s += 7) {
      assertThat(loaded.parse(at, s)).isEqualTo(PARSER.parse(at, s));
    }
    assertThat(loaded.labels()).contains("nsubj", "nsubj:pass", "obj", "obl:agent", "acl:relcl", "root", "aux:pass");
  }
}
