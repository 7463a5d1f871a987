package it.storia.extractor.eval;

import it.storia.extractor.corpus.ConlluToken;
import it.storia.extractor.corpus.ConlluWord;
import it.storia.extractor.corpus.GoldDocument;
import it.storia.extractor.model.Token;
import it.storia.extractor.tag.Tagger;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.Segmenter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * End-to-end evaluation of UPOS tags and lemmas: raw text in, tagged tokens out, compared with the gold words.
 *
 * <p>Each gold document's raw text is segmented and tagged; a gold token is aligned with the system token that has
 * exactly its character span. Word-level scores (CoNLL 2018 style, over gold syntactic words): a multi-word
 * token's tag "ADP+DET" and lemma "di il" are split into one tag and one lemma per word; when the system gives a
 * different number of words, or no token with the gold span, all the gold words of the token count as wrong.
 * Token-level scores compare the joined tag and lemma of aligned surface tokens. Gold lemmas "_" (absent) are
 * not counted. Lemmas are compared exactly.
 *
 * <p>Stateless; thread-safe.
 */
public final class TaggingEvaluation {
  private TaggingEvaluation() {}

  /** UPOS and lemma accuracy of a segmenter and tagger on gold documents. */
  public static Scores evaluate(String title, List<GoldDocument> docs, Segmenter segmenter, Tagger tagger) {
    long goldWords = 0;
    long uposOk = 0;
    long lemmaWords = 0;
    long lemmaOk = 0;
    long alignedTokens = 0;
    long tokUposOk = 0;
    long tokLemmaOk = 0;
    long tokLemmaCounted = 0;
    long goldTokens = 0;
    for (GoldDocument d : docs) {
      AnalyzedText at = segmenter.segment(d.text());
      List<Token> tagged = tagger.tag(at);
      Map<Long, Token> bySpan = new HashMap<>();
      for (Token t : tagged) {
        bySpan.put(SegmentationEvaluation.key(t.begin(), t.end()), t);
      }
      for (int s = 0; s < d.sentences().size(); s++) {
        List<ConlluToken> gts = d.sentences().get(s).tokens();
        List<int[]> spans = d.tokenSpans().get(s);
        for (int k = 0; k < gts.size(); k++) {
          ConlluToken g = gts.get(k);
          goldTokens++;
          List<ConlluWord> words = g.words();
          goldWords += words.size();
          boolean hasLemma = words.stream().noneMatch(w -> "_".equals(w.lemma()));
          if (hasLemma) {
            lemmaWords += words.size();
          }
          Token t = bySpan.get(SegmentationEvaluation.key(spans.get(k)[0], spans.get(k)[1]));
          if (t == null) {
            continue;
          }
          alignedTokens++;
          String pos = t.pos() == null ? "" : t.pos();
          String lemma = t.lemma() == null ? "" : t.lemma();
          if (pos.equals(g.upos())) {
            tokUposOk++;
          }
          if (hasLemma) {
            tokLemmaCounted++;
            if (lemma.equals(g.lemma())) {
              tokLemmaOk++;
            }
          }
          String[] tags = pos.split("\\" + ConlluToken.TAG_JOINER, -1);
          String[] lemmas = lemma.split(" ", -1);
          for (int w = 0; w < words.size(); w++) {
            if (tags.length == words.size() && tags[w].equals(words.get(w).upos())) {
              uposOk++;
            }
            if (hasLemma && lemmas.length == words.size() && lemmas[w].equals(words.get(w).lemma())) {
              lemmaOk++;
            }
          }
        }
      }
    }
    return new Scores.Builder(title)
        .metric("UPOS accuracy", ratio(uposOk, goldWords))
        .metric("lemma accuracy", ratio(lemmaOk, lemmaWords))
        .metric("token UPOS accuracy", ratio(tokUposOk, alignedTokens))
        .metric("token lemma accuracy", ratio(tokLemmaOk, tokLemmaCounted))
        .metric("aligned tokens", ratio(alignedTokens, goldTokens))
        .count("gold words", goldWords)
        .count("gold tokens", goldTokens)
        .count("aligned tokens", alignedTokens)
        .build();
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 1.0 : (double) a / b;
  }
}
