package it.storia.extractor.eval;

/**
 * Counts for precision, recall and F1 of a span-matching evaluation. Immutable; thread-safe.
 *
 * @param correct system items that match a gold item exactly
 * @param gold number of gold items
 * @param system number of system items
 */
public record Prf(long correct, long gold, long system) {
  public Prf {
    if (correct < 0 || correct > gold || correct > system) {
      throw new IllegalArgumentException("bad counts: correct " + correct + ", gold " + gold + ", system " + system);
    }
  }

  /** Correct over system items (1 when there are none). */
  public double precision() {
    return system == 0 ? 1.0 : (double) correct / system;
  }

  /** Correct over gold items (1 when there are none). */
  public double recall() {
    return gold == 0 ? 1.0 : (double) correct / gold;
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** The sum of two counts. */
  public Prf plus(Prf o) {
    return new Prf(correct + o.correct, gold + o.gold, system + o.system);
  }
}
