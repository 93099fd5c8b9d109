package io.exaplan.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Young (1974) and Daly (2006, FGCS 22:303-312) against the paper's own examples, worked by hand,
 * and the Llama 3 fleet MTBF. Durations in minutes where the paper uses minutes (the formulas are
 * unit-free), seconds elsewhere.
 */
class FailuresTest {

  @Test
  void dalyInterval_fig3_117Minutes() {
    // Daly Fig. 3: M = 24 h = 1440 min, delta = 5 min; "the new model predicts tau_opt = 117 min".
    // delta/2M = 5/2880 = 1/576, sqrt = 1/24; sqrt(2 x 5 x 1440) = sqrt(14400) = 120.
    // tau = 120 x (1 + 1/72 + 1/5184) - 5 = 120 + 1.66667 + 0.02315 - 5 = 116.690 min.
    assertThat(Failures.dalyInterval(5, 1440)).isCloseTo(116.690, within(1e-3));
    assertThat(Math.round(Failures.dalyInterval(5, 1440))).isEqualTo(117);
    assertThat(Failures.youngInterval(5, 1440)).isCloseTo(120.0, within(1e-9));
  }

  @Test
  void dalyInterval_fig4_57Minutes() {
    // Daly Fig. 4: M = 6 h = 360 min, delta = 5 min; "tau_opt = 57 min".
    // delta/2M = 5/720 = 1/144, sqrt = 1/12; sqrt(2 x 5 x 360) = 60.
    // tau = 60 x (1 + 1/36 + 1/1296) - 5 = 60 + 1.66667 + 0.04630 - 5 = 56.713 min.
    assertThat(Failures.dalyInterval(5, 360)).isCloseTo(56.713, within(1e-3));
    assertThat(Math.round(Failures.dalyInterval(5, 360))).isEqualTo(57);
    assertThat(Failures.youngInterval(5, 360)).isCloseTo(60.0, within(1e-9));
  }

  @Test
  void dalyInterval_fig5_9point1Minutes() {
    // Daly Fig. 5: M = 15 min, delta = 5 min; "tau_opt = 9.1 min".
    // delta/2M = 1/6, sqrt = 0.408248; sqrt(2 x 5 x 15) = sqrt(150) = 12.247449.
    // tau = 12.247449 x (1 + 0.136083 + 0.018519) - 5 = 12.247449 x 1.154602 - 5 = 9.1409 min.
    assertThat(Failures.dalyInterval(5, 15)).isCloseTo(9.1409, within(1e-4));
    assertThat(Failures.youngInterval(5, 15)).isCloseTo(12.2474, within(1e-4));
  }

  @Test
  void dalyInterval_dumpTimeAtLeastTwiceMtbf_isMtbf() {
    // Daly: for delta >= 2M the optimum is tau = M.
    assertThat(Failures.dalyInterval(10, 5)).isEqualTo(5.0);
    assertThat(Failures.dalyInterval(4, 2)).isEqualTo(2.0);
  }

  @Test
  void completeModel_fig3_wallClockAndEfficiency() {
    // Fig. 3 inputs, M = 1440 min, R = 10 min, delta = 5 min, Ts = 500 h = 30,000 min, at
    // tau = 116.690 min: e^(R/M) = e^(0.0069444) = 1.0069686; (tau + delta)/M = 121.690/1440
    // = 0.0845068, e^x - 1 = 0.0881803. T_w/Ts = 1440 x 1.0069686 x 0.0881803 / 116.690
    // = 127.865 / 116.690 = 1.095764, so efficiency = 0.912606 and T_w = 547.88 h.
    double tau = Failures.dalyInterval(5, 1440);
    assertThat(Failures.efficiency(tau, 5, 1440, 10)).isCloseTo(0.912606, within(1e-5));
    assertThat(Failures.wallClock(tau, 5, 1440, 10, 30_000) / 60).isCloseTo(547.88,
        within(0.01));
  }

