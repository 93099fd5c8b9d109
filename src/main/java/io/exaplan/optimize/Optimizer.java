package io.exaplan.optimize;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.CapacityModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.config.InputException;
import io.exaplan.config.Units;
import io.exaplan.durability.DurabilityEngine;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact design search. Every design it scores is sized by {@link SizingEngine}; the structure of
 * the model only decides which designs need not be sized:
 *
 * <ol>
 *   <li>Throughput is min(C-node side, enclosure side) ({@link Sides}) and usable capacity grows
 *       with the enclosure count, so a model combination meets the targets exactly when
 *       n >= n0 and k >= k0, with n0 and k0 found by bisection.
 *   <li>From (n0, k0) the search walks n up and, for each n, k up. {@link Goal#bound} never
 *       exceeds the score and never decreases in n or k, so once the bound at (n, k) reaches the
 *       best score no larger k can win (the row ends), and when that happens at k0 no larger n
 *       can win either (the combination ends).
 * </ol>
 *
 * Ties are broken by enumeration order (combination, then n, then k), so the answer equals the
 * first minimum a brute-force scan of the whole space in that order would find.
 */
public final class Optimizer {
  private Optimizer() {}

  /**
   * Designs one search or front may size. Without the floors the bound ends the search long
   * before this; a floor no design meets could otherwise walk the whole space.
   */
  static final long MAX_SIZED = 200_000;

  /** The cap applies only with durability floors; without them the bound ends every walk. */
  private static boolean under(long evaluated, Targets t) {
    return !t.floors().checksDurability() || evaluated < MAX_SIZED;
  }

  /** The least counts meeting the targets for one model combination. */
  record Range(int n0, int k0) {}

  /** The best design of {@code space} for {@code t} under {@code goal}, within the standard budget. */
  public static Search search(SearchSpace space, Targets t, Goal goal) {
    return search(space, t, goal, Budget.standard());
  }

  /**
   * The best design of {@code space} for {@code t} under {@code goal}.
   *
   * @throws Budget.Exhausted when the search would take more than {@code budget}
   */
  public static Search search(SearchSpace space, Targets t, Goal goal, Budget budget) {
    Candidate best = null;
    long evaluated = 0;
    Bounds lb = new Bounds();
    List<String> excluded = new ArrayList<>();
    int cap = t.rackCap();
    // The best-scoring design the durability floor or rebuild ceiling turned away, and why.
    Candidate rejected = null;
    String rejectedWhy = null;
    List<Group> groups = space.groups();
    search:
    for (Group g : groups) {
      budget.group(g.index(), groups.size());
      Range r = range(space, g, t, excluded);
      if (r == null) {
        continue;
      }
      // What the floors rule out for the rest of the walk (docs/model.md, "Bounds that end the
      // search"): every C-node count below kLow fails them at every larger n; from `never` on no
      // design meets the durability floor; once `spent`, no design of the group beats the best,
      // and rows only count for the design the floors turned away.
      int kLow = 0;
      String never = null;
      boolean spent = false;
      int nextNeverCheck = spreadFrom(space);
      for (int n = r.n0(); n <= space.maxDboxes(); n++) {
        if (!under(evaluated, t)) {
          excluded.add("search stopped after " + MAX_SIZED + " designs: the floors ("
              + t.floors().describe() + ") turn too many away");
          break search;
        }
        int k0 = t.kStart(r.k0(), n);
        if (!valid(space, g, n, k0)) {
          continue; // the rack-loss rule: a stripe over so few enclosures puts too many on one
        }
        // The row's first design, floors aside: its bound ends the row, and the combination.
        Sizing first = size(space, g, n, k0, t);
        budget.charge(g, first);
        evaluated++;
        Score firstBound = goal.bound(first);
        Sizing walk = walkBound(space, g, first, budget);
        Score walkBound = walk == first ? firstBound : goal.bound(walk);
        if (n == r.n0()) {
          lb.add(g, n, k0, walk, walkBound, cap);
        }
        if (Goal.racksBound(walk) > cap
            || (best != null && walkBound.compareTo(best.score()) >= 0)) {
          break;
        }
        if (Goal.racksBound(first) > cap
            || (best != null && firstBound.compareTo(best.score()) >= 0)) {
          continue; // only under the rack-loss rule: this row cannot win, a larger n may
        }
        if (!spent && never == null && n >= nextNeverCheck) {
          // a chain solve, again each time n doubles: the ceiling only falls as n grows
          nextNeverCheck = 2 * n;
          never = neverDurable(space, g, n, first, t);
          if (never != null) {
            excluded.add(never);
          }
        }
        if (!spent && never == null && kLow > k0) {
          Sizing low = size(space, g, n, kLow, t);
          budget.charge(g, low);
          Sizing lowWalk = walkBound(space, g, low, budget);
          spent = Goal.racksBound(lowWalk) > cap
              || (best != null && goal.bound(lowWalk).compareTo(best.score()) >= 0);
        }
        if (spent || never != null) {
          // the row's fewest C-nodes fail the floors (below kLow, or past the ceiling), and no
          // design of it can win: it counts only for the best design turned away, which no
          // larger n improves once its bound reaches that design's score
          if (rejected != null && walkBound.compareTo(rejected.score()) >= 0) {
            break;
          }
          Score s0 = goal.score(first);
          if (first.racks() <= cap && (rejected == null || s0.compareTo(rejected.score()) < 0)) {
            rejected = new Candidate(g, n, k0, first, s0);
            rejectedWhy = t.floors().rejects(first);
          }
          continue;
        }
        Score bestSoFar = best == null ? null : best.score();
        Durable d = durable(space, g, n, Math.max(k0, kLow), t, z -> Goal.racksBound(z) > cap
            || (bestSoFar != null && goal.bound(z).compareTo(bestSoFar) >= 0), budget);
        int kd = d.k();
        if (n >= spreadFrom(space) && d.failsUpTo() >= k0) {
          kLow = Math.max(kLow, Math.min(d.failsUpTo(), cnodeBound(space, g, n)) + 1);
        }
        if (kd != k0) {
          Score s0 = goal.score(first);
          if (first.racks() <= cap && (rejected == null || s0.compareTo(rejected.score()) < 0)) {
            rejected = new Candidate(g, n, k0, first, s0);
            rejectedWhy = t.floors().rejects(first);
          }
        }
        if (kd < 0) {
          continue;
        }
        int k = kd;
        for (; k <= space.maxCnodes() && under(evaluated, t); k++) {
          Sizing z = k == k0 ? first : size(space, g, n, k, t);
          if (k != k0) {
            budget.charge(g, z);
          }
          evaluated += k == k0 ? 0 : 1;
          Score bound = goal.bound(z);
          if (Goal.racksBound(z) > cap || (best != null && bound.compareTo(best.score()) >= 0)) {
            break;
          }
          if (z.racks() <= cap) {
            Score s = goal.score(z);
            if (best == null || s.compareTo(best.score()) < 0) {
              String why = t.floors().rejects(z);
              if (why == null) {
                best = new Candidate(g, n, k, z, s);
              } else if (rejected == null || s.compareTo(rejected.score()) < 0) {
                rejected = new Candidate(g, n, k, z, s);
                rejectedWhy = why;
              }
            }
          }
        }
      }
    }
    return new Search(best, lb.result(), evaluated, space.candidates(), excluded,
        binding(space, t, best, rejected, rejectedWhy));
  }

  /**
   * The fewest C-nodes from {@code kFrom} up whose design with {@code n} enclosures meets the
   * durability floor and rebuild ceiling; -1 when even the space's most C-nodes do not, or when
   * every design that could still meet them is {@code hopeless} (past the rack cap, or a bound
   * no better than the best score so far: both only grow with k). More C-nodes only raise the
   * front-end and port bounds a rebuild runs at, so durability never falls with k: the search
   * gallops up from {@code kFrom} (kFrom + 1, + 2, + 4, ...) to the first design that meets the
   * floors, then bisects back to the least one. The designs it sizes stay near the answer;
   * bisecting over the whole space first sized designs of up to the space's million C-nodes,
   * whose rack counts alone cost more than the rest of the search (each design is still
   * checked when scored).
   */
  static int kDurable(SearchSpace sp, Group g, int n, int kFrom, Targets t,
      java.util.function.Predicate<Sizing> hopeless, Budget budget) {
    return durable(sp, g, n, kFrom, t, hopeless, budget).k();
  }

  /**
   * What {@link #durable} learnt about one row: {@code k} the fewest C-nodes from the row's start
   * that meet the floors (-1 when none is found), and {@code failsUpTo} the largest C-node count
   * known to fail them (every count from the start up to it fails; the row's start less one when
   * the start passes; the space's most C-nodes when every count fails).
   */
  record Durable(int k, int failsUpTo) {}

  /**
   * {@link #kDurable} with what it learnt. The gallop stops at the row's saturation count (the
   * fewest C-nodes whose read and write reach the enclosures'): from there on the design's read
   * and write, and its survivors', are the enclosures' own, which no C-node count changes, so the
   * floor figures are the same for every larger count (docs/model.md, "Bounds that end the
   * search") and a failure there is a failure of the whole row.
   */
  static Durable durable(SearchSpace sp, Group g, int n, int kFrom, Targets t,
      java.util.function.Predicate<Sizing> hopeless, Budget budget) {
    if (!t.floors().checksDurability() || passes(sized(sp, g, n, kFrom), t, g, budget)) {
      return new Durable(kFrom, kFrom - 1);
    }
    int max = sp.maxCnodes();
    int saturated = saturation(sp, g, n);
    if (kFrom >= saturated) {
      return new Durable(-1, max);
    }
    int lo = kFrom;
    int hi;
    long step = 1;
    while (true) {
      int k = (int) Math.min(saturated, lo + step);
      Sizing z = sized(sp, g, n, k);
      if (passes(z, t, g, budget)) {
        hi = k;
        break;
      }
      if (k == saturated) {
        return new Durable(-1, max);
      }
      if (z != null && hopeless.test(z)) {
        return new Durable(-1, k);
      }
      lo = k;
      step *= 2;
    }
    while (hi - lo > 1) {
      int mid = lo + (hi - lo) / 2;
      if (passes(sized(sp, g, n, mid), t, g, budget)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return new Durable(hi, hi - 1);
  }

  /**
   * The fewest C-nodes of {@code g} whose read and write reach what {@code n} enclosures carry
   * ({@link Sides}), or the space's most C-nodes when no count does: past it more C-nodes change
   * neither the design's throughput nor its survivors' (n - 1 enclosures carry no more than n).
   */
  static int saturation(SearchSpace sp, Group g, int n) {
    double read = Sides.dboxRead(g.dbox(), n);
    double write = Sides.dboxWrite(g.dbox(), n, sp.capacity());
    int k = Sides.least(1, sp.maxCnodes(), c -> Sides.cnodeRead(g.cnode(), c) >= read
        && Sides.cnodeWrite(g.cnode(), c) >= write);
    return k < 0 ? sp.maxCnodes() : k;
  }

  /**
   * The most C-nodes of {@code g} whose read and write n - 1 enclosures still carry in full: up to
   * it a design with n or more enclosures, and its survivors, read and write what the C-nodes
   * allow, whatever the enclosure count. 0 when even one C-node outruns n - 1 enclosures.
   */
  static int cnodeBound(SearchSpace sp, Group g, int n) {
    double read = Sides.dboxRead(g.dbox(), n - 1);
    double write = Sides.dboxWrite(g.dbox(), n - 1, sp.capacity());
    int k = Sides.least(1, sp.maxCnodes(), c -> Sides.cnodeRead(g.cnode(), c) > read
        || Sides.cnodeWrite(g.cnode(), c) > write);
    return k < 0 ? sp.maxCnodes() : k - 1;
  }

  /**
   * The least enclosure count from which every design of the space has one strip of a stripe per
   * enclosure (the widest stripe fits across the enclosures), where the row-to-row bounds hold.
   */
  static int spreadFrom(SearchSpace sp) {
    return sp.capacity().maxDataStrips() + sp.capacity().parityStrips();
  }

  /**
   * Whether no design of {@code g} with {@code n} or more enclosures can meet the durability
   * floor: the nines of {@code first}'s layout (n enclosures) with every rebuild at the
   * enclosures' full read and write are below the floor, and no design from n on does better
   * (docs/model.md, "Bounds that end the search"). Null when that is not proven, else the
   * reason in words. Needs n >= {@link #spreadFrom}.
   */
  static String neverDurable(SearchSpace sp, Group g, int n, Sizing first, Targets t) {
    Floors f = t.floors();
    if (!f.checksDurability() || !(f.minNines() > 0) || n < spreadFrom(sp) || n < 2) {
      return null;
    }
    double nines = DurabilityEngine.ceilingNines(first, f.durability(),
        Sides.dboxRead(g.dbox(), n), Sides.dboxWrite(g.dbox(), n, sp.capacity()));
    if (!(nines < f.minNines() - CEILING_MARGIN)) {
      return null;
    }
    return g.label() + ": no design from " + Units.fixed(n, 0) + " enclosures up meets the "
        + "durability floor: even with every rebuild at the enclosures' full read and write "
        + "it reaches " + Units.sig(nines) + " nines < " + Units.sig(f.minNines())
        + ", and more enclosures only lower that";
  }

  /** Nines a ceiling must fall short by: far above the chain's rounding, far below any floor. */
  static final double CEILING_MARGIN = 1e-6;

  /** The design sized, or null when it is not a valid design (it then meets no floor). */
  private static Sizing sized(SearchSpace sp, Group g, int n, int k) {
    try {
      return SizingEngine.size(sp.design(g, n, k));
    } catch (InputException e) {
      return null;
    }
  }

  /**
   * Whether {@code z} meets the floors, charged to {@code budget}: a durability check sizes the
   * design with one enclosure fewer and solves its failure chain, far more work than a sizing
   * step, so a search made of such checks is bounded like one made of sizings. A check whose
   * figures are remembered ({@link Floors#known}: the same counts in another switch or rack
   * power group) is charged as the sizing it is.
   */
  private static boolean passes(Sizing z, Targets t, Group g, Budget budget) {
    if (z == null) {
      return false;
    }
    if (t.floors().known(z)) {
      budget.charge(g, z); // a lookup: the design's sizing alone
    } else {
      budget.chargeFloorCheck(g, z);
    }
    return t.floors().meets(z);
  }

  /**
   * Which constraint sets the best design: the durability floor or rebuild ceiling when it turned
   * away a better-scoring design, else the C:D floor when it raised the C-nodes above what the
   * throughput needs, else the capacity target (fewest enclosures) and the throughput target
   * (fewest C-nodes).
   */
  static String binding(SearchSpace sp, Targets t, Candidate best, Candidate rejected,
      String why) {
    if (best == null) {
      return rejected == null ? null : "no design meets the floors; the best turned away, "
          + rejected.dboxes() + " x " + rejected.group().dbox().id() + " + " + rejected.cnodes()
          + " C-nodes, misses: " + why;
    }
    if (rejected != null && rejected.score().compareTo(best.score()) < 0) {
      return "the " + (why.startsWith("durability") ? "durability floor" : "rebuild ceiling")
          + " binds: " + rejected.dboxes() + " x " + rejected.group().dbox().id() + " + "
          + rejected.cnodes() + " C-nodes (" + rejected.sizing().racks() + " racks) would score "
          + "better but its " + why;
    }
    Range r = range(sp, best.group(), t, new ArrayList<>());
    int floor = t.floors().minCnodes(best.dboxes());
    if (best.cnodes() == floor && floor > r.k0()) {
      return "the C:D floor binds: " + best.cnodes() + " C-nodes = " + best.dboxes()
          + " enclosures x " + io.exaplan.config.Units.sig(t.floors().minCnodesPerDbox())
          + ", rounded up (the throughput targets alone need " + r.k0() + ")";
    }
    if (best.dboxes() == r.n0() && best.cnodes() == r.k0()) {
      return "the capacity and throughput targets bind: " + r.n0()
          + " enclosures are the fewest for the usable, read and write targets and " + r.k0()
          + " C-nodes the fewest for read and write";
    }
    return "the rack packing binds: more devices than the targets need spread into fewer racks";
  }

  /**
   * The racks-versus-write Pareto front up to {@code maxRacks} racks. Each bucket of racks keeps
   * its best design (most write, then least kW, then most usable; earlier enumeration wins exact
   * ties) and a budget's point is the best bucket at or below it.
   *
   * <p>Write is min(C-node side, enclosure side). Once one side alone carries a design's write
   * (it is "saturated"), adding devices to that side adds kW but no write, so such a design only
   * matters if it needs fewer racks than the saturated design it extends (a whole-device spread
   * can do that). The rack bound tells when it cannot: a row stops once k is saturated and the
   * bound reaches the row's fewest saturated racks; a C-node count k is dropped for good once n is
   * saturated for it and the bound reaches the fewest racks seen at k. Everything else within the
   * rack budget is sized.
   */
  public static Front pareto(SearchSpace space, Targets t, int maxRacks) {
    return pareto(space, t, maxRacks, Budget.standard());
  }

  /**
   * {@link #pareto(SearchSpace, Targets, int)} within {@code budget}.
   *
   * @throws Budget.Exhausted when the front would take more than {@code budget}
   */
  public static Front pareto(SearchSpace space, Targets t, int maxRacks, Budget budget) {
    int cap = Math.min(maxRacks, t.rackCap());
    Candidate[] bucket = new Candidate[cap + 1];
    long evaluated = 0;
    List<Group> groups = space.groups();
    for (Group g : groups) {
      budget.group(g.index(), groups.size());
      Range r = range(space, g, t, new ArrayList<>());
      if (r == null) {
        continue;
      }
      Column col = new Column(r.k0());
      int kLow = 0; // as in search: below it every count fails the floors from here on
      int nextNeverCheck = spreadFrom(space);
      for (int n = r.n0(); n <= space.maxDboxes() && under(evaluated, t); n++) {
        double boxWrite = Sides.dboxWrite(g.dbox(), n, space.capacity());
        long rowLeast = Long.MAX_VALUE;
        boolean first = true;
        boolean over = false;
        int kFloor = t.kStart(r.k0(), n);
        if (!valid(space, g, n, kFloor)) {
          continue;
        }
        if (t.floors().checksDurability()) {
          Sizing start = size(space, g, n, kFloor, t);
          budget.charge(g, start);
          if (Goal.racksBound(walkBound(space, g, start, budget)) > cap) {
            break;
          }
          if (n >= nextNeverCheck) {
            nextNeverCheck = 2 * n;
            if (neverDurable(space, g, n, start, t) != null) {
              break; // no design of the group from here on meets the floors: none enters
            }
          }
          Sizing low = kLow > kFloor ? size(space, g, n, kLow, t) : null;
          if (low != null) {
            budget.charge(g, low);
          }
          if (low != null && Goal.racksBound(walkBound(space, g, low, budget)) > cap) {
            break; // every count the floors leave is past the budget, here and beyond
          }
        }
        Durable d = durable(space, g, n, Math.max(kFloor, kLow), t,
            z -> Goal.racksBound(z) > cap, budget);
        if (n >= spreadFrom(space) && d.failsUpTo() >= kFloor) {
          kLow = Math.max(kLow, Math.min(d.failsUpTo(), cnodeBound(space, g, n)) + 1);
        }
        int kd = d.k();
        if (kd < 0) {
          continue;
        }
        for (int k = kd; k <= space.maxCnodes(); k++) {
          if (col.dead(k)) {
            continue;
          }
          Sizing z = size(space, g, n, k, t);
          budget.charge(g, z);
          evaluated++;
          long lb = Goal.racksBound(z);
          if (lb > cap) {
            over = first && k == kFloor && Goal.racksBound(walkBound(space, g, z, budget)) > cap;
            break;
          }
          first = false;
          // A design the floors turn away neither enters the front nor prunes others.
          if (t.floors().rejects(z) != null) {
            continue;
          }
          if (z.racks() <= cap) {
            Score key = new Score(-z.writeBytesPerSec(), z.packedWatts(), -z.usableBytes());
            Candidate prior = bucket[z.racks()];
            if (prior == null || key.compareTo(prior.score()) < 0) {
              bucket[z.racks()] = new Candidate(g, n, k, z, key);
            }
          }
          double cnodeWrite = Sides.cnodeWrite(g.cnode(), k);
          if (boxWrite >= cnodeWrite) {
            col.saturated(k, z.racks(), Goal.racksBound(walkBound(space, g, z, budget)));
          }
          if (cnodeWrite >= boxWrite) {
            rowLeast = Math.min(rowLeast, z.racks());
            if (lb >= rowLeast) {
              break;
            }
          }
        }
        if (over) {
          break;
        }
      }
    }
    List<Candidate> points = new ArrayList<>();
    Candidate current = null;
    for (Candidate c : bucket) {
      if (c != null && (current == null || c.score().compareTo(current.score()) < 0)) {
        current = c;
        points.add(c);
      }
    }
    return new Front(points, cap, evaluated);
  }

  /**
   * The sizing whose bound holds for every design of {@code g} with at least {@code z}'s counts:
   * {@code z} itself, or under the rack-loss rule ({@code surviveRackLoss}) {@code z}'s design
   * without the rule. The rule caps enclosures per rack by how thinly a stripe spreads over the
   * enclosures, so adding enclosures can lower the rack count under it (docs/model.md, "The
   * optimiser and the rack-loss rule"); the count without the rule never exceeds the count under
   * it and never falls with more devices, so the walk over n may stop on it. Charged to
   * {@code budget} like any sizing.
   */
  static Sizing walkBound(SearchSpace sp, Group g, Sizing z, Budget budget) {
    if (!sp.surviveRackLoss()) {
      return z;
    }
    Sizing free = SizingEngine.size(z.design().withoutRackLossRule());
    budget.charge(g, free);
    return free;
  }

  /**
   * Whether {@code n} enclosures and {@code k} C-nodes of {@code g} make a valid design: always
   * without the rack-loss rule once the range holds; under it, not when one enclosure holds more
   * strips of a stripe than the parity covers. The rule depends on n alone, so one check covers
   * every C-node count of the row.
   */
  static boolean valid(SearchSpace sp, Group g, int n, int k) {
    if (!sp.surviveRackLoss()) {
      return true;
    }
    try {
      sp.design(g, n, k);
      return true;
    } catch (InputException e) {
      return false;
    }
  }

  /**
   * Per C-node count of one combination: the fewest racks of a design whose enclosures already
   * carry that count's write, and whether larger enclosure counts are pointless for it.
   */
  private static final class Column {
    private final int k0;
    private long[] least = new long[64];
    private boolean[] dead = new boolean[64];

    Column(int k0) {
      this.k0 = k0;
      java.util.Arrays.fill(least, Long.MAX_VALUE);
    }

    boolean dead(int k) {
      int i = k - k0;
      return i < dead.length && dead[i];
    }

    /** (n, k) has write = C-node side; more enclosures at k are pointless once lb >= least. */
    void saturated(int k, int racks, long lb) {
      int i = k - k0;
      if (i >= least.length) {
        int size = Math.max(least.length * 2, i + 1);
        int old = least.length;
        least = java.util.Arrays.copyOf(least, size);
        dead = java.util.Arrays.copyOf(dead, size);
        java.util.Arrays.fill(least, old, size, Long.MAX_VALUE);
      }
      least[i] = Math.min(least[i], racks);
      if (lb >= least[i]) {
        dead[i] = true;
      }
    }
  }

  /**
   * n0 and k0 for {@code g}, or null (with the reason added to {@code excluded}) when no design
   * of the combination meets the targets within the space's caps or fits its racks.
   */
  static Range range(SearchSpace sp, Group g, Targets t, List<String> excluded) {
    DBoxModel b = g.dbox();
    CNodeModel c = g.cnode();
    CapacityModel cap = sp.capacity();
    if (!t.admits(b, c)) {
      excluded.add(g.label() + ": not NVIDIA-certified (" + (b.certified() ? c.id() : b.id())
          + ")");
      return null;
    }
    int narrowest = cap.minDataStrips() + cap.parityStrips();
    int nLow = Math.max(1, -Math.floorDiv(-narrowest, b.drives()));
    int n0 = Sides.least(nLow, sp.maxDboxes(), n -> SizingEngine.usableBytes(b, n, cap)
        >= t.usableBytes() && Sides.dboxRead(b, n) >= t.readBytesPerSec()
        && Sides.dboxWrite(b, n, cap) >= t.writeBytesPerSec());
    int k0 = Sides.least(1, sp.maxCnodes(), k -> Sides.cnodeRead(c, k) >= t.readBytesPerSec()
        && Sides.cnodeWrite(c, k) >= t.writeBytesPerSec());
    if (n0 < 0 || k0 < 0) {
      excluded.add(g.label() + ": more than " + Units.fixed(n0 < 0 ? sp.maxDboxes()
          : sp.maxCnodes(), 0) + (n0 < 0 ? " enclosures" : " C-nodes")
          + " would be needed to meet the targets");
      return null;
    }
    if (sp.surviveRackLoss()) {
      // one enclosure may hold no more strips of a stripe than the parity: from some n up
      // (at the latest n = stripe width, one strip each) every n is allowed
      int widest = cap.maxDataStrips() + cap.parityStrips();
      int n = n0;
      while (n < Math.min(sp.maxDboxes(), n0 + widest) && !valid(sp, g, n, k0)) {
        n++;
      }
      n0 = n;
    }
    try {
      sp.design(g, n0, k0);
    } catch (InputException e) {
      excluded.add(g.label() + ": " + String.join("; ", e.problems()));
      return null;
    }
    return new Range(n0, k0);
  }

  private static Sizing size(SearchSpace sp, Group g, int n, int k, Targets t) {
    Sizing z = SizingEngine.size(sp.design(g, n, k));
    if (z.usableBytes() < t.usableBytes() || z.readBytesPerSec() < t.readBytesPerSec()
        || z.writeBytesPerSec() < t.writeBytesPerSec()) {
      throw new IllegalStateException("bug: " + g.label() + " " + n + "/" + k
          + " is inside the target range but misses a target");
    }
    return z;
  }

  /** Per-quantity minima over each combination's least design (n0, k0). */
  private static final class Bounds {
    long racks = Long.MAX_VALUE;
    double watts = Double.POSITIVE_INFINITY;
    long ru = Long.MAX_VALUE;
    Score score;
    Candidate witness;

    void add(Group g, int n, int k, Sizing z, Score bound, int cap) {
      if (Goal.racksBound(z) > cap) {
        return;
      }
      racks = Math.min(racks, Goal.racksBound(z));
      watts = Math.min(watts, z.packedWatts());
      ru = Math.min(ru, z.rackUnits());
      if (score == null || bound.compareTo(score) < 0) {
        score = bound;
        witness = new Candidate(g, n, k, z, bound);
      }
    }

    LowerBound result() {
      return score == null ? null : new LowerBound(racks, watts, ru, score, witness);
    }
  }
}
