package io.exaplan.cli;

import io.exaplan.config.Dimension;
import io.exaplan.config.InputException;
import io.exaplan.config.Units;
import io.exaplan.design.Scenario;

/**
 * Parses the quantity flags of the checkpoint commands ("5m", "5.68 TB", "100 Gb/s", "5%") into
 * SI values. Every failure is one line naming the flag and what was expected (exit code 2);
 * picocli only sees strings, so its usage dump never hides the message.
 */
final class Flags {
  private Flags() {}

  /** A strictly positive duration: 90s, 5m, 24h, 3d. */
  static double duration(String flag, String text) {
    return positive(flag, text, Dimension.DURATION);
  }

  /** A duration that may be zero (a restart that costs nothing). */
  static double durationOrZero(String flag, String text) {
    double v = parse(flag, text, Dimension.DURATION);
    if (!(v >= 0)) {
      throw new InputException(flag + ": must be zero or more, got '" + text + "'; expected "
          + Dimension.DURATION.describe());
    }
    return v;
  }

  /** A strictly positive size; a bare number is a count of bytes. */
  static double bytes(String flag, String text) {
    String t = text == null ? null : text.trim();
    if (t != null && t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
      t = t + " B";
    }
    return positive(flag, t, Dimension.BYTES, text);
  }

  /** A strictly positive byte or bit rate: 60 GB/s, 100 Gb/s, 400 Gbps. */
  static double rate(String flag, String text) {
    return positive(flag, text, Dimension.BYTE_RATE);
  }

  /** A fraction in (0, 1]: 0.05 or 5%. */
  static double fraction(String flag, String text) {
    double v = parse(flag, text, Dimension.NUMBER);
    if (!(v > 0 && v <= 1)) {
      throw new InputException(flag + ": must be a fraction in (0, 1] such as 0.05 or 5%, got '"
          + text + "'");
    }
    return v;
  }

  /** The checkpoint stall fraction, in the scenario key's range (Scenario.MIN_STALL_FRACTION to 1). */
  static double stallFraction(String flag, String text) {
    double v = parse(flag, text, Dimension.NUMBER);
    if (!Scenario.legalStallFraction(v)) {
      throw new InputException(flag + ": must be " + Scenario.STALL_FRACTION_RANGE + " such as "
          + "0.05 or 5%, got '" + text + "'");
    }
    return v;
  }

  /** A strictly positive number (bytes per parameter). */
  static double number(String flag, String text) {
    return positive(flag, text, Dimension.NUMBER);
  }

  /**
   * The largest count any count flag takes (shards, copies, checkpoints kept, vCPUs, jobs,
   * replications, parallel degrees): the same bound as the scenario's and catalog's counts, and
   * far below where an int would wrap.
   */
  static final long MAX_COUNT = 1_000_000;

  /** A whole number from {@code min} to {@link #MAX_COUNT}. */
  static long whole(String flag, long value, long min) {
    return whole(flag, value, min, MAX_COUNT);
  }

  /**
   * A whole number from {@code min} to {@code max}, refused in the words a scenario or catalog
   * key's count is ({@link io.exaplan.config.Fields#count}): one message for flag and key.
   */
  static long whole(String flag, long value, long min, long max) {
    if (value < min || value > max) {
      throw new InputException(flag + ": must be from " + min + " to " + max + ", got " + value);
    }
    return value;
  }

  /**
   * A rack power limit given by {@code flag} in kW ("15"; or with a unit, "15000 W"), checked
   * as the scenario's rackPowerLimit key is (one range, one message); in watts.
   */
  static double rackWatts(String flag, String kw) {
    return io.exaplan.design.Scenario.rackPowerLimit(kilowatts(kw),
        io.exaplan.config.Location.flag(flag));
  }

  /**
   * A --rack-kw value as the scenario key rackPowerLimit is written: a bare number is kW
   * ("15" is "15 kW"), a value with a unit is kept ("15000 W"); null stays null.
   */
  static String kilowatts(String text) {
    return Units.orIn(text, "kW");
  }

  /** A fleet or job size in GPUs: from 1 to the scenario's own limit. */
  static long gpus(String flag, Long value, long fallback) {
    return value == null ? fallback
        : whole(flag, value, 1, io.exaplan.design.Scenario.MAX_GPUS);
  }

  private static double positive(String flag, String text, Dimension d) {
    return positive(flag, text, d, text);
  }

  private static double positive(String flag, String text, Dimension d, String asWritten) {
    double v = parse(flag, text, d);
    if (!(v > 0)) {
      throw new InputException(flag + ": must be greater than zero, got '" + asWritten
          + "'; expected " + d.describe());
    }
    return v;
  }

  private static double parse(String flag, String text, Dimension d) {
    try {
      return Units.parse(text, d);
    } catch (IllegalArgumentException e) {
      throw new InputException(flag + ": " + e.getMessage());
    }
  }

  /**
   * {@code e} with each problem that starts with a field of {@code flags} ("dboxes: ...")
   * starting with the flag that set it instead ("--dboxes: ..."), so a flag error names the flag.
   */
  static InputException named(InputException e, java.util.Map<String, String> flags) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String p : e.problems()) {
      String renamed = p;
      for (java.util.Map.Entry<String, String> f : flags.entrySet()) {
        if (p.startsWith(f.getKey() + ": ")) {
          renamed = f.getValue() + p.substring(f.getKey().length());
          break;
        }
      }
      out.add(renamed);
    }
    return new InputException(out);
  }
}
