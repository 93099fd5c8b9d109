package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/**
 * A storage enclosure (1U D-box or dense 2U enclosure). Its media throughput is what C-nodes
 * cannot exceed however many are added. {@code driveAfr} and {@code enclosureAfr} are annual
 * failure rates (failures per drive-year, per enclosure-year) for the durability model; a catalog
 * entry without them takes the defaults of the durability section.
 */
public record DBoxModel(
    String id,
    String name,
    int rackUnits,
    int drives,
    double driveBytes,
    double readBytesPerSec,
    double writeBytesPerSec,
    double powerTypicalWatts,
    double powerMaxWatts,
    int ports,
    double portBytesPerSec,
    boolean certified,
    Map<String, Figure> figures,
    double driveAfr,
    double enclosureAfr) implements Item {

  /** Raw capacity: drives x drive size. */
  public double rawBytes() {
    return drives * driveBytes;
  }
}
