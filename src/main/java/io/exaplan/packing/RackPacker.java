package io.exaplan.packing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fewest racks for a design's enclosures, C-nodes and switches, with a certificate, and the
 * devices per rack that achieve it (docs/model.md, "Racks: the layout engine").
 *
 * <p>Counting. Racks are grouped by how many switches they have room for ({@link RackShape}
 * slices). For a rack count R the engine asks, for every pair of slices {@code c1 <= c2}, whether
 * {@code n1} racks of slice c1 and {@code R - n1} of slice c2 can hold every switch and, beside
 * them, every enclosure and C-node. The second question is exact and cheap: the (enclosure,
 * C-node) pairs a set of racks can hold are the lattice points of the Minkowski sum of their
 * slices' polygons (lattice polygons in the plane have this property: Haase, Nill, Paffenholz and
 * Santos, "Lattice points in Minkowski sums", 2008), so it is a handful of linear inequalities in
 * n1, solved as an interval. The answer is the least R for which some pair works; it is monotone
 * in every device count (fewer devices fit wherever more did).
 *
 * <p>Lower bound. The configuration LP: the least fractional number of racks covering the demand
 * with any mix of single-rack configurations, solved by a three-row simplex over the slices' hull
 * vertices. Its dual is turned into a bound valid however the LP ended: for any y >= 0, every
 * rack holds at most max_q y.q of "value", so R >= ceil(d.y / max_q y.q). It is at least the
 * space and the power bound (their normalised vectors are dual feasible) and sees what whole
 * devices waste, e.g. units a 2U switch cannot use. When racks equal it, no placement of whole
 * devices uses fewer racks.
 */
public final class RackPacker {
  private static final int ITERATIONS = 200;

  private RackPacker() {}

  /** Counts already worked out, per (canonical, cached) shape and device counts. */
  private record Counted(RackShape shape, int a, int b, int c) {}

  private static final int MEMO_LIMIT = 100_000;
  private static final ThreadLocal<Map<Counted, RackCount>> MEMO =
      ThreadLocal.withInitial(HashMap::new);

  /** A count worked out by any thread, with the work ({@link #WORK}) it took. */
  private record Known(RackCount count, long work) {}

  private static final int SHARED_LIMIT = 50_000;
  /**
   * Counts any thread has worked out, for every later request (the web server's, the fuzz
   * test's): a count missing from this thread's memo is taken from here and charged the work it
   * took when it was computed, so a search's answer and its charge are those of a cold start,
   * only sooner. A count depends on its inputs only; failures are not kept.
   */
  private static final Map<Counted, Known> SHARED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Forgets every thread's shared counts (tests of the cold path). */
  static void forgetShared() {
    SHARED.clear();
  }

  /**
   * Forgets this thread's remembered counts. A work budget calls it when it starts, so what a
   * search is charged (a count's work the first time the search asks for it) depends on the
   * input alone, never on what an earlier request left in the memo.
   */
  public static void forget() {
    MEMO.get().clear();
  }

  /**
   * Fewest racks for a enclosures, b C-nodes and c switches. The answer depends on its inputs
   * only, so it is remembered: the optimiser asks for the same designs in its search, its
   * durability bisection, its Pareto front and its references, and a count that needs the
   * slice search costs far more than a lookup. Shapes are canonical ({@link RackShape#of}
   * caches them), so the key compares them by identity.
   */
  public static RackCount count(RackShape s, int a, int b, int c) {
    if (a < 0 || b < 0 || c < 0) {
      throw new IllegalArgumentException("device counts must be zero or more");
    }
    Counted key = new Counted(s, a, b, c);
    Map<Counted, RackCount> memo = MEMO.get();
    RackCount known = memo.get(key);
    if (known != null) {
      return known;
    }
    RackCount counted;
    Known shared = SHARED.get(key);
    long[] work = WORK.get();
    if (shared != null) {
      work[0] += shared.work();
      counted = shared.count();
    } else {
      long before = work[0];
      counted = compute(s, a, b, c);
      if (SHARED.size() >= SHARED_LIMIT) {
        SHARED.clear();
      }
      SHARED.put(key, new Known(counted, work[0] - before));
    }
    if (memo.size() >= MEMO_LIMIT) {
      memo.clear();
    }
    memo.put(key, counted);
    return counted;
  }

  /**
   * Search nodes this thread's counts have visited so far (each slice search adds its nodes, a
   * count adds one per rack count it tried): what a caller with a work budget charges for, since
   * one count can cost one step or the slice search's whole budget.
   */
  static final ThreadLocal<long[]> WORK = ThreadLocal.withInitial(() -> new long[1]);

  /** See {@link #WORK}. */
  public static long workDone() {
    return WORK.get()[0];
  }

