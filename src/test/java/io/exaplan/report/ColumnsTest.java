package io.exaplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.audit.Auditor;
import io.exaplan.audit.ClaimsLoader;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.Requirements;
import io.exaplan.design.Comparison;
import io.exaplan.design.Option;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.report.html.HtmlReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A column is declared once with the function that reads it: adding one line to a view's
 * {@link Columns} puts the field in every format that renders tables, under its own header.
 */
class ColumnsTest {
  private static final String PROBE = "Probe: racks x 7";
  private static Comparison cmp;
  private static Report probed;

  @BeforeAll
  static void build() {
    cmp = Registry.compare(Scenario.builtIn(), Catalog.builtIn());
    Columns<Option> withProbe = OptionViews.METRICS.count("probeRacksX7", PROBE,
        o -> o.space().racks() * 7);
    Report base = OptionViews.compare(cmp);
    List<Table> tables = new ArrayList<>(base.tables());
    tables.set(tables.indexOf(base.table("metrics")),
        OptionViews.metrics(cmp.options(), withProbe));
    probed = new Report(base.title(), base.subtitle(), base.json(), tables, base.date());
  }

  /** Each option's probe value as a person sees it: racks x 7, e.g. 19 racks give "133". */
  private static List<String> probeValues() {
    return cmp.options().stream().map(o -> String.valueOf(o.space().racks() * 7)).toList();
  }

  private static String render(ReportFormat f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.reporter().write(probed, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void addedColumn_textFormats_showHeaderAndEveryOptionsValue() throws IOException {
    for (ReportFormat f : List.of(ReportFormat.TABLE, ReportFormat.MD, ReportFormat.CSV)) {
      String text = render(f);
      String line = text.lines().filter(l -> l.contains(PROBE)).findFirst().orElse("");
      assertThat(line).as(f.key()).isNotEmpty();
      if (f == ReportFormat.CSV) {
        // CSV keeps one row per option: the header is in the first line, values in the rest
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        int col = rows.get(0).toList().indexOf(PROBE);
        assertThat(col).isPositive();
        for (int i = 0; i < cmp.options().size(); i++) {
          assertThat(rows.get(i + 1).get(col)).isEqualTo(probeValues().get(i));
        }
      } else {
        // side by side: one line for the column, one cell per option, thousands grouped
        // (5 x 32 racks x 7 = 1,120 reads "1,120")
        List<String> cells = List.of(line.split("[\\s|]+"));
        for (String v : probeValues()) {
          assertThat(cells).as(f.key()).contains(
              String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(v)));
        }
      }
    }
  }

  @Test
  void addedColumn_workbook_hasTheColumnWithNumericCells() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.XLSX.reporter().write(probed, out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<String> found = new ArrayList<>();
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.toString().equals(PROBE)) {
              found.add(sheet.getSheetName());
            }
          }
        }
      }
      assertThat(found).isNotEmpty();
    }
  }

  @Test
  void addedColumn_html_showsItInTheAppendix() throws IOException {
    Scenario s = cmp.scenario();
    Catalog c = Catalog.builtIn();
    List<Deliverables.OptionSheets> sheets = new ArrayList<>();
    for (Option o : cmp.options()) {
      sheets.add(Deliverables.sheets(o, s, c));
    }
    // the studies (optimize, sites, simulate) and charts are not tables of compare: left out
    Deliverables withProbe = new Deliverables(s, cmp, probed,
        Auditor.audit(ClaimsLoader.load(null, c), s, c), sheets, List.of(),
        CheckpointFindings.of(cmp), Requirements.builtIn(), List.of());
    Deliverables without = new Deliverables(s, cmp, OptionViews.compare(cmp), withProbe.audit(),
        sheets, List.of(), withProbe.checkpoint(), withProbe.requirements(), List.of());
    assertThat(HtmlReport.render(withProbe)).contains(PROBE);
    assertThat(HtmlReport.render(without)).doesNotContain(PROBE);

    // the deck's options slide shows a chosen set of metrics by key (Deck.TABLE_ROWS): a new
    // column reaches it when its key joins that list, so the deck is not asserted here
  }

  @Test
  void cells_followTheDeclaredOrder() {
    Columns<String> cols = Columns.<String>of().text("s", "S", x -> x)
        .count("n", "N", String::length).flag("long", "Long", x -> x.length() > 3);
    assertThat(cols.columns()).extracting(Column::key).containsExactly("s", "n", "long");
    assertThat(cols.cells("abcd")).containsExactly("abcd", 4, "yes");
    assertThat(cols.cells("ab")).containsExactly("ab", 2, "no");
  }

  @Test
  void sameKeyTwice_isRejected() {
    assertThatThrownBy(() -> Columns.<String>of().text("s", "S", x -> x).text("s", "T", x -> x))
        .hasMessage("column 's' declared twice");
  }

  @Test
  void keyedLine_fillsNamedCellsAndLeavesTheRestEmpty() {
    Columns<String> cols = Columns.<String>of().text("s", "S", x -> x)
        .count("n", "N", String::length).text("note", "Note", x -> "record");
    Columns<String>.Rows rows = cols.rows("t", "T", Table.Layout.ROWS).add("ab");
    rows.line().put("s", "total").put("n", 2).done();
    Table t = rows.build();
    assertThat(t.rows()).containsExactly(List.of("ab", 2, "record"),
        java.util.Arrays.asList("total", 2, null));
  }

  @Test
  void keyedLine_unknownOrRepeatedKey_isRejected() {
    Columns<String>.Rows rows = Columns.<String>of().text("s", "S", x -> x)
        .rows("t", "T", Table.Layout.ROWS);
    assertThatThrownBy(() -> rows.line().put("x", 1)).hasMessage("t: no column 'x'");
    assertThatThrownBy(() -> rows.line().put("s", 1).put("s", 2))
        .hasMessage("t: column 's' set twice");
  }
}
