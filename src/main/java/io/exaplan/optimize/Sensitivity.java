package io.exaplan.optimize;

import io.exaplan.catalog.CapacityModel;
import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.design.Option;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.sizing.Sizing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A tornado table for one option: every {@link Parameter} is multiplied by (1 - swing) and
 * (1 + swing) in a modified copy of the inputs, and the option is rebuilt from the copy: a
 * {@code compare} option by its strategy, the optimum by a fresh search (so it may pick another
 * design).
 */
public final class Sensitivity {
  /** The option id that stands for the optimiser's best design. */
  public static final String OPTIMUM = "optimum";

  private Sensitivity() {}

  /**
   * @param request the optimiser request, used only when {@code option} is {@link #OPTIMUM}
   */
  public static Tornado run(Scenario s, Catalog c, String option, double swing,
      Optimize.Request request) {
    if (!(swing > 0 && swing < 1)) {
      throw new InputException("--swing: must be greater than 0 and less than 1, got " + swing);
    }
    boolean optimum = OPTIMUM.equals(option);
    if (!optimum && !Registry.ids().contains(option)) {
      throw new InputException("--option: unknown option '" + option + "'; expected one of: "
          + String.join(", ", Registry.ids()) + ", " + OPTIMUM);
    }
    Parameter.Inputs base = new Parameter.Inputs(c, s, optimum ? request.targets() : null, 1);
    Budget budget = Budget.standard(); // for every rebuild's search together
    Result b;
    try {
      b = outcome(option, base, request, budget);
    } catch (Budget.Exhausted e) {
      throw Optimize.tooLarge("sensitivity: " + option, e);
    }
    if (b.outcome == null) {
      throw new InputException(option + ": " + b.reason);
    }
    List<Tornado.Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Parameter p : Parameter.values()) {
      if (!p.appliesTo(base)) {
        notes.add(p.key() + ": moves only a write target, and " + option + " has none"
            + (optimum ? " (give --min-write or --guidance)" : "") + ".");
        continue;
      }
      Result lo = moved(option, p.apply(base, 1 - swing), request, budget);
      Result hi = moved(option, p.apply(base, 1 + swing), request, budget);
      String note = (lo.reason == null ? "" : "low: " + lo.reason)
          + (lo.reason != null && hi.reason != null ? "; " : "")
          + (hi.reason == null ? "" : "high: " + hi.reason);
      rows.add(new Tornado.Row(p.key(), p.description(), 1 - swing, 1 + swing, lo.outcome,
          hi.outcome, racksDelta(lo, b), racksDelta(hi, b), wattsDelta(lo, b), wattsDelta(hi, b),
          note.isEmpty() ? null : note));
    }
    // Stable sort: ties keep the parameter order.
    rows.sort(Comparator.comparingInt(Sensitivity::racksImpact).reversed()
        .thenComparing(Comparator.comparingDouble(Sensitivity::wattsImpact).reversed()));
    return new Tornado(option, swing, b.outcome, rows, notes, b.assumptions);
  }

  private static int racksImpact(Tornado.Row r) {
    return Math.max(abs(r.racksDeltaLow()), abs(r.racksDeltaHigh()));
  }

  private static double wattsImpact(Tornado.Row r) {
    return Math.max(r.powerWattsDeltaLow() == null ? 0 : Math.abs(r.powerWattsDeltaLow()),
        r.powerWattsDeltaHigh() == null ? 0 : Math.abs(r.powerWattsDeltaHigh()));
  }

  private static int abs(Integer v) {
    return v == null ? 0 : Math.abs(v);
  }

  private static Integer racksDelta(Result r, Result base) {
    return r.outcome == null ? null : r.outcome.racks() - base.outcome.racks();
  }

  private static Double wattsDelta(Result r, Result base) {
    return r.outcome == null ? null : r.outcome.powerWatts() - base.outcome.powerWatts();
  }

  /** An outcome, or why there is none. */
  private record Result(Tornado.Outcome outcome, String reason, List<String> assumptions) {}

  /** A moved parameter's outcome; past the budget, none, and the reason says so. */
  private static Result moved(String option, Parameter.Inputs in, Optimize.Request q,
      Budget budget) {
    try {
      return outcome(option, in, q, budget);
    } catch (Budget.Exhausted e) {
      return new Result(null, "not searched: the search " + e.getMessage(), List.of());
    }
  }

  private static Result outcome(String option, Parameter.Inputs in, Optimize.Request q,
      Budget budget) {
    CapacityModel cap = in.catalog().capacity();
    double widest = (double) cap.maxDataStrips() / (cap.maxDataStrips() + cap.parityStrips());
    if (!(cap.reserveFraction() < widest)) {
      return new Result(null, "an install reserve of " + io.exaplan.config.Units.sig(
          cap.reserveFraction()) + " leaves no usable capacity", List.of());
    }
    try {
      if (!OPTIMUM.equals(option)) {
        Option o = Registry.get(option).build(in.scenario(), in.catalog());
        String design = o.hardware().cnodeModel() == null ? o.hardware().dboxModel() : o.hardware().dboxes() + " x "
            + o.hardware().dboxModel() + " + " + o.hardware().cnodes() + " C-nodes";
        return new Result(new Tornado.Outcome(design, o.space().racks(), o.power().powerWatts(),
            o.capacity().usableBytes(), o.throughput().readBytesPerSec(), o.throughput().writeBytesPerSec()), null, o.assumptions());
      }
      SearchSpace sp = rebind(q.space(), in);
      Search r = Optimizer.search(sp, in.targets(), q.goal(), budget);
      if (r.best() == null) {
        return new Result(null, "no design meets " + Optimize.describe(in.targets()),
            List.of());
      }
      Candidate b = r.best();
      Sizing z = b.sizing();
      List<String> assumptions = Optimize.option(OPTIMUM, b, sp, in.scenario(), in.catalog(),
          in.scenario().gpus(), List.of()).assumptions();
      return new Result(new Tornado.Outcome(b.dboxes() + " x " + b.group().dbox().id() + " + "
          + b.cnodes() + " C-nodes, " + b.group().switchModel().id(), z.racks(),
          z.powerTypicalWatts(), z.usableBytes(), z.readBytesPerSec(), z.writeBytesPerSec()),
          null, assumptions);
    } catch (InputException e) {
      return new Result(null, String.join("; ", e.problems()), List.of());
    }
  }

  /** The request's space over the modified catalog: same model ids, scaled rack limits. */
  private static SearchSpace rebind(SearchSpace sp, Parameter.Inputs in) {
    Catalog c = in.catalog();
    return new SearchSpace(sp.dboxes().stream().map(m -> c.dbox(m.id())).toList(),
        sp.cnodes().stream().map(m -> c.cnode(m.id())).toList(),
        sp.switches().stream().map(m -> c.switchModel(m.id())).toList(),
        sp.rackPowerLimitsWatts().stream().map(w -> w * in.rackLimitFactor()).toList(),
        sp.rack(), sp.powerBasis(), c.capacity(), c.fabric(), sp.maxDboxes(), sp.maxCnodes(),
        sp.surviveRackLoss());
  }
}
