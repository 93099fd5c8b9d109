package io.exaplan.optimize;

import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.config.Dimension;
import io.exaplan.config.InputException;
import io.exaplan.config.Units;
import io.exaplan.design.Option;
import io.exaplan.design.Options;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the optimiser for a scenario and explains the answer: the best design as an {@link Option},
 * the lower bound and gap, the Pareto front, and the {@code compare} options against the same
 * targets.
 */
public final class Optimize {
  private Optimize() {}

  /**
   * What to optimise. {@code paretoRacks} null: see {@link #defaultParetoRacks}. {@code guidance} and {@code guidanceGpus} only record where raised targets came from.
   */
  public record Request(SearchSpace space, Targets targets, Goal goal, Integer paretoRacks,
      String guidance, Long guidanceGpus) {}

  /** Pareto budgets are an array index; past this the front is not a table anyone reads. */
  public static final int MAX_PARETO_RACKS = 100_000;

  public static Optimum run(Scenario s, Catalog c, Request q) {
    return run(s, c, q, Budget.standard());
  }

  /**
   * {@link #run(Scenario, Catalog, Request)}; {@code budget} bounds the search and then, afresh,
   * the front (three times the steps); the references share one more (steps as the search; {@link
   * Budget#progress} follows all three).
   * Past the budget the search and the front are refused; a reference is left out with a note.
   */
  public static Optimum run(Scenario s, Catalog c, Request q, Budget budget) {
    budget.phase(0, 3, 1);
    Search r;
    try {
      r = Optimizer.search(q.space(), q.targets(), q.goal(), budget);
    } catch (Budget.Exhausted e) {
      throw tooLarge("optimize", e);
    }
    Candidate b = r.best();
    if (b == null) {
      List<String> lines = new ArrayList<>();
      lines.add("optimize: no design in the search space meets " + describe(q.targets()));
      r.excluded().forEach(e -> lines.add("  " + e));
      throw new InputException(lines);
    }
    int paretoRacks = q.paretoRacks() != null ? q.paretoRacks()
        : defaultParetoRacks(b.sizing().racks());
    Front f;
    String frontNote = null;
    // the front sizes many more designs than the search (main: up to 200,000, each up to
    // thousands of rack counts): it gets three times the search's steps, 24,000,000, far past the
    // built-in scenario's whole run (docs/model.md, "Work budget"); a front refused
    // (--pareto-racks 100000) spends its whole share first, so five times (as before) made a
    // refusal take 6 s of CPU, not 4
    budget.phase(1, 3, 3);
    try {
      f = Optimizer.pareto(q.space(), q.targets(), Math.min(paretoRacks, MAX_PARETO_RACKS),
          budget);
    } catch (Budget.Exhausted e) {
      if (q.paretoRacks() != null) {
        throw new InputException("--pareto-racks: the front up to " + paretoRacks + " racks "
            + e.getMessage() + "; expected fewer racks (the default here is "
            + defaultParetoRacks(b.sizing().racks()) + ")");
      }
      f = new Front(List.of(), paretoRacks, 0);
      frontNote = "The Pareto front up to " + paretoRacks + " racks is left out: " + e.getMessage()
          + "; give a smaller --pareto-racks for one.";
    }

    List<String> notes = new ArrayList<>(why(q, b));
    if (frontNote != null) {
      notes.add(frontNote);
    }
    notes.add("Floors: " + q.targets().floors().describe() + "; " + r.binding() + ".");
    notes.add("Searched " + Units.count(q.space().groups().size(), "model combination") + " x 1.."
        + Units.fixed(q.space().maxDboxes(), 0) + " enclosures x 1.."
        + Units.fixed(q.space().maxCnodes(), 0) + " C-nodes (" + scientific(r.candidates())
        + " designs); sized " + Units.fixed(r.evaluated(), 0) + ", every other design is ruled "
        + "out by the bound (docs/model.md, Optimiser).");
    if (q.space().surviveRackLoss()) {
      notes.add("Rack-loss rule (surviveRackLoss): every design is counted under it. Its rack "
          + "count can fall as enclosures are added (a stripe spread over more enclosures lets "
          + "a rack hold more of them), so the walk over enclosure counts ends only on the count "
          + "without the rule, which never exceeds the count under it; the lower bound is that "
          + "count's.");
    }
    Option best = option("optimum", b, q.space(), s, c, s.gpus(), notes);

    LowerBound lb = r.lowerBound();
    Double gap = lb.score().primary() > 0
        ? (b.score().primary() - lb.score().primary()) / lb.score().primary() : null;
    Optimum.BoundView bound = new Optimum.BoundView(lb.racks(), lb.watts(), lb.rackUnits(),
        lb.score().primary(), boundNotes(q, lb, b, gap));

    List<Optimum.ParetoPoint> points = new ArrayList<>();
    for (Candidate p : f.points()) {
      Sizing z = p.sizing();
      points.add(new Optimum.ParetoPoint(z.racks(), z.writeBytesPerSec(), z.powerTypicalWatts(),
          z.usableBytes(), z.readBytesPerSec(), z.powerMaxWatts(), z.rackUnits(),
          p.group().dbox().id(), p.dboxes(), p.group().cnode().id(), p.cnodes(),
          p.group().switchModel().id(), p.group().rackPowerLimitWatts(), certified(p.group())));
    }

    Targets t = q.targets();
    SearchSpace sp = q.space();
    budget.phase(2, 3, 1);
    List<Optimum.Reference> refs = references(s, c, q, b, budget, notes);
    Goal g = q.goal();
    return new Optimum(s.name(), g.objective(),
        g.objective() == Objective.WEIGHTED
            ? new Optimum.Weights(g.racksWeight(), g.kwWeight(), g.ruWeight()) : null,
        new Optimum.TargetsView(t.usableBytes(), t.readBytesPerSec(), t.writeBytesPerSec(),
            t.maxRacks(), t.certifiedOnly(), q.guidance(), q.guidanceGpus()),
        new Optimum.SpaceView(sp.dboxes().stream().map(DBoxModel::id).toList(),
            sp.cnodes().stream().map(CNodeModel::id).toList(),
            sp.switches().stream().map(SwitchModel::id).toList(), sp.rackPowerLimitsWatts(),
            sp.rack().id(), sp.powerBasis(), sp.maxDboxes(), sp.maxCnodes(), r.candidates()),
        best, bound, gap, r.evaluated(), points, f.maxRacks(), f.evaluated(),
        refs, r.excluded(), notes);
  }

