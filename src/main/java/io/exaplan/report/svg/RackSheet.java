package io.exaplan.report.svg;

import io.exaplan.config.Units;
import io.exaplan.layout.Device;
import io.exaplan.layout.Rack;
import io.exaplan.layout.RackPlan;
import io.exaplan.layout.Role;
import io.exaplan.report.svg.Canvas.Anchor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A sheet of rack elevations, after NetBox's rack elevation drawing: front views with unit
 * numbers, each device a box in its units coloured by role, a legend, tooltips, deterministic ids.
 * The sheet is positioned once ({@link Cell}s) and then drawn in a fixed order (background, title
 * block, legend, then per rack: header, frame, unit numbers, slots, reserved units, devices top
 * down, caption) on either canvas, so the SVG and the PNG show the same picture.
 */
public final class RackSheet extends Sheet {
  /** Pixels per rack unit. */
  static final double U = 11;
  /** Unit-number column left of each rack. */
  static final double RAIL = 20;
  /** Width of the rack body. */
  static final double BODY = 140;
  static final double GAP = 26;
  /** Rack header: name, used U and kW, binding limit. */
  static final double HEAD = 42;
  static final int FULL_PER_ROW = 12;
  private static final int CAPTION_LINES = 3;

  /** One rack (or the cloud placeholder) and where it goes. */
  record Cell(double x, double y, String id, Rack rack, List<String> header, String bind,
      List<String> caption, String tooltip) {}

  private final Set<Role> legend;
  private final List<Cell> cells;
  private final int heightU;
  private final int usableU;
  private final boolean numbered;
  private final double width;
  private final double height;
  private final double gridTop;

  private RackSheet(String id, String title, List<String> lines, Set<Role> legend,
      List<Cell> unplaced, int heightU, int usableU, boolean numbered, int perRow,
      int captionLines) {
    super(id, title, lines);
    this.legend = legend;
    this.heightU = heightU;
    this.usableU = usableU;
    this.numbered = numbered;
    double cellW = RAIL + BODY + GAP;
    double cellH = HEAD + heightU * U + (captionLines == 0 ? 0 : 8 + 13 * captionLines) + GAP;
    double textW = titleBlockWidth();
    int cols = Math.min(perRow, unplaced.size());
    this.width = Math.ceil(Math.max(2 * MARGIN + cols * cellW - GAP, 2 * MARGIN + textW));
    this.gridTop = MARGIN + 24 + 16 * lines.size() + 34;
    List<Cell> placed = new ArrayList<>();
    for (int i = 0; i < unplaced.size(); i++) {
      Cell c = unplaced.get(i);
      placed.add(new Cell(MARGIN + (i % perRow) * cellW, gridTop + (i / perRow) * cellH, c.id,
          c.rack, c.header, c.bind, c.caption, c.tooltip));
    }
    this.cells = List.copyOf(placed);
    int rows = (unplaced.size() + perRow - 1) / perRow;
    this.height = Math.ceil(gridTop + rows * cellH - GAP + MARGIN);
  }

  /** Every rack of the plan, in row order, {@value #FULL_PER_ROW} to a row. */
  public static RackSheet full(String id, String title, List<String> lines, RackPlan plan) {
    List<Cell> cells = new ArrayList<>();
    int n = plan.racks().size();
    for (Rack r : plan.racks()) {
      cells.add(rackCell(id + "-" + r.name(n), r, r.name(n), plan, List.of(), null));
    }
    return new RackSheet(id, title, lines, roles(plan), cells, heightU(plan), usableU(plan), true,
        FULL_PER_ROW, 0);
  }

  /** One rack per distinct layout, captioned with how many racks share it and which. */
  public static RackSheet summary(String id, String title, List<String> lines, RackPlan plan) {
    List<Cell> cells = new ArrayList<>();
    int i = 0;
    for (RackPlan.Layout l : plan.layouts()) {
      i++;
      String which = plan.ranges(l.rackNumbers());
      int k = l.rackNumbers().size();
      List<String> caption = new ArrayList<>();
      caption.add("x " + k + (k == 1 ? " rack" : " racks"));
      caption.addAll(wrap(which, RAIL + BODY, CAPTION_LINES - 1));
      cells.add(rackCell(id + "-layout-" + i, l.example(), "Layout " + (char) ('A' + (i - 1) % 26)
          + (i > 26 ? String.valueOf((i - 1) / 26) : ""), plan, caption, which));
    }
    return new RackSheet(id, title, lines, roles(plan), cells, heightU(plan), usableU(plan), false,
        FULL_PER_ROW, CAPTION_LINES);
  }

