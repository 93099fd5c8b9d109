package io.exaplan.optimize;

import java.util.List;

/**
 * The answer of {@code sensitivity}: one option's racks, power, capacity and throughput with each
 * assumption moved down and up by {@code swing}, rows sorted by how far racks move, then power.
 */
public record Tornado(String option, double swing, Outcome base, List<Row> rows,
    List<String> notes, List<String> assumptions) {

  public Tornado {
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    assumptions = List.copyOf(assumptions);
  }

  /** What one variant of the option comes to; {@code design} names its counts and models. */
  public record Outcome(String design, int racks, double powerWatts, double usableBytes,
      double readBytesPerSec, double writeBytesPerSec) {}

  /**
   * One assumption at factor {@code lowFactor} and {@code highFactor}. A side is null, with the
   * reason in {@code note}, when the variant has no answer (e.g. no design meets the targets).
   */
  public record Row(String parameter, String description, double lowFactor, double highFactor,
      Outcome low, Outcome high, Integer racksDeltaLow, Integer racksDeltaHigh,
      Double powerWattsDeltaLow, Double powerWattsDeltaHigh, String note) {}
}
