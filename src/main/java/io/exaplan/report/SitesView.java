package io.exaplan.report;

import io.exaplan.config.Dimension;
import io.exaplan.config.Units;
import io.exaplan.design.Central;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import io.exaplan.optimize.SitePlan;
import java.util.ArrayList;
import java.util.List;

/** The report of {@code sites}: one row per site plus the central share and the total (CSV). */
public final class SitesView {
  private SitesView() {}

  static final List<Column> COLUMNS = List.of(
      Column.text("site", "Site"),
      Column.count("gpus", "GPUs"),
      Column.text("storage", "Storage"),
      Column.count("jobs", "Jobs"),
      Column.number("rackKW", "Rack power limit", "kW", 1),
      Column.count("maxRacks", "Racks available"),
      Column.number("targetUsablePB", "Usable target", "PB", 1),
      Column.number("targetWriteTBps", "Write target", "TB/s", 2),
      Column.text("design", "Design"),
      Column.number("usablePB", "Usable", "PB", 1),
      Column.number("readTBps", "Read", "TB/s", 2),
      Column.number("writeTBps", "Write", "TB/s", 2),
      Column.number("racks", "Racks", "", 2),
      Column.number("powerKW", "Power typical", "kW", 1),
      Column.text("fits", "Fits"),
      Column.text("floor", "Fits the hall"));

  public static Report of(SitePlan p, Scenario s) {
    SitePlan.Totals t = p.total();
    String subtitle = p.scenario() + ": " + p.sites().size() + " site(s), "
        + Units.fixed(t.gpus(), 0) + " GPUs: " + t.siteRacks() + " storage racks, "
        + Units.human(t.sitePowerWatts(), Dimension.POWER) + ", "
        + Units.human(t.siteUsableBytes(), Dimension.BYTES) + " usable; with the central "
        + "store's share " + Units.sig(t.racksWithCentral()) + " racks, "
        + Units.human(t.powerWattsWithCentral(), Dimension.POWER) + "."
        + (t.allFit() ? "" : " Not every site fits its limits.");
    Table.Builder rows = new Table.Builder("sites", "Sites", Table.Layout.ROWS, COLUMNS);
    for (SitePlan.SiteResult r : p.sites()) {
      Option o = r.design();
      rows.row(r.name(), r.gpus(), r.storage(), r.jobs(), r.rackPowerLimitWatts() / 1e3,
          r.maxRacks(), r.targetUsableBytes() / 1e15, r.targetWriteBytesPerSec() / 1e12,
          o == null ? null : o.hardware().dboxes() + " x " + o.hardware().dboxModel() + " + " + o.hardware().cnodes() + " x "
              + o.hardware().cnodeModel() + ", " + o.hardware().switchModel(),
          o == null ? null : o.capacity().usableBytes() / 1e15, o == null ? null : o.throughput().readBytesPerSec() / 1e12,
          o == null ? null : o.throughput().writeBytesPerSec() / 1e12, o == null ? null : (double) o.space().racks(),
          o == null ? null : o.power().powerWatts() / 1e3, r.fits() ? "yes" : "no",
          o == null ? null : o.floorVerdict());
    }
    SitePlan.CentralShare c = p.central();
    rows.row("central (" + c.cloudObject() + ")", null, "every " + c.copyEvery()
        + "th checkpoint", c.jobs(), null, null, c.shareBytes() / 1e15,
        c.ingressBytesPerSec() / 1e12, c.copiesKept() + " copies per job", c.shareBytes() / 1e15,
        null, c.ingressBytesPerSec() / 1e12, c.racks(), c.powerWatts() / 1e3, null,
        "not on site");
    rows.row("total", t.gpus(), null, null, null, null, null, null, null,
        t.siteUsableBytes() / 1e15, t.siteReadBytesPerSec() / 1e12,
        t.siteWriteBytesPerSec() / 1e12, t.racksWithCentral(), t.powerWattsWithCentral() / 1e3,
        t.allFit() ? "yes" : "no", null);
    Table.Builder notes = new Table.Builder("notes", "How each site was sized",
        Table.Layout.BLOCKS, List.of(Column.text("site", "Site"), Column.text("note", "Note")));
    for (SitePlan.SiteResult r : p.sites()) {
      for (String n : r.notes()) {
        notes.row(r.name(), n);
      }
    }
    for (String n : p.notes()) {
      notes.row("plan", n);
    }
    List<Table> tables = new ArrayList<>(List.of(rows.build(), notes.build()));
    Table.Builder a = new Table.Builder("assumptions", "Assumptions used", Table.Layout.BLOCKS,
        List.of(Column.text("assumption", "Assumption")));
    p.assumptions().forEach(a::row);
    tables.add(a.build());
    Table.Builder in = OptimizeView.copy(OptionViews.inputs(s));
    Central k = s.central();
    in.row("sitePlan", s.sitePlan().isEmpty() ? "none (equal sites)"
        : s.sitePlan().size() + " site(s)");
    in.row("outageCopyEvery (copies to the central store)",
        String.valueOf(s.outage().copyEvery()));
    in.row("central.copiesKept", String.valueOf(k.copiesKept()));
    in.row("central checkpoint (checkpointModel)", Units.human(p.central().checkpointBytes(),
        Dimension.BYTES));
    in.row("central.checkpointInterval", Units.human(k.checkpointIntervalSeconds(),
        Dimension.DURATION));
    tables.add(in.build());
    return new Report("exaplan sites", subtitle, p, tables).dated(s.date());
  }
}
