package io.exaplan.report;

import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.checkpoint.Cadence;
import io.exaplan.checkpoint.CheckpointAnalysis;
import io.exaplan.checkpoint.CheckpointFit;
import io.exaplan.checkpoint.CheckpointSize;
import io.exaplan.checkpoint.CloudAccount;
import io.exaplan.checkpoint.DesignFailures;
import io.exaplan.checkpoint.DesignFit;
import io.exaplan.checkpoint.Failures;
import io.exaplan.checkpoint.Outage;
import io.exaplan.checkpoint.Staging;
import io.exaplan.config.Dimension;
import io.exaplan.config.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reports of {@code checkpoint}, {@code outage} and {@code stage}, and the checkpoint table of
 * {@code compare}. The chart-ready tables (required write vs cadence, efficiency vs fleet size,
 * retention vs outage) are plain row tables, so CSV gets them whole.
 */
public final class CheckpointViews {
  private CheckpointViews() {}

  /** Chart tables of {@code checkpoint}, by the name {@code --chart} takes. */
  public static final List<String> CHARTS = List.of("cadence", "fleet");

  static final List<Column> FIT_COLUMNS = List.of(
      Column.text("option", "Option"),
      Column.number("intervalS", "Interval", "s", 0),
      Column.count("jobs", "Jobs sharing it"),
      Column.number("requiredWriteTBps", "Required write", "TB/s", 3),
      Column.number("writeTBps", "Write per job (all at once)", "TB/s", 3),
      Column.number("aloneWriteTBps", "Write alone", "TB/s", 3),
      Column.number("writeS", "Write time", "s", 1),
      Column.number("stallS", "Stall", "s", 1),
      Column.number("busyFraction", "Write time / interval", "", 3),
      Column.text("meets", "Meets (per job)"),
      Column.text("meetsAlone", "Meets alone"),
      Column.number("minIntervalS", "Shortest interval", "s", 1));

  /** The design-fit table: every option at every cadence. */
  public static Table fit(CheckpointFit f) {
    CheckpointSize s = f.checkpoint();
    return fitTable("checkpoint", "Checkpoints: " + s.modelName() + ", "
        + human(s.checkpointBytes(), Dimension.BYTES) + " each, " + f.mode().key()
        + ", stall <= " + sig(f.stallFraction() * 100) + "% of the interval", f.rows());
  }

  static Table fitTable(String id, String title, List<DesignFit.Row> rows) {
    Table.Builder t = new Table.Builder(id, title, Table.Layout.ROWS, FIT_COLUMNS);
    for (DesignFit.Row r : rows) {
      t.row(r.option(), r.intervalSeconds(), r.jobs(), r.requiredWriteBytesPerSec() / 1e12,
          r.writeBytesPerSec() / 1e12, r.aloneWriteBytesPerSec() / 1e12, r.writeSeconds(),
          r.stallSeconds(), r.busyFraction(), r.verdict(), r.meetsAlone() ? "yes" : "no",
          r.minIntervalSeconds());
    }
    return t.build();
  }

  /** The report of {@code checkpoint}; {@code chart} (or null) names the table to put first. */
  public static Report checkpoint(CheckpointAnalysis a, String chart) {
    List<Table> tables = new ArrayList<>(List.of(summary(a), breakdown(a), cadence(a),
        fleet(a), fitTable("designs", "Write time on each design at "
            + human(a.intervalSeconds(), Dimension.DURATION) + " (" + a.mode().key() + ")",
            a.designs()), lines("notes", "How each figure was reached", a.model(), a.notes()),
        lines("assumptions", "Assumptions used", "checkpoint", a.assumptions())));
    if (a.gpuSide() != null) {
      tables.addAll(List.of(GpuSideViews.shards(a.gpuSide()), GpuSideViews.jobs(a.gpuSide()),
          GpuSideViews.twoTier(a.gpuSide()), lines("gpuSideNotes", "GPU side: notes and "
              + "assumptions", "gpu side", joined(a.gpuSide().notes(),
                  a.gpuSide().assumptions()))));
    }
    if (chart != null) {
      int i = CHARTS.indexOf(chart);
      if (i < 0) {
        throw new InputException("--chart: unknown chart '" + chart + "'; expected one of: "
            + String.join(", ", CHARTS));
      }
      Table first = tables.remove(2 + i);
      tables.add(0, first);
    }
    return new Report("exaplan checkpoint", a.modelName() + ": "
        + human(a.checkpointBytes(), Dimension.BYTES) + " per checkpoint every "
        + human(a.intervalSeconds(), Dimension.DURATION) + ", " + String.format(Locale.ROOT,
            "%,d", a.gpus()) + " GPUs.", a, tables);
  }

