package it.storia.extractor.eval;

import it.storia.extractor.corpus.ConlluSentence;
import it.storia.extractor.corpus.ConlluToken;
import it.storia.extractor.corpus.ConlluWord;
import it.storia.extractor.corpus.GoldDocument;
import it.storia.extractor.model.Token;
import it.storia.extractor.parse.DependencyTree;
import it.storia.extractor.parse.TransitionDependencyParser;
import it.storia.extractor.parse.Word;
import it.storia.extractor.tag.OpenNlpTagger;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.Segmenter;
import it.storia.extractor.train.ParsingTraining;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluation of the dependency parser: unlabelled and labelled attachment scores (UAS, LAS) over the gold
 * syntactic words, three ways.
 *
 * <ul>
 *   <li>End to end: each gold document's raw text is segmented, tagged and parsed; a gold token is aligned with the
 *       system token of exactly its character span and, when both have the same number of words, its words with
 *       the system's words in order. A gold word scores for UAS when it is aligned and its system head is the
 *       aligned word of its gold head (or both are the root), for LAS when the relation is also the same. Words of
 *       unaligned tokens count as wrong.
 *   <li>Gold tokens: the gold surface tokens are tagged by the tagger (tags and lemmas split over the gold words
 *       as in training with predicted tags) and parsed; no alignment is needed.
 *   <li>Gold words and gold tags: the parser's ceiling with perfect input.
 * </ul>
 *
 * <p>LAS compares full relations with subtypes ({@code nsubj:pass}); "LAS universal" compares the part before the
 * colon (CoNLL 2018 style). Per relation (gold tokens and end to end): precision, recall and F1 of words whose head
 * and relation are both right, for the relations the events stage reads ({@link #RELATIONS}). Stateless;
 * thread-safe.
 */
public final class ParsingEvaluation {
  /** The relations reported one by one. */
  public static final List<String> RELATIONS = List.of("nsubj", "nsubj:pass", "obj", "obl", "obl:agent", "conj",
      "acl:relcl", "appos");

  private ParsingEvaluation() {}

  /** Tallies of one evaluation mode. */
  private static final class Tally {
    long words;
    long uas;
    long las;
    long lasUniversal;
    final Map<String, long[]> perRelation = new LinkedHashMap<>();

    Tally() {
      for (String r : RELATIONS) {
        perRelation.put(r, new long[3]); // gold, system, correct
      }
    }

    void gold(String goldRel, boolean headOk, String sysRel) {
      words++;
      if (headOk) {
        uas++;
        if (goldRel.equals(sysRel)) {
          las++;
        }
        if (universal(goldRel).equals(universal(sysRel == null ? "" : sysRel))) {
          lasUniversal++;
        }
      }
      long[] g = perRelation.get(goldRel);
      if (g != null) {
        g[0]++;
        if (headOk && goldRel.equals(sysRel)) {
          g[2]++;
        }
      }
    }

    void system(String sysRel) {
      long[] s = perRelation.get(sysRel);
      if (s != null) {
        s[1]++;
      }
    }

    void addTo(Scores.Builder b, String prefix, boolean relations) {
      b.metric(prefix + "UAS", ratio(uas, words));
      b.metric(prefix + "LAS", ratio(las, words));
      b.metric(prefix + "LAS universal", ratio(lasUniversal, words));
      if (relations) {
        for (Map.Entry<String, long[]> e : perRelation.entrySet()) {
          long[] c = e.getValue();
          double p = ratio(c[2], c[1]);
          double r = ratio(c[2], c[0]);
          b.metric(prefix + e.getKey() + " P", p);
          b.metric(prefix + e.getKey() + " R", r);
          b.metric(prefix + e.getKey() + " F1", p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
      }
    }
  }

  private static String universal(String rel) {
    int colon = rel.indexOf(':');
    return colon < 0 ? rel : rel.substring(0, colon);
  }

  /** The three scores of a segmenter, tagger and parser on gold documents. */
  public static Scores evaluate(String title, List<GoldDocument> docs, Segmenter segmenter, OpenNlpTagger tagger,
      TransitionDependencyParser parser) {
    Tally e2e = new Tally();
    Tally goldTokens = new Tally();
    Tally goldTags = new Tally();
    ItalianNormalizer normalizer = ItalianNormalizer.fromClasspath();
    long sentences = 0;
    for (GoldDocument d : docs) {
      endToEnd(d, segmenter, tagger, parser, e2e);
      for (ConlluSentence s : d.sentences()) {
        sentences++;
        List<ConlluWord> ws = s.words();
        int n = ws.size();
        String[] forms = new String[n];
        String[] upos = new String[n];
        String[] lemmas = new String[n];
        int[] tokens = new int[n];
        int i = 0;
        for (int k = 0; k < s.tokens().size(); k++) {
          for (ConlluWord w : s.tokens().get(k).words()) {
            tokens[i] = k;
            forms[i] = w.form();
            upos[i] = w.upos();
            lemmas[i] = "_".equals(w.lemma()) ? w.form() : w.lemma();
            i++;
          }
        }
        score(ws, parser.parseWords(tokens, forms, upos, lemmas), goldTags);
        ParsingTraining.words(s.tokens(), normalizer, tagger, upos, lemmas);
        score(ws, parser.parseWords(tokens, forms, upos, lemmas), goldTokens);
      }
    }
    Scores.Builder b = new Scores.Builder(title);
    e2e.addTo(b, "", true);
    goldTokens.addTo(b, "gold tokens ", true);
    goldTags.addTo(b, "gold tags ", false);
    return b.count("gold words", e2e.words).count("gold sentences", sentences).build();
  }

  private static void score(List<ConlluWord> gold, List<Word> sys, Tally t) {
    for (int i = 0; i < gold.size(); i++) {
      ConlluWord g = gold.get(i);
      Word w = sys.get(i);
      t.system(w.deprel());
      t.gold(g.deprel(), g.head() - 1 == w.head(), w.deprel());
    }
  }

  private static void endToEnd(GoldDocument d, Segmenter segmenter, OpenNlpTagger tagger,
      TransitionDependencyParser parser, Tally t) {
    AnalyzedText at = segmenter.segment(d.text());
    at = at.withTokens(tagger.tag(at));
    Map<Long, Integer> tokenBySpan = new HashMap<>();
    for (int k = 0; k < at.tokens().size(); k++) {
      Token tok = at.tokens().get(k);
      tokenBySpan.put(SegmentationEvaluation.key(tok.begin(), tok.end()), k);
    }
    // system words: (sentence, index) packed into a long; per token, its first word
    Map<Integer, long[]> wordsOfToken = new HashMap<>();
    Map<Long, Word> sysWords = new HashMap<>();
    for (int s = 0; s < at.sentences().size(); s++) {
      DependencyTree tree = parser.parse(at, s);
      for (int i = 0; i < tree.words().size(); i++) {
        Word w = tree.words().get(i);
        long id = pack(s, i);
        sysWords.put(id, w);
        t.system(w.deprel());
        long[] old = wordsOfToken.get(w.token());
        long[] now = old == null ? new long[1] : java.util.Arrays.copyOf(old, old.length + 1);
        now[now.length - 1] = id;
        wordsOfToken.put(w.token(), now);
      }
    }
    for (int s = 0; s < d.sentences().size(); s++) {
      List<ConlluToken> gts = d.sentences().get(s).tokens();
      List<int[]> spans = d.tokenSpans().get(s);
      // gold word id (1-based within the sentence) → aligned system word id, or absent
      Map<Integer, Long> aligned = new HashMap<>();
      for (int k = 0; k < gts.size(); k++) {
        Integer tok = tokenBySpan.get(SegmentationEvaluation.key(spans.get(k)[0], spans.get(k)[1]));
        long[] sys = tok == null ? null : wordsOfToken.get(tok);
        List<ConlluWord> gw = gts.get(k).words();
        if (sys != null && sys.length == gw.size()) {
          for (int j = 0; j < gw.size(); j++) {
            aligned.put(gw.get(j).id(), sys[j]);
          }
        }
      }
      for (ConlluWord g : d.sentences().get(s).words()) {
        Long me = aligned.get(g.id());
        if (me == null) {
          t.gold(g.deprel(), false, null);
          continue;
        }
        Word w = sysWords.get(me);
        boolean headOk;
        if (g.head() == 0) {
          headOk = w.head() == -1;
        } else {
          Long goldHead = aligned.get(g.head());
          headOk = goldHead != null && w.head() >= 0 && goldHead == pack((int) (me >>> 32), w.head());
        }
        t.gold(g.deprel(), headOk, w.deprel());
      }
    }
  }

  private static long pack(int sentence, int word) {
    return ((long) sentence << 32) | word;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 1.0 : (double) a / b;
  }
}
