package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/** A rack: its height and the units kept free for patch panels and cable management. */
public record RackModel(
    String id, String name, int rackUnits, int reservedUnits, Map<String, Figure> figures)
    implements Item {

  /** Units available to devices. */
  public int usableUnits() {
    return rackUnits - reservedUnits;
  }
}
