package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/**
 * How one catalog device appears in NetBox: its manufacturer and model as the NetBox device-type
 * library spells them (so an export lands next to the library's types instead of under
 * "Generic"), its part number, the type of its power inlets, and its weight. Kept apart from the
 * sizing models because no sizing figure depends on it. {@code weightKg} is NaN when unknown.
 */
public record NetboxName(
    String id,
    String manufacturer,
    String model,
    String partNumber,
    String inlet,
    double weightKg,
    Map<String, Figure> figures) implements Item {

  /** NetBox's power-port type when the catalog names none. */
  public static final String DEFAULT_INLET = "iec-60320-c14";
}
