package io.exaplan.packing;

/**
 * What losing one whole rack (both its feeds, its top-of-rack switches, a fire zone) does to the
 * data: the most strips of any one stripe that a rack holds, against the parity strips that
 * rebuild them (docs/model.md, "Failure domains: losing a rack").
 *
 * <p>The stripe arithmetic is the sizing's (docs/model.md, "Erasure coding and failure domains"):
 * a stripe of width w = data + parity strips is spread evenly over the cluster's e enclosures,
 * so {@code s = ceil(w / e)} strips land on {@code w - (s - 1) e} of them and {@code s - 1} on the
 * rest. Stripe placement does not know racks, so some stripe puts its most-loaded strips on every
 * enclosure of a rack: a rack of a enclosures holds {@code min(w, (s - 1) a + min(a, w - (s - 1)
 * e))} strips of that stripe. The data stays available when that is at most the parity strips.
 */
public final class RackLoss {
  private RackLoss() {}

  /**
   * The most strips of one stripe of {@code width} strips, spread evenly over {@code enclosures}
   * enclosures, that a rack of {@code inRack} of them holds.
   */
  public static int mostStrips(int width, int enclosures, int inRack) {
    if (width < 1 || enclosures < 1 || inRack < 0) {
      throw new IllegalArgumentException("width, enclosures >= 1 and inRack >= 0");
    }
    int a = Math.min(inRack, enclosures);
    int s = (width + enclosures - 1) / enclosures;
    long fullest = width - (long) (s - 1) * enclosures;
    long strips = (long) (s - 1) * a + Math.min(a, fullest);
    return (int) Math.min(width, strips);
  }

  /**
   * The most enclosures one rack may hold so that losing it loses no stripe: the largest a with
   * {@link #mostStrips}(width, enclosures, a) at most {@code parity}; 0 when even one enclosure
   * holds more strips than the parity covers; every enclosure when no count reaches it.
   */
  public static int maxEnclosuresPerRack(int width, int enclosures, int parity) {
    int a = 0;
    while (a < enclosures && mostStrips(width, enclosures, a + 1) <= parity) {
      a++;
    }
    return a;
  }

  /** True when losing any one rack of the plan loses no stripe. */
  public static boolean survives(int width, int enclosures, int parity, int mostPerRack) {
    return mostStrips(width, enclosures, mostPerRack) <= parity;
  }
}
