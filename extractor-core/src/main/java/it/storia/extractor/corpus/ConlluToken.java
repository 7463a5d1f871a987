package it.storia.extractor.corpus;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A surface token of a CoNLL-U sentence: a plain word line, or a multi-word range ({@code 3-4 della}) with the
 * syntactic words it contracts ({@code di}, {@code la}). Immutable; thread-safe.
 *
 * @param form the surface form as written in the text
 * @param words the syntactic words: one for a plain token, two or more for a multi-word token
 * @param spaceAfter false when the MISC column says {@code SpaceAfter=No}
 */
public record ConlluToken(String form, List<ConlluWord> words, boolean spaceAfter) {
  /** Separator of the word tags in the tag of a multi-word token ("ADP+DET"). */
  public static final String TAG_JOINER = "+";

  public ConlluToken {
    Objects.requireNonNull(form, "form");
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("token '" + form + "' has no words");
    }
  }

  /** Whether the token contracts two or more syntactic words. */
  public boolean isMultiword() {
    return words.size() > 1;
  }

  /**
   * The token-level UPOS: the word's tag, or for a multi-word token the words' tags joined by "+"
   * ("della" → "ADP+DET").
   */
  public String upos() {
    return words.stream().map(ConlluWord::upos).collect(Collectors.joining(TAG_JOINER));
  }

  /** The token-level lemma: the word's lemma, or the words' lemmas joined by a space ("della" → "di il"). */
  public String lemma() {
    return words.stream().map(ConlluWord::lemma).collect(Collectors.joining(" "));
  }
}
