package io.exaplan.durability;

import java.util.Arrays;

/**
 * A continuous-time Markov chain with transient states 0..n-1 and one absorbing state (data
 * lost). {@link #meanTimeToAbsorption} solves the first-step equations
 * {@code q_i t_i = 1 + sum_j q_ij t_j} (q_i = every rate out of i, absorption included) exactly.
 *
 * <p>Why not plain Gaussian elimination: repair rates exceed failure rates by 10^3..10^6, so the
 * usual system has a condition number near (mu/lambda)^k and loses most of its digits. States are
 * instead removed one at a time and each survivor's exit rate is re-summed from non-negative
 * terms, never formed as a difference; this is the device of Grassmann, Taksar and Heyman
 * (Operations Research 33(5), 1985) applied to absorption times, and it keeps full relative
 * precision however stiff the chain is.
 */
public final class AbsorbingChain {
  private final double[][] rates;
  private final double[] absorption;

  private AbsorbingChain(double[][] rates, double[] absorption) {
    this.rates = rates;
    this.absorption = absorption;
  }

  /** A chain of {@code states} transient states, no transitions yet. */
  public static Builder builder(int states) {
    if (states < 1) {
      throw new IllegalArgumentException("a chain needs at least one transient state, got "
          + states);
    }
    return new Builder(states);
  }

  public int states() {
    return absorption.length;
  }

  /**
   * Expected time from {@code start} until absorption, in the unit the rates are per; infinite
   * when absorption is never reached or a reachable state cannot be left.
   */
  public double meanTimeToAbsorption(int start) {
    int n = absorption.length;
    double[][] q = new double[n][];
    for (int i = 0; i < n; i++) {
      q[i] = rates[i].clone();
    }
    double[] a = absorption.clone();
    double[] r = new double[n];
    Arrays.fill(r, 1.0);
    boolean[] gone = new boolean[n];
    for (int m = 0; m < n; m++) {
      if (m == start) {
        continue;
      }
      double out = a[m];
      for (int j = 0; j < n; j++) {
        if (j != m && !gone[j]) {
          out += q[m][j];
        }
      }
      for (int i = 0; i < n; i++) {
        if (i == m || gone[i] || q[i][m] == 0) {
          continue;
        }
        if (!(out > 0)) {
          r[i] = Double.POSITIVE_INFINITY;
          q[i][m] = 0;
          continue;
        }
        double w = q[i][m] / out;
        r[i] += w * r[m];
        a[i] += w * a[m];
        for (int j = 0; j < n; j++) {
          if (j != m && j != i && !gone[j]) {
            q[i][j] += w * q[m][j];
          }
        }
        q[i][m] = 0;
      }
      gone[m] = true;
    }
    return a[start] > 0 ? r[start] / a[start] : Double.POSITIVE_INFINITY;
  }

  /** Mutable staging; rates add up when the same transition is given twice. */
  public static final class Builder {
    private final double[][] rates;
    private final double[] absorption;

    private Builder(int n) {
      rates = new double[n][n];
      absorption = new double[n];
    }

    /** Rate from transient state {@code from} to transient state {@code to}. */
    public Builder rate(int from, int to, double rate) {
      check(rate);
      if (from == to) {
        throw new IllegalArgumentException("a self-transition changes nothing: state " + from);
      }
      rates[from][to] += rate;
      return this;
    }

    /** Rate from transient state {@code from} to the absorbing state. */
    public Builder absorb(int from, double rate) {
      check(rate);
      absorption[from] += rate;
      return this;
    }

    private static void check(double rate) {
      if (!(rate >= 0) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException("a rate must be finite and >= 0, got " + rate);
      }
    }

    public AbsorbingChain build() {
      double[][] copy = new double[rates.length][];
      for (int i = 0; i < rates.length; i++) {
        copy[i] = rates[i].clone();
      }
      return new AbsorbingChain(copy, absorption.clone());
    }
  }
}
