package io.exaplan.checkpoint;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether training waits for the shared storage to absorb a checkpoint. */
public enum CheckpointMode {
  /** Training stalls until the checkpoint is on shared storage. */
  SYNC,
  /** Staged on node-local NVMe, drained to shared storage while training goes on. */
  ASYNC;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "sync" or "async"; null for anything else. */
  public static CheckpointMode parse(String text) {
    for (CheckpointMode m : values()) {
      if (m.key().equals(text)) {
        return m;
      }
    }
    return null;
  }
}
