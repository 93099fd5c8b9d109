package io.exaplan.report.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** SVG text helpers: locale-free numbers and XML escaping. */
public final class Svg {
  private Svg() {}

  /** At most two decimals, trailing zeros dropped, never an exponent: "12", "3.5", "0.75". */
  public static String num(double v) {
    BigDecimal b = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (b.signum() == 0) {
      return "0";
    }
    return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
  }

  /** Escapes text and attribute values. */
  public static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
