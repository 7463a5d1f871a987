package it.storia.extractor.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The result of an evaluation: named metrics in a fixed order, and the counts behind them.
 *
 * <p>Immutable; thread-safe.
 *
 * @param title what was evaluated (component and data file)
 * @param metrics metric name → value in [0, 1], in report order
 * @param counts count name → value (gold items, system items...), in report order
 */
public record Scores(String title, Map<String, Double> metrics, Map<String, Long> counts) {
  public Scores {
    metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** The value of a metric; throws naming it when absent. */
  public double metric(String name) {
    Double v = metrics.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no metric '" + name + "' in " + metrics.keySet());
    }
    return v;
  }

  /** A plain-text report: the title, one "name value" line per metric (4 decimals), then the counts. */
  public String format() {
    StringBuilder sb = new StringBuilder(title).append('\n');
    metrics.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-22s %.4f%n", k, v)));
    counts.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-22s %d%n", k, v)));
    return sb.toString();
  }

  /** Builds a {@link Scores} in insertion order. */
  public static final class Builder {
    private final String title;
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    /** A builder for a report with this title. */
    public Builder(String title) {
      this.title = title;
    }

    /** Adds precision, recall and F1 of a span evaluation, and its counts, under a prefix. */
    public Builder prf(String prefix, Prf prf) {
      metrics.put(prefix + " precision", prf.precision());
      metrics.put(prefix + " recall", prf.recall());
      metrics.put(prefix + " F1", prf.f1());
      counts.put(prefix + " gold", prf.gold());
      counts.put(prefix + " system", prf.system());
      return this;
    }

    /** Adds a metric. */
    public Builder metric(String name, double value) {
      metrics.put(name, value);
      return this;
    }

    /** Adds a count. */
    public Builder count(String name, long value) {
      counts.put(name, value);
      return this;
    }

    /** The report. */
    public Scores build() {
      return new Scores(title, metrics, counts);
    }
  }
}
