package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/**
 * Leaf/spine rules: the share of each leaf's ports that face devices (the rest go up to spines),
 * and the smallest switch count (a redundant pair).
 */
public record FabricModel(
    String id, double leafDownlinkShare, int minSwitches, Map<String, Figure> figures)
    implements Item {

  /** Ports of one leaf that face devices: floor(switch ports x leafDownlinkShare), at least 1. */
  public int downlinksPerLeaf(SwitchModel sw) {
    return Math.max(1, (int) Math.floor(sw.ports() * leafDownlinkShare));
  }
}
