package io.exaplan.report;

import io.exaplan.config.Dimension;
import io.exaplan.config.Units;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import io.exaplan.optimize.Optimize;
import io.exaplan.optimize.Optimum;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of {@code optimize}. The Pareto front comes first, so CSV (which writes the first
 * table) is the front; the best design, the bound and the reference options follow.
 */
public final class OptimizeView {
  private OptimizeView() {}

  static final Columns<Optimum.ParetoPoint> PARETO = Columns.<Optimum.ParetoPoint>of()
      .count("racks", "Racks", Optimum.ParetoPoint::racks)
      .number("writeTBps", "Write", "TB/s", 3, p -> p.writeBytesPerSec() / 1e12)
      .number("powerKW", "Power typical", "kW", 1, p -> p.powerWatts() / 1e3)
      .number("usablePB", "Usable", "PB", 1, p -> p.usableBytes() / 1e15)
      .number("readTBps", "Read", "TB/s", 2, p -> p.readBytesPerSec() / 1e12)
      .count("rackUnits", "Rack units", Optimum.ParetoPoint::rackUnits)
      .text("dboxModel", "Enclosure model", Optimum.ParetoPoint::dboxModel)
      .count("dboxes", "Enclosures", Optimum.ParetoPoint::dboxes)
      .text("cnodeModel", "C-node model", Optimum.ParetoPoint::cnodeModel)
      .count("cnodes", "C-nodes", Optimum.ParetoPoint::cnodes)
      .text("switchModel", "Switch", Optimum.ParetoPoint::switchModel)
      .number("rackKW", "Rack power limit", "kW", 1, p -> p.rackPowerLimitWatts() / 1e3)
      .flag("certified", "NVIDIA-certified parts", Optimum.ParetoPoint::certified);

  private static final Columns<Optimum.Reference> REFERENCES = Columns.<Optimum.Reference>of()
      .text("id", "Option", Optimum.Reference::id)
      .flag("meets", "Meets targets", Optimum.Reference::meetsTargets)
      .count("racks", "Racks", Optimum.Reference::racks)
      .count("moreRacks", "Racks more than best", Optimum.Reference::racksMoreThanBest)
      .number("powerKW", "Power typical", "kW", 1, r -> r.powerWatts() / 1e3)
      .number("usablePB", "Usable", "PB", 1, r -> r.usableBytes() / 1e15)
      .number("writeTBps", "Write", "TB/s", 2, r -> r.writeBytesPerSec() / 1e12)
      .flag("certified", "NVIDIA-certified parts", Optimum.Reference::certified)
      .count("bestRacksSame", "Best racks at its usable, read and write",
          Optimum.Reference::bestRacksAtSamePerformance)
      .number("bestPowerKWSame", "Best power at its usable, read and write", "kW", 1,
          r -> r.bestPowerWattsAtSamePerformance() == null ? null
              : r.bestPowerWattsAtSamePerformance() / 1e3);

  public static Report of(Optimum o, Scenario s) {
    Option b = o.best();
    Optimum.BoundView lb = o.lowerBound();
    String subtitle = "Best (" + o.objective().key() + "): " + b.name() + ": " + b.space().racks()
        + " racks, " + Units.human(b.power().powerWatts(), Dimension.POWER) + ", "
        + Units.human(b.capacity().usableBytes(), Dimension.BYTES) + " usable, "
        + Units.human(b.throughput().writeBytesPerSec(), Dimension.BYTE_RATE) + " write. Lower bound "
        + lb.racks() + " racks, " + Units.human(lb.powerWatts(), Dimension.POWER)
        + (o.gap() == null ? "" : "; gap " + Units.sig(o.gap() * 100) + "%") + ". Sized "
        + Units.fixed(o.evaluated(), 0) + " of " + Optimize.scientific(o.space().candidates()) + " designs.";
    List<Table> tables = new ArrayList<>();
    tables.add(pareto(o));
    tables.add(OptionViews.metrics(List.of(b)));
    tables.add(bound(o));
    tables.add(references(o));
    tables.add(notes(o));
    tables.add(OptionViews.assumptions(List.of(b)));
    tables.add(inputs(o, s));
    return new Report("exaplan optimize", subtitle, o, tables).dated(s.date());
  }

