package io.exaplan.report.deck;

import io.exaplan.config.Units;
import io.exaplan.design.Option;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/** Text details of the deck: every run marked en-US, and the cloud baseline's rack drawing. */
final class DeckText {
  private DeckText() {}

  static final String LANG = "en-US";
  private static final String RUN_PROPS = "declare namespace a="
      + "'http://schemas.openxmlformats.org/drawingml/2006/main' "
      + ".//a:rPr | .//a:endParaRPr | .//a:defRPr";

  /**
   * Marks every text run of {@code sheet} en-US: each slide, its notes and the notes master (POI's
   * template carries cs-CZ in the notes' date fields), so spell-checking and hyphenation follow
   * US English.
   */
  static void mark(XSLFSheet sheet) {
    for (XSLFShape shape : sheet.getShapes()) {
      for (XmlObject o : shape.getXmlObject().selectPath(RUN_PROPS)) {
        ((CTTextCharacterProperties) o).setLang(LANG);
      }
    }
  }

  /** Line height of the bundled face (ascent + descent of DejaVu Sans) per point of size. */
  static final double LINE = 1.17;

  /**
   * Splits bullets ({@link Deck}'s: 14 pt hanging indent, space after 30% of a line) into
   * slides' worth that fit {@code box}, measured with the bundled font's widths.
   */
  static java.util.List<java.util.List<String>> pages(java.util.List<String> lines, double size,
      Rectangle2D box) {
    double width = box.getWidth() - 2 * 7.2 - 14;
    double room = box.getHeight() - 2 * 3.6;
    java.util.List<java.util.List<String>> out = new java.util.ArrayList<>();
    java.util.List<String> page = new java.util.ArrayList<>();
    double used = 0;
    for (String line : lines) {
      double h = (wrappedLines(line, false, size, width) + 0.3) * size * LINE;
      if (!page.isEmpty() && used + h > room) {
        out.add(page);
        page = new java.util.ArrayList<>();
        used = 0;
      }
      page.add(line);
      used += h;
    }
    if (!page.isEmpty()) {
      out.add(page);
    }
    return out;
  }

  /** Lines {@code text} wraps to at {@code width} points, breaking at spaces. */
  static int wrappedLines(String text, boolean bold, double size, double width) {
    int lines = 1;
    double x = 0;
    double space = io.exaplan.report.svg.Fonts.width(" ", bold, (float) size);
    for (String word : text.split(" ")) {
      double w = io.exaplan.report.svg.Fonts.width(word, bold, (float) size);
      if (x > 0 && x + space + w > width) {
        lines++;
        x = w;
      } else {
        x += (x > 0 ? space : 0) + w;
      }
    }
    return lines;
  }

  /** The cloud baseline: one hatched rack standing for all its racks, contents not public. */
  static void cloudRack(XSLFSlide slide, Option o, Rectangle2D area) {
    XSLFTextBox head = slide.createTextBox();
    head.clearText(); // no empty 18 pt paragraph above the text
    head.setAnchor(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), 34));
    XSLFTextRun r = head.addNewTextParagraph().addNewTextRun();
    r.setText(o.space().racks() + " racks, " + Units.sig(
        o.space().rackPowerLimitWatts() / 1e3) + " kW each");
    r.setFontSize(11.0);
    r.setBold(true);
    r.setFontFamily(Deck.FONT);
    XSLFAutoShape rack = slide.createAutoShape();
    rack.clearText();
    rack.setShapeType(ShapeType.RECT);
    rack.setAnchor(new Rectangle2D.Double(area.getX() + 18, area.getY() + 46,
        area.getWidth() - 18, area.getHeight() - 76));
    rack.setFillColor(new Color(0xe9edf2));
    rack.setLineColor(new Color(0x3c3c3c));
    rack.setLineWidth(1.25);
    rack.setVerticalAlignment(VerticalAlignment.MIDDLE);
    XSLFTextRun t = rack.addNewTextParagraph().addNewTextRun();
    t.setText("contents not modelled (not public)");
    t.setFontSize(10.0);
    t.setFontFamily(Deck.FONT);
    t.setFontColor(new Color(0x3d4957));
    rack.getTextParagraphs().get(0).setTextAlign(
        org.apache.poi.sl.usermodel.TextParagraph.TextAlign.CENTER);
  }
}
