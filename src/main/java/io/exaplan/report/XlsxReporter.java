package io.exaplan.report;

import io.exaplan.design.Comparison;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook with one sheet per table. Side-by-side tables keep options as columns (the view the
 * meeting asked for, cloud baseline included); derived cells are Excel formulas over the cells
 * they come from, with cached values so readers that do not recalculate still see numbers.
 */
final class XlsxReporter implements Reporter {
  private static final Pattern REF = Pattern.compile("\\{([A-Za-z0-9]+)}");

  @Override
  public void write(Report report, OutputStream out) throws IOException {
    // POI's initialisers, when started ahead on another thread, end first: WorkbookWarmUp
    WorkbookWarmUp.await();
    // dated, locale-independent and with fixed ZIP entry times: OfficeFiles
    OfficeFiles.write(out, report.date(), () -> {
      XSSFWorkbook wb = new XSSFWorkbook(new PlainStrings.Factory());
      wb.getProperties().getCoreProperties().setTitle(report.title());
      wb.getProperties().getCoreProperties().setCreator("exaplan");
      Styles styles = new Styles(wb);
      boolean live = report.json() instanceof Comparison c && c.catalog() != null;
      if (live) {
        Comparison c = (Comparison) report.json();
        WorkbookSheets.live(wb, c, report.table("metrics"), styles);
      }
      Set<String> names = new HashSet<>();
      for (Table t : report.tables()) {
        if (live && t.id().equals("metrics")) {
          continue;
        }
        Sheet sheet = wb.createSheet(sheetName(t, live, names));
        if (t.layout() == Table.Layout.SIDE_BY_SIDE) {
          sideBySide(sheet, t, styles);
        } else {
          rows(sheet, t, styles);
        }
        WorkbookSheets.print(sheet);
      }
      wb.forEach(WorkbookSheets::fitRows);
      XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
      return wb;
    });
  }

  private static void rows(Sheet sheet, Table t, Styles styles) {
    Row head = sheet.createRow(0);
    for (int c = 0; c < t.columns().size(); c++) {
      Cell cell = head.createCell(c);
      cell.setCellValue(t.columns().get(c).title());
      cell.setCellStyle(styles.header);
    }
    for (int r = 0; r < t.rows().size(); r++) {
      Row row = sheet.createRow(r + 1);
      int excelRow = r + 2;
      for (int c = 0; c < t.columns().size(); c++) {
        Column col = t.columns().get(c);
        put(row.createCell(c), col, t.rows().get(r).get(c), styles, key -> {
          int i = t.indexOf(key);
          return CellReference.convertNumToColString(i) + excelRow;
        });
      }
    }
    sheet.createFreezePane(1, 1);
    widths(sheet, t.columns().size(), t);
  }

  private static void sideBySide(Sheet sheet, Table t, Styles styles) {
    Table.Transposed x = t.transposed();
    Row head = sheet.createRow(0);
    Cell corner = head.createCell(0);
    corner.setCellValue(x.corner());
    corner.setCellStyle(styles.header);
    for (int r = 0; r < x.heads().size(); r++) {
      Cell cell = head.createCell(r + 1);
      cell.setCellValue(x.heads().get(r));
      cell.setCellStyle(styles.header);
    }
    // line i sits in sheet row i + 1, so a formula's {key} is Excel row indexOf(key) + 1
    for (int i = 0; i < x.lines().size(); i++) {
      Table.Transposed.Line l = x.lines().get(i);
      Row row = sheet.createRow(i + 1);
      Cell label = row.createCell(0);
      label.setCellValue(l.column().title());
      label.setCellStyle(styles.header);
      for (int r = 0; r < l.values().size(); r++) {
        String colLetter = CellReference.convertNumToColString(r + 1);
        put(row.createCell(r + 1), l.column(), l.values().get(r), styles,
            key -> colLetter + (t.indexOf(key) + 1));
      }
    }
    sheet.createFreezePane(1, 1);
    widths(sheet, t.rows().size() + 1, t);
  }

