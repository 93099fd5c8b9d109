package io.exaplan.checkpoint;

import java.util.List;
import java.util.TreeSet;

/**
 * Checkpoint cadence to storage bandwidth. A synchronous checkpoint stalls training while it is
 * written, so the whole checkpoint must land within the allowed stall:
 * {@code bytes / (stall fraction x interval)}. An asynchronous checkpoint is copied to node-local
 * NVMe (a short stall) and drained while training goes on; the drain must finish before the next
 * one, so {@code bytes / interval} is the floor, and local NVMe holds two checkpoints (the one
 * draining and the one being staged).
 */
public final class Cadence {
  private Cadence() {}

  /** A row of the "required write vs cadence" chart. */
  public record Row(double intervalSeconds, double syncWriteBytesPerSec,
      double asyncFloorBytesPerSec) {}

  public static double syncWriteBytesPerSec(double bytes, double intervalSeconds,
      double stallFraction) {
    return bytes / (stallFraction * intervalSeconds);
  }

  public static double asyncFloorBytesPerSec(double bytes, double intervalSeconds) {
    return bytes / intervalSeconds;
  }

  /** Double buffering: one checkpoint draining, the next being staged. */
  public static double asyncLocalNvmeBytes(double bytes) {
    return 2 * bytes;
  }

  /** Required write at each interval, shortest first, duplicates removed. */
  public static List<Row> table(double bytes, double stallFraction, List<Double> intervals) {
    return new TreeSet<>(intervals).stream().map(i -> new Row(i,
        syncWriteBytesPerSec(bytes, i, stallFraction), asyncFloorBytesPerSec(bytes, i))).toList();
  }
}
