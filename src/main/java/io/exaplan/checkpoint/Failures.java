package io.exaplan.checkpoint;

import java.util.List;
import java.util.TreeSet;

/**
 * Failures and the optimal checkpoint interval. Notation of Daly (2006): {@code delta} the time
 * to write one checkpoint, {@code M} the fleet's mean time between failures, {@code R} the
 * restart time, {@code tau} the compute time between checkpoints, {@code Ts} the work to do.
 * Failures are Poisson with rate 1/M, independent per GPU, so the fleet MTBF falls as 1/GPUs.
 */
public final class Failures {
  private Failures() {}

  /** A row of the "efficiency vs fleet size" chart. */
  public record FleetRow(long gpus, double fleetMtbfSeconds, double youngIntervalSeconds,
      double dalyIntervalSeconds, double dalyEfficiency, double efficiency) {}

  /** Independent per-GPU failures: the fleet fails N times as often as one GPU. */
  public static double fleetMtbf(double gpuMtbfSeconds, long gpus) {
    return gpuMtbfSeconds / gpus;
  }

  /**
   * Young (1974), "A first order approximation to the optimum checkpoint interval", CACM 17(9):
   * {@code tau = sqrt(2 delta M)}.
   */
  public static double youngInterval(double delta, double mtbf) {
    return Math.sqrt(2 * delta * mtbf);
  }

  /**
   * Daly (2006), "A higher order estimate of the optimum checkpoint interval for restart dumps",
   * FGCS 22:303-312: {@code tau = sqrt(2 delta M) [1 + (1/3) sqrt(delta / 2M) + (1/9)
   * (delta / 2M)] - delta} for {@code delta < 2M}, else {@code tau = M}.
   */
  public static double dalyInterval(double delta, double mtbf) {
    if (delta >= 2 * mtbf) {
      return mtbf;
    }
    double x = delta / (2 * mtbf);
    return Math.sqrt(2 * delta * mtbf) * (1 + Math.sqrt(x) / 3 + x / 9) - delta;
  }

  /**
   * Daly's (2006) complete model of the expected wall-clock time, restart time included:
   * {@code T_w = M e^(R/M) (e^((tau + delta)/M) - 1) Ts / tau}.
   */
  public static double wallClock(double tau, double delta, double mtbf, double restart,
      double work) {
    return work / efficiency(tau, delta, mtbf, restart);
  }

  /**
   * Useful work over wall clock, {@code Ts / T_w = tau / (M e^(R/M) (e^((tau + delta)/M) - 1))};
   * independent of {@code Ts}. A hopeless case (failures far more often than checkpoints)
   * overflows the denominator and gives 0.
   */
  public static double efficiency(double tau, double delta, double mtbf, double restart) {
    return tau / (mtbf * Math.exp(restart / mtbf) * Math.expm1((tau + delta) / mtbf));
  }

  /**
   * Efficiency as the fleet grows, at Daly's interval for each size and at a fixed interval.
   * Sizes are sorted and deduplicated.
   */
  public static List<FleetRow> fleetTable(double gpuMtbfSeconds, double delta, double restart,
      double intervalSeconds, List<Long> fleetSizes) {
    return new TreeSet<>(fleetSizes).stream().map(n -> {
      double m = fleetMtbf(gpuMtbfSeconds, n);
      double daly = dalyInterval(delta, m);
      return new FleetRow(n, m, youngInterval(delta, m), daly,
          efficiency(daly, delta, m, restart), efficiency(intervalSeconds, delta, m, restart));
    }).toList();
  }
}
