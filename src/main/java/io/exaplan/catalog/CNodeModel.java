package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/**
 * A stateless front-end server. It terminates client protocols and erasure-codes writes, so the
 * C-node count bounds front-end throughput (writes above all).
 */
public record CNodeModel(
    String id,
    String name,
    int rackUnits,
    double readBytesPerSec,
    double writeBytesPerSec,
    double powerTypicalWatts,
    double powerMaxWatts,
    int ports,
    double portBytesPerSec,
    boolean certified,
    Map<String, Figure> figures) implements Item {}