  /**
   * An option whose internals are not modelled (the cloud baseline): one rack outline standing
   * for {@code racks} racks of {@code wattsPerRack}.
   */
  public static RackSheet cloud(String id, String title, List<String> lines, String rackName,
      int racks, int heightU, double wattsPerRack) {
    Cell c = new Cell(0, 0, id + "-cloud-rack", null,
        List.of(rackName, heightU + " U, " + Units.sig(wattsPerRack / 1e3) + " kW"), null,
        List.of("x " + racks + " racks", "internals not modelled"),
        racks + " racks of " + heightU + " U drawing " + Units.sig(wattsPerRack / 1e3)
            + " kW each; raw capacity, servers and switches are not public");
    return new RackSheet(id, title, lines, EnumSet.noneOf(Role.class), List.of(c), heightU,
        heightU, false, 1, 2);
  }

  private static Cell rackCell(String cellId, Rack r, String name, RackPlan plan,
      List<String> caption, String which) {
    double kw = r.watts() / 1e3;
    double limitKw = r.limitWatts() / 1e3;
    String head = r.usedU() + " / " + r.usableU() + " U, " + Units.fixed(kw, 2) + " / "
        + Units.sig(limitKw) + " kW";
    double share = "power".equals(r.binding()) ? r.watts() / r.limitWatts()
        : (double) r.usedU() / r.usableU();
    String bind = "binds: " + r.binding() + " (" + Math.round(share * 100) + "%)";
    String tip = name + ": " + r.usedU() + " of " + r.usableU() + " usable U, "
        + Units.fixed(kw, 2) + " of " + Units.sig(limitKw) + " kW (" + plan.basis().key()
        + " draw)" + (which == null ? "" : "; racks " + which);
    return new Cell(0, 0, cellId, r, List.of(name, head), bind, caption, tip);
  }

  private static Set<Role> roles(RackPlan plan) {
    Set<Role> s = EnumSet.noneOf(Role.class);
    for (Rack r : plan.racks()) {
      for (Device d : r.devices()) {
        s.add(d.role());
      }
    }
    return s;
  }

  private static int heightU(RackPlan p) {
    return p.racks().get(0).heightU();
  }

  private static int usableU(RackPlan p) {
    return p.racks().get(0).usableU();
  }

