package io.exaplan.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Options;
import io.exaplan.design.Scenario;
import org.junit.jupiter.api.Test;

class SpreadTest {
  @Test
  void spread_densePerformance_evenWithExtrasRotating() {
    Catalog c = Catalog.builtIn();
    Sizing z = SizingEngine.size(Options.design(Scenario.builtIn(), c, c.dbox("dense-5400"), 210,
        420));
    int[][] s = SizingEngine.spread(z);
    // 60 racks: 210 enclosures = 3 each + 1 more in racks 1-30; 420 C-nodes = 7 each (no
    // extras); 26 switches = 0 each + 1 in the 26 racks after the enclosures' extras (31-56).
    assertThat(s).hasNumberOfRows(60);
    assertThat(s[0]).containsExactly(4, 7, 0);
    assertThat(s[29]).containsExactly(4, 7, 0);
    assertThat(s[30]).containsExactly(3, 7, 1);
    assertThat(s[55]).containsExactly(3, 7, 1);
    assertThat(s[56]).containsExactly(3, 7, 0);
    int[] sum = new int[3];
    for (int[] r : s) {
      for (int t = 0; t < 3; t++) {
        sum[t] += r[t];
      }
    }
    assertThat(sum).containsExactly(210, 420, 26);
  }
}