  private static RackCount compute(RackShape s, int a, int b, int c) {
    long totalU = (long) a * s.units[0] + (long) b * s.units[1] + (long) c * s.units[2];
    double totalW = a * s.watts[0] + b * s.watts[1] + c * s.watts[2];
    long space = ceilDiv(totalU, s.usableU);
    long power = (long) Math.ceil(totalW / s.limitWatts - 1e-9);
    long packing = packingBound(s, a, b, c);
    long start = Math.max(1, Math.max(packing, Math.max(space, power)));
    long last = Math.max(start, (long) a + b + c);
    int[] found = null;
    long r = start;
    for (; r <= last && found == null; r++) {
      found = pattern(s, (int) r, a, b, c);
      WORK.get()[0]++;
    }
    if (found == null) {
      throw new IllegalStateException("no placement in " + last + " racks, one device per rack");
    }
    r--;
    // Two slices were not enough below r: search every mix of slices, within a budget.
    for (long q = start; q < r; q++) {
      int[] mix = SliceSearch.mix(s, (int) q, a, b, c);
      if (mix != null) {
        found = mix;
        r = q;
        break;
      }
    }
    List<Integer> slots = new ArrayList<>(found.length);
    for (int v : found) {
      slots.add(v);
    }
    return new RackCount((int) r, space, power, packing, slots);
  }

  /**
   * Racks per switch count ({@code [c]} = racks with room for c switches) for the pair of
   * slices that fits the devices in r racks with the fewest unused switch slots, or null when no
   * pair does.
   */
  static int[] pattern(RackShape s, int r, int a, int b, int c) {
    int[] best = null;
    long bestExcess = Long.MAX_VALUE;
    int k = s.maxSwitches;
    for (int c1 = 0; c1 <= k; c1++) {
      for (int c2 = c1; c2 <= k; c2++) {
        if ((long) c2 * r < c) {
          continue;
        }
        long lo = 0;
        long hi = r;
        if (c1 == c2) {
          lo = r;
        } else {
          hi = Math.min(hi, Math.floorDiv((long) c2 * r - c, c2 - c1));
        }
        lo = needLow(s, c1, c2, r, a, b, s.own[c1], lo);
        if (lo > hi) {
          continue;
        }
        lo = needLow(s, c1, c2, r, a, b, s.own[c2], lo);
        if (lo > hi) {
          continue;
        }
        long n1 = hi;
        long excess = c1 * n1 + c2 * (r - n1) - c;
        if (excess < bestExcess) {
          bestExcess = excess;
          best = new int[k + 1];
          best[c1] += (int) n1;
          best[c2] += (int) (r - n1);
          if (excess == 0) {
            return best;
          }
        }
      }
    }
    return best;
  }

  /**
   * Raises {@code lo} (the least n1) so that n1 racks of slice c1 and r - n1 of slice c2 hold
   * (a, b) in each of the given normals; returns r + 1 when no n1 does.
   */
  private static long needLow(RackShape s, int c1, int c2, int r, int a, int b, int[] normals,
      long lo) {
    for (int j : normals) {
      long[] h = s.normals[j];
      long t = h[0] * a + h[1] * b;
      long s1 = s.sigma[c1][j];
      long s2 = s.sigma[c2][j];
      long rest = t - r * s2;
      if (rest <= 0) {
        continue;
      }
      if (s1 <= s2) {
        return (long) r + 1;
      }
      lo = Math.max(lo, ceilDiv(rest, s1 - s2));
    }
    return lo;
  }

