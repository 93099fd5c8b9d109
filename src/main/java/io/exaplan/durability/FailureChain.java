package io.exaplan.durability;

/**
 * The Markov model of a layout whose stripes survive {@code tolerated} lost strips. A state is
 * (a failed drives, b failed enclosures) still being rebuilt; a stripe has lost a + b x s strips
 * when an enclosure holds s strips of it, and data is lost when that exceeds the tolerance.
 *
 * <p>With no enclosure failures this is the birth-death chain of the RAID literature: Gibson's
 * thesis ("Redundant Disk Arrays: Reliable, Parallel Secondary Storage", UC Berkeley 1990) and
 * Patterson, Gibson and Katz (SIGMOD 1988) for one parity, generalised to k parities as in Burkhard
 * and Menon ("MDS Disk Array Reliability", UCSD and IBM Almaden, 1992): failures at (drives up) x lambda, repairs one at a time at mu,
 * absorption at the (k+1)-th concurrent failure. Times are exponential and failures independent,
 * except that {@code correlation} multiplies the enclosure failure rate in every degraded state.
 *
 * <p>Every concurrent failure is assumed to hit a common stripe (a declustered layout with many
 * stripes, where almost every set of k+1 drives shares one); see docs/model.md.
 */
public record FailureChain(
    int tolerated,
    int stripsPerEnclosure,
    long drives,
    int drivesPerEnclosure,
    long enclosures,
    double driveFailuresPerHour,
    double enclosureFailuresPerHour,
    double driveRepairsPerHour,
    double enclosureRepairsPerHour,
    double correlation) {

  public FailureChain {
    if (tolerated < 0 || stripsPerEnclosure < 1 || drives < 1 || drivesPerEnclosure < 1
        || enclosures < 1) {
      throw new IllegalArgumentException("bad layout: tolerated " + tolerated + ", strips per "
          + "enclosure " + stripsPerEnclosure + ", drives " + drives + ", per enclosure "
          + drivesPerEnclosure + ", enclosures " + enclosures);
    }
    if (!(driveFailuresPerHour > 0) || !(enclosureFailuresPerHour >= 0)
        || !(driveRepairsPerHour >= 0) || !(enclosureRepairsPerHour >= 0)
        || !(correlation >= 1) || Double.isInfinite(driveFailuresPerHour + enclosureFailuresPerHour
            + driveRepairsPerHour + enclosureRepairsPerHour + correlation)) {
      throw new IllegalArgumentException("bad rates: drive failures " + driveFailuresPerHour
          + "/h, enclosure failures " + enclosureFailuresPerHour + "/h, drive repairs "
          + driveRepairsPerHour + "/h, enclosure repairs " + enclosureRepairsPerHour
          + "/h, correlation " + correlation);
    }
  }

  /** The classic chain: n drives, no enclosure failures, k failures survived. */
  public static FailureChain birthDeath(long n, int k, double lambda, double mu) {
    return new FailureChain(k, 1, n, 1, n, lambda, 0, mu, 0, 1);
  }

  /**
   * An enclosure loss is survived when it costs a stripe no more than the tolerance (it is then
   * rebuilt at {@code enclosureRepairsPerHour}, which may be 0 when no rebuild is possible).
   */
  public boolean enclosureSurvivable() {
    return stripsPerEnclosure <= tolerated && enclosures > 1;
  }

  /** Mean time to data loss from the all-healthy state, in hours (infinite if never). */
  public double mttdlHours() {
    int maxB = enclosureFailuresPerHour > 0 && enclosureSurvivable()
        ? tolerated / stripsPerEnclosure : 0;
    int[][] index = new int[tolerated + 1][maxB + 1];
    int n = 0;
    for (int b = 0; b <= maxB; b++) {
      for (int a = 0; a + b * stripsPerEnclosure <= tolerated; a++) {
        index[a][b] = n++;
      }
    }
    AbsorbingChain.Builder chain = AbsorbingChain.builder(n);
    for (int b = 0; b <= maxB; b++) {
      for (int a = 0; a + b * stripsPerEnclosure <= tolerated; a++) {
        int from = index[a][b];
        double upDrives = Math.max(0, drives - a - (long) b * drivesPerEnclosure);
        double driveFail = upDrives * driveFailuresPerHour;
        if (a + 1 + b * stripsPerEnclosure <= tolerated) {
          chain.rate(from, index[a + 1][b], driveFail);
        } else {
          chain.absorb(from, driveFail);
        }
        double enclosureFail = Math.max(0, enclosures - b) * enclosureFailuresPerHour
            * (a + b > 0 ? correlation : 1);
        if (b + 1 <= maxB && a + (b + 1) * stripsPerEnclosure <= tolerated) {
          chain.rate(from, index[a][b + 1], enclosureFail);
        } else {
          chain.absorb(from, enclosureFail);
        }
        if (a > 0) {
          chain.rate(from, index[a - 1][b], driveRepairsPerHour);
        }
        if (b > 0) {
          chain.rate(from, index[a][b - 1], enclosureRepairsPerHour);
        }
      }
    }
    return chain.build().meanTimeToAbsorption(index[0][0]);
  }
}