  // Failure-model columns shared by checkpoint's summary and fleet tables and the report's
  // failure table, so the same figure always reads the same.
  private static final Column FLEET_MTBF = Column.number("fleetMtbfH", "Fleet MTBF", "h", 3);
  private static final Column WRITE_TIME = Column.number("writeS", "Write time", "s", 1);
  private static final Column YOUNG = Column.number("youngMin", "Young interval", "min", 2);
  private static final Column DALY = Column.number("dalyMin", "Daly interval", "min", 2);
  private static final Column DALY_EFFICIENCY = Column.number("dalyEfficiency",
      "Efficiency at Daly interval", "", 4);

  private static Table summary(CheckpointAnalysis a) {
    List<Column> cols = List.of(
        Column.text("model", "Model"),
        Column.count("parameters", "Parameters"),
        Column.number("bytesPerParam", "Bytes per parameter", "B", 1),
        Column.number("checkpointTB", "Checkpoint", "TB", 3),
        Column.count("shards", "Shards"),
        Column.number("shardGB", "Per shard", "GB", 2),
        Column.number("intervalS", "Interval", "s", 0),
        Column.number("stallFraction", "Stall fraction", "", 3),
        Column.number("syncWriteGBps", "Synchronous write", "GB/s", 1),
        Column.number("asyncFloorGBps", "Asynchronous floor", "GB/s", 1),
        Column.number("asyncLocalTB", "Node-local NVMe (async)", "TB", 3),
        Column.count("gpus", "GPUs"),
        Column.number("gpuMtbfH", "Per-GPU MTBF", "h", 0),
        FLEET_MTBF,
        WRITE_TIME,
        Column.number("restartMin", "Restart time", "min", 1),
        Column.number("workH", "Work", "h", 1),
        YOUNG,
        DALY,
        Column.number("wallClockH", "Wall clock at interval", "h", 1),
        Column.number("efficiency", "Efficiency at interval", "", 4),
        Column.number("dalyWallClockH", "Wall clock at Daly interval", "h", 1),
        DALY_EFFICIENCY);
    return new Table.Builder("summary", "Checkpoint, cadence and failures",
        Table.Layout.SIDE_BY_SIDE, cols).row(a.modelName(), a.parameters(), a.bytesPerParam(),
            a.checkpointBytes() / 1e12, a.shards(), a.shardBytes() / 1e9, a.intervalSeconds(),
            a.stallFraction(), a.syncWriteBytesPerSec() / 1e9, a.asyncFloorBytesPerSec() / 1e9,
            a.asyncLocalNvmeBytes() / 1e12, a.gpus(), a.gpuMtbfSeconds() / 3600,
            a.fleetMtbfSeconds() / 3600, a.writeSeconds(), a.restartSeconds() / 60,
            a.workSeconds() / 3600, a.youngIntervalSeconds() / 60, a.dalyIntervalSeconds() / 60,
            hours(a.wallClockSeconds()), a.efficiency(), hours(a.dalyWallClockSeconds()),
            a.dalyEfficiency()).build();
  }

  private static Table breakdown(CheckpointAnalysis a) {
    Table.Builder t = new Table.Builder("breakdown", "What one checkpoint holds",
        Table.Layout.ROWS, List.of(Column.text("part", "Part"),
            Column.number("bytesPerParam", "Bytes per parameter", "B", 1),
            Column.number("tb", "Size", "TB", 3)));
    for (CheckpointSize.Component c : a.breakdown()) {
      t.row(c.name(), c.bytesPerParam(), c.bytes() / 1e12);
    }
    return t.row("total", a.bytesPerParam(), a.checkpointBytes() / 1e12).build();
  }

  private static Table cadence(CheckpointAnalysis a) {
    Table.Builder t = new Table.Builder("cadence", "Required write vs cadence (stall fraction "
        + sig(a.stallFraction()) + ")", Table.Layout.ROWS, List.of(
            Column.number("intervalS", "Interval", "s", 0),
            Column.number("syncWriteGBps", "Synchronous write", "GB/s", 1),
            Column.number("asyncFloorGBps", "Asynchronous floor", "GB/s", 1)));
    for (Cadence.Row r : a.cadences()) {
      t.row(r.intervalSeconds(), r.syncWriteBytesPerSec() / 1e9, r.asyncFloorBytesPerSec() / 1e9);
    }
    return t.build();
  }

  private static Table fleet(CheckpointAnalysis a) {
    Table.Builder t = new Table.Builder("fleet", "Efficiency vs fleet size (write time "
        + human(a.writeSeconds(), Dimension.DURATION) + ", restart "
        + human(a.restartSeconds(), Dimension.DURATION) + ")", Table.Layout.ROWS, List.of(
            Column.count("gpus", "GPUs"), FLEET_MTBF, YOUNG, DALY, DALY_EFFICIENCY,
            Column.number("efficiency", "Efficiency at "
                + human(a.intervalSeconds(), Dimension.DURATION), "", 4)));
    for (Failures.FleetRow r : a.fleet()) {
      t.row(r.gpus(), r.fleetMtbfSeconds() / 3600, r.youngIntervalSeconds() / 60,
          r.dalyIntervalSeconds() / 60, r.dalyEfficiency(), r.efficiency());
    }
    return t.build();
  }