  /** A search past its {@link Budget}, as the user's mistake: what was large and what shrinks it. */
  public static InputException tooLarge(String who, Budget.Exhausted e) {
    return new InputException(who + ": the search " + e.getMessage()
        + "; expected a smaller search: " + Budget.Exhausted.remedies());
  }

  /**
   * The front's default budget: the best design's racks plus a quarter, at least 2 and at most
   * 20 more. The front costs about (budget - best) x (the racks the whole-device spread adds)
   * rows of designs, so the cap keeps a fleet-sized search to seconds; --pareto-racks extends it.
   */
  static int defaultParetoRacks(int bestRacks) {
    return bestRacks + Math.max(2, Math.min((int) Math.ceil(bestRacks / 4.0), 20));
  }

  /** {@code cand} as an option (family "optimum") of the scenario, with {@code notes} last. */
  public static Option option(String id, Candidate cand, SearchSpace sp, Scenario s, Catalog c,
      long gpusServed, List<String> notes) {
    Group g = cand.group();
    // counts grouped as every other figure is ("83,640 x dbox-1350" at 100 EB)
    String name = Units.grouped(cand.dboxes()) + " x " + g.dbox().id() + " + "
        + Units.grouped(cand.cnodes()) + " x "
        + g.cnode().id() + ", " + g.switchModel().id() + ", "
        + human(g.rackPowerLimitWatts(), Dimension.POWER) + " racks";
    return Options.flash(id, name, "optimum", sp.design(g, cand.dboxes(), cand.cnodes()),
        gpusServed, s,
        c, (z, check) -> notes);
  }

  /** "usable >= 1 EB, read >= 0 B/s, write >= 1.37 TB/s, at most 60 racks, certified parts". */
  static String describe(Targets t) {
    return "usable >= " + human(t.usableBytes(), Dimension.BYTES) + ", read >= "
        + human(t.readBytesPerSec(), Dimension.BYTE_RATE) + ", write >= "
        + human(t.writeBytesPerSec(), Dimension.BYTE_RATE)
        + (t.maxRacks() == null ? "" : ", at most " + t.maxRacks() + " racks")
        + (t.certifiedOnly() ? ", NVIDIA-certified parts only" : "")
        + (t.floors().equals(Floors.NONE) ? "" : ", " + t.floors().describe());
  }

