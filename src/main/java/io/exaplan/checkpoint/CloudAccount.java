package io.exaplan.checkpoint;

import io.exaplan.catalog.Item;
import io.exaplan.config.Figure;
import java.util.Map;

/** Default limits of one cloud storage account; copies that exceed them need more accounts. */
public record CloudAccount(String id, String name, double capacityBytes,
    double ingressBytesPerSec, double egressBytesPerSec, Map<String, Figure> figures)
    implements Item {}
