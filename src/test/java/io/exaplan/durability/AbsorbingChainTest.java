package io.exaplan.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AbsorbingChainTest {

  @Test
  void meanTime_oneStateAbsorbingAtRate4_isAQuarter() {
    // A single exponential holding time of rate 4 has mean 1/4.
    AbsorbingChain c = AbsorbingChain.builder(1).absorb(0, 4).build();
    assertThat(c.meanTimeToAbsorption(0)).isEqualTo(0.25);
  }

  @Test
  void meanTime_twoStateLoop_matchesHandSolution() {
    // 0 -> 1 at 2; 1 -> 0 at 3, 1 -> lost at 1.
    // t0 = 1/2 + t1;  t1 = 1/4 + (3/4) t0  =>  t0 = 1/2 + 1/4 + (3/4) t0  =>  t0 = 3, t1 = 5/2.
    AbsorbingChain c = AbsorbingChain.builder(2).rate(0, 1, 2).rate(1, 0, 3).absorb(1, 1).build();
    assertThat(c.meanTimeToAbsorption(0)).isCloseTo(3.0, within(1e-15));
    assertThat(c.meanTimeToAbsorption(1)).isCloseTo(2.5, within(1e-15));
  }

  @Test
  void meanTime_stiffBirthDeathChains_keepFullRelativePrecision() {
    // Repairs 10^2..10^8 times faster than failures, up to 6 parities: the answer is compared with
    // the first-passage sum of a birth-death chain (Karlin & Taylor), a formula with no
    // subtractions: T = sum_i (1 / (lambda_i pi_i)) sum_{j<=i} pi_j,
    // pi_0 = 1, pi_j = pi_{j-1} lambda_{j-1} / mu.
    SplittableRandom rnd = new SplittableRandom(20251030);
    for (int trial = 0; trial < 2000; trial++) {
      int k = rnd.nextInt(0, 7);
      int n = k + 1 + rnd.nextInt(0, 5000);
      double lambda = Math.pow(10, rnd.nextDouble(-8, -3));
      double mu = lambda * n * Math.pow(10, rnd.nextDouble(2, 8));
      AbsorbingChain.Builder b = AbsorbingChain.builder(k + 1);
      for (int i = 0; i <= k; i++) {
        if (i < k) {
          b.rate(i, i + 1, (n - i) * lambda);
        } else {
          b.absorb(i, (n - i) * lambda);
        }
        if (i > 0) {
          b.rate(i, i - 1, mu);
        }
      }
      double expected = firstPassageSum(n, k, lambda, mu);
      assertThat(b.build().meanTimeToAbsorption(0)).isCloseTo(expected,
          within(expected * 1e-11));
    }
  }

  static double firstPassageSum(long n, int k, double lambda, double mu) {
    double total = 0;
    double pi = 1;
    double prefix = 0;
    for (int i = 0; i <= k; i++) {
      if (i > 0) {
        pi *= (n - i + 1) * lambda / mu;
      }
      prefix += pi;
      total += prefix / ((n - i) * lambda * pi);
    }
    return total;
  }

  @Test
  void builder_negativeRate_isRejected() {
    assertThatThrownBy(() -> AbsorbingChain.builder(2).rate(0, 1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rate must be finite and >= 0, got -1.0");
  }

  @Test
  void meanTime_reachableTrap_isInfinite() {
    // State 1 is entered and never left: the time to absorption is infinite.
    AbsorbingChain c = AbsorbingChain.builder(2).rate(0, 1, 1).build();
    assertThat(c.meanTimeToAbsorption(0)).isInfinite();
  }

  @Test
  void meanTime_unreachableTrap_doesNotMatter() {
    // State 1 is a trap but state 0 never goes there: t0 = 1/2.
    AbsorbingChain c = AbsorbingChain.builder(2).absorb(0, 2).build();
    assertThat(c.meanTimeToAbsorption(0)).isEqualTo(0.5);
  }
}
