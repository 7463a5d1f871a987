package it.storia.extractor.eval;

import it.storia.extractor.corpus.ConlluReader;
import it.storia.extractor.corpus.GoldDocument;
import it.storia.extractor.train.NerTrainingRun;
import it.storia.extractor.tag.OpenNlpTagger;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.OpenNlpSentenceSplitter;
import it.storia.extractor.text.RuleSentenceSplitter;
import it.storia.extractor.text.Segmenter;
import it.storia.extractor.token.ItalianTokenizer;
import it.storia.extractor.token.OpenNlpTokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluations behind {@code extractor eval}: each reads a gold CoNLL-U file, rebuilds its documents' raw text
 * (sentences joined by a space, {@link GoldDocument}) and scores a pipeline on it end to end.
 *
 * <p>Stateless; thread-safe.
 */
public final class Evaluations {
  private Evaluations() {}

  private static List<GoldDocument> gold(Path file) throws IOException {
    return GoldDocument.of(ConlluReader.read(file), 0);
  }

  private static Segmenter rules() {
    return new Segmenter(ItalianNormalizer.fromClasspath(), ItalianTokenizer.fromClasspath(),
        new RuleSentenceSplitter());
  }

  /** The default (rule) tokenizer and sentence splitter: sentence and token P/R/F1. */
  public static Scores segmentation(Path goldFile, Path modelDir) throws IOException {
    return SegmentationEvaluation.evaluate("segmentation (rules) on " + goldFile, gold(goldFile), rules());
  }

  /** The statistical sentence detector over the rule tokenizer. */
  public static Scores sentences(Path goldFile, Path modelDir) throws IOException {
    OpenNlpSentenceSplitter splitter = modelDir == null ? OpenNlpSentenceSplitter.fromClasspath()
        : OpenNlpSentenceSplitter.load(modelDir.resolve(OpenNlpSentenceSplitter.MODEL));
    Segmenter s = new Segmenter(ItalianNormalizer.fromClasspath(), ItalianTokenizer.fromClasspath(), splitter);
    return SegmentationEvaluation.evaluate("sentences (OpenNLP " + OpenNlpSentenceSplitter.MODEL + ") on "
        + goldFile, gold(goldFile), s);
  }

  /** The statistical tokenizer with the rule sentence splitter. */
  public static Scores tokens(Path goldFile, Path modelDir) throws IOException {
    OpenNlpTokenizer tokenizer = modelDir == null ? OpenNlpTokenizer.fromClasspath()
        : OpenNlpTokenizer.load(modelDir.resolve(OpenNlpTokenizer.MODEL));
    Segmenter s = new Segmenter(ItalianNormalizer.fromClasspath(), tokenizer, new RuleSentenceSplitter());
    return SegmentationEvaluation.evaluate("tokens (OpenNLP " + OpenNlpTokenizer.MODEL + ") on " + goldFile,
        gold(goldFile), s);
  }

  /**
   * Name finder: exact-span P/R/F1 per type and micro-averaged on each gold column file ({@link NerBenchmark}),
   * for the model files of the request, else {@code MODEL_DIR/ner-it.bin}, else the bundled model.
   */
  public static void ner(EvalRequest request, PrintWriter out) throws IOException {
    List<Path> models = new ArrayList<>(request.modelFiles());
    if (request.modelDir() != null) {
      models.add(request.modelDir().resolve(NerTrainingRun.MODEL_FILE));
    }
    NerBenchmark.run(models, request.data(), request.speed(), request.errors(), out);
  }

  /** UPOS and lemma accuracy, end to end over the rule segmenter. */
  public static Scores tagging(Path goldFile, Path modelDir) throws IOException {
    OpenNlpTagger tagger = modelDir == null ? OpenNlpTagger.fromClasspath() : OpenNlpTagger.fromDirectory(modelDir);
    return TaggingEvaluation.evaluate("UPOS and lemmas (rule segmentation + OpenNlpTagger) on " + goldFile,
        gold(goldFile), rules(), tagger);
  }
}
