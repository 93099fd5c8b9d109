package io.exaplan.sizing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Which draw is packed against the rack power limit: typical (what the meeting used) or max
 * (nameplate, what a facilities team provisions breakers for).
 */
public enum PowerBasis {
  TYPICAL, MAX;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "typical" or "max"; null when neither. */
  public static PowerBasis parse(String s) {
    for (PowerBasis b : values()) {
      if (b.key().equals(s)) {
        return b;
      }
    }
    return null;
  }
}
