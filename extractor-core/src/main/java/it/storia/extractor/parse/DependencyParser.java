package it.storia.extractor.parse;

import it.storia.extractor.text.AnalyzedText;

/**
 * Parses one sentence of a tagged text into a dependency tree (Universal Dependencies v2 relations).
 *
 * <p>Input: an {@link AnalyzedText} whose tokens carry UPOS tags and lemmas, and the index of a sentence. Output: the
 * sentence's {@link DependencyTree}, one {@link Word} per syntactic word. Implementations are immutable and
 * thread-safe: one instance serves every thread.
 */
public interface DependencyParser {
  /** The dependency tree of sentence {@code sentence} of {@code text}. */
  DependencyTree parse(AnalyzedText text, int sentence);
}
