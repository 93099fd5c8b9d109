package io.exaplan.packing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RackPackerTest {
  private static final int CASES = Integer.getInteger("fuzz.cases", 300);

  /** Exact fewest racks by exhaustive search over every rack's contents (small counts only). */
  static int brute(RackShape s, int a, int b, int c, Map<Long, Integer> memo) {
    if (a == 0 && b == 0 && c == 0) {
      return 0;
    }
    long key = ((long) a * 1000 + b) * 1000 + c;
    Integer hit = memo.get(key);
    if (hit != null) {
      return hit;
    }
    int best = Integer.MAX_VALUE;
    for (int x = 0; x <= a; x++) {
      for (int z = 0; z <= c; z++) {
        if (!s.fits(x, 0, z)) {
          continue;
        }
        int y = 0;
        while (y < b && s.fits(x, y + 1, z)) {
          y++;
        }
        if (x + y + z == 0) {
          continue;
        }
        best = Math.min(best, 1 + brute(s, a - x, b - y, c - z, memo));
      }
    }
    memo.put(key, best);
    return best;
  }

  static RackShape randomShape(SplittableRandom r) {
    int usable = 3 + r.nextInt(14);
    int[] units = {1 + r.nextInt(3), 1 + r.nextInt(2), 1 + r.nextInt(3)};
    double[] watts = {100 + r.nextInt(2900), 100 + r.nextInt(2900), 100 + r.nextInt(2900)};
    double most = 0;
    for (int t = 0; t < 3; t++) {
      units[t] = Math.min(units[t], usable);
      most = Math.max(most, watts[t]);
    }
    double limit = most + r.nextInt(8000);
    return RackShape.of(units, watts, usable, limit);
  }

  @Test
  void count_smallRandomCases_equalsExhaustiveSearch() {
    SplittableRandom r = new SplittableRandom(11);
    int gaps = 0;
    for (int i = 0; i < CASES; i++) {
      RackShape s = randomShape(r);
      int a = r.nextInt(9);
      int b = r.nextInt(11);
      int c = r.nextInt(6);
      RackCount rc = RackPacker.count(s, a, b, c);
      int exact = brute(s, a, b, c, new HashMap<>());
      assertThat(rc.racks()).as("case %d: %d/%d/%d in %s", i, a, b, c, describe(s))
          .isEqualTo(Math.max(1, exact));
      assertThat(rc.lowerBound()).isLessThanOrEqualTo(rc.racks());
      if (!rc.proven()) {
        gaps++;
      }
      int[][] p = RackPacker.place(s, rc, a, b, c);
      assertThat(p).hasNumberOfRows(rc.racks());
      int[] sum = new int[3];
      for (int[] rack : p) {
        assertThat(s.fits(rack[0], rack[1], rack[2])).isTrue();
        for (int t = 0; t < 3; t++) {
          sum[t] += rack[t];
        }
      }
      assertThat(sum).containsExactly(a, b, c);
    }
    System.out.println("gaps " + gaps + " of " + CASES);
  }

  @Test
  void count_moreOfAnyDevice_neverFewerRacks_andEveryCountHasACertificate() {
    SplittableRandom r = new SplittableRandom(12);
    int unproven = 0;
    for (int i = 0; i < CASES; i++) {
      RackShape s = randomShape(r);
      int a = r.nextInt(2_000);
      int b = r.nextInt(4_000);
      int c = r.nextInt(300);
      RackCount rc = RackPacker.count(s, a, b, c);
      // the certificate: a placement of exactly rc.racks() racks, and bounds at or below it
      assertThat(rc.spaceBound()).isLessThanOrEqualTo(rc.racks());
      assertThat(rc.powerBound()).isLessThanOrEqualTo(rc.racks());
      assertThat(rc.packingBound()).isLessThanOrEqualTo(rc.racks());
      assertThat(RackPacker.place(s, rc, a, b, c)).hasNumberOfRows(rc.racks());
      if (!rc.proven()) {
        unproven++;
      }
      int[] more = {a, b, c};
      more[r.nextInt(3)] += 1 + r.nextInt(20);
      assertThat(RackPacker.count(s, more[0], more[1], more[2]).racks())
          .as("case %d", i).isGreaterThanOrEqualTo(rc.racks());
    }
    System.out.println("unproven " + unproven + " of " + CASES);
  }

  @Test
  void packingBound_twoUnitSwitchesInAnOddRack_seesTheWastedUnit() {
    // 5 usable U, no power limit to speak of: a rack holds at most 2 switches of 2U (4 U, the
    // fifth unit is wasted), so 10 switches need 5 racks while space says ceil(20 / 5) = 4.
    RackShape s = RackShape.of(new int[] {1, 1, 2}, new double[] {1, 1, 1}, 5, 1e6);
    RackCount rc = RackPacker.count(s, 0, 0, 10);
    assertThat(rc.spaceBound()).isEqualTo(4);
    assertThat(rc.packingBound()).isEqualTo(5);
    assertThat(rc.racks()).isEqualTo(5);
    // With 5 one-unit C-nodes to fill the wasted units: 20 + 5 = 25 U = 5 racks exactly.
    assertThat(RackPacker.count(s, 0, 5, 10).racks()).isEqualTo(5);
  }

  @Test
  void count_denseEnclosuresAtTwelveKilowatts_sixPerRack() {
    // dense-5400 1,820 W: 7 x 1,820 = 12,740 W > 12 kW, so 6 per rack (10,920 W, 12 U of 40);
    // 210 enclosures -> 35 racks although power alone says 210 x 1,820 / 12,000 = 31.85 -> 32.
    RackShape s = RackShape.of(new int[] {2, 1, 2}, new double[] {1820, 550, 1480}, 40, 12_000);
    RackCount rc = RackPacker.count(s, 210, 0, 0);
    assertThat(rc.powerBound()).isEqualTo(32);
    assertThat(rc.packingBound()).isEqualTo(35);
    assertThat(rc.racks()).isEqualTo(35);
  }

  @Test
  void count_fromAnotherThreadsWork_isTheColdCountAndChargesTheSameWork() throws Exception {
    // Random shapes and counts, each counted cold on one thread (shared counts forgotten) and
    // then on a fresh thread, whose own memo is empty, from the shared counts: the same count,
    // and the same work charged, so a search's budget does not depend on what ran before it.
    SplittableRandom r = new SplittableRandom(29);
    for (int i = 0; i < 200; i++) {
      RackShape s = randomShape(r);
      int a = r.nextInt(40);
      int b = r.nextInt(40);
      int c = r.nextInt(12);
      RackPacker.forgetShared();
      Object[] cold = onFreshThread(s, a, b, c);
      Object[] warm = onFreshThread(s, a, b, c);
      assertThat(warm[0]).as(describe(s) + " %d %d %d", a, b, c).isEqualTo(cold[0]);
      assertThat(warm[1]).as(describe(s) + " %d %d %d", a, b, c).isEqualTo(cold[1]);
    }
  }

  /** {count, work charged} of one count on a new thread (empty memo, zero work). */
  private static Object[] onFreshThread(RackShape s, int a, int b, int c) throws Exception {
    Object[] out = new Object[2];
    Thread t = new Thread(() -> {
      long before = RackPacker.workDone();
      out[0] = RackPacker.count(s, a, b, c);
      out[1] = RackPacker.workDone() - before;
    });
    t.start();
    t.join();
    assertThat(out[0]).isNotNull();
    return out;
  }

  static String describe(RackShape s) {
    return java.util.Arrays.toString(s.units) + java.util.Arrays.toString(s.watts) + " U="
        + s.usableU + " W=" + s.limitWatts;
  }
}
