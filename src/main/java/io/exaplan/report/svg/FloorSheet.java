package io.exaplan.report.svg;

import io.exaplan.config.Units;
import io.exaplan.layout.FloorPlan;
import io.exaplan.layout.Hall;
import io.exaplan.report.svg.Canvas.Anchor;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A floor plan: the hall seen from above, rows of floor positions between hot and cold aisles,
 * each rack coloured by role (network racks hold a spine switch) with a bar coloured by its draw
 * against its power limit, its front edge on the cold aisle, reserved and free positions shown.
 * Laid out once, then drawn in a fixed order (background, title block, legend, then the grid:
 * position numbers, aisles, rows) on any {@link Canvas}: SVG, PNG, or the deck's native shapes.
 */
public final class FloorSheet extends Sheet {
  /** Width of a floor position along the row, and its depth across. */
  static final double CELL_W = 40;
  static final double CELL_D = 34;
  static final double AISLE = 18;
  /** Row and aisle labels left of the grid. */
  static final double LABEL_W = 58;
  /** Position numbers above the grid. */
  static final double HEADER = 14;
  /** Height of the draw bar at the bottom of a rack. */
  static final double BAR = 6;

  /** The draw bands of the bar, as shares of the rack's power limit: upper bounds. */
  static final double[] BANDS = {0.5, 0.8, 0.95};
  static final List<String> BAND_LABELS = List.of("under 50%", "50-80%", "80-95%",
      "95% and over");

  private final FloorPlan plan;
  private final double width;
  private final double height;
  private final double legendTop;
  private final double gridTop;

  /**
   * @param lines the title block under the title (scenario, totals)
   */
  public FloorSheet(String id, String title, List<String> lines, FloorPlan plan) {
    super(id, title, lines);
    this.plan = plan;
    double textW = Math.max(titleBlockWidth(),
        Math.max(legendWidth(roleLegend()), legendWidth(bandLegend())));
    this.width = Math.ceil(Math.max(2 * MARGIN + gridWidth(plan.hall()), 2 * MARGIN + textW));
    this.legendTop = MARGIN + 24 + 16 * this.lines.size() + 24;
    this.gridTop = legendTop + 2 * 18 + 10;
    this.height = Math.ceil(gridTop + gridHeight(plan.hall()) + MARGIN);
  }

  /** Width of the grid with its labels. */
  public static double gridWidth(Hall h) {
    return LABEL_W + h.racksPerRow() * CELL_W;
  }

  /** Height of the grid: the position numbers, rows + 1 aisles and the rows. */
  public static double gridHeight(Hall h) {
    return HEADER + (h.rows() + 1) * AISLE + h.rows() * CELL_D;
  }

  @Override
  public double width() {
    return width;
  }

  @Override
  public double height() {
    return height;
  }

  public FloorPlan plan() {
    return plan;
  }

  /** The shared sheet looks a floor plan uses, and the floor's own. */
  @Override
  String css() {
    Map<String, Look> looks = new LinkedHashMap<>();
    for (String k : List.of("sheet", "title", "line", "note", "legend-text", "hatch")) {
      looks.put(k, Look.of(k));
    }
    looks.putAll(Look.FLOOR);
    return Look.css(looks);
  }

  // ---- drawing, in fixed order ----

  @Override
  void draw(Canvas c) {
    drawTitleBlock(c);
    drawLegend(c, MARGIN, legendTop);
    drawGrid(c, MARGIN, gridTop);
  }

  /** A legend entry: the class of its swatch and its text. */
  private record Entry(String cls, String label) {}

  private static List<Entry> roleLegend() {
    return List.of(new Entry("floor-network", "Network rack (holds a spine switch)"),
        new Entry("floor-storage", "Storage rack"), new Entry("pos-free", "Free position"),
        new Entry("pos-reserved", "Reserved position"),
        new Entry("aisle-cold", "Cold aisle (rack fronts)"),
        new Entry("aisle-hot", "Hot aisle (rack backs)"));
  }

  private static List<Entry> bandLegend() {
    List<Entry> out = new java.util.ArrayList<>();
    for (int i = 0; i < BAND_LABELS.size(); i++) {
      out.add(new Entry("kw-" + (i + 1), BAND_LABELS.get(i)));
    }
    return out;
  }

  private static final String BAND_HEAD = "Bar: the rack's draw against its power limit:";

  private static double legendWidth(List<Entry> entries) {
    double x = entries.size() == BAND_LABELS.size() ? Fonts.width(BAND_HEAD, false, 10) + 10 : 0;
    for (Entry e : entries) {
      x += 21 + Fonts.width(e.label(), false, 10) + 18;
    }
    return x - 18;
  }

  /**
   * The legend: roles, positions and aisles on one line, the draw bands on the next; {@code y}
   * is the first line's baseline. Two lines of 18 px.
   */
  public void drawLegend(Canvas c, double x0, double y) {
    c.begin(id + "-legend", null);
    double x = x0;
    for (Entry e : roleLegend()) {
      x = swatch(c, x, y, e.cls(), e.label());
    }
    x = x0;
    c.text(x, y + 18, "legend-text", Anchor.START, BAND_HEAD);
    x += Fonts.width(BAND_HEAD, false, 10) + 10;
    for (Entry e : bandLegend()) {
      x = swatch(c, x, y + 18, e.cls(), e.label());
    }
    c.end();
  }

