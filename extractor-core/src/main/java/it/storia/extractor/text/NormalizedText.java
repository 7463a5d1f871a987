package it.storia.extractor.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * The text the stages analyse, with a map back to the original input.
 *
 * <p>Normalisation may replace, drop or compose characters; {@link #toOriginal(int)} maps every index of
 * {@link #text()} (and {@code text().length()}) to an index of {@link #original()}, so spans found in the
 * normalised text can be reported against the original. The map is monotonic. Immutable; thread-safe.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] toOriginal;

  /**
   * @param original the input as given
   * @param text the normalised text
   * @param toOriginal for each index of {@code text} plus one past the end, the original index; strictly
   *     increasing (no expansions), ending at {@code original.length()}
   */
  public NormalizedText(String original, String text, int[] toOriginal) {
    this.original = Objects.requireNonNull(original, "original");
    this.text = Objects.requireNonNull(text, "text");
    Objects.requireNonNull(toOriginal, "toOriginal");
    if (toOriginal.length != text.length() + 1) {
      throw new IllegalArgumentException(
          "offset map has " + toOriginal.length + " entries for a text of length " + text.length());
    }
    if (toOriginal[text.length()] != original.length()) {
      throw new IllegalArgumentException("offset map must end at the original length " + original.length());
    }
    for (int i = 1; i < toOriginal.length; i++) {
      if (toOriginal[i] <= toOriginal[i - 1]) {
        throw new IllegalArgumentException("offset map is not strictly increasing at " + i);
      }
    }
    this.toOriginal = toOriginal.clone();
  }

  /** A text that needs no normalisation: the identity map. */
  public static NormalizedText identity(String original) {
    int[] map = new int[original.length() + 1];
    Arrays.setAll(map, i -> i);
    return new NormalizedText(original, original, map);
  }

  /** The input as given. */
  public String original() {
    return original;
  }

  /** The normalised text. */
  public String text() {
    return text;
  }

  /** Original index of a normalised index in {@code [0, text().length()]}. */
  public int toOriginal(int normalizedIndex) {
    return toOriginal[normalizedIndex];
  }

  /** Original begin of a span that starts at a normalised index. */
  public int originalBegin(int normalizedBegin) {
    return toOriginal[normalizedBegin];
  }

  /**
   * Original end (exclusive) of a span that ends at a normalised index. Normalisation only replaces characters
   * one for one or composes several into one, never expands, so this is the original index of the next
   * normalised character.
   */
  public int originalEnd(int normalizedEnd) {
    return toOriginal[normalizedEnd];
  }

  /** The original text under a normalised span. */
  public String originalText(int normalizedBegin, int normalizedEnd) {
    return original.substring(originalBegin(normalizedBegin), originalEnd(normalizedEnd));
  }
}
