package io.exaplan.design;

import io.exaplan.durability.Durability;
import io.exaplan.sizing.Bound;
import io.exaplan.sizing.RackBound;
import java.util.List;

/**
 * One design option as every output shows it: the contract of {@code compare} and {@code size}
 * JSON. SI units; null where a figure does not exist for this kind of option (the cloud baseline
 * has no C-nodes, no raw capacity and no per-bound breakdown). {@code durability}: rebuild times,
 * throughput during a rebuild and the probability of losing data (docs/model.md, "Durability and
 * rebuild").
 */
public record Option(
    String id,
    String name,
    String family,
    long gpusServed,
    String dboxModel,
    int dboxes,
    String cnodeModel,
    int cnodes,
    String switchModel,
    int switches,
    int leafSwitches,
    int spineSwitches,
    Double rawBytes,
    double usableBytes,
    Double usableRatio,
    Integer dataStrips,
    Integer parityStrips,
    double readBytesPerSec,
    double writeBytesPerSec,
    Bound readBound,
    Bound writeBound,
    Double frontendReadBytesPerSec,
    Double mediaReadBytesPerSec,
    Double networkReadBytesPerSec,
    Double frontendWriteBytesPerSec,
    Double mediaWriteBytesPerSec,
    Double networkWriteBytesPerSec,
    int nodeRackUnits,
    int switchRackUnits,
    long rackUnits,
    int racks,
    RackBound rackBound,
    long spaceBoundRacks,
    long powerBoundRacks,
    double rackPowerLimitWatts,
    double powerWatts,
    double powerMaxWatts,
    double usableBytesPerRack,
    double readBytesPerSecPerWatt,
    double writeBytesPerSecPerWatt,
    double readBytesPerSecPerGpu,
    double writeBytesPerSecPerGpu,
    boolean certified,
    GuidanceCheck guidance,
    List<String> notes,
    List<String> assumptions,
    Durability durability) {

  public Option {
    notes = List.copyOf(notes);
    assumptions = List.copyOf(assumptions);
  }
}