  @Test
  void completeModel_fig5_mostTimeLostWhenMtbfIsMinutes() {
    // Fig. 5: M = 15 min, tau = 9.1409, delta = 5, R = 10. e^(10/15) = 1.947734;
    // (9.1409 + 5)/15 = 0.942728, e^x - 1 = 1.566938. T_w/Ts = 15 x 1.947734 x 1.566938 / 9.1409
    // = 45.7797 / 9.1409 = 5.00823: efficiency 0.19967, T_w = 2,504.1 h for Ts = 500 h.
    double tau = Failures.dalyInterval(5, 15);
    assertThat(Failures.efficiency(tau, 5, 15, 10)).isCloseTo(0.19967, within(1e-5));
    assertThat(Failures.wallClock(tau, 5, 15, 10, 30_000) / 60).isCloseTo(2504.2, within(0.1));
  }

  @Test
  void fleetMtbf_llama3Report_3point093HoursAnd50677HoursPerGpu() {
    // arXiv 2407.21783: 419 unexpected interruptions in 54 days on 16,384 GPUs.
    // Fleet MTBF = 54 x 24 h / 419 = 1296 / 419 = 3.0931 h; per GPU = 3.0931 h x 16,384 = 50,677 h.
    FailureReference ref = CheckpointCatalog.builtIn().failures();
    assertThat(ref.fleetMtbfSeconds() / 3600).isCloseTo(3.0931, within(1e-4));
    assertThat(ref.gpuMtbfSeconds() / 3600).isCloseTo(50_677.0, within(0.01));
    assertThat(Failures.fleetMtbf(ref.gpuMtbfSeconds(), 16_384) / 3600).isCloseTo(3.0931,
        within(1e-4));
  }

  @Test
  void fleetTable_doublingGpus_halvesMtbfAndLowersEfficiency() {
    // Per-GPU MTBF 50,677 h: 1,024 GPUs -> 49.49 h, 2,048 -> 24.74 h.
    double gpu = 50_677 * 3600.0;
    List<Failures.FleetRow> rows = Failures.fleetTable(gpu, 15, 600, 300, List.of(2048L, 1024L,
        2048L));
    assertThat(rows).extracting(Failures.FleetRow::gpus).containsExactly(1024L, 2048L);
    assertThat(rows.get(0).fleetMtbfSeconds() / 3600).isCloseTo(49.489, within(1e-3));
    assertThat(rows.get(1).fleetMtbfSeconds()).isCloseTo(rows.get(0).fleetMtbfSeconds() / 2,
        within(1e-6));
    assertThat(rows.get(1).dalyEfficiency()).isLessThan(rows.get(0).dalyEfficiency());
  }

  @Test
  void efficiency_randomInputs_neverAboveOneAndFallsWithMtbf() {
    SplittableRandom rnd = new SplittableRandom(20061);
    for (int i = 0; i < 5000; i++) {
      double delta = 1 + rnd.nextDouble() * 3600;
      double mtbf = 60 + rnd.nextDouble() * 1e7;
      double restart = rnd.nextDouble() * 3600;
      double tau = 1 + rnd.nextDouble() * 1e5;
      double lower = mtbf * (0.1 + 0.89 * rnd.nextDouble());
      double e = Failures.efficiency(tau, delta, mtbf, restart);
      double eLower = Failures.efficiency(tau, delta, lower, restart);
      assertThat(e).as("case %d", i).isBetween(0.0, 1.0);
      assertThat(eLower).as("case %d", i).isLessThanOrEqualTo(e);
      double atDaly = Failures.efficiency(Failures.dalyInterval(delta, mtbf), delta, mtbf,
          restart);
      double atDalyLower = Failures.efficiency(Failures.dalyInterval(delta, lower), delta, lower,
          restart);
      assertThat(atDaly).as("case %d", i).isBetween(0.0, 1.0);
      assertThat(atDalyLower).as("case %d", i).isLessThanOrEqualTo(atDaly);
    }
  }

  @Test
  void dalyInterval_randomInputs_belowYoung() {
    // Daly = Young x (1 + s/3 + s^2/9) - delta with Young x s = delta, s = sqrt(delta/2M) < 1:
    // Daly - Young = delta (s/9 - 2/3) < 0.
    SplittableRandom rnd = new SplittableRandom(1974);
    for (int i = 0; i < 5000; i++) {
      double mtbf = 1 + rnd.nextDouble() * 1e7;
      double delta = rnd.nextDouble() * 1.999 * mtbf + 1e-6;
      assertThat(Failures.dalyInterval(delta, mtbf)).as("case %d", i)
          .isLessThan(Failures.youngInterval(delta, mtbf));
    }
  }
}
