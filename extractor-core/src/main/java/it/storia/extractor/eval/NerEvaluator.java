package it.storia.extractor.eval;

import it.storia.extractor.corpus.NameSentence;
import it.storia.extractor.corpus.NameSpan;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.ner.OpenNlpNameFinder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures a name finder against gold sentences: exact-span precision, recall and F1 per type and micro.
 *
 * <p>Input: gold {@link NameSentence}s (one file = one document for the decoder). Output: {@link NerScores}.
 * Stateless; thread-safe.
 */
public final class NerEvaluator {
  private NerEvaluator() {}

  /** Tags the gold sentences' tokens with the finder and scores the result. */
  public static NerScores evaluate(OpenNlpNameFinder finder, List<NameSentence> gold) {
    List<List<String>> tokens = new ArrayList<>(gold.size());
    for (NameSentence s : gold) {
      tokens.add(s.tokens());
    }
    List<List<OpenNlpNameFinder.TokenMention>> found = finder.tag(tokens);
    List<List<NameSpan>> predicted = new ArrayList<>(found.size());
    for (List<OpenNlpNameFinder.TokenMention> f : found) {
      List<NameSpan> spans = new ArrayList<>(f.size());
      for (OpenNlpNameFinder.TokenMention m : f) {
        spans.add(new NameSpan(m.start(), m.end(), m.type()));
      }
      predicted.add(spans);
    }
    return score(gold, predicted);
  }

  /** Scores predicted mentions (one list per gold sentence) against the gold ones. */
  public static NerScores score(List<NameSentence> gold, List<List<NameSpan>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold sentences but " + predicted.size() + " predicted");
    }
    Map<EntityType, Integer> tp = new EnumMap<>(EntityType.class);
    Map<EntityType, Integer> fp = new EnumMap<>(EntityType.class);
    Map<EntityType, Integer> fn = new EnumMap<>(EntityType.class);
    for (int i = 0; i < gold.size(); i++) {
      Set<NameSpan> g = new HashSet<>(gold.get(i).names());
      Set<NameSpan> p = new HashSet<>(predicted.get(i));
      for (NameSpan s : p) {
        (g.contains(s) ? tp : fp).merge(s.type(), 1, Integer::sum);
      }
      for (NameSpan s : g) {
        if (!p.contains(s)) {
          fn.merge(s.type(), 1, Integer::sum);
        }
      }
    }
    return new NerScores(tp, fp, fn);
  }
}
