package io.exaplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Comparison;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurabilityViewTest {
  private static final Comparison CMP = Registry.compare(Scenario.builtIn(), Catalog.builtIn());

  private static Table table(Report r, String id) {
    return r.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void compare_checkpointsDuringARebuild_useTheWriteLeftToTraining() {
    // Synchronous checkpoints, stall <= 5%: shortest interval = bytes / (0.05 x write). During the
    // pod's enclosure rebuild training keeps 75% of 1.4625 TB/s = 1.096875 TB/s.
    Report r = OptionViews.compare(CMP);
    Table during = table(r, "rebuildCheckpoints");
    double bytes = CMP.checkpoint().checkpoint().checkpointBytes();
    List<Object> pod = during.rows().get(0);
    assertThat(pod.get(0)).isEqualTo("ncp-pod");
    int shortest = during.indexOf("minIntervalS");
    assertThat((Double) pod.get(shortest))
        .isCloseTo(bytes / (0.05 * 1.096875e12), within(1e-9));
    // The healthy table's shortest interval is 3/4 of it (write 1.4625 TB/s).
    List<Object> healthy = table(r, "checkpoint").rows().get(0);
    assertThat((Double) pod.get(shortest))
        .isCloseTo((Double) healthy.get(shortest) * 4 / 3, within(1e-9));
  }

  @Test
  void compare_positionalTablesOfOtherViews_keepTheirPlaces() {
    // The HTML report and the deck read compare's tables by position; the physical checks and
    // the cabling BOM are appended last.
    List<String> ids = OptionViews.compare(CMP).tables().stream().map(Table::id).toList();
    assertThat(ids).containsExactly("metrics", "checkpoint", "notes", "assumptions", "inputs",
        "sensitivity", "rebuildCheckpoints", "shards", "gpuSide", "twoTier", "workload",
        "physical", "bom");
  }
}