  private static Double hours(Double seconds) {
    return seconds == null ? null : seconds / 3600;
  }

  /** What an outage plan asks of local storage and the WAN: columns of both outage tables. */
  private static final List<Column> PLAN_COLUMNS = List.of(
      Column.number("copyPeriodMin", "Copy period", "min", 1),
      Column.count("pendingUploads", "Pending uploads"),
      Column.number("backlogTB", "Backlog", "TB", 2),
      Column.number("localRetentionTB", "Local retention", "TB", 2),
      Column.number("steadyWanGbps", "Steady WAN", "Gb/s", 2),
      Column.number("catchUpWanGbps", "Catch-up WAN", "Gb/s", 2),
      Column.count("accounts", "Storage accounts for catch-up"),
      Column.number("rollbackLocalMin", "Local rollback depth", "min", 1));

  private static final Column INTERVAL = Column.number("intervalS", "Interval", "s", 0);

  private static List<Object> planCells(Outage.Plan p) {
    return List.of(p.copyPeriodSeconds() / 60, p.pendingUploads(), p.backlogBytes() / 1e12,
        p.localRetentionBytes() / 1e12, p.steadyWanBitsPerSec() / 1e9,
        p.catchUpWanBitsPerSec() / 1e9, p.storageAccountsForCatchUp(),
        p.rollbackLocalSeconds() / 60);
  }

  private static List<Column> concat(List<Column> head, List<Column> tail) {
    List<Column> out = new ArrayList<>(head);
    out.addAll(tail);
    return out;
  }

  /** The report of {@code outage}. */
  public static Report outage(Outage.Plan p, CloudAccount account) {
    List<Column> cols = concat(List.of(
        Column.text("model", "Model"),
        Column.number("checkpointTB", "Checkpoint", "TB", 3),
        INTERVAL,
        Column.count("copyEvery", "Copy every Nth"),
        Column.count("keepLocal", "Keep newest K locally"),
        Column.number("outageH", "Outage", "h", 1),
        Column.number("catchUpH", "Catch-up window", "h", 1)), PLAN_COLUMNS);
    List<Object> cells = new ArrayList<>(List.of(p.model(), p.checkpointBytes() / 1e12,
        p.intervalSeconds(), p.copyEvery(), p.keepLocal(), p.outageSeconds() / 3600,
        p.catchUpSeconds() / 3600));
    cells.addAll(planCells(p));
    Table summary = new Table.Builder("summary", "WAN outage and tiering",
        Table.Layout.SIDE_BY_SIDE, cols).row(cells.toArray()).build();
    Table.Builder chart = new Table.Builder("retention", "Local retention vs outage length",
        Table.Layout.ROWS, List.of(Column.number("outageH", "Outage", "h", 1),
            Column.count("pendingUploads", "Pending uploads"),
            Column.number("localRetentionTB", "Local retention", "TB", 2),
            Column.number("catchUpWanGbps", "Catch-up WAN", "Gb/s", 2)));
    for (Outage.RetentionRow r : p.retention()) {
      chart.row(r.outageSeconds() / 3600, r.pendingUploads(), r.localRetentionBytes() / 1e12,
          r.catchUpWanBitsPerSec() / 1e9);
    }
    return new Report("exaplan outage", "Every " + p.copyEvery() + "th checkpoint to the object "
        + "store, newest " + p.keepLocal() + " kept locally, WAN down for "
        + human(p.outageSeconds(), Dimension.DURATION) + ".", p, List.of(summary, chart.build(),
            lines("lifecycle", "Write, copy, garbage collection and rollback", "outage",
                Outage.lifecycle(p, account)),
            lines("assumptions", "Assumptions used", "outage", p.assumptions())));
  }

