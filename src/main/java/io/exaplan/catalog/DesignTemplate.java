package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/**
 * A named reference design kept in the catalog rather than in code, e.g. the NVIDIA-aligned pod
 * (fixed counts for a GPU count) or a dense variant (C-nodes per enclosure). Counts of 0 mean
 * "derive from the capacity target".
 */
public record DesignTemplate(
    String id,
    String name,
    String dboxModel,
    int dboxes,
    int cnodes,
    double cnodesPerDbox,
    int gpus,
    Map<String, Figure> figures) implements Item {}
