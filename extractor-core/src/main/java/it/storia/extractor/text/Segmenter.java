package it.storia.extractor.text;

import it.storia.extractor.model.Sentence;
import it.storia.extractor.model.Token;
import it.storia.extractor.token.TokenSpan;
import it.storia.extractor.token.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Composes normalisation, tokenisation and sentence splitting into an {@link AnalyzedText} whose offsets are
 * original ones.
 *
 * <p>Immutable and thread-safe when its parts are.
 */
public final class Segmenter {
  private final Normalizer normalizer;
  private final Tokenizer tokenizer;
  private final SentenceSplitter splitter;

  /** A segmenter from its three parts. */
  public Segmenter(Normalizer normalizer, Tokenizer tokenizer, SentenceSplitter splitter) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  /** Normalises, tokenises and splits a text. */
  public AnalyzedText segment(String original) {
    NormalizedText nt = normalizer.normalize(original);
    List<TokenSpan> spans = tokenizer.tokenize(nt);
    List<TokenRange> ranges = splitter.split(nt, spans);
    List<Sentence> sentences = new ArrayList<>(ranges.size());
    List<Token> tokens = new ArrayList<>(spans.size());
    String norm = nt.text();
    for (int s = 0; s < ranges.size(); s++) {
      TokenRange r = ranges.get(s);
      int begin = nt.originalBegin(spans.get(r.first()).begin());
      int end = nt.originalEnd(spans.get(r.end() - 1).end());
      sentences.add(new Sentence(s, begin, end));
      for (int k = r.first(); k < r.end(); k++) {
        TokenSpan ts = spans.get(k);
        int b = nt.originalBegin(ts.begin());
        int e = nt.originalEnd(ts.end());
        String form = norm.substring(ts.begin(), ts.end());
        String surface = e - b == form.length() && original.regionMatches(b, form, 0, form.length()) ? form
            : original.substring(b, e);
        tokens.add(new Token(b, e, surface, form, s, null, null, tokenizer.words(form)));
      }
    }
    return new AnalyzedText(nt, sentences, tokens, ranges);
  }
}
