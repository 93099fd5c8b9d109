package io.exaplan.sizing;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.CapacityModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.FabricModel;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.config.Dimension;
import io.exaplan.config.InputException;
import io.exaplan.config.Units;
import io.exaplan.packing.RackCount;
import io.exaplan.packing.RackPacker;
import io.exaplan.packing.RackShape;

/**
 * Sizes a {@link Design}: pure arithmetic and no I/O, so the same design always gives the same
 * {@link Sizing}. {@link #size} runs four steps, each a function of the design (and of the steps
 * before it) stated in docs/model.md under the section its comment names: usable capacity
 * ({@link #capacity}), throughput as min(front-end, media, network) per direction ({@link
 * #read}, {@link #write}), the leaf/spine fabric ({@link #fabric}), and rack units, power and
 * racks; the rack count comes from the packing engine ({@link RackPacker#count}, which remembers
 * its answers per thread and canonical shape).
 */
public final class SizingEngine {
  private SizingEngine() {}

  /** The stripe, its efficiency and the bytes it leaves usable. */
  private record Capacity(int dataStrips, double ecEff, double usableRatio, double raw,
      double usable) {}

  /** One direction's three bounds, in user bytes per second. */
  private record Bounds(double frontEnd, double media, double network) {
    double value() {
      return Math.min(frontEnd, Math.min(media, network));
    }

    Bound tightest() {
      return Bound.tightest(frontEnd, media, network);
    }
  }

  /** Leaf and spine switch counts. */
  private record Fabric(int leaves, int spines) {
    int switches() {
      return leaves + spines;
    }
  }

  public static Sizing size(Design d) {
    Capacity c = capacity(d);
    Bounds read = read(d);
    Bounds write = write(d, c.ecEff());
    Fabric f = fabric(d);
    int switches = f.switches();
    CNodeModel cn = d.cnode();
    DBoxModel box = d.dbox();
    SwitchModel sw = d.switchModel();

    // Rack units and power.
    int nodeRu = d.cnodes() * cn.rackUnits() + d.dboxes() * box.rackUnits();
    int switchRu = switches * sw.rackUnits();
    double typical = d.cnodes() * cn.powerTypicalWatts() + d.dboxes() * box.powerTypicalWatts()
        + switches * sw.powerTypicalWatts();
    double max = d.cnodes() * cn.powerMaxWatts() + d.dboxes() * box.powerMaxWatts()
        + switches * sw.powerMaxWatts();

    // Racks: the packing engine's fewest racks for whole devices, with its lower bounds.
    RackCount rc = RackPacker.count(shape(d), d.dboxes(), d.cnodes(), switches);
    long spaceBound = rc.spaceBound();
    long powerBound = rc.powerBound();
    RackBound rackBound = rc.packingBound() > Math.max(spaceBound, powerBound) ? RackBound.PACKING
        : powerBound > spaceBound ? RackBound.POWER : RackBound.SPACE;

    return new Sizing(d, c.dataStrips(), c.usableRatio(), c.raw(), c.usable(),
        read.frontEnd(), read.media(), read.network(), read.value(), read.tightest(),
        write.frontEnd(), write.media(), write.network(), write.value(), write.tightest(),
        f.leaves(), f.spines(), nodeRu, switchRu, spaceBound, powerBound, rc.racks(), rackBound,
        typical, max, rc);
  }

  /**
   * Usable capacity: the stripe is as wide as the cluster's drives and the failure-domain rule
   * allow (small-cluster curve).
   */
  private static Capacity capacity(Design d) {
    CapacityModel cap = d.capacity();
    int data = dataStrips(cap, d.dbox(), d.dboxes());
    double ecEff = (double) data / (data + cap.parityStrips());
    double usableRatio = ecEff - cap.reserveFraction();
    double raw = d.dboxes() * d.dbox().rawBytes();
    return new Capacity(data, ecEff, usableRatio, raw, raw * usableRatio);
  }

  /**
   * Read throughput: min(front-end, media, network). Each byte crosses a C-node NIC twice (D-box
   * side and client side), so C-nodes give half their port bandwidth.
   */
  private static Bounds read(Design d) {
    return new Bounds(d.cnodes() * d.cnode().readBytesPerSec(),
        d.dboxes() * d.dbox().readBytesPerSec(), Math.min(cnodeNic(d), dboxNic(d)));
  }

  /**
   * Write throughput: as {@link #read}, but writes land on media with parity, so media and D-box
   * ports carry {@code ecEff} = data/(data+parity) user bytes per byte.
   */
  private static Bounds write(Design d, double ecEff) {
    return new Bounds(d.cnodes() * d.cnode().writeBytesPerSec(),
        d.dboxes() * d.dbox().writeBytesPerSec() * ecEff,
        Math.min(cnodeNic(d), dboxNic(d) * ecEff));
  }

  /** Half the C-nodes' port bandwidth: a byte crosses a C-node NIC twice. */
  private static double cnodeNic(Design d) {
    return d.cnodes() * d.cnode().ports() * d.cnode().portBytesPerSec() / 2;
  }

  /** The enclosures' port bandwidth. */
  private static double dboxNic(Design d) {
    return d.dboxes() * d.dbox().ports() * d.dbox().portBytesPerSec();
  }

  /**
   * Switches: leaves carry every device port (breakout by bandwidth), spines the leaves'
   * uplinks.
   */
  private static Fabric fabric(Design d) {
    CNodeModel cn = d.cnode();
    DBoxModel box = d.dbox();
    SwitchModel sw = d.switchModel();
    FabricModel fab = d.fabric();
    double endpointBw = d.cnodes() * cn.ports() * cn.portBytesPerSec()
        + d.dboxes() * box.ports() * box.portBytesPerSec();
    long portDemand = (long) Math.ceil(endpointBw / sw.portBytesPerSec() - 1e-9);
    int downPerLeaf = fab.downlinksPerLeaf(sw);
    long leafCount = Math.max(fab.minSwitches(), ceilDiv(portDemand, downPerLeaf));
    if (leafCount > Design.MAX_COUNT) {
      throw new InputException("switch: " + sw.id() + " would need "
          + leafCount + " leaves for " + portDemand + " ports of device bandwidth; expected a "
          + "switch with more or faster ports for this design");
    }
    int leaves = (int) leafCount;
    int spines = leaves <= fab.minSwitches() ? 0
        : (int) ceilDiv((long) leaves * (sw.ports() - downPerLeaf), sw.ports());
    return new Fabric(leaves, spines);
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
      throw new InputException("targetUsable: " + Units.human(
          target, Dimension.BYTES) + " needs more than " + Design.MAX_COUNT
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
   * What one rack of {@code d} holds: enclosure, C-node and switch units and draw on the design's
   * power basis, in the rack's usable units and power limit (cached by {@link RackShape#of}).
   */
  public static RackShape shape(Design d) {
    return RackShape.of(
        new int[] {d.dbox().rackUnits(), d.cnode().rackUnits(), d.switchModel().rackUnits()},
        new double[] {d.watts(d.dbox().powerTypicalWatts(), d.dbox().powerMaxWatts()),
            d.watts(d.cnode().powerTypicalWatts(), d.cnode().powerMaxWatts()),
            d.watts(d.switchModel().powerTypicalWatts(), d.switchModel().powerMaxWatts())},
        d.rack().usableUnits(), d.rackPowerLimitWatts(), d.maxDboxesPerRack());
  }

  static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
