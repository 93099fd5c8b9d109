package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/**
 * An HDD-based cloud object store described top-down, per unit of usable capacity, because its
 * internals are not public: throughput per 100 PB, racks per EB and power per rack. The durability
 * model needs an assumed layout: drive size and AFR, drives per enclosure (shelf), the erasure
 * code (data and parity fragments, how many losses it survives, how many fragments a repair
 * reads) and the enclosure failure rate.
 */
public record CloudObjectModel(
    String id,
    String name,
    double readBytesPerSecPer100PB,
    double writeBytesPerSecPer100PB,
    double racksPerExabyte,
    int rackUnitsPerRack,
    double powerPerRackWatts,
    Map<String, Figure> figures,
    double driveBytes,
    double driveAfr,
    int drivesPerEnclosure,
    double enclosureAfr,
    int dataFragments,
    int parityFragments,
    int failuresTolerated,
    int repairReads) implements Item {}