  /** The one coordinate helper: top edge of aisle {@code k} (0..rows) below {@code top}. */
  private static double aisleTop(double top, int k) {
    return top + HEADER + k * (AISLE + CELL_D);
  }

  /** Top edge of row {@code r} (1..rows). */
  private static double rowTop(double top, int r) {
    return aisleTop(top, r - 1) + AISLE;
  }

  /** Left edge of position {@code p} (1..racksPerRow). */
  private static double positionLeft(double left, int p) {
    return left + LABEL_W + (p - 1) * CELL_W;
  }

  /** The grid alone, its top left corner at ({@code left}, {@code top}). */
  public void drawGrid(Canvas c, double left, double top) {
    Hall h = plan.hall();
    c.begin(id + "-grid", null);
    c.text(left, top + 10, "floor-head", Anchor.START, "Position");
    for (int p = 1; p <= h.racksPerRow(); p++) {
      c.text(positionLeft(left, p) + CELL_W / 2, top + 10, "floor-head", Anchor.MIDDLE,
          String.valueOf(p));
    }
    double gridW = h.racksPerRow() * CELL_W;
    for (int k = 0; k <= h.rows(); k++) {
      String air = h.aisle(k).key();
      double y = aisleTop(top, k);
      c.rect(left + LABEL_W, y, gridW, AISLE, "aisle-" + air);
      c.text(left, y + AISLE / 2 + 3, "aisle-" + air + "-text", Anchor.START, air + " aisle");
    }
    Map<Long, FloorPlan.Spot> at = new LinkedHashMap<>();
    for (FloorPlan.Spot s : plan.spots()) {
      at.put(key(s.row(), s.position()), s);
    }
    Set<Long> reserved = new HashSet<>();
    for (Hall.Position p : h.reserved()) {
      reserved.add(key(p.row(), p.position()));
    }
    for (int r = 1; r <= h.rows(); r++) {
      double y = rowTop(top, r);
      c.text(left, y + CELL_D / 2 + 3, "floor-row", Anchor.START, "Row " + r);
      // the rack fronts face the cold aisle: the one above the row or the one below it
      boolean frontUp = h.aisle(r - 1) == Hall.Aisle.COLD;
      for (int p = 1; p <= h.racksPerRow(); p++) {
        double x = positionLeft(left, p);
        FloorPlan.Spot s = at.get(key(r, p));
        if (s != null) {
          drawRack(c, s, x, y, frontUp);
        } else if (reserved.contains(key(r, p))) {
          c.begin(id + "-reserved-" + r + "-" + p, "Row " + r + ", position " + p
              + ": reserved");
          c.rect(x + 1, y + 1, CELL_W - 2, CELL_D - 2, "pos-reserved");
          hatch(c, x + 1, y + 1, CELL_W - 2, CELL_D - 2);
          c.end();
        } else {
          c.rect(x + 1, y + 1, CELL_W - 2, CELL_D - 2, "pos-free");
        }
      }
    }
    c.end();
  }

  private static long key(int row, int position) {
    return (long) row << 32 | position;
  }

  private void drawRack(Canvas c, FloorPlan.Spot s, double x, double y, boolean frontUp) {
    double load = s.load();
    String tip = s.name() + ": row " + s.row() + ", position " + s.position() + "; "
        + (s.network() ? "network rack (holds a spine switch)" : "storage rack") + "; "
        + Units.fixed(s.watts() / 1e3, 2) + " of " + Units.sig(s.limitWatts() / 1e3) + " kW ("
        + Math.round(load * 100) + "%)";
    c.begin(id + "-" + s.name(), tip);
    double bx = x + 1;
    double by = y + 1;
    double bw = CELL_W - 2;
    double bh = CELL_D - 2;
    c.rect(bx, by, bw, bh, s.network() ? "floor-network" : "floor-storage");
    c.text(bx + bw / 2, by + 11, "floor-name", Anchor.MIDDLE, s.name());
    c.text(bx + bw / 2, by + 20, "floor-kw", Anchor.MIDDLE, Units.fixed(s.watts() / 1e3, 1));
    double barY = by + bh - BAR - 2;
    c.rect(bx + 3, barY, bw - 6, BAR, "kw-track");
    c.rect(bx + 3, barY, (bw - 6) * Math.min(1, Math.max(0, load)), BAR, band(load));
    double fy = frontUp ? by : by + bh;
    c.line(bx, fy, bx + bw, fy, "front");
    c.end();
  }

  /** The draw band's class: kw-1 (under 50%) to kw-4 (95% and over). */
  static String band(double load) {
    int i = 0;
    while (i < BANDS.length && load >= BANDS[i] - 1e-9) {
      i++;
    }
    return "kw-" + (i + 1);
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
