package it.storia.extractor.train;

import it.storia.extractor.corpus.ConlluReader;
import it.storia.extractor.corpus.ConlluSentence;
import it.storia.extractor.corpus.ConlluToken;
import it.storia.extractor.corpus.ConlluWord;
import it.storia.extractor.parse.TransitionDependencyParser;
import it.storia.extractor.parse.TransitionTrainer;
import it.storia.extractor.tag.OpenNlpTagger;
import it.storia.extractor.text.ItalianNormalizer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;

/**
 * Trains the dependency parser ({@code it-parse.bin}, {@link TransitionDependencyParser}) from the gold trees of
 * {@link TrainingSets#PARSING} (minus the tweet treebanks when {@link ParseOptions#tweets()} is false).
 *
 * <p>Words are the treebanks' syntactic words ("della" → "di", "la"), forms through the {@link ItalianNormalizer}
 * as at tagging time. With {@link ParseOptions#predictedTags()} each sentence's surface tokens are tagged by the
 * tagger and the token tags split over the words ({@link #words}). Deterministic: files in a fixed order, one
 * thread, fixed iterations. Stateless; thread-safe.
 */
public final class ParsingTraining {
  private ParsingTraining() {}

  /** Trains and writes {@code it-parse.bin}. */
  public static List<Path> train(TrainingRequest request, PrintWriter log) throws IOException {
    ParseOptions options = request.parse();
    List<String> exclude = new ArrayList<>(request.exclude());
    if (!options.tweets()) {
      exclude.addAll(TrainingSets.TWEET_TREEBANKS);
    }
    List<Path> files = TrainingSets.resolve(request.dataDir(), TrainingSets.PARSING, exclude);
    OpenNlpTagger tagger = null;
    if (options.predictedTags()) {
      tagger = Files.isRegularFile(request.outDir().resolve(OpenNlpTagger.POS_MODEL))
          ? OpenNlpTagger.fromDirectory(request.outDir()) : OpenNlpTagger.fromClasspath();
    }
    ItalianNormalizer normalizer = ItalianNormalizer.fromClasspath();
    List<TransitionTrainer.Sentence> sentences = new ArrayList<>();
    for (Path f : files) {
      int before = sentences.size();
      for (ConlluSentence s : ConlluReader.read(f)) {
        TransitionTrainer.Sentence t = sentence(s, normalizer, tagger);
        if (t != null) {
          sentences.add(t);
        }
      }
      log.println("  read " + request.dataDir().relativize(f) + ": " + (sentences.size() - before) + " sentences");
    }
    log.println("  tags: " + (options.predictedTags() ? "predicted" : "gold") + ", " + options.iterations()
        + " iterations, cutoff " + options.cutoff());
    log.flush();
    AbstractModel model = TransitionTrainer.train(sentences, "PERCEPTRON", options.iterations(), options.cutoff(),
        log);
    Files.createDirectories(request.outDir());
    Path out = request.outDir().resolve(TransitionDependencyParser.MODEL);
    try (OutputStream o = Files.newOutputStream(out)) {
      TransitionTrainer.write(model, o);
    }
    log.println("  wrote " + out + " (" + Files.size(out) + " bytes)");
    return List.of(out);
  }

  /** A training sentence, or null when a word has no head. */
  static TransitionTrainer.Sentence sentence(ConlluSentence s, ItalianNormalizer normalizer, OpenNlpTagger tagger) {
    List<ConlluWord> ws = s.words();
    int n = ws.size();
    String[] forms = new String[n];
    String[] upos = new String[n];
    String[] lemmas = new String[n];
    int[] heads = new int[n];
    String[] deprels = new String[n];
    for (int i = 0; i < n; i++) {
      ConlluWord w = ws.get(i);
      if (w.head() == ConlluWord.NO_HEAD || w.id() != i + 1) {
        return null;
      }
      forms[i] = normal(w.form(), normalizer);
      upos[i] = w.upos();
      lemmas[i] = "_".equals(w.lemma()) ? w.form() : w.lemma();
      heads[i] = w.head() - 1;
      deprels[i] = w.deprel();
    }
    if (tagger != null) {
      words(s.tokens(), normalizer, tagger, upos, lemmas);
    }
    return new TransitionTrainer.Sentence(forms, upos, lemmas, heads, deprels);
  }

  /**
   * Tags the surface tokens of a gold sentence and writes the tags and lemmas over its words: a token's tag
   * "ADP+DET" and lemma "di il" are split over its words; when the part counts differ, the words repeat the last
   * part and keep their own form as lemma.
   */
  public static void words(List<ConlluToken> tokens, ItalianNormalizer normalizer, OpenNlpTagger tagger,
      String[] upos, String[] lemmas) {
    String[] forms = new String[tokens.size()];
    for (int k = 0; k < forms.length; k++) {
      forms[k] = normal(tokens.get(k).form(), normalizer);
    }
    String[] tags = tagger.posTags(forms);
    String[] lems = tagger.lemmas(forms, tags);
    int i = 0;
    for (int k = 0; k < forms.length; k++) {
      String[] ps = tags[k].split("\\+", -1);
      String[] ls = lems[k].split(" ", -1);
      List<ConlluWord> ws = tokens.get(k).words();
      for (int j = 0; j < ws.size(); j++, i++) {
        upos[i] = ps[Math.min(j, ps.length - 1)];
        lemmas[i] = ls.length == ws.size() ? ls[j] : ws.size() == 1 ? lems[k] : ws.get(j).form();
      }
    }
  }

  /** The normalised form, as the tagger sees it (the form as written when normalising leaves nothing). */
  static String normal(String form, ItalianNormalizer normalizer) {
    String n = normalizer.normalize(form).text().strip();
    return n.isEmpty() ? form : n;
  }
}