  private static void put(Cell cell, Column col, Object v, Styles styles,
      Function<String, String> ref) {
    if (col.formula() != null && v instanceof Number) {
      Matcher m = REF.matcher(col.formula());
      StringBuilder f = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(f, ref.apply(m.group(1)));
      }
      m.appendTail(f);
      cell.setCellFormula(f.toString());
      cell.setCellStyle(styles.number(col.decimals()));
    } else if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
      cell.setCellValue(n.doubleValue());
      cell.setCellStyle(styles.number(col.numeric() ? Cells.decimals(col, v) : 0));
    } else if (v instanceof Boolean b) {
      cell.setCellValue(b);
    } else if (v != null) {
      cell.setCellValue(v.toString());
      cell.setCellStyle(styles.wrap);
    } else if (v == null) {
      cell.setCellValue("-");
    }
  }

  /**
   * Text columns as wide as their longest cell (10 to 80 characters): a fixed 80 made a sheet of
   * short words ("yes", "staggered only") print at a third of its size, fitted to the width.
   */
  private static void widths(Sheet sheet, int columns, Table t) {
    for (int c = 0; c < columns; c++) {
      int chars = c == 0 ? 28 : 16;
      if (t.layout() != Table.Layout.SIDE_BY_SIDE && c < t.columns().size()
          && !t.columns().get(c).numeric()) {
        int longest = 0;
        for (List<Object> r : t.rows()) {
          longest = Math.max(longest, Cells.display(t.columns().get(c), r.get(c)).length());
        }
        int cap = t.layout() == Table.Layout.BLOCKS || c > 0 ? 80 : 28;
        chars = Math.max(10, Math.min(cap, longest + 2));
      }
      sheet.setColumnWidth(c, chars * 256);
    }
  }

  /** Short fixed sheet names of the tables that have one; others are made from the id. */
  private static final Map<String, String> SHEETS = Map.ofEntries(
      Map.entry("metrics", "Options"), Map.entry("checkpoint", "Checkpoints"),
      Map.entry("notes", "Notes"), Map.entry("assumptions", "Assumptions"),
      Map.entry("inputs", "Scenario"), Map.entry("durability", "Durability"),
      Map.entry("sensitivity", "Durability sensitivity"),
      Map.entry("rebuildCheckpoints", "Rebuild checkpoints"));

  /**
   * A short fixed name per table (Excel allows 31 characters, no \\ / ? * [ ] :): "Options",
   * "Checkpoints"; other ids split at capitals ("wanBacklog" to "Wan backlog"), unique.
   */
  static String sheetName(Table t, boolean live, Set<String> taken) {
    String base = SHEETS.get(t.id());
    if (base == null || (!live && t.id().equals("inputs"))) {
      base = words(t.id());
    }
    String name = base.length() > 28 ? base.substring(0, 28).trim() : base;
    String out = name;
    for (int i = 2; !taken.add(out.toLowerCase(Locale.ROOT)); i++) {
      out = name + " " + i;
    }
    return out;
  }

  /** "rebuildCheckpoints" to "Rebuild checkpoints". */
  static String words(String id) {
    StringBuilder sb = new StringBuilder();
    for (char ch : id.toCharArray()) {
      if (!Character.isLetterOrDigit(ch)) {
        sb.append(' ');
      } else if (Character.isUpperCase(ch) && sb.length() > 0) {
        sb.append(' ').append(Character.toLowerCase(ch));
      } else {
        sb.append(sb.length() == 0 ? Character.toUpperCase(ch) : ch);
      }
    }
    return sb.toString().trim();
  }

  static final class Styles {
    final XSSFWorkbook wb;
    final CellStyle header;
    final CellStyle section;
    final CellStyle label;
    final CellStyle wrap;
    final CellStyle text;
    /** An input's Excel name: top-aligned with its value, indented off the value beside it. */
    final CellStyle name;
    final Map<Integer, CellStyle> numbers = new HashMap<>();
    final Map<Integer, CellStyle> inputs = new HashMap<>();

    Styles(XSSFWorkbook wb) {
      this.wb = wb;
      Font bold = wb.createFont();
      bold.setBold(true);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      section = wb.createCellStyle();
      section.setFont(bold);
      label = wb.createCellStyle();
      label.setFont(bold);
      label.setWrapText(true);
      label.setVerticalAlignment(VerticalAlignment.TOP);
      wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      text = wb.createCellStyle();
      text.setAlignment(HorizontalAlignment.RIGHT);
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      name = wb.createCellStyle();
      name.setVerticalAlignment(VerticalAlignment.TOP);
      name.setIndention((short) 1);
    }

    CellStyle number(int decimals) {
      return numbers.computeIfAbsent(decimals, d -> {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(format(d));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
      });
    }

    /** An input cell: editable, pale yellow; text when {@code decimals} < 0. */
    CellStyle input(int decimals) {
      return inputs.computeIfAbsent(decimals, d -> {
        CellStyle s = wb.createCellStyle();
        if (d >= 0) {
          s.setDataFormat(format(d));
        } else {
          s.setAlignment(HorizontalAlignment.RIGHT);
        }
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
      });
    }

    private short format(int d) {
      return wb.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d));
    }
  }
}
