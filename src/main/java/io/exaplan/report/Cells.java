package io.exaplan.report;

import java.math.BigDecimal;

/** Cell formatting shared by the reporters; locale-independent. */
public final class Cells {
  private Cells() {}

  /** What a person sees: rounded to the column's decimals, thousands grouped. */
  public static String display(Column c, Object v) {
    if (v == null) {
      return "-";
    }
    if (v instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    if (v instanceof Number n && c.numeric()) {
      double d = n.doubleValue();
      if (Double.isNaN(d)) {
        return "-";
      }
      return io.exaplan.config.Units.grouped(d, decimals(c, v));
    }
    return v.toString();
  }

  /**
   * Decimals {@code v} is shown with in column {@code c}: a whole count (an Integer or Long, such
   * as racks) has none even in a column of fractions, so "31 racks" never reads "31.00".
   */
  public static int decimals(Column c, Object v) {
    return v instanceof Integer || v instanceof Long || v instanceof Short ? 0 : c.decimals();
  }

  /** What a machine reads: full precision, no grouping, no exponent; empty for null. */
  static String exact(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (!Double.isFinite(d)) {
        return "";
      }
      BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
      return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }
    return v.toString();
  }

  static boolean rightAligned(Column c) {
    return c.numeric();
  }
}
