package it.storia.extractor.train;

import it.storia.extractor.eval.Evaluations;
import it.storia.extractor.eval.Evaluator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The model components that {@code extractor train} and {@code extractor eval} know, by name. Adding a component
 * is one constant here: its name, its trainer (null when it cannot be trained) and its evaluator. Immutable;
 * thread-safe.
 */
public enum Component {
  /** Statistical sentence detector ({@code it-sent.bin}); eval: sentence F1 over the rule tokenizer. */
  SENTENCES("sentences", SegmentationTraining::trainSentences, Evaluator.perFile(Evaluations::sentences)),
  /** Statistical tokenizer ({@code it-token.bin}); eval: token F1 with the rule splitter. */
  TOKENS("tokens", SegmentationTraining::trainTokens, Evaluator.perFile(Evaluations::tokens)),
  /** UPOS tagger ({@code it-pos.bin}); eval: UPOS and lemma accuracy end to end. */
  POS("pos", TaggerTraining::trainPos, Evaluator.perFile(Evaluations::tagging)),
  /** Lemma lexicon ({@code it-lemmas.tsv.gz}) behind the lexicon + suffix-rule lemmatizer; eval: as {@link #POS}. */
  LEMMA("lemma", TaggerTraining::trainLemma, Evaluator.perFile(Evaluations::tagging)),
  /**
   * Dependency parser ({@code it-parse.bin}, options in {@link TrainingRequest#parse()}); eval: UAS and LAS end to
   * end, with gold tokens, and with gold tags.
   */
  PARSE("parse", ParsingTraining::train, Evaluator.perFile(Evaluations::parsing)),
  /**
   * PER/ORG/LOC name finder ({@code ner-it.bin}, options in {@link TrainingRequest#ner()}); eval: exact-span
   * P/R/F1 on token-TAB-tag gold files, optionally throughput.
   */
  NER("ner", NerTrainingRun::train, Evaluations::ner),
  /** The default rule tokenizer and sentence splitter: eval only. */
  SEGMENTATION("segmentation", null, Evaluator.perFile(Evaluations::segmentation));

  private final String id;
  private final Trainer trainer;
  private final Evaluator evaluator;

  Component(String id, Trainer trainer, Evaluator evaluator) {
    this.id = id;
    this.trainer = trainer;
    this.evaluator = evaluator;
  }

  /** The name used on the command line. */
  public String id() {
    return id;
  }

  /** The trainer, if the component can be trained. */
  public Optional<Trainer> trainer() {
    return Optional.ofNullable(trainer);
  }

  /** The evaluator. */
  public Evaluator evaluator() {
    return evaluator;
  }

  /** The component with this command-line name (case-insensitive), if any. */
  public static Optional<Component> named(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.id.equals(n)).findFirst();
  }

  /** The components that can be trained, in training order ({@code train all}). */
  public static List<Component> trainable() {
    return Arrays.stream(values()).filter(c -> c.trainer != null).toList();
  }

  /** The names of all components, for messages. */
  public static String names() {
    return Arrays.stream(values()).map(Component::id).collect(Collectors.joining(", "));
  }
}
