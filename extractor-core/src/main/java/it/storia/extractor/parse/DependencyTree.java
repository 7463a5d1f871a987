package it.storia.extractor.parse;

import it.storia.extractor.model.Spans;
import java.util.ArrayList;
import java.util.List;

/**
 * The dependency tree of one sentence: its syntactic words in text order, each pointing to its head.
 *
 * <p>Validated on construction: every head is {@code -1} or the index of another word, and the token indexes do not
 * decrease. Immutable; thread-safe.
 *
 * @param sentence index of the sentence in its {@code AnalyzedText}
 * @param words the words in order
 */
public record DependencyTree(int sentence, List<Word> words) {
  public DependencyTree {
    if (sentence < 0) {
      throw new IllegalArgumentException("negative sentence index " + sentence);
    }
    words = Spans.copy(words);
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.head() == i || w.head() >= words.size()) {
        throw new IllegalArgumentException("word " + i + " '" + w.form() + "' has head " + w.head() + " in a tree of "
            + words.size() + " words");
      }
      if (i > 0 && w.token() < words.get(i - 1).token()) {
        throw new IllegalArgumentException("word " + i + " '" + w.form() + "' has token " + w.token()
            + " before token " + words.get(i - 1).token() + " of the word before it");
      }
    }
  }

  /** The indexes of the words whose head is word {@code i}, in order. */
  public List<Integer> children(int i) {
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < words.size(); j++) {
      if (words.get(j).head() == i) {
        out.add(j);
      }
    }
    return out;
  }

  /** The indexes of the words of surface token {@code token}, in order (empty when the token is not in the tree). */
  public List<Integer> wordsOfToken(int token) {
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < words.size(); j++) {
      if (words.get(j).token() == token) {
        out.add(j);
      }
    }
    return out;
  }
}
