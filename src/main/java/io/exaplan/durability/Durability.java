package io.exaplan.durability;

import java.util.List;

/**
 * What a drive or enclosure failure costs one design: the erasure code and how many concurrent
 * losses it survives, rebuild times, the throughput left to training while a rebuild runs (after
 * the worst single failure the layout rebuilds from: a whole enclosure when it can, else a drive),
 * how much longer a synchronous checkpoint takes then, and the mean time to data loss, annual loss
 * probability and nines, with their sensitivity. SI units, except MTTDL in hours (the contract).
 */
public record Durability(
    String parity,
    int dataStrips,
    int parityStrips,
    int failuresTolerated,
    long drives,
    long enclosures,
    double driveAfr,
    double enclosureAfr,
    double rebuildShare,
    double driveRebuildSeconds,
    Double enclosureRebuildSeconds,
    String degradedDuring,
    double degradedReadBytesPerSec,
    double degradedWriteBytesPerSec,
    double checkpointSlowdown,
    double mttdlHours,
    double annualLossProbability,
    double nines,
    List<Sensitivity> sensitivity,
    List<String> notes) {

  public Durability {
    sensitivity = List.copyOf(sensitivity);
    notes = List.copyOf(notes);
  }
}