  /**
   * Devices per rack, {@code [rack][enclosures, C-nodes, switches]}, for the count {@code rc} of
   * exactly these devices: racks with more switches in the middle of the row, the rest split
   * before and after them; enclosures and C-nodes dealt rack by rack, each rack taking the mix of
   * the rack before it when the rest still fits (so few layouts), else the mix nearest the
   * average. Every rack is within its units and power; every device is placed.
   */
  public static int[][] place(RackShape s, RackCount rc, int a, int b, int c) {
    int r = rc.racks();
    // Slot counts, most first, to the racks nearest the middle of the row.
    List<Integer> values = new ArrayList<>();
    for (int cl = rc.slotRacks().size() - 1; cl >= 0; cl--) {
      for (int i = 0; i < rc.slotRacks().get(cl); i++) {
        values.add(cl);
      }
    }
    if (values.size() != r) {
      throw new IllegalStateException("pattern has " + values.size() + " racks, count " + r);
    }
    Integer[] order = new Integer[r];
    for (int i = 0; i < r; i++) {
      order[i] = i;
    }
    double middle = (r - 1) / 2.0;
    Arrays.sort(order, java.util.Comparator.<Integer>comparingDouble(i -> Math.abs(i - middle))
        .thenComparingInt(i -> i));
    int[] slots = new int[r];
    for (int i = 0; i < r; i++) {
      slots[order[i]] = values.get(i);
    }
    long excess = -c;
    for (int v : slots) {
      excess += v;
    }
    if (excess < 0) {
      throw new IllegalStateException("pattern holds fewer switches than the design has");
    }
    // Unused switch slots: take one at a time from the fullest racks, from the end of the row.
    while (excess > 0) {
      int most = 0;
      for (int v : slots) {
        most = Math.max(most, v);
      }
      for (int i = r - 1; i >= 0 && excess > 0; i--) {
        if (slots[i] == most) {
          slots[i]--;
          excess--;
        }
      }
    }
    int[] left = new int[s.maxSwitches + 1];
    for (int v : slots) {
      left[v]++;
    }
    int[][] out = new int[r][3];
    int remA = a;
    int remB = b;
    int[] previous = new int[s.maxSwitches + 1];
    Arrays.fill(previous, -1);
    for (int i = 0; i < r; i++) {
      int cls = slots[i];
      left[cls]--;
      int racksLeft = r - i;
      int target = (int) Math.round((double) remA / racksLeft);
      int amax = Math.min(s.maxA(cls), remA);
      int chosen = -1;
      for (int cand : candidates(previous[cls], target, amax)) {
        int take = Math.min(s.maxB[cls][cand], remB);
        if (holds(s, left, remA - cand, remB - take)) {
          chosen = cand;
          break;
        }
      }
      if (chosen < 0) {
        throw new IllegalStateException("rack " + (i + 1) + " of " + r
            + ": no mix leaves a remainder the other racks hold");
      }
      int take = Math.min(s.maxB[cls][chosen], remB);
      out[i][0] = chosen;
      out[i][1] = take;
      out[i][2] = cls;
      previous[cls] = chosen;
      remA -= chosen;
      remB -= take;
    }
    if (remA != 0 || remB != 0) {
      throw new IllegalStateException("devices left over after the last rack");
    }
    for (int[] rack : out) {
      if (!s.fits(rack[0], rack[1], rack[2])) {
        throw new IllegalStateException("rack over its units or power");
      }
    }
    return out;
  }

  /** Enclosure counts to try for one rack: the previous rack's, then nearest the target. */
  private static List<Integer> candidates(int previous, int target, int amax) {
    List<Integer> out = new ArrayList<>(amax + 2);
    if (previous >= 0 && previous <= amax) {
      out.add(previous);
    }
    int t = Math.max(0, Math.min(amax, target));
    for (int d = 0; d <= amax; d++) {
      if (t + d <= amax && t + d != previous) {
        out.add(t + d);
      }
      if (d > 0 && t - d >= 0 && t - d != previous) {
        out.add(t - d);
      }
    }
    return out;
  }

