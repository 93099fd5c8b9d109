package io.exaplan.sizing;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.CapacityModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.FabricModel;
import io.exaplan.catalog.SwitchModel;

/**
 * Sizes a {@link Design}: pure arithmetic, no I/O, no allocation beyond the result. Every formula
 * is stated in docs/model.md; the section names are repeated here.
 */
public final class SizingEngine {
  private SizingEngine() {}

  public static Sizing size(Design d) {
    DBoxModel box = d.dbox();
    CNodeModel cn = d.cnode();
    CapacityModel cap = d.capacity();

    // Usable capacity: the stripe is as wide as the cluster's drives and the failure-domain rule
    // allow (small-cluster curve).
    int data = dataStrips(cap, box, d.dboxes());
    double ecEff = (double) data / (data + cap.parityStrips());
    double usableRatio = ecEff - cap.reserveFraction();
    double raw = d.dboxes() * box.rawBytes();
    double usable = raw * usableRatio;

    // Throughput: min(front-end, media, network). Writes land on media with parity, so media
    // and D-box ports carry data/(data+parity) user bytes per byte. Each byte crosses a C-node
    // NIC twice (D-box side and client side), so C-nodes give half their port bandwidth.
    double cnodeNic = d.cnodes() * cn.ports() * cn.portBytesPerSec() / 2;
    double dboxNic = d.dboxes() * box.ports() * box.portBytesPerSec();
    double feRead = d.cnodes() * cn.readBytesPerSec();
    double mdRead = d.dboxes() * box.readBytesPerSec();
    double nwRead = Math.min(cnodeNic, dboxNic);
    double feWrite = d.cnodes() * cn.writeBytesPerSec();
    double mdWrite = d.dboxes() * box.writeBytesPerSec() * ecEff;
    double nwWrite = Math.min(cnodeNic, dboxNic * ecEff);

    // Switches: leaves carry every device port (breakout by bandwidth), spines the leaves' uplinks.
    SwitchModel sw = d.switchModel();
    FabricModel fab = d.fabric();
    double endpointBw = d.cnodes() * cn.ports() * cn.portBytesPerSec()
        + d.dboxes() * box.ports() * box.portBytesPerSec();
    long portDemand = (long) Math.ceil(endpointBw / sw.portBytesPerSec() - 1e-9);
    int downPerLeaf = fab.downlinksPerLeaf(sw);
    long leafCount = Math.max(fab.minSwitches(), ceilDiv(portDemand, downPerLeaf));
    if (leafCount > Design.MAX_COUNT) {
      throw new io.exaplan.config.InputException("switch: " + sw.id() + " would need "
          + leafCount + " leaves for " + portDemand + " ports of device bandwidth; expected a "
          + "switch with more or faster ports for this design");
    }
    int leaves = (int) leafCount;
    int spines = leaves <= fab.minSwitches() ? 0
        : (int) ceilDiv((long) leaves * (sw.ports() - downPerLeaf), sw.ports());
    int switches = leaves + spines;

    // Rack units and power.
    int nodeRu = d.cnodes() * cn.rackUnits() + d.dboxes() * box.rackUnits();
    int switchRu = switches * sw.rackUnits();
    double cnW = d.watts(cn.powerTypicalWatts(), cn.powerMaxWatts());
    double boxW = d.watts(box.powerTypicalWatts(), box.powerMaxWatts());
    double swW = d.watts(sw.powerTypicalWatts(), sw.powerMaxWatts());
    double typical = d.cnodes() * cn.powerTypicalWatts() + d.dboxes() * box.powerTypicalWatts()
        + switches * sw.powerTypicalWatts();
    double max = d.cnodes() * cn.powerMaxWatts() + d.dboxes() * box.powerMaxWatts()
        + switches * sw.powerMaxWatts();
    double packed = d.cnodes() * cnW + d.dboxes() * boxW + switches * swW;

    // Racks: the larger of the space and power bounds, then the fewest racks over which an even
    // spread of every device type respects both limits in every rack.
    int usableU = d.rack().usableUnits();
    double limit = d.rackPowerLimitWatts();
    long spaceBound = ceilDiv(nodeRu + switchRu, usableU);
    long powerBound = (long) Math.ceil(packed / limit - 1e-9);
    int racks = (int) Math.max(1, Math.max(spaceBound, powerBound));
    int[] counts = {d.dboxes(), d.cnodes(), switches};
    int[] units = {box.rackUnits(), cn.rackUnits(), sw.rackUnits()};
    double[] watts = {boxW, cnW, swW};
    while (!spreadFits(racks, counts, units, watts, usableU, limit)) {
      racks++;
    }
    RackBound rackBound = powerBound > spaceBound ? RackBound.POWER : RackBound.SPACE;

    return new Sizing(d, data, usableRatio, raw, usable,
        feRead, mdRead, nwRead, Math.min(feRead, Math.min(mdRead, nwRead)),
        Bound.tightest(feRead, mdRead, nwRead),
        feWrite, mdWrite, nwWrite, Math.min(feWrite, Math.min(mdWrite, nwWrite)),
        Bound.tightest(feWrite, mdWrite, nwWrite),
        leaves, spines, nodeRu, switchRu, spaceBound, powerBound, racks, rackBound, typical, max);
  }

