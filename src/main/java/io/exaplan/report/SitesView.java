package io.exaplan.report;

import io.exaplan.checkpoint.Outage;
import io.exaplan.config.Dimension;
import io.exaplan.config.Units;
import io.exaplan.design.Central;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import io.exaplan.optimize.SitePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The report of {@code sites}: one row per site plus the central share and the total (CSV). */
public final class SitesView {
  private SitesView() {}

  /** One site's row; the central share and the total are keyed lines under the same columns. */
  static final Columns<SitePlan.SiteResult> COLUMNS = Columns.<SitePlan.SiteResult>of()
      .text("site", "Site", SitePlan.SiteResult::name)
      .count("gpus", "GPUs", SitePlan.SiteResult::gpus)
      .text("storage", "Storage", SitePlan.SiteResult::storage)
      .count("jobs", "Jobs", SitePlan.SiteResult::jobs)
      .number("rackKW", "Rack power limit", "kW", 1, r -> r.rackPowerLimitWatts() / 1e3)
      .count("maxRacks", "Racks available", SitePlan.SiteResult::maxRacks)
      .number("targetUsablePB", "Usable target", "PB", 1, r -> r.targetUsableBytes() / 1e15)
      .number("targetWriteTBps", "Write target", "TB/s", 2,
          r -> r.targetWriteBytesPerSec() / 1e12)
      .text("design", "Design", r -> design(r, o -> o.hardware().dboxes() + " x "
          + o.hardware().dboxModel() + " + " + o.hardware().cnodes() + " x "
          + o.hardware().cnodeModel() + ", " + o.hardware().switchModel()))
      .number("usablePB", "Usable", "PB", 1,
          r -> design(r, o -> o.capacity().usableBytes() / 1e15))
      .number("readTBps", "Read", "TB/s", 2,
          r -> design(r, o -> o.throughput().readBytesPerSec() / 1e12))
      .number("writeTBps", "Write", "TB/s", 2,
          r -> design(r, o -> o.throughput().writeBytesPerSec() / 1e12))
      .number("racks", "Racks (central: its share)", "", 1,
          r -> design(r, o -> o.space().racks()))
      .number("powerKW", "Power typical", "kW", 1,
          r -> design(r, o -> o.power().powerWatts() / 1e3))
      .flag("fits", "Fits", SitePlan.SiteResult::fits)
      .text("floor", "Fits the hall", r -> design(r, Option::floorVerdict));

  /** A figure of the site's design, or null where no design fits. */
  private static <V> V design(SitePlan.SiteResult r, Function<Option, V> figure) {
    return r.design() == null ? null : figure.apply(r.design());
  }

  public static Report of(SitePlan p, Scenario s) {
    SitePlan.Totals t = p.total();
    String subtitle = p.scenario() + ": " + Units.count(p.sites().size(), "site") + ", "
        + Units.fixed(t.gpus(), 0) + " GPUs: " + Units.grouped(t.siteRacks()) + " storage racks, "
        + Units.human(t.sitePowerWatts(), Dimension.POWER) + ", "
        + Units.human(t.siteUsableBytes(), Dimension.BYTES) + " usable; with the central "
        + "store's share " + Units.sig(t.racksWithCentral()) + " racks, "
        + Units.human(t.powerWattsWithCentral(), Dimension.POWER) + "."
        + (t.allFit() ? "" : " Not every site fits its limits.");
    Columns<SitePlan.SiteResult>.Rows rows = COLUMNS.rows("sites", "Sites", Table.Layout.ROWS)
        .addAll(p.sites());
    SitePlan.CentralShare c = p.central();
    rows.line().put("site", "central (" + c.cloudObject() + ")")
        .put("storage", Outage.everyNth(c.copyEvery())).put("jobs", c.jobs())
        .put("targetUsablePB", c.shareBytes() / 1e15)
        .put("targetWriteTBps", c.ingressBytesPerSec() / 1e12)
        .put("design", c.copiesKept() + " copies per job").put("usablePB", c.shareBytes() / 1e15)
        .put("writeTBps", c.ingressBytesPerSec() / 1e12).put("racks", c.racks())
        .put("powerKW", c.powerWatts() / 1e3).put("floor", "not on site").done();
    rows.line().put("site", "total").put("gpus", t.gpus())
        .put("usablePB", t.siteUsableBytes() / 1e15)
        .put("readTBps", t.siteReadBytesPerSec() / 1e12)
        .put("writeTBps", t.siteWriteBytesPerSec() / 1e12).put("racks", t.racksWithCentral())
        .put("powerKW", t.powerWattsWithCentral() / 1e3).put("fits", t.allFit() ? "yes" : "no")
        .done();
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
        : Units.count(s.sitePlan().size(), "site"));
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
