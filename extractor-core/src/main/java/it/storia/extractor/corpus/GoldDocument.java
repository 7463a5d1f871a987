package it.storia.extractor.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A document rebuilt from CoNLL-U sentences, as the evaluation feeds it to the pipeline: the sentence texts
 * joined by a single space (CoNLL 2018 shared-task style), with the gold sentence and token spans in that text.
 *
 * <p>Token spans come from aligning each token's FORM with the sentence text, character by character, skipping
 * whitespace; {@link #mismatches()} counts the characters where FORM and text disagree (0 in clean treebanks).
 * Immutable; thread-safe.
 *
 * @param text the raw document text
 * @param sentences the gold sentences, in order
 * @param sentenceSpans for each sentence, {@code [begin, end)} in {@code text}
 * @param tokenSpans for each sentence, for each token, {@code [begin, end)} in {@code text}
 * @param mismatches characters where a FORM differs from the sentence text
 */
public record GoldDocument(String text, List<ConlluSentence> sentences, List<int[]> sentenceSpans,
    List<List<int[]>> tokenSpans, int mismatches) {
  public GoldDocument {
    sentences = List.copyOf(sentences);
    sentenceSpans = List.copyOf(sentenceSpans);
    tokenSpans = List.copyOf(tokenSpans);
  }

  /**
   * Groups sentences into documents at each {@code # newdoc} comment; a file without any becomes one document
   * per {@code maxSentences} sentences (all of them when {@code maxSentences <= 0}).
   */
  public static List<GoldDocument> of(List<ConlluSentence> sentences, int maxSentences) {
    boolean marked = sentences.stream().anyMatch(ConlluSentence::newDoc);
    List<GoldDocument> out = new ArrayList<>();
    List<ConlluSentence> current = new ArrayList<>();
    for (ConlluSentence s : sentences) {
      boolean cut = marked ? s.newDoc() : maxSentences > 0 && current.size() >= maxSentences;
      if (cut && !current.isEmpty()) {
        out.add(build(current));
        current = new ArrayList<>();
      }
      current.add(s);
    }
    if (!current.isEmpty()) {
      out.add(build(current));
    }
    return out;
  }

  /** One document made of all the given sentences. */
  public static GoldDocument build(List<ConlluSentence> sentences) {
    StringBuilder sb = new StringBuilder();
    List<int[]> sSpans = new ArrayList<>();
    List<List<int[]>> tSpans = new ArrayList<>();
    int mismatches = 0;
    for (ConlluSentence s : sentences) {
      String st = s.text().isEmpty() ? detokenize(s) : s.text().strip();
      if (sb.length() > 0) {
        sb.append(' ');
      }
      int base = sb.length();
      sb.append(st);
      sSpans.add(new int[] {base, base + st.length()});
      List<int[]> spans = new ArrayList<>(s.tokens().size());
      int cur = 0;
      for (ConlluToken t : s.tokens()) {
        while (cur < st.length() && Character.isWhitespace(st.charAt(cur))) {
          cur++;
        }
        int begin = cur;
        String form = t.form();
        for (int i = 0; i < form.length(); i++) {
          char c = form.charAt(i);
          if (Character.isWhitespace(c)) {
            continue;
          }
          while (cur < st.length() && Character.isWhitespace(st.charAt(cur)) && i > 0) {
            cur++;
          }
          if (cur >= st.length()) {
            mismatches++;
            continue;
          }
          if (st.charAt(cur) != c) {
            mismatches++;
          }
          cur++;
        }
        spans.add(new int[] {base + begin, base + Math.max(begin, cur)});
      }
      tSpans.add(spans);
    }
    return new GoldDocument(sb.toString(), sentences, sSpans, tSpans, mismatches);
  }

  private static String detokenize(ConlluSentence s) {
    StringBuilder sb = new StringBuilder();
    for (ConlluToken t : s.tokens()) {
      sb.append(t.form());
      if (t.spaceAfter()) {
        sb.append(' ');
      }
    }
    return sb.toString().strip();
  }
}
