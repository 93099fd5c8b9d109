package io.exaplan.optimize;

import io.exaplan.packing.RackPacker;

import io.exaplan.config.Cancelled;
import io.exaplan.config.Units;
import io.exaplan.sizing.Sizing;

/**
 * The work one search may do, so that no input runs for minutes. Work is counted in sizing
 * steps: each design sized is one step, plus one for every rack count the even-spread check
 * tried past the design's space and power bounds (what makes a design at a rack power limit just
 * above one device's draw slow). The count depends on the input only, never on the machine, so
 * the same input is always refused or always answered. Each step also checks for an interrupt,
 * so a web request past its deadline stops its search ({@link Cancelled}).
 */
public final class Budget {
  /**
   * Steps one search may take: about a second and a half on one core (0.2 us a step), far past
   * what the built-in scenario's run takes (docs/model.md, "Work budget", quotes it, and
   * WorkBudgetDocTest counts it).
   */
  public static final long STEPS = 8_000_000;

  private final long steps;
  private long limit;
  private long used;
  private long spentBefore;
  private long lastWork = RackPacker.workDone();
  private volatile double progress;
  private int phase;
  private int phases = 1;

  public Budget(long steps) {
    RackPacker.forget();
    Floors.forget();
    this.steps = steps;
    this.limit = steps;
  }

  /** A fresh budget of {@link #STEPS}. */
  public static Budget standard() {
    return new Budget(STEPS);
  }

  public long used() {
    return used;
  }

  /** Steps taken over every phase so far (docs/model.md quotes the built-in run's). */
  public long total() {
    return spentBefore + used;
  }

  public long limit() {
    return limit;
  }

  /**
   * The caller's work is in {@code of} phases (search, front...) and phase {@code i} begins,
   * with {@code share} of the budget's steps afresh.
   */
  public void phase(int i, int of, double share) {
    phase = i;
    phases = of;
    spentBefore += used;
    used = 0;
    limit = (long) (steps * share);
    progress = (double) i / of;
  }

  /** Group {@code i} of {@code of} of the current phase is being searched. */
  void group(int i, int of) {
    progress = (phase + (double) i / of) / phases;
  }

  /** Fraction of the work done (by phase and group); callable from any thread. */
  public double progress() {
    return progress;
  }

  /** Charges the design just sized; throws {@link Exhausted} past the limit. */
  void charge(Group g, Sizing z) {
    // one step for the design, one per layout-engine node spent since the last charge (this
    // design's count and any sized in between, e.g. by the durability bisection)
    long work = RackPacker.workDone();
    used += 1 + Math.max(0, work - lastWork);
    lastWork = work;
    if (used > limit) {
      throw new Exhausted(this, g, z);
    }
    Cancelled.check("optimiser search");
  }

  /**
   * Steps one floor check costs beyond the layout work it does (charged as it happens): it also
   * solves the design's failure chain. 300 stops 200 rack limits' checks in about 2 s (they ran
   * 15 s uncharged) and still lets a 1 kB target's search of tiny designs finish.
   */
  static final long FLOOR_CHECK_STEPS = 300;

  /** Charges one durability/rebuild floor check of {@code z}; throws past the limit. */
  void chargeFloorCheck(Group g, Sizing z) {
    used += FLOOR_CHECK_STEPS - 1;
    charge(g, z);
  }

  /**
   * The search would take more than its budget. The message names what makes it large and the
   * flags and keys that shrink it; callers that know more (the Pareto front's --pareto-racks)
   * catch it and say so.
   */
  public static final class Exhausted extends RuntimeException {
    private final transient Group group;
    private final int racks;

    Exhausted(Budget b, Group g, Sizing z) {
      super("needs more than " + Units.fixed(b.limit, 0) + " sizing steps, its budget (it was at "
          + g.label() + ", designs of " + Units.fixed(z.racks(), 0) + " racks with "
          + Units.fixed(z.design().dboxes(), 0) + " enclosures) and is stopped rather than left "
          + "to run for minutes", null, false, false);
      this.group = g;
      this.racks = z.racks();
    }

    public Group group() {
      return group;
    }

    public int racks() {
      return racks;
    }

    /** What shrinks a search: "... ; expected a smaller search: ...". */
    public static String remedies() {
      return "raise the rack power limit (--rack-kw, rackPowerLimit), give fewer models or "
          + "limits (--dbox, --rack-kw), cap the racks (--max-racks, maxRacks) or lower the "
          + "targets (--min-usable, targetUsable, --min-read, --min-write)";
    }
  }
}
