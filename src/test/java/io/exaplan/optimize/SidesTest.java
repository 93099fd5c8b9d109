package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.design.Scenario;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Sides} restates the engine's throughput as min(C-node side, enclosure side); these
 * tests prove the restatement is bit-identical to {@link SizingEngine} and that each side only
 * grows with its count, which is what makes the least counts exact.
 */
class SidesTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  private static List<Group> groups() {
    List<Group> out = new ArrayList<>(SearchSpace.of(Scenario.builtIn(), CATALOG).groups());
    out.addAll(SmallSpace.SPACE.groups());
    return out;
  }

  private static SearchSpace spaceOf(Group g) {
    return g.dbox().id().startsWith("box-") ? SmallSpace.SPACE
        : SearchSpace.of(Scenario.builtIn(), CATALOG);
  }

  @Test
  void sides_randomDesigns_equalTheEngineBitForBit() {
    SplittableRandom r = new SplittableRandom(1);
    List<Group> groups = groups();
    for (int i = 0; i < 3000; i++) {
      Group g = groups.get(r.nextInt(groups.size()));
      SearchSpace sp = spaceOf(g);
      int n = 2 + r.nextInt(r.nextBoolean() ? 12 : 3000);
      int k = 1 + r.nextInt(r.nextBoolean() ? 12 : 6000);
      Sizing z = SizingEngine.size(sp.design(g, n, k));
      assertThat(Math.min(Sides.cnodeRead(g.cnode(), k), Sides.dboxRead(g.dbox(), n)))
          .as("read %s %d/%d", g.label(), n, k).isEqualTo(z.readBytesPerSec());
      assertThat(Math.min(Sides.cnodeWrite(g.cnode(), k),
          Sides.dboxWrite(g.dbox(), n, sp.capacity())))
          .as("write %s %d/%d", g.label(), n, k).isEqualTo(z.writeBytesPerSec());
      assertThat(Sides.stripeEfficiency(sp.capacity(), (long) n * g.dbox().drives()))
          .isEqualTo(z.stripeEfficiency());
      assertThat(SizingEngine.usableBytes(g.dbox(), n, sp.capacity()))
          .isEqualTo(z.usableBytes());
    }
  }

  @Test
  void sides_moreDevices_neverLessThroughput() {
    SplittableRandom r = new SplittableRandom(2);
    List<Group> groups = groups();
    for (int i = 0; i < 3000; i++) {
      Group g = groups.get(r.nextInt(groups.size()));
      DBoxModel b = g.dbox();
      CNodeModel c = g.cnode();
      int n = 1 + r.nextInt(2000);
      int k = 1 + r.nextInt(2000);
      int more = 1 + r.nextInt(20);
      var cap = spaceOf(g).capacity();
      assertThat(Sides.dboxRead(b, n + more)).isGreaterThanOrEqualTo(Sides.dboxRead(b, n));
      assertThat(Sides.dboxWrite(b, n + more, cap))
          .isGreaterThanOrEqualTo(Sides.dboxWrite(b, n, cap));
      assertThat(Sides.cnodeRead(c, k + more)).isGreaterThanOrEqualTo(Sides.cnodeRead(c, k));
      assertThat(Sides.cnodeWrite(c, k + more)).isGreaterThanOrEqualTo(Sides.cnodeWrite(c, k));
    }
  }

  @Test
  void cnodeWrite_gen6_isFrontEndBelowPortRate() {
    // 420 C-nodes x 3.25 GB/s = 1.365 TB/s; ports 420 x 4 x 25 GB/s / 2 = 21 TB/s.
    assertThat(Sides.cnodeWrite(CATALOG.cnode("cnode-gen6"), 420)).isEqualTo(1.365e12);
  }

  @Test
  void dboxWrite_dense210_isMediaTimesStripeEfficiency() {
    // 210 x 30 GB/s = 6.3 TB/s on media, x 146/150 = 6.132 TB/s of user writes
    // (ports 210 x 4 x 12.5 GB/s = 10.5 TB/s do not bind).
    assertThat(Sides.dboxWrite(CATALOG.dbox("dense-5400"), 210, CATALOG.capacity()))
        .isCloseTo(6.132e12, org.assertj.core.data.Offset.offset(1e3));
  }

  @Test
  void least_monotonePredicate_findsTheFirstTrue() {
    assertThat(Sides.least(1, 1_000_000, x -> x >= 209)).isEqualTo(209);
    assertThat(Sides.least(5, 10, x -> true)).isEqualTo(5);
    assertThat(Sides.least(1, 100, x -> x > 100)).isEqualTo(-1);
  }
}
