package io.exaplan.optimize;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the search minimises first; the other quantities break ties (see {@link Goal}). */
public enum Objective {
  /** Racks, then kW, then rack units: the customer's "fewest racks, fewest megawatts". */
  RACKS,
  /** kW on the scenario's power basis, then racks, then rack units. */
  KW,
  /** Rack units (floor space when racks are not full), then racks, then kW. */
  RU,
  /** A weighted sum of racks, kW and rack units, then racks, then kW. */
  WEIGHTED;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "kw" to KW; null when unknown. */
  public static Objective parse(String s) {
    for (Objective o : values()) {
      if (o.key().equals(s)) {
        return o;
      }
    }
    return null;
  }
}
