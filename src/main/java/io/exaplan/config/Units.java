package io.exaplan.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses "61.44 TB", "60GB/s", "12.5 kW", "5m" into SI values; every failure says what it expected. */
public final class Units {
  private static final Pattern QUANTITY =
      Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([A-Za-z/%]*)\\s*");

  private Units() {}

  /**
   * Parses {@code text} as a quantity of dimension {@code d}.
   *
   * @throws IllegalArgumentException with a message that names the expected form and units
   */
  public static double parse(String text, Dimension d) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("missing value; expected " + d.describe());
    }
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not " + d.describe());
    }
    String unit = m.group(2);
    Double factor = d.units().get(unit);
    if (factor == null) {
      String hint = unit.isEmpty()
          ? "a unit is required"
          : "unknown unit '" + unit + "'";
      throw new IllegalArgumentException("'" + text + "': " + hint + "; expected " + d.describe()
          + " (units: " + String.join(", ", d.units().keySet()) + ")");
    }
    double v = Double.parseDouble(m.group(1)) * factor;
    if (!Double.isFinite(v) || !d.plausible(v)) {
      throw new IllegalArgumentException("'" + text.trim() + "' is out of range; expected "
          + d.describeRange());
    }
    return v;
  }

  /**
   * {@code text} read in {@code unit} when it is a bare number ("15" is "15 kW"), as written
   * when it has a unit of its own; null stays null. For flags and request fields whose name
   * gives the unit (--rack-kw, rackKw) but that bind to a scenario key written with units.
   */
  public static String orIn(String text, String unit) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    return t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?") ? t + " " + unit : t;
  }

  /**
   * {@code v} written so that {@link #parse} reads back the very same double: Java's shortest
   * round-trip decimal and {@code unit} (whose factor must be 1: W, B, s, B/s).
   */
  public static String exact(double v, String unit) {
    return Double.toString(v) + " " + unit;
  }

  /** {@code s} with its first letter upper case, to begin a sentence with a worded phrase. */
  public static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  /** "1 site", "3 sites": a count and its noun, plural by an added s. */
  public static String count(long n, String noun) {
    return grouped(n) + " " + noun + (n == 1 ? "" : "s");
  }

  /** Fixed-decimal formatting that never depends on the machine's locale. */
  public static String fixed(double v, int decimals) {
    return grouped(v, decimals);
  }

  /**
   * {@code String.format(Locale.ROOT, "%,d", n)}, written out: "-1,234,567". A short command
   * formats a few thousand figures, and each call of {@code String.format} parses its pattern
   * with a regular expression and looks up the locale's symbols, most of their cost cold.
   */
  public static String grouped(long n) {
    String digits = Long.toString(n);
    int start = n < 0 ? 1 : 0;
    StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3);
    b.append(digits, 0, start);
    appendGrouped(b, digits, start, digits.length());
    return b.toString();
  }

  /**
   * {@code String.format(Locale.ROOT, "%,." + decimals + "f", v)}, written out, with the same
   * result for every double: the shortest decimal that reads back as {@code v} (Java's {@link
   * Double#toString} digits, as the formatter takes them) rounded half up to {@code decimals}
   * places, thousands grouped by commas; a minus sign for any negative value, -0.0 and a negative
   * that rounds to zero included ("-0.00"); "NaN", "Infinity" and "-Infinity" as they are.
   */
  public static String grouped(double v, int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals: " + decimals + " is negative");
    }
    if (Double.isNaN(v)) {
      return "NaN";
    }
    boolean negative = Double.compare(v, 0.0) < 0;
    double a = Math.abs(v);
    if (Double.isInfinite(a)) {
      return negative ? "-Infinity" : "Infinity";
    }
    String plain = new BigDecimal(Double.toString(a)).setScale(decimals, RoundingMode.HALF_UP)
        .toPlainString();
    int point = plain.indexOf('.');
    int whole = point < 0 ? plain.length() : point;
    StringBuilder b = new StringBuilder(plain.length() + whole / 3 + 1);
    if (negative) {
      b.append('-');
    }
    appendGrouped(b, plain, 0, whole);
    b.append(plain, whole, plain.length());
    return b.toString();
  }

  /** The digits {@code from..to} of {@code s}, a comma before each group of three from the right. */
  private static void appendGrouped(StringBuilder b, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (i > from && (to - i) % 3 == 0) {
        b.append(',');
      }
      b.append(s.charAt(i));
    }
  }

  /** A short, human reading of an SI value, used in explanations ("215.2 PB", "1.46 TB/s"). */
  public static String human(double v, Dimension d) {
    String[][] ladder;
    switch (d) {
      case BYTES:
        ladder = new String[][] {{"1e18", "EB"}, {"1e15", "PB"}, {"1e12", "TB"}, {"1e9", "GB"},
            {"1", "B"}};
        break;
      case BYTE_RATE:
        ladder = new String[][] {{"1e12", "TB/s"}, {"1e9", "GB/s"}, {"1e6", "MB/s"}, {"1", "B/s"}};
        break;
      case POWER:
        ladder = new String[][] {{"1e6", "MW"}, {"1e3", "kW"}, {"1", "W"}};
        break;
      case DURATION:
        ladder = new String[][] {{"86400", "d"}, {"3600", "h"}, {"60", "min"}, {"1", "s"}};
        break;
      default:
        return sig(v);
    }
    for (String[] step : ladder) {
      double f = Double.parseDouble(step[0]);
      if (Math.abs(v) >= f || step == ladder[ladder.length - 1]) {
        return sig(v / f) + " " + step[1];
      }
    }
    throw new AssertionError();
  }

  /** About four significant figures, trailing zeros dropped: 215.2, 0.8845, 1,464. */
  public static String sig(double v) {
    double a = Math.abs(v);
    int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : a >= 1 ? 3 : 4;
    String s = grouped(v, decimals);
    if (s.indexOf('.') < 0) {
      return s;
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }
}
