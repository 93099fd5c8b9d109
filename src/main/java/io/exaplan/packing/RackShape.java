package io.exaplan.packing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one rack can hold, precomputed once per (device sizes, rack, power limit): for every
 * switch count {@code c} a rack can carry (a "slice"), the set of (enclosures, C-nodes) pairs
 * that still fit, as a lattice polygon. Device counts do not enter, so the optimiser, which sizes
 * thousands of counts of the same models, computes each shape once ({@link #of} caches them).
 *
 * <p>Slice {@code c}: {@code f_c(a)} = the most C-nodes that fit beside {@code a} enclosures and
 * {@code c} switches within the usable units and the power limit. The slice's polygon
 * {@code D_c} is the convex hull of the lattice points {@code (a, b)} with {@code 0 <= b <=
 * f_c(a)}; it is described by its outward normals {@code h >= 0} (integer vectors, edges of the
 * upper hull plus the two axes) and its support value {@code sigma_c(h) = max h.(a, b)} over
 * {@code D_c}. A point is in a Minkowski sum of such polygons exactly when it satisfies, for
 * every normal of every summand, {@code h.p <= sum sigma(h)} (docs/model.md, "Racks").
 */
public final class RackShape {
  /** Tolerance on watts, as the per-rack check of every plan uses. */
  static final double EPS_WATTS = 1e-6;

  private static final Map<Key, RackShape> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 4096;

  /** Cache key: everything the shape depends on. */
  private record Key(int ua, double wa, int ub, double wb, int us, double ws, int usable,
      double limit, int maxEnclosures) {}

  final int usableU;
  final double limitWatts;
  /** Most enclosures one rack may hold (the rack-loss rule; unbounded without it). */
  final int maxEnclosures;
  /** Units and draw of an enclosure, a C-node, a switch. */
  final int[] units;
  final double[] watts;
  /** Most switches one rack holds (no enclosures or C-nodes beside them). */
  final int maxSwitches;
  /** maxB[c][a] = f_c(a); length amax_c + 1. */
  final int[][] maxB;
  /** Upper-hull vertices of slice c, as {a, b}, a increasing. */
  final int[][][] hull;
  /** All distinct normals of all slices, {hA, hB}. */
  final long[][] normals;
  /** sigma[c][j]: support value of slice c in normal j. */
  final long[][] sigma;
  /** Indices (into normals) of slice c's own normals. */
  final int[][] own;
  /** Every slice's hull vertices as single-rack configurations {a, b, c}: the LP's columns. */
  final int[][] configurations;

  private RackShape(int[] units, double[] watts, int usableU, double limitWatts,
      int maxEnclosures) {
    this.maxEnclosures = maxEnclosures;
    this.units = units.clone();
    this.watts = watts.clone();
    this.usableU = usableU;
    this.limitWatts = limitWatts;
    int k = 0;
    while (fits(0, 0, k + 1)) {
      k++;
    }
    maxSwitches = k;
    maxB = new int[k + 1][];
    hull = new int[k + 1][][];
    Map<List<Long>, Integer> index = new LinkedHashMap<>();
    List<List<Integer>> ownLists = new ArrayList<>();
    for (int c = 0; c <= k; c++) {
      int amax = 0;
      while (fits(amax + 1, 0, c)) {
        amax++;
      }
      maxB[c] = new int[amax + 1];
      for (int a = 0; a <= amax; a++) {
        maxB[c][a] = most(a, c);
      }
      hull[c] = upperHull(maxB[c]);
      List<Integer> mine = new ArrayList<>();
      mine.add(index.computeIfAbsent(List.of(0L, 1L), x -> index.size()));
      mine.add(index.computeIfAbsent(List.of(1L, 0L), x -> index.size()));
      int[][] h = hull[c];
      for (int i = 0; i + 1 < h.length; i++) {
        long ha = h[i][1] - h[i + 1][1];
        long hb = h[i + 1][0] - h[i][0];
        long g = gcd(ha, hb);
        List<Long> n = List.of(ha / g, hb / g);
        mine.add(index.computeIfAbsent(n, x -> index.size()));
      }
      ownLists.add(mine);
    }
    normals = new long[index.size()][];
    for (Map.Entry<List<Long>, Integer> e : index.entrySet()) {
      normals[e.getValue()] = new long[] {e.getKey().get(0), e.getKey().get(1)};
    }
    sigma = new long[k + 1][normals.length];
    own = new int[k + 1][];
    for (int c = 0; c <= k; c++) {
      for (int j = 0; j < normals.length; j++) {
        long best = 0;
        for (int[] v : hull[c]) {
          best = Math.max(best, normals[j][0] * v[0] + normals[j][1] * v[1]);
        }
        sigma[c][j] = best;
      }
      own[c] = ownLists.get(c).stream().distinct().mapToInt(Integer::intValue).toArray();
    }
    List<int[]> cols = new ArrayList<>();
    for (int c = 0; c <= k; c++) {
      for (int[] v : hull[c]) {
        cols.add(new int[] {v[0], v[1], c});
      }
    }
    configurations = cols.toArray(new int[0][]);
  }

  /**
   * The shape for these device sizes (enclosure, C-node, switch: units and draw on the packed
   * basis) in racks of {@code usableU} units and {@code limitWatts}. Every device must fit an
   * empty rack on its own (the design's validation checks this).
   */
  public static RackShape of(int[] units, double[] watts, int usableU, double limitWatts) {
    return of(units, watts, usableU, limitWatts, Integer.MAX_VALUE);
  }

  /**
   * The shape of racks that also hold at most {@code maxEnclosures} enclosures each (the
   * rack-loss rule, {@link RackLoss#maxEnclosuresPerRack}); at least 1.
   */
  public static RackShape of(int[] units, double[] watts, int usableU, double limitWatts,
      int maxEnclosures) {
    if (maxEnclosures < 1) {
      throw new IllegalArgumentException("a rack must be allowed one enclosure at least");
    }
    if (units.length != 3 || watts.length != 3) {
      throw new IllegalArgumentException("three device kinds: enclosure, C-node, switch");
    }
    for (int t = 0; t < 3; t++) {
      if (units[t] < 1 || units[t] > usableU || !(watts[t] >= 0)
          || watts[t] > limitWatts + EPS_WATTS) {
        throw new IllegalArgumentException("device kind " + t + " (" + units[t] + " U, "
            + watts[t] + " W) does not fit an empty rack of " + usableU + " U, " + limitWatts
            + " W");
      }
    }
    Key key = new Key(units[0], watts[0], units[1], watts[1], units[2], watts[2], usableU,
        limitWatts, maxEnclosures);
    RackShape s = CACHE.get(key);
    if (s == null) {
      s = new RackShape(units, watts, usableU, limitWatts, maxEnclosures);
      if (CACHE.size() >= CACHE_LIMIT) {
        CACHE.clear();
      }
      CACHE.put(key, s);
    }
    return s;
  }

  /** True when a enclosures, b C-nodes and c switches fit one rack. */
  public boolean fits(int a, int b, int c) {
    long u = (long) a * units[0] + (long) b * units[1] + (long) c * units[2];
    double w = a * watts[0] + b * watts[1] + c * watts[2];
    return a <= maxEnclosures && u <= usableU && w <= limitWatts + EPS_WATTS;
  }

  /** f_c(a): the most C-nodes beside a enclosures and c switches (-1 when those do not fit). */
  int most(int a, int c) {
    long remU = usableU - (long) a * units[0] - (long) c * units[2];
    double remW = limitWatts + EPS_WATTS - a * watts[0] - c * watts[2];
    if (remU < 0 || remW < 0) {
      return -1;
    }
    long byU = remU / units[1];
    long byW = watts[1] > 0 ? (long) Math.floor(remW / watts[1]) : byU;
    int b = (int) Math.min(byU, byW);
    // Guard the floating floor against the exact check.
    while (b > 0 && !fits(a, b, c)) {
      b--;
    }
    while (fits(a, b + 1, c)) {
      b++;
    }
    return b;
  }

  /** Most enclosures beside c switches. */
  int maxA(int c) {
    return maxB[c].length - 1;
  }

  /** Concave upper hull of the points (a, f(a)), a = 0..amax, a increasing. */
  private static int[][] upperHull(int[] f) {
    List<int[]> h = new ArrayList<>();
    for (int a = 0; a < f.length; a++) {
      int[] p = {a, f[a]};
      while (h.size() >= 2) {
        int[] o = h.get(h.size() - 2);
        int[] m = h.get(h.size() - 1);
        long cross = (long) (m[0] - o[0]) * (p[1] - o[1]) - (long) (m[1] - o[1]) * (p[0] - o[0]);
        if (cross >= 0) {
          h.remove(h.size() - 1);
        } else {
          break;
        }
      }
      h.add(p);
    }
    return h.toArray(new int[0][]);
  }

  private static long gcd(long a, long b) {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return Math.max(1, a);
  }
}
