package io.exaplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tables for the page carry the text reporters' cell formatting. */
class TableViewsTest {

  @Test
  void of_cells_areFormattedAsTheTextReports() {
    Table t = new Table.Builder("m", "Metrics", Table.Layout.SIDE_BY_SIDE, List.of(
        Column.text("id", "Option"), Column.number("usablePB", "Usable", "PB", 1),
        Column.count("racks", "Racks"), Column.text("certified", "Certified")))
        .row("a", 1004.3333, 1234, true)
        .row("b", null, 7, false)
        .build();

    Map<String, Object> v = TableViews.of(new Report("title", "sub", Map.of(), List.of(t)));

    assertThat(v.get("title")).isEqualTo("title");
    @SuppressWarnings("unchecked")
    Map<String, Object> table = ((List<Map<String, Object>>) v.get("tables")).get(0);
    assertThat(table.get("layout")).isEqualTo("side-by-side");
    assertThat(table.get("rows")).isEqualTo(List.of(
        List.of("a", "1,004.3", "1,234", "yes"), List.of("b", "-", "7", "no")));
    assertThat(table.get("columns")).asList().first()
        .isEqualTo(Map.of("key", "id", "title", "Option", "numeric", false));
    assertThat(table.get("columns")).asList().element(1)
        .isEqualTo(Map.of("key", "usablePB", "title", "Usable (PB)", "numeric", true));
  }
}
