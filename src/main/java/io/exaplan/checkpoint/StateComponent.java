package io.exaplan.checkpoint;

import io.exaplan.catalog.Item;
import io.exaplan.config.Figure;
import java.util.Map;

/** One kind of training state saved per parameter (bf16 weights, fp32 master, an Adam moment). */
public record StateComponent(String id, String name, double bytesPerParam,
    Map<String, Figure> figures) implements Item {}
