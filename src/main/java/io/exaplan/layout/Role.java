package io.exaplan.layout;

import java.util.Locale;

/**
 * What a device does in the rack, which sets where it goes (switches at the top, enclosures at the
 * bottom) and how a drawing colours it. Declared top of rack first.
 */
public enum Role {
  SPINE("Spine switch", "Spine"),
  LEAF("Leaf switch", "Leaf"),
  CNODE("C-node", "C-node"),
  DBOX("Storage enclosure (D-box)", "D-box");

  private final String legend;
  private final String label;

  Role(String legend, String label) {
    this.legend = legend;
    this.label = label;
  }

  /** Stable key, also the CSS class of the device in drawings. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Text of the legend entry. */
  public String legend() {
    return legend;
  }

  /** Short name on a device face: "C-node 12". */
  public String label() {
    return label;
  }
}
