package io.exaplan.sim;

import java.util.SplittableRandom;
import org.apache.commons.numbers.gamma.Gamma;

/**
 * The distribution of the time between a job's failures, parametrised by its mean (the MTBF)
 * so that changing the shape never changes the failure rate. Shape 1 is the exponential law that
 * Young (1974) and Daly (2006) assume; a shape below 1 gives the decreasing hazard (infant
 * mortality, bursts after a restart) that Schroeder and Gibson report for HPC systems
 * ("A large-scale study of failures in high-performance computing systems", DSN 2006: Weibull
 * shapes 0.7-0.8 fit the time between failures). Failures form a renewal process per job.
 *
 * @param shape Weibull shape k; 1 is exponential
 */
public record FailureLaw(double shape) {
  public static final FailureLaw EXPONENTIAL = new FailureLaw(1);

  /**
   * {@link SimConfig} refuses shapes outside [0.1, 100]: below, Gamma(1 + 1/k) overflows and the
   * scale becomes zero (a failure storm at one instant); above, the law is a constant for any
   * purpose here.
   */
  public static final double MIN_SHAPE = 0.1;
  public static final double MAX_SHAPE = 100;

  public FailureLaw {
    if (!(shape > 0) || Double.isInfinite(shape)) {
      throw new IllegalArgumentException("Weibull shape must be > 0, got " + shape);
    }
  }

  public boolean exponential() {
    return shape == 1;
  }

  /** "exponential" or "weibull(k=0.7)", for reports. */
  public String describe() {
    return exponential() ? "exponential" : "weibull(k=" + shape + ")";
  }

  /**
   * Weibull scale for a mean: E[X] = scale x Gamma(1 + 1/k) (Johnson, Kotz and Balakrishnan,
   * "Continuous Univariate Distributions", vol. 1, 2nd ed., eq. 21.12), so scale = mean / Gamma.
   */
  public double scaleFor(double mean) {
    return exponential() ? mean : mean / Gamma.value(1 + 1 / shape);
  }

  /**
   * One draw by inversion: X = scale x (-ln U)^(1/k) with U uniform on (0, 1]; for k = 1 this
   * is the exponential -mean x ln U. An infinite scale means "never fails".
   */
  public static double sample(SplittableRandom rng, double scale, double inverseShape) {
    double u = 1.0 - rng.nextDouble();
    double e = -Math.log(u);
    return inverseShape == 1 ? scale * e : scale * Math.pow(e, inverseShape);
  }
}
