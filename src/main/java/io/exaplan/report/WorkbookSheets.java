package io.exaplan.report;

import io.exaplan.design.Comparison;
import io.exaplan.design.Option;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook of {@code compare} as a live model: an Inputs sheet (every scenario and catalog
 * figure the options use, each cell an Excel defined name) and an Options sheet whose derived
 * figures are formulas over those names ({@link WorkbookModel}), followed by the engine's other
 * columns as values. Every sheet prints landscape, fit to the page width, with its header row and
 * first column repeated on each page.
 */
final class WorkbookSheets {
  private WorkbookSheets() {}

  static final String INPUTS = "Inputs";
  static final String OPTIONS = "Options";
  private static final Pattern REF = Pattern.compile("\\{([A-Za-z0-9]+)}");

  /** Metrics columns the model rows already give, so the values below do not repeat them. */
  private static final Set<String> MODELLED = Set.of("id", "name", "gpusServed", "dboxModel",
      "dboxes", "cnodes", "rawPB", "usablePB", "usableRatio", "readTBps", "readBound",
      "writeTBps", "writeBound", "nodeRU", "rackUnits", "switches", "racks", "rackBound",
      "spaceBoundRacks", "powerBoundRacks", "powerKW", "powerMaxKW", "pbPerRack", "readPerKW",
      "writePerKW", "readPerGpu", "writePerGpu", "needReadTBps", "needWriteTBps",
      "meetsGuidance", "meetsCapacityTarget");

  static void live(XSSFWorkbook wb, Comparison c, Table metrics, XlsxReporter.Styles st) {
    Sheet options = wb.createSheet(OPTIONS);
    Sheet inputs = wb.createSheet(INPUTS);
    inputs(wb, inputs, WorkbookInputs.of(c), st);
    options(options, c, metrics, st);
  }

