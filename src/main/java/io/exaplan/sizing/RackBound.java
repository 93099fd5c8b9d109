package io.exaplan.sizing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Which lower bound on racks is largest: rack units (space), the rack power limit (power), or
 * whole devices per rack (packing: the configuration bound of the layout engine, when it exceeds
 * both).
 */
public enum RackBound {
  SPACE, POWER, PACKING;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
