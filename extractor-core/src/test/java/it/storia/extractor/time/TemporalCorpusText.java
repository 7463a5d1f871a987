package it.storia.extractor.time;

import it.storia.extractor.corpus.CorpusSentences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Test helper: the text of a time dev-set document that is a sentence of a NonCommercial corpus (WikiNEuRal-it, CC
 * BY-NC-SA 4.0), which the repository references instead of copying. {@code devset/time/corpus-refs.tsv} maps each
 * such document to a reference in the format of {@link CorpusSentences} ({@code wikineural-it/FILE.conllu
 * sentence=N sha256=PREFIX}), which reads and checks it.
 *
 * <p>The data root is that of {@link CorpusSentences#dataRoot()}; {@link #available()} tells whether this machine
 * has it. Thread-safe: the references are read once (class holder idiom) and the corpus reader is used under a
 * lock.
 */
final class TemporalCorpusText {
  private TemporalCorpusText() {}

  /** Whether the shared corpora are on this machine. */
  static boolean available() {
    return CorpusSentences.dataRoot().isPresent();
  }

  /** The text of a referenced document; fails naming the document when it has no reference or the text differs. */
  static String text(String doc) {
    String ref = Refs.REFS.get(doc);
    if (ref == null) {
      throw new IllegalArgumentException("no text and no corpus reference for dev-set document '" + doc + "'");
    }
    if (!available()) {
      throw new IllegalStateException(
          "document '" + doc + "' references " + ref + " but ../shared/data is absent (set -Dshared.data=DIR)");
    }
    synchronized (Reader.CORPUS) {
      try {
        return Reader.CORPUS.resolve(ref);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the text of '" + doc + "' (" + ref + ")", e);
      }
    }
  }

  /** The references of {@code devset/time/corpus-refs.tsv}, read once. */
  private static final class Refs {
    static final Map<String, String> REFS = Map.copyOf(TemporalEvaluation.twoColumns("/devset/time/corpus-refs.tsv"));
  }

  /** The corpus reader, made on first use (only when the data root exists). */
  private static final class Reader {
    static final CorpusSentences CORPUS = new CorpusSentences(CorpusSentences.dataRoot()
        .orElseThrow(() -> new IllegalStateException("../shared/data is absent")));
  }
}
