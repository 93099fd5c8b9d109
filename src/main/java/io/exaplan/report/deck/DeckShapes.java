package io.exaplan.report.deck;

import static io.exaplan.report.deck.Deck.FONT;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The deck's POI shapes: text in the deck's font, bullet lists, real tables with header fills and
 * right-aligned numbers, the verdict fills. Apart from {@link Deck}, which only decides what goes
 * on which slide, so a restyle is one place.
 */
final class DeckShapes {
  private DeckShapes() {}

  /** Header row and column fill. */
  static final Color HEAD_FILL = new Color(0xeef2f7);

  /** A cell that is a number ("1,004.3", "-", "0.341"): right-aligned. */
  static final Pattern NUMBER = Pattern.compile(
      "-?[0-9][0-9,]*(\\.[0-9]+)?");

  static Color statusColour(String status) {
    return switch (status) {
      case "yes" -> new Color(0xdff0d8);
      case "partial" -> new Color(0xfcf0d0);
      case "none" -> Color.WHITE;
      default -> new Color(0xf6d5d2);
    };
  }

  static void setText(XSLFTextShape shape, String text, double size, boolean bold,
      Color colour) {
    shape.clearText();
    String[] lines = text.split("\n");
    for (String line : lines) {
      XSLFTextParagraph p = shape.addNewTextParagraph();
      XSLFTextRun r = p.addNewTextRun();
      r.setText(line);
      r.setFontSize(size);
      r.setBold(bold);
      r.setFontFamily(FONT);
      r.setFontColor(colour);
    }
  }

  static void bullets(XSLFSlide slide, List<String> lines, double size,
      Rectangle2D anchor) {
    bullets(slide, lines, size, anchor, line -> TEXT);
  }

  /** Body text colour. */
  static final Color TEXT = new Color(0x1a1a1a);

  /** A bullet list, each line in the colour {@code colour} gives it (the claims' verdicts). */
  static void bullets(XSLFSlide slide, List<String> lines, double size,
      Rectangle2D anchor, IntFunction<Color> colour) {
    XSLFTextBox box = slide.createTextBox();
    box.clearText(); // no empty 18 pt paragraph above the text
    box.setAnchor(anchor);
    box.setWordWrap(true);
    for (int i = 0; i < lines.size(); i++) {
      XSLFTextParagraph p = box.addNewTextParagraph();
      p.setBullet(true);
      p.setIndent(-12.0);
      p.setLeftMargin(14.0);
      p.setSpaceAfter(30.0);
      XSLFTextRun r = p.addNewTextRun();
      r.setText(lines.get(i));
      r.setFontSize(size);
      r.setFontFamily(FONT);
      r.setFontColor(colour.apply(i));
    }
  }

  /** A real table: first row and first column as headers; optional cell fills per row. */
  static void table(XSLFSlide slide, List<List<String>> rows, double size,
      Rectangle2D anchor, List<List<Color>> fills) {
    table(slide, rows, size, anchor, fills, Math.min(220, anchor.getWidth() * 0.3));
  }

  static void table(XSLFSlide slide, List<List<String>> rows, double size,
      Rectangle2D anchor, List<List<Color>> fills, double firstW) {
    XSLFTable t = slide.createTable();
    int cols = rows.get(0).size();
    double otherW = (anchor.getWidth() - firstW) / (cols - 1);
    for (int r = 0; r < rows.size(); r++) {
      XSLFTableRow row = t.addRow();
      row.setHeight(size * 1.9);
      for (int c = 0; c < cols; c++) {
        XSLFTableCell cell = row.addCell();
        cell.clearText();
        XSLFTextRun run = cell.addNewTextParagraph().addNewTextRun();
        run.setText(rows.get(r).get(c));
        run.setFontSize(size);
        run.setFontFamily(FONT);
        run.setBold(r == 0 || c == 0);
        if (r > 0 && c > 0 && NUMBER.matcher(rows.get(r).get(c)).matches()) {
          cell.getTextParagraphs().get(0).setTextAlign(
              TextAlign.RIGHT);
        }
        Color fill = r == 0 ? HEAD_FILL : fills != null && fills.get(r) != null
            ? fills.get(r).get(c) : c == 0 ? HEAD_FILL : Color.WHITE;
        cell.setFillColor(fill);
        for (BorderEdge e : BorderEdge.values()) {
          cell.setBorderColor(e, new Color(0xb0b0b0));
          cell.setBorderWidth(e, 0.75);
        }
      }
    }
    t.setColumnWidth(0, firstW);
    for (int c = 1; c < cols; c++) {
      t.setColumnWidth(c, otherW);
    }
    t.setAnchor(new Rectangle2D.Double(anchor.getX(), anchor.getY(), anchor.getWidth(),
        rows.size() * size * 1.9));
  }
}
