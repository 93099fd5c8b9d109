package io.exaplan.report.svg;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How one CSS class of a drawing looks. The SVG writes these as a style sheet; the PNG painter
 * reads the same values, so both outputs agree. Colours are "#rrggbb" or "none".
 */
public record Look(String fill, String stroke, double strokeWidth, float fontSize,
    boolean bold) {

  /** Every class a drawing uses, in style-sheet order. Prefixed so a host page cannot clash. */
  static final Map<String, Look> ALL = build();

  static final String PREFIX = "xp-";

  boolean text() {
    return fontSize > 0;
  }

  /**
   * The floor plan's own classes ({@link FloorSheet}), kept apart so the rack sheets' style sheet
   * (and their files) stay as they were.
   */
  static final Map<String, Look> FLOOR = buildFloor();

  /** The look of {@code cls}, a rack sheet's or a floor plan's class. */
  public static Look of(String cls) {
    Look l = ALL.containsKey(cls) ? ALL.get(cls) : FLOOR.get(cls);
    if (l == null) {
      throw new IllegalArgumentException("no look for class " + cls);
    }
    return l;
  }

  private static Look shape(String fill, String stroke, double width) {
    return new Look(fill, stroke, width, 0, false);
  }

  private static Look font(String colour, float size, boolean bold) {
    return new Look(colour, "none", 0, size, bold);
  }

  private static Map<String, Look> build() {
    Map<String, Look> m = new LinkedHashMap<>();
    m.put("sheet", shape("#ffffff", "none", 0));
    m.put("title", font("#1a1a1a", 18, true));
    m.put("line", font("#333333", 11, false));
    m.put("note", font("#666666", 10, false));
    m.put("legend-text", font("#333333", 10, false));
    m.put("rack-name", font("#1a1a1a", 11, true));
    m.put("rack-head", font("#444444", 9, false));
    m.put("rack-bind", font("#8a3a00", 9, true));
    m.put("caption", font("#1a1a1a", 10, true));
    m.put("caption-sub", font("#555555", 9, false));
    m.put("unit", font("#888888", 7, false));
    m.put("rack", shape("#fbfbfb", "#3c3c3c", 1.5));
    m.put("slot", shape("none", "#e6e6e6", 0.5));
    m.put("reserved", shape("#eeeeee", "#9a9a9a", 0.75));
    m.put("hatch", shape("none", "#bdbdbd", 0.75));
    m.put("reserved-text", font("#666666", 7, false));
    m.put("spine", shape("#c8453c", "#7d2620", 0.75));
    m.put("leaf", shape("#e08a2e", "#8c5519", 0.75));
    m.put("cnode", shape("#4a9a5b", "#2c5f37", 0.75));
    m.put("dbox", shape("#3b6ea8", "#213f62", 0.75));
    m.put("cloud", shape("#e9edf2", "#7a8796", 0.75));
    m.put("device-text", font("#ffffff", 8, false));
    m.put("device-model", font("#e8eef5", 7, false));
    m.put("cloud-label", shape("#ffffff", "#7a8796", 0.5));
    m.put("cloud-text", font("#3d4957", 9, false));
    m.put("swatch-free", shape("#fbfbfb", "#3c3c3c", 0.75));
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Look> buildFloor() {
    Map<String, Look> m = new LinkedHashMap<>();
    m.put("floor-head", font("#555555", 8, false));
    m.put("floor-row", font("#1a1a1a", 9, true));
    m.put("aisle-cold", shape("#e2eef9", "none", 0));
    m.put("aisle-hot", shape("#fbe4dd", "none", 0));
    m.put("aisle-cold-text", font("#2a5d8f", 8, false));
    m.put("aisle-hot-text", font("#9a3b22", 8, false));
    m.put("pos-free", shape("#ffffff", "#c9c9c9", 0.75));
    m.put("pos-reserved", shape("#eeeeee", "#9a9a9a", 0.75));
    m.put("floor-network", shape("#c8453c", "#7d2620", 0.75));
    m.put("floor-storage", shape("#3b6ea8", "#213f62", 0.75));
    m.put("front", shape("none", "#1a1a1a", 2));
    m.put("kw-track", shape("#ffffff", "none", 0));
    m.put("kw-1", shape("#fee391", "none", 0));
    m.put("kw-2", shape("#fec44f", "none", 0));
    m.put("kw-3", shape("#ec7014", "none", 0));
    m.put("kw-4", shape("#993404", "none", 0));
    m.put("floor-name", font("#ffffff", 8, true));
    m.put("floor-kw", font("#ffffff", 7, false));
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The style sheet of an SVG: one rule per class. */
  static String css() {
    return css(ALL);
  }

  /** The style sheet of the classes {@code looks} names. */
  static String css(Map<String, Look> looks) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Look> e : looks.entrySet()) {
      Look l = e.getValue();
      sb.append('.').append(PREFIX).append(e.getKey()).append('{');
      if (l.text()) {
        sb.append("fill:").append(l.fill).append(";font-family:'").append(Fonts.FAMILY)
            .append("',sans-serif;font-size:").append(Svg.num(l.fontSize)).append("px")
            .append(l.bold ? ";font-weight:bold" : "");
      } else {
        sb.append("fill:").append(l.fill).append(";stroke:").append(l.stroke);
        if (!"none".equals(l.stroke)) {
          sb.append(";stroke-width:").append(Svg.num(l.strokeWidth));
        }
      }
      sb.append("}\n");
    }
    return sb.toString();
  }

  /** "#3b6ea8" to an AWT colour; null for "none". */
  public static java.awt.Color colour(String hex) {
    if ("none".equals(hex)) {
      return null;
    }
    return new java.awt.Color(Integer.parseInt(hex.substring(1).toLowerCase(Locale.ROOT), 16));
  }
}
