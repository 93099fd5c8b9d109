package io.exaplan.sim;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The mean of R independent replications and its 95% confidence interval,
 * mean +- t(0.975, R-1) x s / sqrt(R) (Law 2015, section 9.4.1, eq. 9.1: the replication/deletion
 * approach treats each replication's average as one i.i.d. observation). With one replication
 * there is no interval: low and high are null.
 */
public record Estimate(double mean, Double low, Double high) {

  /** The estimate of {@code xs}, one value per replication (at least one). */
  public static Estimate of(double[] xs) {
    int n = xs.length;
    if (n == 0) {
      throw new IllegalArgumentException("no replications");
    }
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    double mean = sum / n;
    if (n == 1) {
      return new Estimate(mean, null, null);
    }
    double squares = 0;
    for (double x : xs) {
      squares += (x - mean) * (x - mean);
    }
    double half = halfWidth(Math.sqrt(squares / (n - 1)), n);
    return new Estimate(mean, mean - half, mean + half);
  }

  /**
   * The estimate of a fraction (goodput, stall, rework, restart share), one value per
   * replication: as {@link #of}, with the interval clipped to [0, 1], the only values a fraction
   * takes. With few, spread replications the symmetric t interval reaches past them (a goodput
   * bound of -0.17); the clipped bound says the same and is never an impossible figure.
   */
  public static Estimate ofFraction(double[] xs) {
    Estimate e = of(xs);
    return e.low == null ? e : new Estimate(e.mean, Math.max(0, e.low), Math.min(1, e.high));
  }

  /** t(0.975, n-1) x s / sqrt(n). */
  static double halfWidth(double s, int n) {
    return TDistribution.of(n - 1).inverseSurvivalProbability(0.025) * s / Math.sqrt(n);
  }

  /** [low, high], or null without an interval (the JSON form). */
  public double[] interval() {
    return low == null ? null : new double[] {low, high};
  }

  public boolean contains(double x) {
    return low != null && low <= x && x <= high;
  }
}
