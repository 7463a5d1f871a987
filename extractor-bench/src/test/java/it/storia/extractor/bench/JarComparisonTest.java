package it.storia.extractor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The per-round ratio summary of {@link JarComparison}: quantiles of sorted ratios, interpolated between ranks. */
class JarComparisonTest {
  @Test
  void medianAndQuartilesOfOddAndEvenCounts() {
    double[] odd = {0.91, 0.97, 1.02, 1.03, 1.31};
    assertThat(JarComparison.quantile(odd, 0.5)).isEqualTo(1.02);
    assertThat(JarComparison.quantile(odd, 0.25)).isEqualTo(0.97);
    assertThat(JarComparison.quantile(odd, 0.75)).isEqualTo(1.03);
    double[] even = {0.90, 1.00, 1.10, 1.40};
    assertThat(JarComparison.quantile(even, 0.5)).isCloseTo(1.05, within(1e-12));
    assertThat(JarComparison.quantile(even, 0.25)).isCloseTo(0.975, within(1e-12));
    assertThat(JarComparison.quantile(even, 0.0)).isEqualTo(0.90);
    assertThat(JarComparison.quantile(even, 1.0)).isEqualTo(1.40);
    assertThat(JarComparison.quantile(new double[] {0.8}, 0.5)).isEqualTo(0.8);
  }
}
