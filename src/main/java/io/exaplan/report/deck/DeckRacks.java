package io.exaplan.report.deck;

import static io.exaplan.config.Units.sig;

import io.exaplan.layout.Device;
import io.exaplan.layout.Rack;
import io.exaplan.layout.RackPlan;
import io.exaplan.layout.Role;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * Rack elevations as native slide shapes (architects restyle them; no bitmap to encode): one
 * rack per distinct layout with how many racks share it, devices as rectangles, consecutive
 * devices of one model labelled once ("13 x C-node"), so the text stays readable at slide scale.
 * Each rack is a group named after its layout.
 */
final class DeckRacks {
  private DeckRacks() {}

  /** Most racks drawn side by side on one slide. */
  static final int PER_SLIDE = 6;

  private static final Map<Role, Color> FILL = Map.of(
      Role.SPINE, new Color(0xc8453c), Role.LEAF, new Color(0xe08a2e),
      Role.CNODE, new Color(0x4a9a5b), Role.DBOX, new Color(0x3b6ea8));
  private static final Color FRAME = new Color(0x3c3c3c);
  private static final Color RESERVED = new Color(0xeeeeee);
  private static final Color EMPTY = new Color(0xfbfbfb);

  /** A run of consecutive devices of one role and model. */
  private record Run(Role role, String model, int bottom, int top, int count) {}

  /**
   * Draws {@code layouts} side by side in {@code area}: a header per rack (layout letter and its
   * count), the frame with unit marks every 5 U, the reserved units, the device runs.
   */
  static void draw(XSLFSlide slide, RackPlan plan, List<RackPlan.Layout> layouts, int first,
      Rectangle2D area) {
    int n = layouts.size();
    double gap = 18;
    double colW = Math.min(170, (area.getWidth() - gap * (n - 1)) / n);
    double headH = 50;
    double footH = 30;
    // one heading size for the slide, the largest at which every heading fits its column on
    // one line ("Layout B: x 106" wrapped over the line below it at 11 pt)
    double headSize = 11;
    for (int i = 0; i < n; i++) {
      String head = heading(first + i, layouts.get(i).rackNumbers().size());
      double w = io.exaplan.report.svg.Fonts.width(head, true, 11f);
      headSize = Math.min(headSize, Math.floor(11 * (colW - 4) / w * 2) / 2);
    }
    for (int i = 0; i < n; i++) {
      RackPlan.Layout l = layouts.get(i);
      Rack r = l.example();
      double x = area.getX() + i * (colW + gap);
      XSLFGroupShape g = slide.createGroup();
      g.setAnchor(new Rectangle2D.Double(x, area.getY(), colW, area.getHeight()));
      g.setInteriorAnchor(new Rectangle2D.Double(x, area.getY(), colW, area.getHeight()));
      int count = l.rackNumbers().size();
      text(g, x, area.getY(), colW, 15, heading(first + i, count), headSize, true, Color.BLACK,
          TextAlign.LEFT);
      text(g, x, area.getY() + 15, colW, 12, r.usedU() + " / " + r.usableU() + " U used", 8,
          false, Color.DARK_GRAY, TextAlign.LEFT);
      text(g, x, area.getY() + 27, colW, 12, sig(r.watts() / 1e3) + " / " + sig(
          r.limitWatts() / 1e3) + " kW", 8, false, Color.DARK_GRAY, TextAlign.LEFT);
      double unitX = x + 18;
      double bodyW = colW - 18;
      double top = area.getY() + headH;
      double uH = (area.getHeight() - headH - footH) / r.heightU();
      rect(g, unitX, top, bodyW, uH * r.heightU(), EMPTY, FRAME, 1.25, null);
      for (int u = 5; u <= r.heightU(); u += 5) {
        text(g, x, top + (r.heightU() - u) * uH - 1, 16, uH + 2, String.valueOf(u), 6.5, false,
            Color.GRAY, TextAlign.RIGHT);
      }
      int reserved = r.heightU() - r.usableU();
      if (reserved > 0) {
        rect(g, unitX + 1, top + 1, bodyW - 2, reserved * uH - 1, RESERVED, Color.GRAY, 0.5,
            "reserved");
      }
      for (Run run : runs(r)) {
        double y = top + (r.heightU() - run.top()) * uH;
        double h = (run.top() - run.bottom() + 1) * uH;
        rect(g, unitX + 1, y + 0.4, bodyW - 2, h - 0.8, FILL.get(run.role()),
            FILL.get(run.role()).darker(), 0.5, (run.count() > 1 ? run.count() + " x " : "")
                + run.role().label() + (h > 24 ? "\n" + run.model() : ""));
      }
      text(g, x, top + r.heightU() * uH + 3, colW, 24, plan.ranges(l.rackNumbers()), 8, false,
          Color.DARK_GRAY, TextAlign.LEFT);
    }
  }

