package it.storia.extractor.eval;

import it.storia.extractor.corpus.ConlluReader;
import it.storia.extractor.corpus.GoldDocument;
import it.storia.extractor.parse.TransitionDependencyParser;
import it.storia.extractor.pipeline.Extractor;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluations behind {@code extractor eval}: each reads a gold CoNLL-U file, rebuilds its documents' raw text
 * (sentences joined by a space, {@link GoldDocument}) and scores a pipeline on it end to end; {@link #ner} and
 * {@link #names} read name gold files.
 *
 * <p>Stateless; thread-safe.
 */
public final class Evaluations {
  /** Sentences per document when a CoNLL gold file is evaluated by {@link #names}. */
  public static final int CONLL_SENTENCES_PER_DOC = 40;

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
   * for the model files of the request, else {@code MODEL_DIR/ner-it.bin}, else the bundled model; a file is one
   * document unless {@link EvalRequest#docSentences()} cuts it into documents of that many sentences.
   */
  public static void ner(EvalRequest request, PrintWriter out) throws IOException {
    List<Path> models = new ArrayList<>(request.modelFiles());
    if (request.modelDir() != null) {
      models.add(request.modelDir().resolve(NerTrainingRun.MODEL_FILE));
    }
    NerBenchmark.run(models, request.data(), request.docSentencesOr(0), request.speed(), request.errors(), out);
  }

  /**
   * Names: the shipped pipeline ({@link Extractor#withDefaults()}, or the recogniser named by
   * {@link EvalRequest#recognizer()}) scored with exact spans per type
   * ({@link EntityEvaluator}) on each gold file of the request. With {@link EvalRequest#texts()} the gold files are
   * TSV ({@code DOC<TAB>BEGIN<TAB>END<TAB>TYPE<TAB>TEXT}) over {@code TEXTS/DOC.txt}; without it they are CoNLL
   * IOB2 files ({@code TOKEN<TAB>TAG}) read as documents of {@link EvalRequest#docSentences()} sentences (default
   * {@value #CONLL_SENTENCES_PER_DOC}, the size the earlier scores were measured with; 0 = the whole file). Prints,
   * per file, up to {@link EvalRequest#errors()} wrong ({@code FP}) or missed ({@code FN}) mentions and the table.
   *
   * @throws IllegalArgumentException for a model option (the shipped models are evaluated), a malformed gold file
   *     or a missing text, naming the file
   */
  public static void names(EvalRequest request, PrintWriter out) throws IOException {
    if (request.modelDir() != null || !request.modelFiles().isEmpty() || request.speed()) {
      throw new IllegalArgumentException("names evaluates the shipped pipeline: --models, --model and --speed do not"
          + " apply");
    }
    Extractor extractor = request.recognizer().extractor();
    int perDoc = request.docSentencesOr(CONLL_SENTENCES_PER_DOC);
    for (Path file : request.data()) {
      Map<String, String> texts;
      List<EntityEvaluator.Span> gold;
      if (request.texts() != null) {
        texts = EntityEvaluator.readTexts(file, request.texts());
        gold = EntityEvaluator.readGold(file, texts);
      } else {
        texts = new LinkedHashMap<>();
        gold = EntityEvaluator.readConll(file, perDoc, texts);
      }
      EntityEvaluator.Scores scores = EntityEvaluator.evaluate(extractor, texts, gold);
      out.printf(Locale.ROOT, "names (%s) on %s: %d documents, %d gold mentions%n",
          request.recognizer() == NamesRecognizer.SHIPPED ? "shipped pipeline"
              : "recogniser " + request.recognizer().name().toLowerCase(Locale.ROOT), file, texts.size(), gold.size());
      scores.errors().stream().limit(request.errors()).forEach(out::println);
      out.print(scores.table());
      out.flush();
    }
  }

  /**
   * Dependency parser UAS and LAS ({@link ParsingEvaluation}): end to end over the rule segmenter and the tagger,
   * with gold tokens, and with gold words and tags. The parser is {@code MODEL_DIR/it-parse.bin} or the bundled
   * one; the tagger is the one in {@code MODEL_DIR} when it holds {@code it-pos.bin}, else the bundled one.
   */
  public static Scores parsing(Path goldFile, Path modelDir) throws IOException {
    TransitionDependencyParser parser = modelDir == null ? TransitionDependencyParser.fromClasspath()
        : TransitionDependencyParser.load(modelDir.resolve(TransitionDependencyParser.MODEL));
    OpenNlpTagger tagger = modelDir != null && Files.isRegularFile(modelDir.resolve(OpenNlpTagger.POS_MODEL))
        ? OpenNlpTagger.fromDirectory(modelDir) : OpenNlpTagger.fromClasspath();
    return ParsingEvaluation.evaluate("dependencies (rule segmentation + OpenNlpTagger + "
        + TransitionDependencyParser.MODEL + ") on " + goldFile, gold(goldFile), rules(), tagger, parser);
  }

  /** UPOS and lemma accuracy, end to end over the rule segmenter. */
  public static Scores tagging(Path goldFile, Path modelDir) throws IOException {
    OpenNlpTagger tagger = modelDir == null ? OpenNlpTagger.fromClasspath() : OpenNlpTagger.fromDirectory(modelDir);
    return TaggingEvaluation.evaluate("UPOS and lemmas (rule segmentation + OpenNlpTagger) on " + goldFile,
        gold(goldFile), rules(), tagger);
  }
}
