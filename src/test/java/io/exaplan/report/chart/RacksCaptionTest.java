package io.exaplan.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.Units;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.report.Cells;
import io.exaplan.report.Column;
import org.junit.jupiter.api.Test;

/** Wording a customer sees: the binding rack bound named, counts as whole numbers, plurals. */
class RacksCaptionTest {

  @Test
  void racksCaption_builtIn_namesEachOptionsBindingBound() {
    // compare at 12 kW: the pod, ncp-1eb and dense-420-210 are power-bound, dense-105-210 is
    // bound by packing (whole devices per rack: its 40 racks exceed both the space and power
    // bounds), the cloud baseline by space
    String caption = Charts.racksCaption(Registry.compare(Scenario.builtIn(), Catalog.builtIn())
        .options());
    assertThat(caption).isEqualTo("Racks are the layout engine's count, bound by power (the "
        + "rack power limit) for ncp-pod, ncp-1eb, dense-420-210; packing (whole devices per "
        + "rack) for dense-105-210; and space (rack units) for cloud-hdd");
    assertThat(Charts.optionBars(Registry.compare(Scenario.builtIn(), Catalog.builtIn())
        .options()).caption()).doesNotContain("larger of the space and power bounds");
  }

  @Test
  void display_countInAFractionColumn_hasNoDecimals() {
    Column racks = Column.number("racks", "Racks", "", 2);
    assertThat(Cells.display(racks, 31)).isEqualTo("31");
    assertThat(Cells.display(racks, 1234L)).isEqualTo("1,234");
    assertThat(Cells.display(racks, 0.8)).isEqualTo("0.80");
    assertThat(Cells.decimals(racks, 31)).isZero();
  }

  @Test
  void count_pluralByCount() {
    assertThat(Units.count(1, "site")).isEqualTo("1 site");
    assertThat(Units.count(3, "site")).isEqualTo("3 sites");
    assertThat(Units.count(0, "job")).isEqualTo("0 jobs");
    assertThat(Units.count(1_000, "replication")).isEqualTo("1,000 replications");
  }
}
