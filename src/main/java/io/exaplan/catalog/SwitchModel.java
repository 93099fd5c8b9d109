package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/** An Ethernet switch used as leaf or spine of the storage fabric. */
public record SwitchModel(
    String id,
    String name,
    int rackUnits,
    int ports,
    double portBytesPerSec,
    double powerTypicalWatts,
    double powerMaxWatts,
    Map<String, Figure> figures) implements Item {}