  /** Devices from the top, merged into runs of consecutive units of one model. */
  private static List<Run> runs(Rack r) {
    List<Run> out = new ArrayList<>();
    Run cur = null;
    for (Device d : r.devices()) {
      if (cur != null && cur.role() == d.role() && cur.model().equals(d.model())
          && d.top() == cur.bottom() - 1) {
        cur = new Run(cur.role(), cur.model(), d.position(), cur.top(), cur.count() + 1);
        out.set(out.size() - 1, cur);
      } else {
        cur = new Run(d.role(), d.model(), d.position(), d.top(), 1);
        out.add(cur);
      }
    }
    return out;
  }

  private static String heading(int layout, int racks) {
    return "Layout " + letter(layout) + ": x " + racks;
  }

  static String letter(int i) {
    return i < 26 ? String.valueOf((char) ('A' + i)) : "L" + (i + 1);
  }

  private static XSLFAutoShape rect(XSLFGroupShape g, double x, double y, double w, double h,
      Color fill, Color line, double width, String label) {
    XSLFAutoShape s = g.createAutoShape();
    s.clearText();
    s.setShapeType(ShapeType.RECT);
    s.setAnchor(new Rectangle2D.Double(x, y, w, h));
    s.setFillColor(fill);
    s.setLineColor(line);
    s.setLineWidth(width);
    if (label != null) {
      s.setInsets(new org.apache.poi.sl.usermodel.Insets2D(0, 4, 0, 2));
      s.setVerticalAlignment(VerticalAlignment.MIDDLE);
      s.setWordWrap(true);
      String[] lines = label.split("\n");
      double size = Math.min(9, Math.max(5, h * 0.75));
      for (int i = 0; i < lines.length; i++) {
        XSLFTextRun run = s.addNewTextParagraph().addNewTextRun();
        run.setText(lines[i]);
        run.setFontFamily(Deck.FONT);
        run.setFontSize(i == 0 ? size : size - 1.5);
        run.setBold(i == 0);
        run.setFontColor(fill == RESERVED ? Color.DARK_GRAY : Color.WHITE);
      }
    }
    return s;
  }

  private static void text(XSLFGroupShape g, double x, double y, double w, double h, String text,
      double size, boolean bold, Color colour, TextAlign align) {
    XSLFTextBox t = g.createTextBox();
    t.clearText(); // no empty 18 pt paragraph above the text
    t.setAnchor(new Rectangle2D.Double(x, y, w, h));
    t.setInsets(new org.apache.poi.sl.usermodel.Insets2D(0, 0, 0, 2));
    t.setWordWrap(true);
    var p = t.addNewTextParagraph();
    p.setTextAlign(align);
    XSLFTextRun r = p.addNewTextRun();
    r.setText(text);
    r.setFontFamily(Deck.FONT);
    r.setFontSize(size);
    r.setBold(bold);
    r.setFontColor(colour);
  }
}
