package io.exaplan.report;

import io.exaplan.config.Dimension;
import io.exaplan.config.Units;
import io.exaplan.design.Scenario;
import io.exaplan.optimize.Tornado;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The report of {@code sensitivity}: the tornado rows first (CSV), then notes and assumptions. */
public final class SensitivityView {
  private SensitivityView() {}

  static final Columns<Tornado.Row> COLUMNS = Columns.<Tornado.Row>of()
      .text("parameter", "Parameter", Tornado.Row::parameter)
      .text("description", "Assumption", Tornado.Row::description)
      .number("lowFactor", "Low factor", "", 2, Tornado.Row::lowFactor)
      .number("highFactor", "High factor", "", 2, Tornado.Row::highFactor)
      .count("racksLow", "Racks low", r -> side(r.low(), Tornado.Outcome::racks))
      .count("racksHigh", "Racks high", r -> side(r.high(), Tornado.Outcome::racks))
      .count("racksDeltaLow", "Racks change low", Tornado.Row::racksDeltaLow)
      .count("racksDeltaHigh", "Racks change high", Tornado.Row::racksDeltaHigh)
      .number("powerKWLow", "Power low", "kW", 1,
          r -> kw(side(r.low(), Tornado.Outcome::powerWatts)))
      .number("powerKWHigh", "Power high", "kW", 1,
          r -> kw(side(r.high(), Tornado.Outcome::powerWatts)))
      .number("powerKWDeltaLow", "Power change low", "kW", 1,
          r -> kw(r.powerWattsDeltaLow()))
      .number("powerKWDeltaHigh", "Power change high", "kW", 1,
          r -> kw(r.powerWattsDeltaHigh()))
      .number("writeTBpsLow", "Write low", "TB/s", 3,
          r -> side(r.low(), o -> o.writeBytesPerSec() / 1e12))
      .number("writeTBpsHigh", "Write high", "TB/s", 3,
          r -> side(r.high(), o -> o.writeBytesPerSec() / 1e12))
      .number("usablePBLow", "Usable low", "PB", 1,
          r -> side(r.low(), o -> o.usableBytes() / 1e15))
      .number("usablePBHigh", "Usable high", "PB", 1,
          r -> side(r.high(), o -> o.usableBytes() / 1e15))
      .text("designLow", "Design low", r -> side(r.low(), Tornado.Outcome::design))
      .text("designHigh", "Design high", r -> side(r.high(), Tornado.Outcome::design));

  /** A figure of one side of a row, or null where that side has no design. */
  private static <V> V side(Tornado.Outcome o, Function<Tornado.Outcome, V> figure) {
    return o == null ? null : figure.apply(o);
  }

  public static Report of(Tornado t, Scenario s) {
    Tornado.Outcome b = t.base();
    String subtitle = t.option() + " (" + b.design() + "): " + b.racks() + " racks, "
        + Units.human(b.powerWatts(), Dimension.POWER) + ", "
        + Units.human(b.usableBytes(), Dimension.BYTES) + " usable, "
        + Units.human(b.writeBytesPerSec(), Dimension.BYTE_RATE) + " write. Each assumption x "
        + Units.sig(1 - t.swing()) + " and x " + Units.sig(1 + t.swing())
        + ", largest racks change first.";
    Table.Builder notes = new Table.Builder("notes", "Notes", Table.Layout.BLOCKS,
        List.of(Column.text("topic", "Topic"), Column.text("note", "Note")));
    for (Tornado.Row r : t.rows()) {
      if (r.note() != null) {
        notes.row(r.parameter(), r.note());
      }
    }
    for (String n : t.notes()) {
      notes.row("not varied", n);
    }
    notes.row("method", "Each row rebuilds " + t.option() + " from a copy of the catalog and "
        + "scenario with one figure scaled (for every model of its kind); "
        + (t.option().equals("optimum") ? "the optimum is searched afresh, so its design may "
            + "change." : "the option's own rules pick its counts."));
    List<Table> tables = new ArrayList<>(List.of(
        COLUMNS.table("tornado", "Tornado: change in racks and kW", Table.Layout.ROWS, t.rows()),
        notes.build()));
    Table.Builder a = new Table.Builder("assumptions", "Assumptions used", Table.Layout.BLOCKS,
        List.of(Column.text("assumption", "Assumption")));
    t.assumptions().forEach(a::row);
    tables.add(a.build());
    Table.Builder in = OptimizeView.copy(OptionViews.inputs(s));
    in.row("option", t.option());
    in.row("swing", Units.sig(t.swing()));
    tables.add(in.build());
    return new Report("exaplan sensitivity", subtitle, t, tables).dated(s.date());
  }

  private static Double kw(Double watts) {
    return watts == null ? null : watts / 1e3;
  }
}
