package io.exaplan.checkpoint;

import io.exaplan.catalog.Item;
import io.exaplan.config.Figure;
import java.util.Map;

/**
 * One kind of training state saved per parameter (bf16 weights, fp32 master, an Adam moment), and
 * how parallelism splits it ({@link Sharding}: weights or optimizer state).
 */
public record StateComponent(String id, String name, double bytesPerParam, Sharding sharding,
    Map<String, Figure> figures) implements Item {}
