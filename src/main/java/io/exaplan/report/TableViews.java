package io.exaplan.report;

import io.exaplan.design.Comparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report's tables as a web page shows them: every cell already formatted as the text reporters
 * format it, so the page adds no rounding of its own and a new column reaches the page too.
 */
public final class TableViews {
  private TableViews() {}

  /** {title, subtitle, tables: [{id, title, layout, columns: [{key, title, numeric}], rows}]}. */
  public static Map<String, Object> of(Report r) {
    List<Object> tables = new ArrayList<>();
    for (Table t : r.tables()) {
      List<Object> columns = new ArrayList<>();
      for (Column c : t.columns()) {
        Map<String, Object> col = new LinkedHashMap<>();
        col.put("key", c.key());
        col.put("title", c.title());
        col.put("numeric", c.numeric());
        columns.add(col);
      }
      List<Object> rows = new ArrayList<>();
      for (List<Object> row : t.rows()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
          cells.add(Cells.display(t.columns().get(i), row.get(i)));
        }
        rows.add(cells);
      }
      Map<String, Object> table = new LinkedHashMap<>();
      table.put("id", t.id());
      table.put("title", t.title());
      table.put("layout", t.layout().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      table.put("columns", columns);
      table.put("rows", rows);
      tables.add(table);
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("title", r.title());
    view.put("subtitle", r.subtitle());
    view.put("tables", tables);
    if (r.json() instanceof Comparison c) {
      // The verdict rows the deck and the HTML report show, from the same function.
      List<Object> verdicts = new ArrayList<>();
      for (Verdicts v : Verdicts.of(c)) {
        List<Object> cells = new ArrayList<>();
        for (Verdicts.Cell cell : v.cells()) {
          cells.add(Map.of("option", cell.option(), "text", cell.text(), "status",
              cell.status()));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", v.label());
        row.put("cells", cells);
        verdicts.add(row);
      }
      view.put("verdicts", verdicts);
    }
    return view;
  }
}
