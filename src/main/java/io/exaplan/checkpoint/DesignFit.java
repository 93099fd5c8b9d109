package io.exaplan.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Whether a storage design catches the checkpoints at a cadence. Synchronous: it must absorb a
 * checkpoint within the allowed stall, {@code write rate >= bytes / (stall x interval)}, and the
 * stall is the write time. Asynchronous: the drain must finish within the interval,
 * {@code write rate >= bytes / interval}; training does not wait on the shared storage.
 */
public final class DesignFit {
  private DesignFit() {}

  /** A design's sustained write rate, as {@code compare} computes it. */
  public record DesignRate(String option, double writeBytesPerSec) {}

  /**
   * One design at one cadence.
   *
   * @param stallSeconds the stall on shared storage per checkpoint; null when asynchronous
   * @param busyFraction write time / interval: the stall fraction when synchronous, the share of
   *     the interval the drain takes when asynchronous
   * @param minIntervalSeconds the shortest interval (highest cadence) the design supports
   */
  public record Row(String option, double intervalSeconds, double requiredWriteBytesPerSec,
      double writeBytesPerSec, double writeSeconds, Double stallSeconds, double busyFraction,
      boolean meets, double minIntervalSeconds) {}

  /** Every design at every cadence, designs in the order given, cadences shortest first. */
  public static List<Row> rows(double bytes, List<Double> intervals, double stallFraction,
      CheckpointMode mode, List<DesignRate> designs) {
    List<Row> out = new ArrayList<>();
    for (DesignRate d : designs) {
      for (double interval : new TreeSet<>(intervals)) {
        out.add(row(bytes, interval, stallFraction, mode, d));
      }
    }
    return out;
  }

  static Row row(double bytes, double interval, double stall, CheckpointMode mode,
      DesignRate d) {
    boolean sync = mode == CheckpointMode.SYNC;
    double required = sync ? Cadence.syncWriteBytesPerSec(bytes, interval, stall)
        : Cadence.asyncFloorBytesPerSec(bytes, interval);
    double write = bytes / d.writeBytesPerSec();
    double minInterval = sync ? bytes / (stall * d.writeBytesPerSec()) : write;
    return new Row(d.option(), interval, required, d.writeBytesPerSec(), write,
        sync ? write : null, write / interval, d.writeBytesPerSec() >= required, minInterval);
  }
}
