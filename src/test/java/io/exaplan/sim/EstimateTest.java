package io.exaplan.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Issue 22.3: a fraction's confidence interval never reaches past [0, 1]. */
class EstimateTest {
  @Test
  void ofFraction_spreadReplications_clipsTheBoundToZero() {
    // mean 0.3, s = sqrt(((0.3)^2 + (0.3)^2) / 1) = 0.4243; t(0.975, 1) = 12.706;
    // half = 12.706 x 0.4243 / sqrt(2) = 3.812: the plain interval is [-3.51, 4.11]
    double[] xs = {0.0, 0.6};
    Estimate plain = Estimate.of(xs);
    Estimate f = Estimate.ofFraction(xs);

    assertThat(plain.low()).isCloseTo(0.3 - 3.812, within(1e-3));
    assertThat(f.mean()).isEqualTo(0.3);
    assertThat(f.low()).isEqualTo(0.0);
    assertThat(f.high()).isEqualTo(1.0);
  }

  @Test
  void ofFraction_tightReplications_keepsTheTInterval() {
    // mean 0.9, s = 0.01, half = 12.706 x 0.01 / sqrt(2) = 0.0898: inside [0, 1], unchanged
    double[] xs = {0.9 - 0.01 / Math.sqrt(2), 0.9 + 0.01 / Math.sqrt(2)};
    assertThat(Estimate.ofFraction(xs)).isEqualTo(Estimate.of(xs));
    assertThat(Estimate.ofFraction(new double[] {0.5}).low()).isNull();
  }
}
