package it.storia.extractor.eval;

import it.storia.extractor.model.EntityType;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exact-span NER counts and precision/recall/F1 per type and micro-averaged.
 *
 * <p>A predicted mention is correct when its token span and type both equal a gold mention's. Immutable.
 *
 * @param truePositives correct predictions per type
 * @param falsePositives wrong predictions per type (by predicted type)
 * @param falseNegatives missed gold mentions per type
 */
public record NerScores(Map<EntityType, Integer> truePositives, Map<EntityType, Integer> falsePositives,
    Map<EntityType, Integer> falseNegatives) {
  /** The name types reported, in order. */
  public static final List<EntityType> TYPES =
      List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  public NerScores {
    truePositives = Map.copyOf(fill(truePositives));
    falsePositives = Map.copyOf(fill(falsePositives));
    falseNegatives = Map.copyOf(fill(falseNegatives));
  }

  private static Map<EntityType, Integer> fill(Map<EntityType, Integer> m) {
    Map<EntityType, Integer> out = new EnumMap<>(EntityType.class);
    for (EntityType t : TYPES) {
      out.put(t, m.getOrDefault(t, 0));
    }
    return out;
  }

  /** Precision of one type. */
  public double precision(EntityType t) {
    return ratio(truePositives.get(t), truePositives.get(t) + falsePositives.get(t));
  }

  /** Recall of one type. */
  public double recall(EntityType t) {
    return ratio(truePositives.get(t), truePositives.get(t) + falseNegatives.get(t));
  }

  /** F1 of one type. */
  public double f1(EntityType t) {
    return f1(precision(t), recall(t));
  }

  /** Micro-averaged precision over PER, ORG, LOC. */
  public double microPrecision() {
    return ratio(sum(truePositives), sum(truePositives) + sum(falsePositives));
  }

  /** Micro-averaged recall. */
  public double microRecall() {
    return ratio(sum(truePositives), sum(truePositives) + sum(falseNegatives));
  }

  /** Micro-averaged F1: the headline number. */
  public double microF1() {
    return f1(microPrecision(), microRecall());
  }

  /** A small table: one line per type and one for the micro average. */
  public String format() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-6s %7s %7s %7s %6s %6s %6s%n",
        "type", "P", "R", "F1", "gold", "pred", "tp"));
    for (EntityType t : TYPES) {
      int tp = truePositives.get(t);
      sb.append(String.format(Locale.ROOT, "%-6s %7.4f %7.4f %7.4f %6d %6d %6d%n", code(t), precision(t),
          recall(t), f1(t), tp + falseNegatives.get(t), tp + falsePositives.get(t), tp));
    }
    int tp = sum(truePositives);
    sb.append(String.format(Locale.ROOT, "%-6s %7.4f %7.4f %7.4f %6d %6d %6d%n", "micro", microPrecision(),
        microRecall(), microF1(), tp + sum(falseNegatives), tp + sum(falsePositives), tp));
    return sb.toString();
  }

  private static String code(EntityType t) {
    return t == EntityType.PERSON ? "PER" : t == EntityType.ORGANIZATION ? "ORG" : "LOC";
  }

  private static int sum(Map<EntityType, Integer> m) {
    return m.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
