package it.storia.extractor.train;

import it.storia.extractor.corpus.ConlluReader;
import it.storia.extractor.corpus.ConlluSentence;
import it.storia.extractor.corpus.GoldDocument;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.OpenNlpSentenceSplitter;
import it.storia.extractor.token.OpenNlpTokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the statistical sentence detector ({@code it-sent.bin}) and tokenizer ({@code it-token.bin}) from the
 * raw {@code # text} of the treebanks of {@link TrainingSets#SEGMENTATION}.
 *
 * <p>Sentence samples are pseudo-documents of {@value #SENTENCES_PER_DOCUMENT} consecutive sentences joined by a
 * space (or real documents where the file marks {@code # newdoc}); token samples are single sentences with the
 * gold surface-token spans. Texts go through the {@link ItalianNormalizer} when it keeps their length (as at
 * run time). Deterministic: single-threaded maxent, fixed iterations and cutoff. Stateless; thread-safe.
 */
public final class SegmentationTraining {
  /** Sentences per pseudo-document for files without {@code # newdoc}. */
  static final int SENTENCES_PER_DOCUMENT = 20;

  /** Characters after which the sentence detector considers a boundary (UD Italian also ends at ":" and ";"). */
  private static final char[] EOS_CHARACTERS = {'.', '!', '?', ':', ';', '…'};

  private SegmentationTraining() {}

  private static List<ConlluSentence> read(TrainingRequest request, PrintWriter log) throws IOException {
    List<ConlluSentence> out = new ArrayList<>();
    for (Path f : TrainingSets.resolve(request.dataDir(), TrainingSets.SEGMENTATION, request.exclude())) {
      out.addAll(ConlluReader.read(f));
      log.println("  read " + request.dataDir().relativize(f));
    }
    log.println("  " + out.size() + " sentences");
    return out;
  }

  private static String normalized(ItalianNormalizer normalizer, String text) {
    String n = normalizer.normalize(text).text();
    return n.length() == text.length() ? n : text;
  }

  /** Trains and writes {@code it-sent.bin}. */
  public static List<Path> trainSentences(TrainingRequest request, PrintWriter log) throws IOException {
    ItalianNormalizer normalizer = ItalianNormalizer.fromClasspath();
    List<SentenceSample> samples = new ArrayList<>();
    for (GoldDocument d : GoldDocument.of(read(request, log), SENTENCES_PER_DOCUMENT)) {
      Span[] spans = d.sentenceSpans().stream().map(s -> new Span(s[0], s[1])).toArray(Span[]::new);
      samples.add(new SentenceSample(normalized(normalizer, d.text()), spans));
    }
    SentenceDetectorFactory factory = new SentenceDetectorFactory("it", true, null, EOS_CHARACTERS);
    SentenceModel model = SentenceDetectorME.train("it", new CollectionObjectStream<>(samples), factory,
        TaggerTraining.params(100, 3));
    Files.createDirectories(request.outDir());
    Path out = request.outDir().resolve(OpenNlpSentenceSplitter.MODEL);
    model.serialize(out);
    log.println("  wrote " + out);
    return List.of(out);
  }

  /** Trains and writes {@code it-token.bin}. */
  public static List<Path> trainTokens(TrainingRequest request, PrintWriter log) throws IOException {
    ItalianNormalizer normalizer = ItalianNormalizer.fromClasspath();
    List<TokenSample> samples = new ArrayList<>();
    int skipped = 0;
    for (ConlluSentence s : read(request, log)) {
      GoldDocument d = GoldDocument.build(List.of(s));
      if (d.mismatches() > 0) {
        skipped++; // FORMs that do not spell the sentence text give no reliable token spans
        continue;
      }
      Span[] spans = d.tokenSpans().get(0).stream().map(t -> new Span(t[0], t[1])).toArray(Span[]::new);
      samples.add(new TokenSample(normalized(normalizer, d.text()), spans));
    }
    log.println("  " + samples.size() + " token samples; skipped " + skipped
        + " sentences whose FORMs do not match their # text");
    TokenizerFactory factory = new TokenizerFactory("it", null, true, null);
    TokenizerModel model = TokenizerME.train(new CollectionObjectStream<>(samples), factory,
        TaggerTraining.params(100, 3));
    Files.createDirectories(request.outDir());
    Path out = request.outDir().resolve(OpenNlpTokenizer.MODEL);
    model.serialize(out);
    log.println("  wrote " + out);
    return List.of(out);
  }
}