  /** Usable/raw once the cluster is wide enough for the widest stripe. */
  public static double usableRatioAtScale(CapacityModel cap) {
    return (double) cap.maxDataStrips() / (cap.maxDataStrips() + cap.parityStrips())
        - cap.reserveFraction();
  }

  /**
   * Enclosures {@code target} needs at the at-scale usable/raw, as a fraction: the estimate that
   * {@link #dboxesFor} starts from and reports quote ("209.1 needed at scale").
   */
  public static double dboxesAtScale(double target, DBoxModel box, CapacityModel cap) {
    return target / (box.rawBytes() * usableRatioAtScale(cap));
  }

  /** Usable bytes of {@code n} enclosures, small-cluster curve included. */
  public static double usableBytes(DBoxModel box, int n, CapacityModel cap) {
    int data = dataStrips(cap, box, n);
    return n * box.rawBytes() * ((double) data / (data + cap.parityStrips())
        - cap.reserveFraction());
  }

  /**
   * The fewest enclosures whose usable capacity reaches {@code target}. Usable capacity grows
   * with n (more boxes, and a stripe at least as wide), so a step from the at-scale estimate
   * finds it.
   */
  public static int dboxesFor(double target, DBoxModel box, CapacityModel cap) {
    long n = Math.max(1, (long) Math.ceil(dboxesAtScale(target, box, cap)));
    int narrowest = cap.minDataStrips() + cap.parityStrips();
    n = Math.max(n, ceilDiv(narrowest, box.drives()));
    if (n > Design.MAX_COUNT) {
      throw new io.exaplan.config.InputException("targetUsable: " + io.exaplan.config.Units.human(
          target, io.exaplan.config.Dimension.BYTES) + " needs more than " + Design.MAX_COUNT
          + " x " + box.id());
    }
    while (usableBytes(box, (int) n, cap) < target) {
      n++;
    }
    while (n > 1 && (n - 1) * box.drives() >= narrowest
        && usableBytes(box, (int) n - 1, cap) >= target) {
      n--;
    }
    return (int) n;
  }

  /**
   * Data strips per stripe: all drives but the parity ones; under the enclosure rule also at most
   * parity x (enclosures - 1), so no enclosure holds more strips of a stripe than the parity
   * covers; clamped to [min, max] (docs/model.md, "Erasure coding and failure domains").
   */
  public static int dataStrips(CapacityModel cap, DBoxModel box, int enclosures) {
    long data = (long) enclosures * box.drives() - cap.parityStrips();
    if ("enclosure".equals(cap.failureDomain())) {
      data = Math.min(data, (long) cap.parityStrips() * (enclosures - 1));
    }
    return (int) Math.max(cap.minDataStrips(), Math.min(cap.maxDataStrips(), data));
  }

  /**
   * True when spreading each device type evenly over {@code racks} racks fits every rack. Type t
   * puts floor(n/R) in every rack and one more in the next n mod R racks (a cyclic window),
   * starting where the previous type's window ended, so extras never pile up in the same racks.
   * A rack's load only rises where a window starts, so the heaviest rack is rack 0 or a window
   * start: checking those few racks costs O(types^2), whatever the rack count.
   */
  static boolean spreadFits(int racks, int[] counts, int[] units, double[] watts, int usableU,
      double limit) {
    int types = counts.length;
    int[] starts = new int[types];
    int start = 0;
    for (int t = 0; t < types; t++) {
      starts[t] = start;
      start = (start + counts[t] % racks) % racks;
    }
    for (int c = -1; c < types; c++) {
      int rack = c < 0 ? 0 : starts[c];
      int u = 0;
      double w = 0;
      for (int t = 0; t < types; t++) {
        int n = share(rack, racks, counts[t], starts[t]);
        u += n * units[t];
        w += n * watts[t];
      }
      if (u > usableU || w > limit + 1e-6) {
        return false;
      }
    }
    return true;
  }

  /**
   * The even spread that {@link #size} proved fits its rack count, for drawing and placement:
   * {@code [rack][type]} device counts, types in the order D-boxes, C-nodes, switches. Every rack
   * is within its usable U and power limit on the design's power basis.
   */
  public static int[][] spread(Sizing z) {
    Design d = z.design();
    int racks = z.racks();
    int[] counts = {d.dboxes(), d.cnodes(), z.switches()};
    int[][] out = new int[racks][counts.length];
    for (int r = 0; r < racks; r++) {
      int start = 0;
      for (int t = 0; t < counts.length; t++) {
        out[r][t] = share(r, racks, counts[t], start);
        start = (start + counts[t] % racks) % racks;
      }
    }
    return out;
  }

  /**
   * Devices of a type with {@code count} devices in rack {@code r} of {@code racks}: floor(n/R)
   * everywhere, one more in the n mod R racks from {@code start} on (wrapping).
   */
  private static int share(int r, int racks, int count, int start) {
    int extra = count % racks;
    return count / racks + (Math.floorMod(r - start, racks) < extra ? 1 : 0);
  }

  static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