  private static void inputs(XSSFWorkbook wb, Sheet sheet, WorkbookInputs in,
      XlsxReporter.Styles st) {
    Row head = sheet.createRow(0);
    String[] titles = {"Input (unit)", "Value", "Excel name", "Source"};
    for (int i = 0; i < titles.length; i++) {
      Cell cell = head.createCell(i);
      cell.setCellValue(titles[i]);
      cell.setCellStyle(st.header);
    }
    int r = 1;
    for (WorkbookInputs.Section sec : in.sections()) {
      Cell title = sheet.createRow(r++).createCell(0);
      title.setCellValue(sec.title());
      title.setCellStyle(st.section);
      for (WorkbookInputs.Input i : sec.inputs()) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(i.title());
        row.getCell(0).setCellStyle(st.wrap);
        Cell v = row.createCell(1);
        if (i.value() instanceof Number n) {
          v.setCellValue(n.doubleValue());
          v.setCellStyle(st.input(decimals(n.doubleValue())));
        } else {
          v.setCellValue(String.valueOf(i.value()));
          v.setCellStyle(st.input(-1));
        }
        Cell excelName = row.createCell(2);
        excelName.setCellValue(i.name());
        excelName.setCellStyle(st.name);
        Cell src = row.createCell(3);
        src.setCellValue(i.source());
        src.setCellStyle(st.wrap);
        Name name = wb.createName();
        name.setNameName(i.name());
        name.setRefersToFormula(INPUTS + "!$B$" + (r + 1));
        r++;
      }
    }
    sheet.setColumnWidth(0, 44 * 256);
    sheet.setColumnWidth(1, 14 * 256);
    sheet.setColumnWidth(2, 26 * 256);
    sheet.setColumnWidth(3, 90 * 256);
    sheet.createFreezePane(1, 1);
    print(sheet);
  }

  /** Enough decimals to show a catalog figure exactly (0.0888, 61.44, 3.25), at most 4. */
  private static int decimals(double v) {
    for (int d = 0; d < 4; d++) {
      double scaled = v * Math.pow(10, d);
      if (Math.abs(scaled - Math.rint(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) {
        return d;
      }
    }
    return 4;
  }

  private static void options(Sheet sheet, Comparison c, Table metrics, XlsxReporter.Styles st) {
    List<Option> opts = c.options();
    List<WorkbookModel.Row> rows = WorkbookModel.rows(c.scenario());
    Map<String, Integer> rowOf = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      rowOf.put(rows.get(i).key(), i + 1);
    }
    Row head = sheet.createRow(0);
    Cell corner = head.createCell(0);
    corner.setCellValue("Figure (unit)");
    corner.setCellStyle(st.header);
    for (int j = 0; j < opts.size(); j++) {
      Cell cell = head.createCell(j + 1);
      cell.setCellValue(opts.get(j).id());
      cell.setCellStyle(st.header);
    }
    for (int i = 0; i < rows.size(); i++) {
      WorkbookModel.Row spec = rows.get(i);
      Row row = sheet.createRow(i + 1);
      Cell label = row.createCell(0);
      label.setCellValue(spec.key().equals("racks") ? WorkbookModel.PACKED_RACKS : spec.title());
      label.setCellStyle(st.label);
      for (int j = 0; j < opts.size(); j++) {
        String col = CellReference.convertNumToColString(j + 1);
        Object v = spec.cell().apply(opts.get(j));
        Cell cell = row.createCell(j + 1);
        if (v instanceof String f && f.startsWith("=")) {
          cell.setCellFormula(resolve(f.substring(1), col, rowOf));
          cell.setCellStyle(spec.decimals() < 0 ? st.text : st.number(spec.decimals()));
        } else if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
          cell.setCellStyle(spec.kind() == WorkbookModel.Kind.INPUT ? st.input(spec.decimals())
              : st.number(Math.max(0, spec.decimals())));
        } else if (v != null) {
          cell.setCellValue(v.toString());
          cell.setCellStyle(st.text);
        } else {
          cell.setCellValue("-");
          cell.setCellStyle(st.text);
        }
      }
    }
    // The engine's other columns (certification, erasure code, durability): values.
    int r = rows.size() + 1;
    Cell note = sheet.createRow(r++).createCell(0);
    note.setCellValue("Computed by exaplan (values)");
    note.setCellStyle(st.section);
    for (int k = 0; k < metrics.columns().size(); k++) {
      Column col = metrics.columns().get(k);
      if (MODELLED.contains(col.key())) {
        continue;
      }
      Row row = sheet.createRow(r++);
      Cell label = row.createCell(0);
      label.setCellValue(col.title());
      label.setCellStyle(st.label);
      for (int j = 0; j < metrics.rows().size(); j++) {
        Object v = metrics.rows().get(j).get(k);
        Cell cell = row.createCell(j + 1);
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
          cell.setCellValue(n.doubleValue());
          cell.setCellStyle(st.number(col.numeric() ? col.decimals() : 0));
        } else {
          cell.setCellValue(Cells.display(col, v));
          cell.setCellStyle(st.text);
        }
      }
    }
    sheet.setColumnWidth(0, 46 * 256);
    for (int j = 0; j < opts.size(); j++) {
      sheet.setColumnWidth(j + 1, 17 * 256);
    }
    sheet.createFreezePane(1, 1);
    print(sheet);
  }

  /** "{usablePB}/{racks}" in column C to "C13/C38". */
  private static String resolve(String f, String col, Map<String, Integer> rowOf) {
    Matcher m = REF.matcher(f);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Integer row = rowOf.get(m.group(1));
      if (row == null) {
        throw new IllegalStateException("workbook formula refers to unknown row " + m.group(1));
      }
      m.appendReplacement(out, col + (row + 1));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Rows as tall as their wrapped text: readers do not grow rows on opening a file, so long
   * notes would print over the next row. Lines are estimated from the column width in characters
   * (a wide character allowance, so text is never cut).
   */
  static void fitRows(Sheet sheet) {
    for (Row row : sheet) {
      int lines = 1;
      for (Cell cell : row) {
        if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
            || !cell.getCellStyle().getWrapText()) {
          continue;
        }
        double chars = Math.max(4, sheet.getColumnWidth(cell.getColumnIndex()) / 256.0 * 0.95);
        int n = 0;
        for (String para : cell.getStringCellValue().split("\n", -1)) {
          n += Math.max(1, (int) Math.ceil(para.length() / chars));
        }
        lines = Math.max(lines, n);
      }
      if (lines > 1) {
        row.setHeightInPoints(lines * 13.5f);
      }
    }
  }

  /** Landscape, one page wide, header row and first column on every page. */
  static void print(Sheet sheet) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setLandscape(true);
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
  }
}
