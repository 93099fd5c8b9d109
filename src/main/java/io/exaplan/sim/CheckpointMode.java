package io.exaplan.sim;

import java.util.Locale;

/** How a job writes a checkpoint. */
public enum CheckpointMode {
  /** The job stalls until the checkpoint is on the shared storage. */
  SYNC,
  /**
   * The job stalls only while copying to node-local NVMe, then computes while the copy drains to
   * the shared storage; the checkpoint counts (can be restarted from) once drained.
   */
  ASYNC;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "sync" or "async"; null for anything else. */
  public static CheckpointMode parse(String s) {
    for (CheckpointMode m : values()) {
      if (m.key().equals(s)) {
        return m;
      }
    }
    return null;
  }
}