  private static Table pareto(Optimum o) {
    return PARETO.table("pareto", "Pareto front: most write for each rack budget up to "
        + o.paretoMaxRacks() + " racks (" + Units.fixed(o.paretoEvaluated(), 0)
        + " designs sized)", Table.Layout.ROWS, o.pareto());
  }

  private static Table bound(Optimum o) {
    Option b = o.best();
    Optimum.BoundView lb = o.lowerBound();
    Table.Builder t = new Table.Builder("bound", "Best design against the lower bound",
        Table.Layout.ROWS, List.of(Column.text("quantity", "Quantity"),
            Column.number("best", "Best", "", 1), Column.number("bound", "Lower bound", "", 1),
            Column.number("gapPct", "Gap", "%", 1)));
    double bestKw = (o.space().powerBasis().key().equals("max") ? b.power().powerMaxWatts()
        : b.power().powerWatts()) / 1e3;
    t.row("racks", b.space().racks(), lb.racks(), pct(b.space().racks(), lb.racks()));
    t.row("power (" + o.space().powerBasis().key() + ", kW)", bestKw, lb.powerWatts() / 1e3,
        pct(bestKw, lb.powerWatts() / 1e3));
    t.row("rack units", b.space().rackUnits(), lb.rackUnits(),
        pct(b.space().rackUnits(), lb.rackUnits()));
    return t.build();
  }

  private static Double pct(double best, double bound) {
    return bound > 0 ? (best - bound) / bound * 100 : null;
  }

  private static Table references(Optimum o) {
    return REFERENCES.table("references", "The compare options against the same targets",
        Table.Layout.ROWS, o.references());
  }

  private static Table notes(Optimum o) {
    Table.Builder t = new Table.Builder("notes", "How the answer was reached", Table.Layout.BLOCKS,
        List.of(Column.text("topic", "Topic"), Column.text("note", "Note")));
    for (String n : o.best().notes()) {
      t.row("best design", n);
    }
    for (String n : o.lowerBound().notes()) {
      t.row("lower bound", n);
    }
    for (String n : o.excluded()) {
      t.row("left out", n);
    }
    return t.build();
  }

  /** A builder holding {@code base}'s rows, to append more. */
  static Table.Builder copy(Table base) {
    Table.Builder t = new Table.Builder(base.id(), base.title(), base.layout(), base.columns());
    for (List<Object> r : base.rows()) {
      t.row(r.toArray());
    }
    return t;
  }

  private static Table inputs(Optimum o, Scenario s) {
    Table.Builder t = copy(OptionViews.inputs(s));
    Optimum.TargetsView g = o.targets();
    t.row("objective", o.objective().key() + (o.weights() == null ? "" : String.format(
        Locale.ROOT, " (%s per rack, %s per kW, %s per U)", Units.sig(o.weights().perRack()),
        Units.sig(o.weights().perKilowatt()), Units.sig(o.weights().perRackUnit()))));
    t.row("min usable", Units.human(g.usableBytes(), Dimension.BYTES));
    t.row("min read", Units.human(g.readBytesPerSec(), Dimension.BYTE_RATE));
    t.row("min write", Units.human(g.writeBytesPerSec(), Dimension.BYTE_RATE));
    if (g.guidance() != null) {
      t.row("guidance targets", g.guidance() + " for " + Units.fixed(g.guidanceGpus(), 0)
          + " GPUs");
    }
    t.row("max racks", g.maxRacks() == null ? "none" : String.valueOf(g.maxRacks()));
    t.row("certified only", g.certifiedOnly() ? "yes" : "no");
    t.row("enclosure models", String.join(", ", o.space().dboxModels()));
    t.row("C-node models", String.join(", ", o.space().cnodeModels()));
    t.row("switch models", String.join(", ", o.space().switchModels()));
    List<String> kw = new ArrayList<>();
    for (double w : o.space().rackPowerLimitsWatts()) {
      kw.add(Units.human(w, Dimension.POWER));
    }
    t.row("rack power limits", String.join(", ", kw));
    return t.build();
  }
}
