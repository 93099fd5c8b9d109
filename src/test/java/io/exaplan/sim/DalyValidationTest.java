package io.exaplan.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.checkpoint.Failures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulator against Daly's complete model, "A higher order estimate of the optimum
 * checkpoint interval for restart dumps", FGCS 22 (2006) 303-312: one job, exponential failures
 * (also during checkpoints and restarts), an uncontended write bandwidth. Daly's wall time for a
 * solve time Ts is T_w = M e^(R/M) (e^((tau+delta)/M) - 1) Ts / tau, so the long-run efficiency
 * is tau / (M e^(R/M) (e^((tau+delta)/M) - 1)). The cases are the paper's Figs. 3-5
 * (R = 10 min, delta = 5 min) at the intervals it predicts optimal for each MTBF.
 */
class DalyValidationTest {
  private static final int REPLICATIONS = 20;

  @ParameterizedTest(name = "M = {0} s, tau = {1} s: Daly {2}")
  @CsvSource({
      // M = 24 h, tau = 117 min: (7020+300)/86400 = 0.084722, e^x - 1 = 0.088415,
      // e^(600/86400) = 1.006969 -> segment 7692.3 s -> 7020 / 7692.3 = 0.91261
      "86400, 7020, 0.91261",
      // M = 6 h, tau = 57 min: 3720/21600 = 0.17222 -> 0.18794; e^(600/21600) = 1.028167
      // -> 4173.9 s -> 3420 / 4173.9 = 0.81938
      "21600, 3420, 0.81938",
      // M = 15 min, tau = 9.1 min: 846/900 = 0.94 -> 1.55998; e^(600/900) = 1.947734
      // -> 2734.6 s -> 546 / 2734.6 = 0.19966
      "900, 546, 0.19966"})
  void efficiency_oneJobExponentialUncontended_matchesDalyWithinCi(double mtbf, double tau,
      double dalyRounded) {
    double restart = 600;
    double delta = 300;
    double daly = Failures.efficiency(tau, delta, mtbf, restart);
    assertThat(daly).isCloseTo(dalyRounded, org.assertj.core.data.Offset.offset(5e-5));

    SimConfig c = SimConfig.builder()
        .jobs(1, 1)
        .checkpoint(3e14, tau, CheckpointMode.SYNC) // 3e14 B at 1e12 B/s: delta = 300 s
        .writeBandwidth(1e12)
        .failures(mtbf, FailureLaw.EXPONENTIAL, restart)
        .horizon(2000 * mtbf) // ~2000 failures per replication
        .build();
    Simulation s = Simulation.of("test", "test", "given",
        new MonteCarlo(c, REPLICATIONS, 20061, 2).run(false), false, java.util.List.of());

    assertThat(s.dalyGoodput()).isEqualTo(daly);
    double[] ci = s.goodputCi95();
    assertThat(daly).isBetween(ci[0], ci[1]);
    // and the interval is tight enough to mean something: within +-0.005 of the mean
    assertThat(ci[1] - ci[0]).isLessThan(0.01);
  }
}
