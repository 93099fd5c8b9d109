package io.exaplan.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a claim holds under every variant, under none, or under some. */
public enum Verdict {
  HOLDS, WRONG, DEPENDS;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
