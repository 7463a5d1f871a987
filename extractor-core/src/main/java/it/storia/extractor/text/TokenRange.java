package it.storia.extractor.text;

/**
 * A sentence as a range of token indexes.
 *
 * @param first index of the first token
 * @param end index after the last token (exclusive)
 */
public record TokenRange(int first, int end) {
  public TokenRange {
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("bad token range [" + first + ", " + end + ")");
    }
  }
}
