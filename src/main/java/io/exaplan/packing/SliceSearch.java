package io.exaplan.packing;

/**
 * The exact fallback of {@link RackPacker#count}: whether r racks, each of any slice, hold the
 * devices. Racks per slice {@code n_c} must give enough switch slots ({@code sum c n_c >= C}) and,
 * for every normal {@code h} of every slice, enough room for enclosures and C-nodes
 * ({@code sum n_c sigma_c(h) >= h.(A, B)}; lattice polygons make these conditions exact). A
 * depth-first search fixes n_c from the most switches down, each within the interval the
 * remaining racks still allow; it stops after {@link #BUDGET} nodes and then answers "not
 * found" (the count keeps its two-slice answer and reports the gap to its lower bound).
 */
final class SliceSearch {
  static final int BUDGET = 20_000;

  private final RackShape s;
  private final long c;
  private final long[] target;
  private final long[] have;
  private final int[] n;
  private int nodes;

  private SliceSearch(RackShape s, int a, int b, int c) {
    this.s = s;
    this.c = c;
    target = new long[s.normals.length];
    for (int j = 0; j < target.length; j++) {
      target[j] = s.normals[j][0] * a + s.normals[j][1] * b;
    }
    have = new long[target.length];
    n = new int[s.maxSwitches + 1];
  }

  /** Racks per slice for r racks, or null when none was found within the budget. */
  static int[] mix(RackShape s, int r, int a, int b, int c) {
    SliceSearch x = new SliceSearch(s, a, b, c);
    boolean found = x.go(s.maxSwitches, r, 0);
    RackPacker.WORK.get()[0] += x.nodes;
    return found ? x.n.clone() : null;
  }

  private boolean go(int cl, int m, long slots) {
    if (++nodes > BUDGET) {
      return false;
    }
    if (cl == 0) {
      n[0] = m;
      if (slots < c) {
        n[0] = 0;
        return false;
      }
      boolean ok = true;
      for (int j = 0; j < target.length && ok; j++) {
        ok = have[j] + (long) m * s.sigma[0][j] >= target[j];
      }
      if (!ok) {
        n[0] = 0;
      }
      return ok;
    }
    // Switch slots: the m racks left give at most cl each now, cl - 1 later.
    long lo = Math.max(0, c - slots - (long) m * (cl - 1));
    long hi = m;
    // Room: racks of this slice give sigma_cl, any later one at most sigma_0.
    for (int j = 0; j < target.length; j++) {
      long best = have[j] + (long) m * s.sigma[0][j];
      if (best < target[j]) {
        return false;
      }
      long loss = s.sigma[0][j] - s.sigma[cl][j];
      if (loss > 0) {
        hi = Math.min(hi, (best - target[j]) / loss);
      }
    }
    for (long k = lo; k <= hi; k++) {
      n[cl] = (int) k;
      for (int j = 0; j < target.length; j++) {
        have[j] += k * s.sigma[cl][j];
      }
      boolean ok = go(cl - 1, (int) (m - k), slots + k * cl);
      for (int j = 0; j < target.length; j++) {
        have[j] -= k * s.sigma[cl][j];
      }
      if (ok) {
        return true;
      }
      if (nodes > BUDGET) {
        break;
      }
    }
    n[cl] = 0;
    return false;
  }
}
