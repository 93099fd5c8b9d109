package io.exaplan.durability;

/**
 * Where the data lives, for the failure model: stripes of {@code dataStrips} + {@code parityStrips}
 * that survive {@code tolerated} lost strips (= parity for Reed-Solomon-like codes, fewer for an
 * LRC), each strip on its own drive; rebuilding one lost strip reads {@code stripsReadPerRepair}
 * strips (the data strips for a classic code, fewer for locally decodable or local
 * reconstruction codes); {@code drives} of {@code driveBytes} in {@code enclosures} of
 * {@code drivesPerEnclosure}.
 */
public record Layout(
    int dataStrips,
    int parityStrips,
    int tolerated,
    double stripsReadPerRepair,
    long drives,
    int drivesPerEnclosure,
    long enclosures,
    double driveBytes) {

  public Layout {
    if (dataStrips < 1 || parityStrips < 0 || tolerated < 0 || tolerated > parityStrips
        || !(stripsReadPerRepair > 0) || stripsReadPerRepair > dataStrips || drives < 1
        || drivesPerEnclosure < 1 || enclosures < 1 || !(driveBytes > 0)) {
      throw new IllegalArgumentException("bad layout " + dataStrips + "+" + parityStrips
          + " tolerating " + tolerated + ", " + stripsReadPerRepair + " strips read per repair, "
          + drives + " drives in " + enclosures + " x " + drivesPerEnclosure + " of "
          + driveBytes + " B");
    }
  }

  /** "146+4", or "12+4 (any 3)" when the code survives fewer losses than it has parity. */
  public String code() {
    return dataStrips + "+" + parityStrips
        + (tolerated < parityStrips ? " (any " + tolerated + ")" : "");
  }

  public int stripWidth() {
    return dataStrips + parityStrips;
  }

  /** User bytes per byte on media: data / (data + parity). */
  public double efficiency() {
    return (double) dataStrips / stripWidth();
  }

  /**
   * Strips of one stripe in one enclosure when a stripe is spread as evenly as possible over the
   * enclosures: ceil(width / enclosures). 1 once there are at least as many enclosures as strips.
   */
  public int stripsPerEnclosure() {
    return (int) Math.min(stripWidth(), (stripWidth() + enclosures - 1) / enclosures);
  }

  /** Losing a whole enclosure costs each stripe no more than it survives. */
  public boolean enclosureSurvivable() {
    return enclosures > 1 && stripsPerEnclosure() <= tolerated;
  }
}