  /** True when racks of the given slices (left[c] of slice c) hold (a, b). */
  static boolean holds(RackShape s, int[] left, long a, long b) {
    a = Math.max(0, a);
    b = Math.max(0, b);
    if (a == 0 && b == 0) {
      return true;
    }
    for (int c = 0; c < left.length; c++) {
      if (left[c] == 0) {
        continue;
      }
      for (int j : s.own[c]) {
        long[] h = s.normals[j];
        long t = h[0] * a + h[1] * b;
        long sum = 0;
        for (int c2 = 0; c2 < left.length; c2++) {
          if (left[c2] > 0) {
            sum += left[c2] * s.sigma[c2][j];
          }
        }
        if (t > sum) {
          return false;
        }
      }
    }
    for (int v : left) {
      if (v > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The configuration-LP bound: ceil(d.y / max_q y.q) for the dual y of a three-row simplex
   * (min racks s.t. configurations cover the demand d), y clipped at zero.
   *
   * <p>Warm start. A basis the simplex ended at is optimal for every demand it is primal
   * feasible for (B^-1 d >= 0): its reduced costs do not depend on d. Each shape remembers the
   * optimal bases its simplex reached ({@link Bases}); a demand one of them is feasible for takes
   * that basis's dual at once, the LP optimum the simplex would reach again. A Pareto front sizes
   * millions of designs of a handful of shapes, whose demands share a few dozen optimal bases,
   * and the simplex from scratch took microseconds each.
   */
  static long packingBound(RackShape s, int a, int b, int c) {
    if (a + (long) b + c == 0) {
      return 0;
    }
    Bases known = bases(s);
    double tol = -1e-9 * ((double) a + b + c);
    for (double[] e : known.list) {
      // e = {B^-1 row by row (9), y (3), max_q y.q}
      if (e[0] * a + e[1] * b + e[2] * c >= tol && e[3] * a + e[4] * b + e[5] * c >= tol
          && e[6] * a + e[7] * b + e[8] * c >= tol) {
        double value = e[9] * a + e[10] * b + e[11] * c;
        return e[12] > 0 ? (long) Math.ceil(value / e[12] - 1e-9) : 0;
      }
    }
    return packingBoundBySimplex(s, a, b, c, known);
  }

  /** Optimal bases one shape's simplex has ended at, each as {B^-1 (9), y (3), max y.q}. */
  static final class Bases {
    static final int LIMIT = 256;
    volatile double[][] list = new double[0][];

    synchronized void add(double[] e) {
      if (list.length < LIMIT) {
        double[][] grown = Arrays.copyOf(list, list.length + 1);
        grown[list.length] = e;
        list = grown;
      }
    }
  }

  private static final Map<RackShape, Bases> BASES =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private static Bases bases(RackShape s) {
    Bases b = BASES.get(s);
    if (b == null) {
      b = new Bases();
      BASES.put(s, b);
    }
    return b;
  }

  /** The bound by the simplex from scratch; an optimal final basis is added to {@code known}. */
  static long packingBoundBySimplex(RackShape s, int a, int b, int c, Bases known) {
    double[] d = {a, b, c};
    if (a + (long) b + c == 0) {
      return 0;
    }
    boolean optimal = false;
    int[][] cols = s.configurations;
    int n = cols.length;
    // Columns 0..n-1 configurations (cost 1), n..n+2 surplus (-e_t, cost 0), n+3..n+5
    // artificial (e_t, cost 2: one real rack covers at least one unit of any kind).
    int total = n + 6;
    double[][] binv = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    int[] basis = {n + 3, n + 4, n + 5};
    double[] x = d.clone();
    double[] y = new double[3];
    double[] col = new double[3];
    for (int it = 0; it < ITERATIONS; it++) {
      for (int i = 0; i < 3; i++) {
        y[i] = 0;
        for (int k = 0; k < 3; k++) {
          y[i] += cost(basis[k], n) * binv[k][i];
        }
      }
      int enter = -1;
      double bestRc = -1e-9;
      for (int j = 0; j < total; j++) {
        column(cols, n, j, col);
        double rc = cost(j, n) - (y[0] * col[0] + y[1] * col[1] + y[2] * col[2]);
        if (rc < bestRc) {
          bestRc = rc;
          enter = j;
        }
      }
      if (enter < 0) {
        optimal = true;
        break;
      }
      column(cols, n, enter, col);
      double[] dir = new double[3];
      for (int i = 0; i < 3; i++) {
        dir[i] = binv[i][0] * col[0] + binv[i][1] * col[1] + binv[i][2] * col[2];
      }
      int leave = -1;
      double ratio = Double.POSITIVE_INFINITY;
      for (int i = 0; i < 3; i++) {
        if (dir[i] > 1e-12) {
          double q = x[i] / dir[i];
          if (q < ratio - 1e-12) {
            ratio = q;
            leave = i;
          }
        }
      }
      if (leave < 0) {
        break;
      }
      double p = dir[leave];
      for (int k = 0; k < 3; k++) {
        binv[leave][k] /= p;
      }
      x[leave] /= p;
      for (int i = 0; i < 3; i++) {
        if (i != leave && dir[i] != 0) {
          double f = dir[i];
          for (int k = 0; k < 3; k++) {
            binv[i][k] -= f * binv[leave][k];
          }
          x[i] -= f * x[leave];
        }
      }
      basis[leave] = enter;
    }
    double value = 0;
    double most = 0;
    for (int i = 0; i < 3; i++) {
      y[i] = Math.max(0, y[i]);
      value += y[i] * d[i];
    }
    for (int[] q : cols) {
      most = Math.max(most, y[0] * q[0] + y[1] * q[1] + y[2] * q[2]);
    }
    if (optimal && known != null) {
      known.add(new double[] {binv[0][0], binv[0][1], binv[0][2], binv[1][0], binv[1][1],
          binv[1][2], binv[2][0], binv[2][1], binv[2][2], y[0], y[1], y[2], most});
    }
    if (!(most > 0)) {
      return 0;
    }
    return (long) Math.ceil(value / most - 1e-9);
  }

  private static double cost(int j, int n) {
    return j < n ? 1 : j < n + 3 ? 0 : 2;
  }

  private static void column(int[][] cols, int n, int j, double[] out) {
    if (j < n) {
      int[] q = cols[j];
      out[0] = q[0];
      out[1] = q[1];
      out[2] = q[2];
    } else {
      Arrays.fill(out, 0);
      out[(j - n) % 3] = j < n + 3 ? -1 : 1;
    }
  }

  static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
