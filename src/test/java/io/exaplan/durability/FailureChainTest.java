package io.exaplan.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FailureChainTest {

  @Test
  void mttdl_oneParity_matchesClosedForm() {
    // k = 1 (RAID 5 of n drives): states 0, 1, lost.
    //   T0 = 1/(n lambda) + T1
    //   T1 = 1/((n-1) lambda + mu) + mu/((n-1) lambda + mu) T0
    // => T0 = ((2n - 1) lambda + mu) / (n (n - 1) lambda^2)   (Gibson 1990; PGK 1988 approximate
    //    it by mu / (n (n-1) lambda^2)).
    long n = 11;
    double lambda = 1e-5;
    double mu = 0.1;
    double closed = ((2 * n - 1) * lambda + mu) / (n * (n - 1) * lambda * lambda);
    assertThat(FailureChain.birthDeath(n, 1, lambda, mu).mttdlHours())
        .isCloseTo(closed, within(closed * 1e-12));
  }

  @Test
  void mttdl_twoParities_matchesClosedForm() {
    // k = 2 (RAID 6 of n drives), l_i = (n - i) lambda. Summing the first-passage times
    // 0->1, 1->2, 2->lost of the birth-death chain:
    //   T = 1/l0 + (l0 + mu)/(l0 l1) + (l0 l1 + l0 mu + mu^2)/(l0 l1 l2)
    //     = (l1 l2 + l2 (l0 + mu) + l0 l1 + l0 mu + mu^2) / (l0 l1 l2)
    // and with l0 = n lambda, l1 = (n-1) lambda, l2 = (n-2) lambda:
    //   T = ((3n^2 - 6n + 2) lambda^2 + (2n - 2) lambda mu + mu^2) / (n (n-1) (n-2) lambda^3).
    long n = 10;
    double lambda = 2e-6;
    double mu = 0.05;
    double closed = ((3.0 * n * n - 6 * n + 2) * lambda * lambda + (2.0 * n - 2) * lambda * mu
        + mu * mu) / (n * (n - 1) * (n - 2) * lambda * lambda * lambda);
    assertThat(FailureChain.birthDeath(n, 2, lambda, mu).mttdlHours())
        .isCloseTo(closed, within(closed * 1e-12));
  }

  @Test
  void mttdl_pattersonGibsonKatz1988_reproducesPublishedRaidMttf() {
    // Patterson, Gibson, Katz, "A Case for Redundant Arrays of Inexpensive Disks (RAID)", SIGMOD
    // 1988: 100 data disks of MTTF 30,000 h, MTTR 1 h, one check disk per group of G, with
    // MTTF_RAID = MTTF_disk^2 / ((D + C nG) (G + C - 1) MTTR), quoted as "820,000 hrs or >90
    // years" for G = 10 and "346,000 hrs or 40 years" for G = 25. Their formula drops the
    // lower-order terms of the exact chain, so the exact chain is within 0.2% of it.
    double lambda = 1 / 30_000.0;
    for (int[] g : new int[][] {{10, 818_182}, {25, 346_154}}) {
      int group = g[0];
      int groups = 100 / group;
      double pgk = 30_000.0 * 30_000.0 / ((100 + groups) * group * 1.0);
      assertThat(pgk).isCloseTo(g[1], within(1.0));
      double exact = FailureChain.birthDeath(group + 1, 1, lambda, 1).mttdlHours() / groups;
      assertThat(exact).isCloseTo(pgk, within(pgk * 0.002));
    }
  }

  @Test
  void mttdl_noEnclosureFailures_equalsBirthDeathOverAllDrives() {
    // Enclosures that never fail leave the classic chain of every drive in the layout.
    FailureChain withEnclosures = new FailureChain(4, 1, 3960, 22, 180, 1e-6, 0, 4, 0.2, 10);
    assertThat(withEnclosures.mttdlHours())
        .isEqualTo(FailureChain.birthDeath(3960, 4, 1e-6, 4).mttdlHours());
  }

  @Test
  void mttdl_enclosureHoldingMoreStripsThanTolerated_isBoundedByOneEnclosureLoss() {
    // 2 enclosures, each holding 22 strips of a 40+4 stripe: the first enclosure loss is data
    // loss, so MTTDL < 1 / (2 enclosures x rate) = 500,000 h. Five concurrent drive failures add
    // a loss rate of about 44 x 43 x 42 x 41 x 40 x (1e-3)^5 / 1^4 = 1.3e-7 /h, so the MTTDL is
    // near 1 / (2e-6 + 1.3e-7) = 469,000 h.
    double enclosureRate = 1e-6;
    FailureChain c = new FailureChain(4, 22, 44, 22, 2, 1e-3, enclosureRate, 1, 0.1, 1);
    assertThat(c.enclosureSurvivable()).isFalse();
    assertThat(c.mttdlHours()).isLessThan(1 / (2 * enclosureRate))
        .isCloseTo(469_000, within(5_000.0));
  }

  @Test
  void mttdl_oneEnclosureFailureToleratedOnce_matchesHandSolvedChain() {
    // k = 1, one strip per enclosure, 2 drives in 2 enclosures of 1 (a mirrored pair whose
    // "enclosures" fail at e and are rebuilt at m; drives fail at d, rebuilt at r).
    // States (a,b): (0,0), (1,0), (0,1). From (1,0) and (0,1) any failure loses data.
    //   T00 = (1 + 2d T10 + 2e T01) / (2d + 2e)
    //   T10 = (1 + r T00) / (r + d + 2e)   (1 drive up; both enclosures still count as up: the
    //                                       model lets every new failure hit a degraded stripe)
    //   T01 = (1 + m T00) / (m + d + e)    (1 drive and 1 enclosure up)
    double d = 0.001;
    double e = 0.002;
    double r = 1.0;
    double m = 0.1;
    // Substitute: T00 (2d + 2e) = 1 + 2d (1 + r T00)/(r+d+2e) + 2e (1 + m T00)/(m+d+e)
    double a = 2 * d + 2 * e - 2 * d * r / (r + d + 2 * e) - 2 * e * m / (m + d + e);
    double b = 1 + 2 * d / (r + d + 2 * e) + 2 * e / (m + d + e);
    double expected = b / a;
    FailureChain c = new FailureChain(1, 1, 2, 1, 2, d, e, r, m, 1);
    assertThat(c.mttdlHours()).isCloseTo(expected, within(expected * 1e-12));
  }

  @Test
  void mttdl_randomBirthDeathChains_matchFirstPassageSum() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int trial = 0; trial < 2000; trial++) {
      int k = rnd.nextInt(0, 6);
      long n = k + 1 + rnd.nextInt(0, 20_000);
      double lambda = Math.pow(10, rnd.nextDouble(-9, -4));
      double mu = Math.pow(10, rnd.nextDouble(-2, 2));
      double expected = AbsorbingChainTest.firstPassageSum(n, k, lambda, mu);
      assertThat(FailureChain.birthDeath(n, k, lambda, mu).mttdlHours())
          .isCloseTo(expected, within(expected * 1e-11));
    }
  }
}
