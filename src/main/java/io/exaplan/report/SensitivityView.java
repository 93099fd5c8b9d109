package io.exaplan.report;

import io.exaplan.config.Dimension;
import io.exaplan.config.Units;
import io.exaplan.design.Scenario;
import io.exaplan.optimize.Tornado;
import java.util.ArrayList;
import java.util.List;

/** The report of {@code sensitivity}: the tornado rows first (CSV), then notes and assumptions. */
public final class SensitivityView {
  private SensitivityView() {}

  static final List<Column> COLUMNS = List.of(
      Column.text("parameter", "Parameter"),
      Column.text("description", "Assumption"),
      Column.number("lowFactor", "Low factor", "", 2),
      Column.number("highFactor", "High factor", "", 2),
      Column.count("racksLow", "Racks low"),
      Column.count("racksHigh", "Racks high"),
      Column.count("racksDeltaLow", "Racks change low"),
      Column.count("racksDeltaHigh", "Racks change high"),
      Column.number("powerKWLow", "Power low", "kW", 1),
      Column.number("powerKWHigh", "Power high", "kW", 1),
      Column.number("powerKWDeltaLow", "Power change low", "kW", 1),
      Column.number("powerKWDeltaHigh", "Power change high", "kW", 1),
      Column.number("writeTBpsLow", "Write low", "TB/s", 3),
      Column.number("writeTBpsHigh", "Write high", "TB/s", 3),
      Column.number("usablePBLow", "Usable low", "PB", 1),
      Column.number("usablePBHigh", "Usable high", "PB", 1),
      Column.text("designLow", "Design low"),
      Column.text("designHigh", "Design high"));

  public static Report of(Tornado t, Scenario s) {
    Tornado.Outcome b = t.base();
    String subtitle = t.option() + " (" + b.design() + "): " + b.racks() + " racks, "
        + Units.human(b.powerWatts(), Dimension.POWER) + ", "
        + Units.human(b.usableBytes(), Dimension.BYTES) + " usable, "
        + Units.human(b.writeBytesPerSec(), Dimension.BYTE_RATE) + " write. Each assumption x "
        + Units.sig(1 - t.swing()) + " and x " + Units.sig(1 + t.swing())
        + ", largest racks change first.";
    Table.Builder rows = new Table.Builder("tornado", "Tornado: change in racks and kW",
        Table.Layout.ROWS, COLUMNS);
    for (Tornado.Row r : t.rows()) {
      rows.row(r.parameter(), r.description(), r.lowFactor(), r.highFactor(),
          r.low() == null ? null : r.low().racks(), r.high() == null ? null : r.high().racks(),
          r.racksDeltaLow(), r.racksDeltaHigh(), kw(r.low() == null ? null
              : r.low().powerWatts()), kw(r.high() == null ? null : r.high().powerWatts()),
          kw(r.powerWattsDeltaLow()), kw(r.powerWattsDeltaHigh()),
          r.low() == null ? null : r.low().writeBytesPerSec() / 1e12,
          r.high() == null ? null : r.high().writeBytesPerSec() / 1e12,
          r.low() == null ? null : r.low().usableBytes() / 1e15,
          r.high() == null ? null : r.high().usableBytes() / 1e15,
          r.low() == null ? null : r.low().design(), r.high() == null ? null : r.high().design());
    }
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
    List<Table> tables = new ArrayList<>(List.of(rows.build(), notes.build()));
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
