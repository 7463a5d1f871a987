package it.storia.extractor.parse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link TransitionDependencyParser}: the static arc-eager oracle ({@link ArcEager#oracle}) turns each
 * gold tree into its transitions, each transition with the features of its configuration is one training event,
 * and OpenNLP's event trainer ({@link TrainerFactory#getEventTrainer}, perceptron by default) learns the
 * classifier. Non-projective trees (which the oracle cannot build) are skipped and counted. Deterministic for a
 * fixed input order: one thread, fixed iterations and cutoff. Stateless; thread-safe.
 */
public final class TransitionTrainer {
  private TransitionTrainer() {}

  /**
   * One gold sentence: its words' forms, UPOS, lemmas, heads (0-based index of the head word, -1 for the root) and
   * relations, all of the same length.
   */
  public record Sentence(String[] forms, String[] upos, String[] lemmas, int[] heads, String[] deprels) {
    public Sentence {
      int n = forms.length;
      if (upos.length != n || lemmas.length != n || heads.length != n || deprels.length != n) {
        throw new IllegalArgumentException("sentence arrays of different lengths (" + n + " forms)");
      }
      for (int i = 0; i < n; i++) {
        if (heads[i] < -1 || heads[i] >= n || heads[i] == i) {
          throw new IllegalArgumentException("word " + i + " '" + forms[i] + "' has bad head " + heads[i]);
        }
        Objects.requireNonNull(deprels[i], "deprel");
      }
    }
  }

  /** What training saw. */
  public record Report(int sentences, int skippedNonProjective, int events) {}

  /**
   * Trains the parser's classifier ({@link #write} saves it, {@link TransitionDependencyParser#load} reads it).
   *
   * @param algorithm OpenNLP algorithm name ({@code PERCEPTRON} or {@code MAXENT})
   * @param iterations training iterations
   * @param cutoff minimum count of a feature
   * @param log progress lines
   */
  public static AbstractModel train(List<Sentence> sentences, String algorithm, int iterations,
      int cutoff, PrintWriter log) throws IOException {
    Map<String, String> interned = new HashMap<>();
    List<Event> events = new ArrayList<>();
    int skipped = 0;
    for (Sentence s : sentences) {
      if (!events(s, events, interned)) {
        skipped++;
      }
    }
    log.println("  " + sentences.size() + " sentences, " + skipped + " non-projective skipped, " + events.size()
        + " transitions, " + interned.size() + " distinct features");
    log.flush();
    interned.clear();
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    p.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
    EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
    return (AbstractModel) trainer.train(new CollectionObjectStream<>(events));
  }

  /** Writes a trained classifier as a model file ({@value TransitionDependencyParser#MODEL}). */
  public static void write(AbstractModel model, OutputStream out) throws IOException {
    TransitionDependencyParser.write(model, out);
  }

  /**
   * Adds the oracle's events for one sentence; false (and nothing added) when the oracle cannot rebuild its tree,
   * i.e. when it is not projective.
   */
  static boolean events(Sentence s, List<Event> out, Map<String, String> interned) {
    int n = s.forms().length;
    int[] gold = new int[n + 1];
    for (int i = 0; i < n; i++) {
      gold[i + 1] = s.heads()[i] + 1;
    }
    ParseFeatures.Sentence fs = new ParseFeatures.Sentence(s.forms(), s.upos(), s.lemmas());
    ArcEager c = new ArcEager(n);
    List<Event> mine = new ArrayList<>(2 * n);
    ParseFeatures.Strings features = new ParseFeatures.Strings();
    String[] context = features.out;
    while (!c.terminal()) {
      ParseFeatures.extract(c, fs, features.reset());
      int kind = c.oracle(gold);
      String label = null;
      String outcome;
      switch (kind) {
        case ArcEager.LEFT -> {
          label = s.deprels()[c.stack(0) - 1];
          outcome = TransitionDependencyParser.LEFT + label;
        }
        case ArcEager.RIGHT -> {
          label = s.deprels()[c.buffer(0) - 1];
          outcome = TransitionDependencyParser.RIGHT + label;
        }
        case ArcEager.REDUCE -> outcome = TransitionDependencyParser.REDUCE;
        default -> outcome = TransitionDependencyParser.SHIFT;
      }
      if (!c.valid(kind, label)) {
        return false;
      }
      String[] ctx = new String[context.length];
      for (int k = 0; k < ctx.length; k++) {
        ctx[k] = interned.computeIfAbsent(context[k], x -> x);
      }
      mine.add(new Event(outcome, ctx));
      c.apply(kind, label);
    }
    for (int i = 1; i <= n; i++) {
      if (c.head[i] != gold[i]) {
        return false;
      }
    }
    out.addAll(mine);
    return true;
  }
}
