package io.exaplan.report.chart;

import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.design.Options;
import io.exaplan.design.Scenario;
import io.exaplan.sizing.Bound;
import io.exaplan.sizing.Design;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Throughput of one enclosure model at the scenario's capacity as C-nodes are added: the engine
 * sized at each C:D ratio. Throughput grows with C-nodes while the front end binds, then flattens
 * once the enclosures' media (or the network) binds; the knee is the first C-node count at which
 * the front end no longer binds.
 */
public record CdSweep(String dboxModel, int dboxes, List<Point> points, Knee read, Knee write) {

  /** One sized design of the sweep. */
  public record Point(int cnodes, double ratio, double readBytesPerSec, Bound readBound,
      double writeBytesPerSec, Bound writeBound, double powerWatts) {}

  /** Where a direction stops being front-end-bound; null fields when it never does. */
  public record Knee(int cnodes, double ratio, double bytesPerSec, Bound bound) {}

  /** Evenly spaced points in the sweep; the knees are added to them. */
  static final int STEPS = 40;
  /**
   * No real design has more C-nodes per enclosure than this; the knee search stops there, or at
   * the engine's largest count ({@link Design#MAX_COUNT}) when that comes first (a fleet of
   * exabytes: tens of thousands of enclosures).
   */
  static final int MAX_RATIO = 64;

  public CdSweep {
    points = List.copyOf(points);
  }

  public static CdSweep of(Scenario s, Catalog c, DBoxModel box) {
    int boxes = Options.dboxesFor(s, box, c);
    Knee read = knee(s, c, box, boxes, true);
    Knee write = knee(s, c, box, boxes, false);
    double last = Math.max(4, Math.max(ratioOr0(read), ratioOr0(write)) * 1.25);
    double range = Math.ceil(last * 2) / 2;
    TreeSet<Integer> counts = new TreeSet<>();
    for (int i = 1; i <= STEPS; i++) {
      counts.add(cap(Math.max(1, Math.round(range * i / STEPS * boxes))));
    }
    for (Knee k : new Knee[] {read, write}) {
      if (k != null) {
        counts.add(k.cnodes());
      }
    }
    List<Point> points = new ArrayList<>();
    for (int cnodes : counts) {
      points.add(point(size(s, c, box, boxes, cnodes), boxes));
    }
    return new CdSweep(box.id(), boxes, points, read, write);
  }

  /** A C-node count the engine sizes: at most {@link Design#MAX_COUNT}. */
  private static int cap(long cnodes) {
    return (int) Math.min(cnodes, Design.MAX_COUNT);
  }

  private static double ratioOr0(Knee k) {
    return k == null ? 0 : k.ratio();
  }

  private static Sizing size(Scenario s, Catalog c, DBoxModel box, int boxes, int cnodes) {
    return SizingEngine.size(Options.design(s, c, box, boxes, cnodes));
  }

  private static Point point(Sizing z, int boxes) {
    int cn = z.design().cnodes();
    return new Point(cn, (double) cn / boxes, z.readBytesPerSec(), z.readBound(),
        z.writeBytesPerSec(), z.writeBound(), z.powerTypicalWatts());
  }

  /**
   * The fewest C-nodes at which the direction is no longer front-end-bound. The front-end bound
   * grows with C-nodes and the others do not shrink, so the bound changes once: bisect.
   */
  private static Knee knee(Scenario s, Catalog c, DBoxModel box, int boxes, boolean read) {
    int lo = 1;
    int hi = cap((long) MAX_RATIO * boxes);
    if (frontend(size(s, c, box, boxes, hi), read)) {
      return null;
    }
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (frontend(size(s, c, box, boxes, mid), read)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Sizing z = size(s, c, box, boxes, lo);
    return new Knee(lo, (double) lo / boxes, read ? z.readBytesPerSec() : z.writeBytesPerSec(),
        read ? z.readBound() : z.writeBound());
  }

  private static boolean frontend(Sizing z, boolean read) {
    return (read ? z.readBound() : z.writeBound()) == Bound.FRONTEND;
  }
}
