package io.exaplan.sizing;

import io.exaplan.packing.RackCount;

/**
 * Everything the engine derives for one {@link Design}, in SI units. Throughputs are user bytes
 * per second; each direction keeps its three bounds so a report can show which one binds.
 */
public record Sizing(
    Design design,
    int dataStrips,
    double usableRatio,
    double rawBytes,
    double usableBytes,
    double frontendReadBytesPerSec,
    double mediaReadBytesPerSec,
    double networkReadBytesPerSec,
    double readBytesPerSec,
    Bound readBound,
    double frontendWriteBytesPerSec,
    double mediaWriteBytesPerSec,
    double networkWriteBytesPerSec,
    double writeBytesPerSec,
    Bound writeBound,
    int leafSwitches,
    int spineSwitches,
    int nodeRackUnits,
    int switchRackUnits,
    long spaceBoundRacks,
    long powerBoundRacks,
    int racks,
    RackBound rackBound,
    double powerTypicalWatts,
    double powerMaxWatts,
    RackCount rackCount) {

  /** The best proven lower bound on racks (space, power, whole-device configurations). */
  public long lowerBoundRacks() {
    return rackCount.lowerBound();
  }

  public int switches() {
    return leafSwitches + spineSwitches;
  }

  public int rackUnits() {
    return nodeRackUnits + switchRackUnits;
  }

  /** Erasure-coding efficiency of the stripe: data / (data + parity). */
  public double stripeEfficiency() {
    return (double) dataStrips / (dataStrips + design.capacity().parityStrips());
  }

  /** Draw on the basis packed against the rack limit. */
  public double packedWatts() {
    return design.powerBasis() == PowerBasis.MAX ? powerMaxWatts : powerTypicalWatts;
  }
}
