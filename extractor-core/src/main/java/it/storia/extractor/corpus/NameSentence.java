package it.storia.extractor.corpus;

import java.util.List;

/**
 * One sentence of a name-annotated corpus: its tokens and the gold name mentions over them.
 *
 * <p>Immutable.
 *
 * @param tokens token forms, as the model should see them (normalised like {@code Token.norm()})
 * @param names non-overlapping mentions in token order
 */
public record NameSentence(List<String> tokens, List<NameSpan> names) {
  public NameSentence {
    tokens = List.copyOf(tokens);
    names = List.copyOf(names);
    int last = 0;
    for (NameSpan n : names) {
      if (n.end() > tokens.size()) {
        throw new IllegalArgumentException("span " + n + " past the " + tokens.size() + " tokens of " + tokens);
      }
      if (n.start() < last) {
        throw new IllegalArgumentException("span " + n + " overlaps or precedes an earlier one in " + tokens);
      }
      last = n.end();
    }
  }

  /** The surface text of a mention: its tokens joined by single spaces. */
  public String text(NameSpan span) {
    return String.join(" ", tokens.subList(span.start(), span.end()));
  }
}
