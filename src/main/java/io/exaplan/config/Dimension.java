package io.exaplan.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The physical kind of a quantity and the units a user may write it in. Values are stored in SI
 * base units (bytes, bytes per second, watts, seconds). Decimal prefixes unless the unit says
 * otherwise (1 PB = 10^15 B, 1 PiB = 2^50 B); bit rates are divided by 8.
 */
public enum Dimension {
  BYTES("a size", "61.44 TB", units(
      "B", 1, "kB", 1e3, "KB", 1e3, "MB", 1e6, "GB", 1e9, "TB", 1e12, "PB", 1e15, "EB", 1e18,
      "KiB", 0x1p10, "MiB", 0x1p20, "GiB", 0x1p30, "TiB", 0x1p40, "PiB", 0x1p50, "EiB", 0x1p60)),
  BYTE_RATE("a rate", "60 GB/s", units(
      "B/s", 1, "kB/s", 1e3, "MB/s", 1e6, "GB/s", 1e9, "TB/s", 1e12, "PB/s", 1e15,
      "MiB/s", 0x1p20, "GiB/s", 0x1p30, "TiB/s", 0x1p40,
      "b/s", 1 / 8.0, "kb/s", 1e3 / 8, "Mb/s", 1e6 / 8, "Gb/s", 1e9 / 8, "Tb/s", 1e12 / 8,
      "bps", 1 / 8.0, "kbps", 1e3 / 8, "Mbps", 1e6 / 8, "Gbps", 1e9 / 8, "Tbps", 1e12 / 8)),
  POWER("a power", "550 W", units("W", 1, "kW", 1e3, "MW", 1e6)),
  DURATION("a duration", "90s", units(
      "s", 1, "m", 60, "min", 60, "h", 3600, "d", 86400)),
  /** A load per floor area (floor loading), stored in pascals: 12 kPa = 1,224 kg/m2 under gravity. */
  PRESSURE("a floor loading", "12 kPa", units("Pa", 1, "kPa", 1e3)),
  /** A plain number (counts, rack units, ratios); a '%' suffix divides by 100. */
  NUMBER("a number", "42", units("", 1, "%", 0.01));

  private final String what;
  private final String example;
  private final Map<String, Double> units;

  Dimension(String what, String example, Map<String, Double> units) {
    this.what = what;
    this.example = example;
    this.units = units;
  }

  /** An example of a well-formed value, "60 GB/s". */
  public String example() {
    return example;
  }

  /** "a rate such as '60 GB/s'". */
  public String describe() {
    return what + " such as '" + example + "'";
  }

  Map<String, Double> units() {
    return units;
  }

  private static Map<String, Double> units(Object... pairs) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