  /** Splits {@code text} at ", " into at most {@code max} lines of at most {@code px}. */
  static List<String> wrap(String text, double px, int max) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String part : text.split(", ")) {
      String next = line.length() == 0 ? part : line + ", " + part;
      if (Fonts.width(next, false, 9) > px && line.length() > 0) {
        out.add(line + ",");
        line = new StringBuilder(part);
      } else {
        line = new StringBuilder(next);
      }
    }
    out.add(line.toString());
    if (out.size() > max) {
      List<String> cut = new ArrayList<>(out.subList(0, max));
      cut.set(max - 1, cut.get(max - 1).replaceAll(",$", "") + " ...");
      return cut;
    }
    return out;
  }

  @Override
  public double width() {
    return width;
  }

  @Override
  public double height() {
    return height;
  }

  // ---- drawing, in fixed order ----

  @Override
  void draw(Canvas c) {
    double y = drawTitleBlock(c);
    drawLegend(c, y + 24);
    for (Cell cell : cells) {
      if (cell.rack == null) {
        drawCloud(c, cell);
      } else {
        drawRack(c, cell);
      }
    }
  }

  private void drawLegend(Canvas c, double y) {
    c.begin(id + "-legend", null);
    double x = MARGIN;
    for (Role r : legend) {
      x = swatch(c, x, y, r.key(), r.legend());
    }
    if (!legend.isEmpty()) {
      x = swatch(c, x, y, "reserved", "Reserved (patch panel, cable management)");
      swatch(c, x, y, "swatch-free", "Free");
    } else {
      swatch(c, x, y, "cloud", "Rack whose contents are not modelled");
    }
    c.end();
  }

  /** The one coordinate helper: top edge of unit {@code u} (1 = bottom) below {@code top}. */
  private double unitTop(double top, int u) {
    return top + (heightU - u) * U;
  }

  private void drawRack(Canvas c, Cell cell) {
    Rack r = cell.rack;
    double x = cell.x + RAIL;
    double top = cell.y + HEAD;
    c.begin(cell.id, cell.tooltip);
    c.text(x, cell.y + 12, "rack-name", Anchor.START, cell.header.get(0));
    c.text(x, cell.y + 25, "rack-head", Anchor.START, cell.header.get(1));
    c.text(x, cell.y + 36, "rack-bind", Anchor.START, cell.bind);
    c.rect(x, top, BODY, heightU * U, "rack");
    for (int u = 1; u <= heightU; u++) {
      c.text(x - 3, unitTop(top, u) + U - 2.5, "unit", Anchor.END, String.valueOf(u));
      if (u < heightU) {
        c.line(x, unitTop(top, u), x + BODY, unitTop(top, u), "slot");
      }
    }
    drawReserved(c, x, top);
    for (Device d : r.devices()) {
      drawDevice(c, cell.id, x, top, d);
    }
    c.end();
    double y = top + heightU * U + 8;
    for (int i = 0; i < cell.caption.size(); i++) {
      y += 13;
      c.text(x, y, i == 0 ? "caption" : "caption-sub", Anchor.START, cell.caption.get(i));
    }
  }

  private void drawReserved(Canvas c, double x, double top) {
    int reserved = heightU - usableU;
    if (reserved <= 0) {
      return;
    }
    double h = reserved * U;
    c.rect(x + 1, top, BODY - 2, h, "reserved");
    hatch(c, x + 1, top, BODY - 2, h);
    c.text(x + BODY / 2, top + h / 2 + 2.5, "reserved-text", Anchor.MIDDLE,
        "reserved: patch panel, cables");
  }

  private void drawDevice(Canvas c, String rackId, double x, double top, Device d) {
    double y = unitTop(top, d.top());
    double h = d.height() * U;
    String tip = d.label() + ": " + d.model() + ", " + d.modelName() + "; U" + d.position()
        + (d.height() > 1 ? "-U" + d.top() : "") + "; " + Units.sig(d.typicalWatts())
        + " W typical, " + Units.sig(d.maxWatts()) + " W max";
    c.begin(rackId + "-" + d.id(), tip);
    c.rect(x + 1.5, y + 0.5, BODY - 3, h - 1, d.role().key());
    String label = numbered ? d.label() : d.role().label();
    double base = y + h / 2 + 3;
    c.text(x + 6, base, "device-text", Anchor.START, label);
    double room = BODY - 12 - Fonts.width(label, false, 8) - 6;
    if (Fonts.width(d.model(), false, 7) <= room) {
      c.text(x + BODY - 6, base, "device-model", Anchor.END, d.model());
    }
    c.end();
  }

  private void drawCloud(Canvas c, Cell cell) {
    double x = cell.x + RAIL;
    double top = cell.y + HEAD;
    double h = heightU * U;
    c.begin(cell.id, cell.tooltip);
    c.text(x, cell.y + 12, "rack-name", Anchor.START, cell.header.get(0));
    c.text(x, cell.y + 25, "rack-head", Anchor.START, cell.header.get(1));
    c.rect(x, top, BODY, h, "rack");
    for (int u = 1; u <= heightU; u++) {
      c.text(x - 3, unitTop(top, u) + U - 2.5, "unit", Anchor.END, String.valueOf(u));
    }
    c.rect(x + 1.5, top + 1.5, BODY - 3, h - 3, "cloud");
    hatch(c, x + 1.5, top + 1.5, BODY - 3, h - 3);
    c.rect(x + 12, top + h / 2 - 20, BODY - 24, 34, "cloud-label");
    c.text(x + BODY / 2, top + h / 2 - 6, "cloud-text", Anchor.MIDDLE, "contents not modelled");
    c.text(x + BODY / 2, top + h / 2 + 8, "cloud-text", Anchor.MIDDLE, "(not public)");
    c.end();
    double y = top + h + 8;
    for (int i = 0; i < cell.caption.size(); i++) {
      y += 13;
      c.text(x, y, i == 0 ? "caption" : "caption-sub", Anchor.START, cell.caption.get(i));
    }
  }

  /** 45-degree lines clipped to the rectangle, 8 px apart. */
  private static void hatch(Canvas c, double x, double y, double w, double h) {
    double step = 8;
    for (double k = step; k < w + h; k += step) {
      double x1 = x + Math.max(0, k - h);
      double y1 = y + Math.min(k, h);
      double x2 = x + Math.min(k, w);
      double y2 = y + Math.max(0, k - w);
      c.line(x1, y1, x2, y2, "hatch");
    }
  }
}