  /** Why the best design has the counts it has. */
  private static List<String> why(Request q, Candidate b) {
    Group g = b.group();
    Targets t = q.targets();
    Optimizer.Range r = Optimizer.range(q.space(), g, t, new ArrayList<>());
    boolean throughput = t.readBytesPerSec() > 0 || t.writeBytesPerSec() > 0;
    List<String> out = new ArrayList<>();
    out.add(r.n0() + " x " + g.dbox().id() + " is the fewest that reach "
        + human(t.usableBytes(), Dimension.BYTES) + " usable (" + human(SizingEngine.usableBytes(
            g.dbox(), r.n0(), q.space().capacity()), Dimension.BYTES) + ")"
        + (throughput ? " and whose media and ports carry the read and write targets; " + r.k0()
            + " x " + g.cnode().id() + " is the fewest whose front-end and ports carry "
            + human(t.readBytesPerSec(), Dimension.BYTE_RATE) + " read and "
            + human(t.writeBytesPerSec(), Dimension.BYTE_RATE) + " write."
            : "; with no throughput target, 1 C-node, the fewest a design may have."));
    if (b.dboxes() != r.n0() || b.cnodes() != r.k0()) {
      Sizing least = SizingEngine.size(q.space().design(g, r.n0(), r.k0()));
      out.add("The least counts (" + r.n0() + " enclosures, " + r.k0() + " C-nodes) need "
          + least.racks() + " racks once whole devices are spread evenly; " + b.dboxes()
          + " enclosures and " + b.cnodes() + " C-nodes score better (" + b.sizing().racks()
          + " racks, " + human(b.sizing().packedWatts(), Dimension.POWER) + ").");
    }
    return out;
  }

  private static List<String> boundNotes(Request q, LowerBound lb, Candidate b, Double gap) {
    Candidate w = lb.witness();
    Sizing z = w.sizing();
    Goal goal = q.goal();
    List<String> out = new ArrayList<>();
    out.add("Every design must hold at least its combination's least counts (the fewest meeting "
        + "the targets); racks, power and rack units only grow with the counts, and racks are "
        + "at least max(space bound, power bound). So no design needs fewer than " + lb.racks()
        + " racks, " + human(lb.watts(), Dimension.POWER) + " (" + q.space().powerBasis().key()
        + ") or " + lb.rackUnits() + " U.");
    out.add("The least such bound is " + w.group().label() + " with " + w.dboxes()
        + " enclosures, " + w.cnodes() + " C-nodes and " + z.switches() + " switches: "
        + z.rackUnits() + " U / " + q.space().rack().usableUnits() + " U = "
        + z.spaceBoundRacks() + " racks by space, " + human(z.packedWatts(), Dimension.POWER)
        + " / " + human(w.group().rackPowerLimitWatts(), Dimension.POWER) + " = "
        + z.powerBoundRacks() + " by power.");
    out.add("Best " + sig(goal.shown(b.score().primary())) + " " + goal.unit() + " against a "
        + "bound of " + sig(goal.shown(lb.score().primary())) + " " + goal.unit()
        + (gap == null ? "." : ": gap " + sig(gap * 100) + "%."));
    return out;
  }

  private static List<Optimum.Reference> references(Scenario s, Catalog c, Request q,
      Candidate b, Budget budget, List<String> notes) {
    Targets t = q.targets();
    List<Optimum.Reference> out = new ArrayList<>();
    for (Option o : Registry.compare(s, c).options()) {
      boolean meets = o.capacity().usableBytes() >= t.usableBytes()
          && o.throughput().readBytesPerSec() >= t.readBytesPerSec()
          && o.throughput().writeBytesPerSec() >= t.writeBytesPerSec() && o.space().racks() <= t.rackCap()
          && (!t.certifiedOnly() || o.compliance().certified());
      Targets same = t.withUsable(o.capacity().usableBytes())
          .withThroughput(o.throughput().readBytesPerSec(), o.throughput().writeBytesPerSec());
      Candidate at = null;
      try {
        at = Optimizer.search(q.space(), same, q.goal(), budget).best();
      } catch (Budget.Exhausted e) {
        notes.add("The optimiser at " + o.id() + "'s figures is not shown: its search "
            + e.getMessage() + ".");
      }
      out.add(new Optimum.Reference(o.id(), meets, o.space().racks(), o.power().powerWatts(), o.capacity().usableBytes(),
          o.throughput().readBytesPerSec(), o.throughput().writeBytesPerSec(), o.compliance().certified(),
          o.space().racks() - b.sizing().racks(), at == null ? null : at.sizing().racks(),
          at == null ? null : at.sizing().powerTypicalWatts()));
    }
    return out;
  }

  private static boolean certified(Group g) {
    return g.dbox().certified() && g.cnode().certified();
  }

  /** "6.0e12" for counts of a million and more, grouped digits below. */
  public static String scientific(long v) {
    if (v < 1_000_000) {
      return Units.fixed(v, 0);
    }
    int exp = (int) Math.floor(Math.log10(v));
    return String.format(java.util.Locale.ROOT, "%.1fe%d", v / Math.pow(10, exp), exp);
  }
}
