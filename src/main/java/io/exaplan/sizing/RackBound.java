package io.exaplan.sizing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether rack count is set by rack units (space) or by the rack power limit (power). */
public enum RackBound {
  SPACE, POWER;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
