package io.exaplan.packing;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.SwitchModel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The configuration bound from a remembered optimal basis (the warm start) equals the one the
 * simplex finds from scratch for each demand, on random small shapes and on every built-in
 * model combination at rack limits from 5 to 40 kW; the demands are drawn after the shape has
 * remembered bases, so most of them take the warm path.
 */
class PackingBoundTest {
  /** Every built-in enclosure, C-node and switch at 5, 8, 12, 15, 20, 25, 30 and 40 kW. */
  static List<RackShape> builtInShapes() {
    Catalog c = Catalog.builtIn();
    List<RackShape> out = new ArrayList<>();
    int usable = c.racks().values().iterator().next().usableUnits();
    for (DBoxModel b : c.dboxes().values()) {
      for (CNodeModel n : c.cnodes().values()) {
        for (SwitchModel s : c.switches().values()) {
          for (double kw : new double[] {5, 8, 12, 15, 20, 25, 30, 40}) {
            double[] w = {b.powerTypicalWatts(), n.powerTypicalWatts(), s.powerTypicalWatts()};
            if (w[0] <= kw * 1e3 && w[1] <= kw * 1e3 && w[2] <= kw * 1e3) {
              out.add(RackShape.of(new int[] {b.rackUnits(), n.rackUnits(), s.rackUnits()}, w,
                  usable, kw * 1e3));
            }
          }
        }
      }
    }
    return out;
  }

  @Test
  void packingBound_builtInShapes_equalsTheSimplex() {
    SplittableRandom r = new SplittableRandom(31);
    List<RackShape> shapes = builtInShapes();
    assertThat(shapes).hasSizeGreaterThan(20);
    for (RackShape s : shapes) {
      for (int i = 0; i < 200; i++) {
        int a = r.nextInt(i < 100 ? 300 : 100_000);
        int b = r.nextInt(i < 100 ? 600 : 1_000_000);
        int c = r.nextInt(1 + (a + b) / 8);
        assertThat(RackPacker.packingBound(s, a, b, c)).as("%d %d %d", a, b, c)
            .isEqualTo(RackPacker.packingBoundBySimplex(s, a, b, c, null));
      }
    }
  }

  @Test
  void packingBound_randomSmallShapes_equalsTheSimplex() {
    SplittableRandom r = new SplittableRandom(32);
    for (int i = 0; i < 400; i++) {
      RackShape s = RackPackerTest.randomShape(r);
      for (int j = 0; j < 20; j++) {
        int a = r.nextInt(200);
        int b = r.nextInt(200);
        int c = r.nextInt(60);
        assertThat(RackPacker.packingBound(s, a, b, c)).as("shape %d: %d %d %d", i, a, b, c)
            .isEqualTo(RackPacker.packingBoundBySimplex(s, a, b, c, null));
      }
    }
  }
}
