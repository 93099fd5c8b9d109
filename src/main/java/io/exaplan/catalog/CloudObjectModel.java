package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/**
 * An HDD-based cloud object store described top-down, per unit of usable capacity, because its
 * internals are not public: throughput per 100 PB, racks per EB and power per rack.
 */
public record CloudObjectModel(
    String id,
    String name,
    double readBytesPerSecPer100PB,
    double writeBytesPerSecPer100PB,
    double racksPerExabyte,
    int rackUnitsPerRack,
    double powerPerRackWatts,
    Map<String, Figure> figures) implements Item {}
