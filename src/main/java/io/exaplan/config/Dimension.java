package io.exaplan.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The physical kind of a quantity and the units a user may write it in. Values are stored in SI
 * base units (bytes, bytes per second, watts, seconds). Decimal prefixes unless the unit says
 * otherwise (1 PB = 10^15 B, 1 PiB = 2^50 B); bit rates are divided by 8.
 */
public enum Dimension {
  BYTES("a size", "61.44 TB", 1, 1e21, "from 1 B to 1,000 EB", units(
      "B", 1, "kB", 1e3, "KB", 1e3, "MB", 1e6, "GB", 1e9, "TB", 1e12, "PB", 1e15, "EB", 1e18,
      "KiB", 0x1p10, "MiB", 0x1p20, "GiB", 0x1p30, "TiB", 0x1p40, "PiB", 0x1p50, "EiB", 0x1p60)),
  BYTE_RATE("a rate", "60 GB/s", 1 / 8.0, 1e18, "from 1 b/s to 1,000 PB/s", units(
      "B/s", 1, "kB/s", 1e3, "MB/s", 1e6, "GB/s", 1e9, "TB/s", 1e12, "PB/s", 1e15,
      "MiB/s", 0x1p20, "GiB/s", 0x1p30, "TiB/s", 0x1p40,
      "b/s", 1 / 8.0, "kb/s", 1e3 / 8, "Mb/s", 1e6 / 8, "Gb/s", 1e9 / 8, "Tb/s", 1e12 / 8,
      "bps", 1 / 8.0, "kbps", 1e3 / 8, "Mbps", 1e6 / 8, "Gbps", 1e9 / 8, "Tbps", 1e12 / 8)),
  POWER("a power", "550 W", 1e-3, 1e9, "from 0.001 W to 1,000 MW",
      units("W", 1, "kW", 1e3, "MW", 1e6)),
  DURATION("a duration", "90s", 1e-3, 1e6 * 86400, "from 0.001 s to 1,000,000 d", units(
      "s", 1, "m", 60, "min", 60, "h", 3600, "d", 86400)),
  /** A load per floor area (floor loading), stored in pascals: 12 kPa = 1,224 kg/m2 under gravity. */
  PRESSURE("a floor loading", "12 kPa", 1, 1e9, "from 1 Pa to 1,000,000 kPa",
      units("Pa", 1, "kPa", 1e3)),
  /** A plain number (counts, rack units, ratios); a '%' suffix divides by 100. */
  NUMBER("a number", "42", 0, Double.MAX_VALUE, "", units("", 1, "%", 0.01));

  private final String what;
  private final String example;
  private final Map<String, Double> units;
  private final double smallest;
  private final double largest;
  private final String range;

  /**
   * {@code smallest} and {@code largest}: the magnitudes (in SI base units) a non-zero value of
   * this kind may have in any input, file, flag or request. Far outside what any storage plan
   * holds (a byte, a bit per second, a millisecond, a milliwatt; a thousand exabytes, a million
   * days), so no real figure is refused, while 1e-300 B/s or 1e-9 s, which turn a design into
   * billions of racks or an event at infinity, are refused where they are written. Numbers
   * (counts, ratios) have their own ranges where they are bound.
   */
  Dimension(String what, String example, double smallest, double largest, String range,
      Map<String, Double> units) {
    this.what = what;
    this.example = example;
    this.smallest = smallest;
    this.largest = largest;
    this.range = range;
    this.units = units;
  }

  /** True when {@code v} (SI) is zero or a magnitude this kind of quantity may have. */
  public boolean plausible(double v) {
    double a = Math.abs(v);
    return a == 0 || (a >= smallest && a <= largest);
  }

  /** "a rate from 1 b/s to 1,000 PB/s such as '60 GB/s'": what a value out of range should be. */
  public String describeRange() {
    return range.isEmpty() ? describe() : what + " " + range + " such as '" + example + "'";
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
