package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/**
 * A rack: its height and the units kept free for patch panels and cable management; optionally
 * its own weight and footprint ({@code weightKg}, {@code widthMm}, {@code depthMm} figures), which
 * the physical checks use (docs/model.md, "Physical checks per rack").
 */
public record RackModel(
    String id, String name, int rackUnits, int reservedUnits, Map<String, Figure> figures)
    implements Item {

  /** Units available to devices. */
  public int usableUnits() {
    return rackUnits - reservedUnits;
  }

  /** The empty rack's weight; NaN when the catalog gives none. */
  public double weightKg() {
    Figure f = figures.get("weightKg");
    return f == null ? Double.NaN : f.value();
  }

  /** Floor area the rack stands on, width x depth; NaN when the catalog gives no footprint. */
  public double footprintSquareMetres() {
    Figure w = figures.get("widthMm");
    Figure d = figures.get("depthMm");
    return w == null || d == null ? Double.NaN : w.value() / 1e3 * d.value() / 1e3;
  }
}