  /**
   * The failure model on each option of a comparison: Daly's complete model with the option's
   * checkpoint write time as delta, what {@code checkpoint --write-time} gives for it.
   */
  static Table failures(CheckpointFindings f) {
    List<Column> cols = new ArrayList<>(List.of(Column.text("option", "Option"), WRITE_TIME,
        FLEET_MTBF, YOUNG, DALY, DALY_EFFICIENCY));
    DesignFailures any = f.failures().get(0);
    for (CheckpointAnalysis a : any.byCadence()) {
      cols.add(Column.number("efficiency" + Cells.exact(a.intervalSeconds()) + "s",
          "Efficiency at " + human(a.intervalSeconds(), Dimension.DURATION), "", 4));
    }
    CheckpointAnalysis ref = any.analysis();
    Table.Builder t = new Table.Builder("failures", "Failures on a " + String.format(Locale.ROOT,
        "%,d", f.gpus()) + "-GPU job: Daly's complete model with each option's write time "
        + "(restart " + human(ref.restartSeconds(), Dimension.DURATION) + ")", Table.Layout.ROWS,
        cols);
    for (DesignFailures d : f.failures()) {
      CheckpointAnalysis a = d.analysis();
      List<Object> cells = new ArrayList<>(List.of(d.option(), d.writeSeconds(),
          a.fleetMtbfSeconds() / 3600, a.youngIntervalSeconds() / 60,
          a.dalyIntervalSeconds() / 60, a.dalyEfficiency()));
      for (CheckpointAnalysis c : d.byCadence()) {
        cells.add(c.efficiency());
      }
      t.row(cells.toArray());
    }
    return t.build();
  }

  /** The outage plan at each cadence of a comparison, under the scenario's policy. */
  static Table outages(CheckpointFindings f) {
    Outage.Policy p = f.policy();
    Table.Builder t = new Table.Builder("outage", "WAN outage of "
        + human(p.outageSeconds(), Dimension.DURATION) + ": every " + p.copyEvery()
        + "th checkpoint copied, newest " + p.keepLocal() + " kept locally, backlog cleared "
        + "within " + human(p.catchUpSeconds(), Dimension.DURATION), Table.Layout.ROWS,
        concat(List.of(INTERVAL), PLAN_COLUMNS));
    for (Outage.Plan plan : f.outages()) {
      List<Object> cells = new ArrayList<>();
      cells.add(plan.intervalSeconds());
      cells.addAll(planCells(plan));
      t.row(cells.toArray());
    }
    return t.build();
  }

  /** The report of {@code stage}. */
  public static Report stage(Staging.Plan p) {
    List<Column> cols = List.of(
        Column.text("dataset", "Data set"),
        Column.number("datasetTB", "Data set size", "TB", 2),
        Column.text("wanBasis", "WAN"),
        Column.number("wanGbps", "WAN rate", "Gb/s", 2),
        Column.number("stageH", "Staging time", "h", 2),
        Column.text("account", "Account type"),
        Column.count("accountsForCapacity", "Accounts for capacity"),
        Column.count("accountsForEgress", "Accounts for egress"),
        Column.count("storageAccounts", "Storage accounts"),
        Column.number("objectMiB", "Largest object", "MiB", 0),
        Column.count("vcpus", "Copy host vCPUs"));
    Table summary = new Table.Builder("summary", "Pre-staging a data set",
        Table.Layout.SIDE_BY_SIDE, cols).row(human(p.datasetBytes(), Dimension.BYTES),
            p.datasetBytes() / 1e12,
            p.rateGiven() ? "given" : "needed for the window", p.wanBitsPerSec() / 1e9,
            p.stageSeconds() / 3600, p.account(), p.accountsForCapacity(), p.accountsForEgress(),
            p.storageAccounts(), p.objectBytes() == null ? null : p.objectBytes() / 0x1p20,
            p.vcpus()).build();
    Table.Builder methods = new Table.Builder("methods", "Copy methods", Table.Layout.ROWS,
        List.of(Column.text("method", "Method"), Column.text("name", "Name"),
            Column.text("serverSide", "Server-side"),
            Column.number("maxObjectMiB", "Per-object limit", "MiB", 0),
            Column.text("fits", "Largest object fits"),
            Column.count("connections", "Connections per host")));
    for (Staging.MethodFit m : p.methods()) {
      methods.row(m.id(), m.name(), m.serverSide() ? "yes" : "no",
          m.maxObjectBytes() == null ? null : m.maxObjectBytes() / 0x1p20,
          m.fitsObjects() == null ? null : m.fitsObjects() ? "yes" : "no", m.connections());
    }
    return new Report("exaplan stage", human(p.datasetBytes(), Dimension.BYTES) + " from the "
        + "object store in " + human(p.stageSeconds(), Dimension.DURATION) + " at "
        + sig(p.wanBitsPerSec() / 1e9) + " Gb/s.", p, List.of(summary, methods.build(),
            lines("assumptions", "Assumptions used", "stage", p.assumptions())));
  }

  private static List<String> joined(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * Prose lines under one label, as blocks; "none" when empty so every format shows the section
   * was checked.
   */
  private static Table lines(String id, String title, String label, List<String> items) {
    Table.Builder t = new Table.Builder(id, title, Table.Layout.BLOCKS,
        List.of(Column.text("for", "For"), Column.text(id, title)));
    items.forEach(line -> t.row(label, line));
    if (items.isEmpty()) {
      t.row(label, "none");
    }
    return t.build();
  }
}
