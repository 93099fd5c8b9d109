package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/**
 * Erasure coding and reserve. A stripe has {@code parityStrips} parity strips and as many data
 * strips as the cluster's drives allow, between {@code minDataStrips} and {@code maxDataStrips};
 * a {@code reserveFraction} of raw capacity is set aside at install.
 */
public record CapacityModel(
    String id,
    int parityStrips,
    int minDataStrips,
    int maxDataStrips,
    double reserveFraction,
    Map<String, Figure> figures) implements Item {}
