package it.storia.extractor.train;

import it.storia.extractor.corpus.NameSentence;
import it.storia.extractor.corpus.NameSpan;
import it.storia.extractor.model.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds name gazetteers (one per type) from annotated sentences, typically silver corpora that are not the
 * model's training data, for the name finder's gazetteer features.
 *
 * <p>A mention string enters the list of the type it was annotated with most often, when that type accounts
 * for at least {@code minShare} of its occurrences and it starts with an upper-case letter or a digit.
 * Output: per type, the token sequences, sorted. Immutable and thread-safe.
 */
public final class GazetteerBuilder {
  private final double minShare;

  /** A builder that keeps strings whose majority type has at least {@code minShare} of the occurrences. */
  public GazetteerBuilder(double minShare) {
    if (!(minShare > 0 && minShare <= 1)) {
      throw new IllegalArgumentException("minShare " + minShare + " not in (0, 1]");
    }
    this.minShare = minShare;
  }

  /** Entries per type. */
  public Map<EntityType, List<List<String>>> build(List<NameSentence> sentences) {
    Map<List<String>, Map<EntityType, Integer>> counts = new HashMap<>();
    for (NameSentence s : sentences) {
      for (NameSpan n : s.names()) {
        List<String> key = List.copyOf(s.tokens().subList(n.start(), n.end()));
        counts.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class)).merge(n.type(), 1, Integer::sum);
      }
    }
    Map<EntityType, List<List<String>>> out = new EnumMap<>(EntityType.class);
    for (EntityType t : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)) {
      out.put(t, new ArrayList<>());
    }
    for (Map.Entry<List<String>, Map<EntityType, Integer>> e : counts.entrySet()) {
      char c = e.getKey().get(0).charAt(0);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        continue;
      }
      int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      EntityType best = null;
      int bestCount = 0;
      for (Map.Entry<EntityType, Integer> t : e.getValue().entrySet()) {
        if (t.getValue() > bestCount) {
          best = t.getKey();
          bestCount = t.getValue();
        }
      }
      if (best != null && bestCount >= minShare * total) {
        out.get(best).add(e.getKey());
      }
    }
    for (List<List<String>> l : out.values()) {
      l.sort((a, b) -> String.join(" ", a).compareTo(String.join(" ", b)));
    }
    return out;
  }

  /**
   * First names: capitalised first tokens of multi-token PERSON mentions seen at least {@code minCount} times
   * that start PERSON mentions in at least {@code minShare} of their mention-initial occurrences. Sorted.
   */
  public List<String> firstNames(List<NameSentence> sentences, int minCount) {
    Map<String, Integer> asFirst = new HashMap<>();
    Map<String, Integer> asAnyFirst = new HashMap<>();
    for (NameSentence s : sentences) {
      for (NameSpan n : s.names()) {
        String w = s.tokens().get(n.start());
        asAnyFirst.merge(w, 1, Integer::sum);
        if (n.type() == EntityType.PERSON && n.end() - n.start() >= 2) {
          asFirst.merge(w, 1, Integer::sum);
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : asFirst.entrySet()) {
      String w = e.getKey();
      if (e.getValue() >= minCount && w.length() > 1 && Character.isUpperCase(w.charAt(0))
          && Character.isLowerCase(w.charAt(w.length() - 1)) && e.getValue() >= minShare * asAnyFirst.get(w)) {
        out.add(w);
      }
    }
    out.sort(null);
    return out;
  }
}
