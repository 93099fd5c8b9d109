package io.exaplan.optimize;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.CapacityModel;
import io.exaplan.catalog.DBoxModel;
import java.util.function.IntPredicate;

/**
 * The two halves of the throughput bound that {@link io.exaplan.sizing.SizingEngine} takes the
 * minimum of: what the C-nodes alone allow (front-end, and their ports at half rate) and what the
 * enclosures alone allow (media, and their ports). The engine's read is
 * min(front-end, media, min(C-node ports / 2, D-box ports)) = min(cnodeSide(k), dboxSide(n)), and
 * likewise for writes, so a target is met exactly when both halves meet it. The expressions below
 * repeat the engine's in the same evaluation order; SidesTest proves the results are bit-identical
 * to the engine's over random designs.
 */
final class Sides {
  private Sides() {}

  /** Read that {@code k} C-nodes allow, whatever the enclosures: min(k x read, k x ports / 2). */
  static double cnodeRead(CNodeModel c, int k) {
    return Math.min(k * c.readBytesPerSec(), cnodeNic(c, k));
  }

  /** Write that {@code k} C-nodes allow: min(k x write, k x ports / 2). */
  static double cnodeWrite(CNodeModel c, int k) {
    return Math.min(k * c.writeBytesPerSec(), cnodeNic(c, k));
  }

  /** Read that {@code n} enclosures allow: min(n x media read, n x ports). */
  static double dboxRead(DBoxModel b, int n) {
    return Math.min(n * b.readBytesPerSec(), dboxNic(b, n));
  }

  /** Write that {@code n} enclosures allow: min(n x media write, n x ports) x stripe efficiency. */
  static double dboxWrite(DBoxModel b, int n, CapacityModel cap) {
    double e = stripeEfficiency(cap, (long) n * b.drives());
    return Math.min(n * b.writeBytesPerSec() * e, dboxNic(b, n) * e);
  }

  private static double cnodeNic(CNodeModel c, int k) {
    return k * c.ports() * c.portBytesPerSec() / 2;
  }

  private static double dboxNic(DBoxModel b, int n) {
    return n * b.ports() * b.portBytesPerSec();
  }

  /** data / (data + parity), the stripe as wide as {@code drives} allow (docs/model.md). */
  static double stripeEfficiency(CapacityModel cap, long drives) {
    long data = Math.max(cap.minDataStrips(),
        Math.min(cap.maxDataStrips(), drives - cap.parityStrips()));
    return (double) data / (data + cap.parityStrips());
  }

  /**
   * The least x in [lo, hi] for which {@code p} holds, or -1 when it holds nowhere there. {@code p}
   * must be monotone (false ... false true ... true), which every caller's predicate is.
   */
  static int least(int lo, int hi, IntPredicate p) {
    if (lo > hi || !p.test(hi)) {
      return -1;
    }
    int a = lo;
    int b = hi;
    while (a < b) {
      int mid = a + (b - a) / 2;
      if (p.test(mid)) {
        b = mid;
      } else {
        a = mid + 1;
      }
    }
    return a;
  }
}
