package it.storia.extractor.pipeline;

import it.storia.extractor.event.EventExtractor;
import it.storia.extractor.event.PatternEventExtractor;
import it.storia.extractor.ner.EntityRecognizer;
import it.storia.extractor.ner.OpenNlpNameFinder;
import it.storia.extractor.ner.HistoryEntityRecognizer;
import it.storia.extractor.parse.DependencyParser;
import it.storia.extractor.parse.TransitionDependencyParser;
import it.storia.extractor.resolve.AliasResolver;
import it.storia.extractor.resolve.ReferentResolver;
import it.storia.extractor.tag.LemmaDictionary;
import it.storia.extractor.tag.OpenNlpTagger;
import it.storia.extractor.tag.SuffixLemmatizer;
import it.storia.extractor.tag.Tagger;
import it.storia.extractor.time.TemporalTagger;
import opennlp.tools.postag.POSModel;

/**
 * The bundled implementation of each stage: the one place that says which class a default extractor uses.
 *
 * <p>Stateless; thread-safe.
 */
final class DefaultStages {
  private DefaultStages() {}

  /** The tagger over its two parts, loaded apart so that they can be loaded concurrently. */
  static Tagger tagger(POSModel posModel, Lemmas lemmas) {
    return new OpenNlpTagger(posModel, lemmas.dictionary(), lemmas.suffixes());
  }

  static POSModel posModel() {
    return OpenNlpTagger.bundledPosModel();
  }

  static Lemmas lemmas() {
    LemmaDictionary dictionary = OpenNlpTagger.bundledLemmaDictionary();
    return new Lemmas(dictionary, SuffixLemmatizer.learn(dictionary));
  }

  /** The tagger's lemma lexicon and the suffix rules learnt from it. */
  record Lemmas(LemmaDictionary dictionary, SuffixLemmatizer suffixes) {}

  static EntityRecognizer entityRecognizer() {
    return HistoryEntityRecognizer.over(OpenNlpNameFinder.fromClasspath());
  }

  static ReferentResolver referentResolver() {
    return AliasResolver.fromClasspath();
  }

  static TemporalTagger temporalTagger() {
    return it.storia.extractor.time.RuleTemporalTagger.fromClasspath();
  }

  /** The bundled dependency parser ({@code it-parse.bin}), which the event stage runs on sentences with an event. */
  static DependencyParser dependencyParser() {
    return TransitionDependencyParser.fromClasspath();
  }

  /** The bundled event patterns and lexicon, without a parse step. */
  static PatternEventExtractor eventPatterns() {
    return PatternEventExtractor.fromClasspath();
  }

  /** The event stage: the patterns with their parse step over {@code parser} (persons of empty agent/patient roles). */
  static EventExtractor eventExtractor(PatternEventExtractor patterns, DependencyParser parser) {
    return patterns.withParser(parser);
  }
}
