package io.exaplan.optimize;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.sizing.Sizing;

/**
 * What a design must meet: usable capacity, read and write throughput, optionally at most
 * {@code maxRacks} racks (a site's floor space) and only NVIDIA-certified parts, and the
 * deployability {@link Floors} (C:D, durability, rebuild).
 */
public record Targets(
    double usableBytes,
    double readBytesPerSec,
    double writeBytesPerSec,
    Integer maxRacks,
    boolean certifiedOnly,
    Floors floors) {

  /** Targets without floors. */
  public Targets(double usableBytes, double readBytesPerSec, double writeBytesPerSec,
      Integer maxRacks, boolean certifiedOnly) {
    this(usableBytes, readBytesPerSec, writeBytesPerSec, maxRacks, certifiedOnly, Floors.NONE);
  }

  public Targets withFloors(Floors f) {
    return new Targets(usableBytes, readBytesPerSec, writeBytesPerSec, maxRacks, certifiedOnly, f);
  }

  public Targets {
    if (!(usableBytes > 0) || !(readBytesPerSec >= 0) || !(writeBytesPerSec >= 0)
        || !Double.isFinite(usableBytes + readBytesPerSec + writeBytesPerSec)) {
      throw new IllegalArgumentException("targets: usable > 0, read and write >= 0, finite");
    }
    if (floors == null) {
      throw new IllegalArgumentException("targets: floors must be given (Floors.NONE for none)");
    }
    if (maxRacks != null && maxRacks < 1) {
      throw new IllegalArgumentException("targets: maxRacks must be at least 1");
    }
  }

  /** Only a capacity target. */
  public static Targets usable(double bytes) {
    return new Targets(bytes, 0, 0, null, false);
  }

  public Targets withThroughput(double read, double write) {
    return new Targets(usableBytes, read, write, maxRacks, certifiedOnly, floors);
  }

  public Targets withUsable(double bytes) {
    return new Targets(bytes, readBytesPerSec, writeBytesPerSec, maxRacks, certifiedOnly, floors);
  }

  public Targets withMaxRacks(Integer racks) {
    return new Targets(usableBytes, readBytesPerSec, writeBytesPerSec, racks, certifiedOnly,
        floors);
  }

  public Targets withCertifiedOnly(boolean only) {
    return new Targets(usableBytes, readBytesPerSec, writeBytesPerSec, maxRacks, only, floors);
  }

  /** The rack cap as a number (no cap: the largest int). */
  int rackCap() {
    return maxRacks == null ? Integer.MAX_VALUE : maxRacks;
  }

  /** True when parts of these models may be used. */
  boolean admits(DBoxModel dbox, CNodeModel cnode) {
    return !certifiedOnly || (dbox.certified() && cnode.certified());
  }

  /** True when the sized design meets every target (floors included). */
  boolean metBy(Sizing z) {
    return z.usableBytes() >= usableBytes && z.readBytesPerSec() >= readBytesPerSec
        && z.writeBytesPerSec() >= writeBytesPerSec && z.racks() <= rackCap()
        && z.design().cnodes() >= floors.minCnodes(z.design().dboxes())
        && floors.rejects(z) == null;
  }

  /** The fewest C-nodes to try with {@code n} enclosures: max(k0, the C:D floor). */
  int kStart(int k0, int n) {
    return Math.max(k0, floors.minCnodes(n));
  }
}
