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
 * {@link Sizing}. Capacity, throughput, switches, rack units and power are computed here; the rack
 * count comes from the layout engine ({@link RackPacker#count}, which remembers its answers per
 * thread and canonical shape). Every formula is stated in docs/model.md; the section names are
 * repeated here.
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
      throw new InputException("switch: " + sw.id() + " would need "
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
    double typical = d.cnodes() * cn.powerTypicalWatts() + d.dboxes() * box.powerTypicalWatts()
        + switches * sw.powerTypicalWatts();
    double max = d.cnodes() * cn.powerMaxWatts() + d.dboxes() * box.powerMaxWatts()
        + switches * sw.powerMaxWatts();

    // Racks: the layout engine's fewest racks for whole devices, with its lower bounds.
    RackCount rc = RackPacker.count(shape(d), d.dboxes(), d.cnodes(), switches);
    long spaceBound = rc.spaceBound();
    long powerBound = rc.powerBound();
    int racks = rc.racks();
    RackBound rackBound = rc.packingBound() > Math.max(spaceBound, powerBound) ? RackBound.PACKING
        : powerBound > spaceBound ? RackBound.POWER : RackBound.SPACE;

    return new Sizing(d, data, usableRatio, raw, usable,
        feRead, mdRead, nwRead, Math.min(feRead, Math.min(mdRead, nwRead)),
        Bound.tightest(feRead, mdRead, nwRead),
        feWrite, mdWrite, nwWrite, Math.min(feWrite, Math.min(mdWrite, nwWrite)),
        Bound.tightest(feWrite, mdWrite, nwWrite),
        leaves, spines, nodeRu, switchRu, spaceBound, powerBound, racks, rackBound, typical, max,
        rc);
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
