package io.exaplan.audit;

import io.exaplan.config.Dimension;

/** What a claim can state about a design, with the dimension its expected value is written in. */
public enum Metric {
  USABLE("usable", Dimension.BYTES),
  RAW("raw", Dimension.BYTES),
  READ("read", Dimension.BYTE_RATE),
  WRITE("write", Dimension.BYTE_RATE),
  NODE_RACK_UNITS("nodeRackUnits", Dimension.NUMBER),
  RACK_UNITS("rackUnits", Dimension.NUMBER),
  RACKS("racks", Dimension.NUMBER),
  SWITCHES("switches", Dimension.NUMBER),
  POWER("power", Dimension.POWER),
  /** Fewest enclosures of the design's model that reach the target usable capacity. */
  DBOXES_FOR_TARGET("dboxesForTarget", Dimension.NUMBER),
  /** Racks of the design divided by racks of the versus design. */
  RACKS_RATIO("racksRatio", Dimension.NUMBER),
  /** Typical power of the design divided by that of the versus design. */
  POWER_RATIO("powerRatio", Dimension.NUMBER);

  private final String key;
  private final Dimension dimension;

  Metric(String key, Dimension dimension) {
    this.key = key;
    this.dimension = dimension;
  }

  public String key() {
    return key;
  }

  public Dimension dimension() {
    return dimension;
  }

  public boolean needsVersus() {
    return this == RACKS_RATIO || this == POWER_RATIO;
  }

  public static Metric named(String key) {
    for (Metric m : values()) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    return null;
  }

  public static String legal() {
    StringBuilder sb = new StringBuilder();
    for (Metric m : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(m.key);
    }
    return sb.toString();
  }
}
