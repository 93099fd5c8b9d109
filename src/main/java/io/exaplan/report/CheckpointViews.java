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
import io.exaplan.config.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports of {@code checkpoint}, {@code outage} and {@code stage}, and the checkpoint table of
 * {@code compare}. The chart-ready tables (required write vs cadence, efficiency vs fleet size,
 * retention vs outage) are plain row tables, so CSV gets them whole.
 */
public final class CheckpointViews {
  private CheckpointViews() {}

  /** Chart tables of {@code checkpoint}, by the name {@code --chart} takes. */
  public static final List<String> CHARTS = List.of("cadence", "fleet");

  static final Columns<DesignFit.Row> FIT_COLUMNS = Columns.<DesignFit.Row>of()
      .text("option", "Option", DesignFit.Row::option)
      .number("intervalS", "Interval", "s", 0, DesignFit.Row::intervalSeconds)
      .count("jobs", "Jobs sharing it", DesignFit.Row::jobs)
      .number("requiredWriteTBps", "Required write", "TB/s", 3,
          r -> r.requiredWriteBytesPerSec() / 1e12)
      .number("writeTBps", "Write per job (all at once)", "TB/s", 3,
          r -> r.writeBytesPerSec() / 1e12)
      .number("aloneWriteTBps", "Write alone", "TB/s", 3, r -> r.aloneWriteBytesPerSec() / 1e12)
      .number("writeS", "Write time", "s", 1, DesignFit.Row::writeSeconds)
      .number("stallS", "Stall", "s", 1, DesignFit.Row::stallSeconds)
      .number("busyFraction", "Write time / interval", "", 3, DesignFit.Row::busyFraction)
      .text("meets", "Meets (per job)", DesignFit.Row::verdict)
      .flag("meetsAlone", "Meets alone", DesignFit.Row::meetsAlone)
      .number("minIntervalS", "Shortest interval", "s", 1, DesignFit.Row::minIntervalSeconds);

  /** The design-fit table: every option at every cadence. */
  public static Table fit(CheckpointFit f) {
    CheckpointSize s = f.checkpoint();
    return fitTable("checkpoint", "Checkpoints: " + s.modelName() + ", "
        + human(s.checkpointBytes(), Dimension.BYTES) + " each, " + f.mode().key()
        + ", stall <= " + sig(f.stallFraction() * 100) + "% of the interval", f.rows());
  }

  static Table fitTable(String id, String title, List<DesignFit.Row> rows) {
    return FIT_COLUMNS.table(id, title, Table.Layout.ROWS, rows);
  }

  /** The report of {@code checkpoint}; {@code chart} (or null) names the table to put first. */
  public static Report checkpoint(CheckpointAnalysis a, String chart) {
    List<Table> tables = new ArrayList<>(List.of(summary(a), breakdown(a), cadence(a),
        fleet(a), fitTable("designs", "Write time on each design at "
            + human(a.intervalSeconds(), Dimension.DURATION) + " (" + a.mode().key() + ")",
            a.designs()), lines("notes", "How each figure was reached", a.modelName(), a.notes()),
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
        + human(a.intervalSeconds(), Dimension.DURATION) + ", " + Units.grouped(a.gpus()) + " GPUs.", a, tables);
  }

  // Failure-model columns shared by checkpoint's summary and fleet tables and the report's
  // failure table, so the same figure always reads the same.
  private static final Column FLEET_MTBF = Column.number("fleetMtbfH", "Fleet MTBF", "h", 3);
  private static final Column WRITE_TIME = Column.number("writeS", "Write time", "s", 1);
  private static final Column YOUNG = Column.number("youngMin", "Young interval", "min", 2);
  private static final Column DALY = Column.number("dalyMin", "Daly interval", "min", 2);
  private static final Column DALY_EFFICIENCY = Column.number("dalyEfficiency",
      "Efficiency at Daly interval", "", 4);

  private static final Columns<CheckpointAnalysis> SUMMARY = Columns.<CheckpointAnalysis>of()
      .text("model", "Model", CheckpointAnalysis::modelName)
      .count("parameters", "Parameters", CheckpointAnalysis::parameters)
      .number("bytesPerParam", "Bytes per parameter", "B", 1, CheckpointAnalysis::bytesPerParam)
      .number("checkpointTB", "Checkpoint", "TB", 3, a -> a.checkpointBytes() / 1e12)
      .count("shards", "Shards", CheckpointAnalysis::shards)
      .number("shardGB", "Per shard", "GB", 2, a -> a.shardBytes() / 1e9)
      .number("intervalS", "Interval", "s", 0, CheckpointAnalysis::intervalSeconds)
      .number("stallFraction", "Stall fraction", "", 3, CheckpointAnalysis::stallFraction)
      .number("syncWriteGBps", "Synchronous write", "GB/s", 1,
          a -> a.syncWriteBytesPerSec() / 1e9)
      .number("asyncFloorGBps", "Asynchronous floor", "GB/s", 1,
          a -> a.asyncFloorBytesPerSec() / 1e9)
      .number("asyncLocalTB", "Node-local NVMe (async)", "TB", 3,
          a -> a.asyncLocalNvmeBytes() / 1e12)
      .count("gpus", "GPUs", CheckpointAnalysis::gpus)
      .number("gpuMtbfH", "Per-GPU MTBF", "h", 0, a -> a.gpuMtbfSeconds() / 3600)
      .add(FLEET_MTBF, a -> a.fleetMtbfSeconds() / 3600)
      .add(WRITE_TIME, CheckpointAnalysis::writeSeconds)
      .number("restartMin", "Restart time", "min", 1, a -> a.restartSeconds() / 60)
      .number("workH", "Work", "h", 1, a -> a.workSeconds() / 3600)
      .add(YOUNG, a -> a.youngIntervalSeconds() / 60)
      .add(DALY, a -> a.dalyIntervalSeconds() / 60)
      .number("wallClockH", "Wall clock at interval", "h", 1, a -> hours(a.wallClockSeconds()))
      .number("efficiency", "Efficiency at interval", "", 4, CheckpointAnalysis::efficiency)
      .number("dalyWallClockH", "Wall clock at Daly interval", "h", 1,
          a -> hours(a.dalyWallClockSeconds()))
      .add(DALY_EFFICIENCY, CheckpointAnalysis::dalyEfficiency);

  private static Table summary(CheckpointAnalysis a) {
    return SUMMARY.table("summary", "Checkpoint, cadence and failures",
        Table.Layout.SIDE_BY_SIDE, a);
  }

  private static final Columns<CheckpointSize.Component> BREAKDOWN =
      Columns.<CheckpointSize.Component>of()
          .text("part", "Part", CheckpointSize.Component::name)
          .number("bytesPerParam", "Bytes per parameter", "B", 1,
              CheckpointSize.Component::bytesPerParam)
          .number("tb", "Size", "TB", 3, c -> c.bytes() / 1e12);

  private static Table breakdown(CheckpointAnalysis a) {
    Columns<CheckpointSize.Component>.Rows t = BREAKDOWN.rows("breakdown",
        "What one checkpoint holds", Table.Layout.ROWS).addAll(a.breakdown());
    t.line().put("part", "total").put("bytesPerParam", a.bytesPerParam())
        .put("tb", a.checkpointBytes() / 1e12).done();
    return t.build();
  }

  private static final Columns<Cadence.Row> CADENCE = Columns.<Cadence.Row>of()
      .number("intervalS", "Interval", "s", 0, Cadence.Row::intervalSeconds)
      .number("syncWriteGBps", "Synchronous write", "GB/s", 1,
          r -> r.syncWriteBytesPerSec() / 1e9)
      .number("asyncFloorGBps", "Asynchronous floor", "GB/s", 1,
          r -> r.asyncFloorBytesPerSec() / 1e9);

  private static Table cadence(CheckpointAnalysis a) {
    return CADENCE.table("cadence", "Required write vs cadence (stall fraction "
        + sig(a.stallFraction()) + ")", Table.Layout.ROWS, a.cadences());
  }

  private static Table fleet(CheckpointAnalysis a) {
    Columns<Failures.FleetRow> cols = Columns.<Failures.FleetRow>of()
        .count("gpus", "GPUs", Failures.FleetRow::gpus)
        .add(FLEET_MTBF, r -> r.fleetMtbfSeconds() / 3600)
        .add(YOUNG, r -> r.youngIntervalSeconds() / 60)
        .add(DALY, r -> r.dalyIntervalSeconds() / 60)
        .add(DALY_EFFICIENCY, Failures.FleetRow::dalyEfficiency)
        .number("efficiency", "Efficiency at " + human(a.intervalSeconds(), Dimension.DURATION),
            "", 4, Failures.FleetRow::efficiency);
    return cols.table("fleet", "Efficiency vs fleet size (write time "
        + human(a.writeSeconds(), Dimension.DURATION) + ", restart "
        + human(a.restartSeconds(), Dimension.DURATION) + ")", Table.Layout.ROWS, a.fleet());
  }

  private static Double hours(Double seconds) {
    return seconds == null ? null : seconds / 3600;
  }

  /** What an outage plan asks of local storage and the WAN: columns of both outage tables. */
  private static final Columns<Outage.Plan> PLAN_COLUMNS = Columns.<Outage.Plan>of()
      .number("copyPeriodMin", "Copy period", "min", 1, p -> p.copyPeriodSeconds() / 60)
      .count("pendingUploads", "Pending uploads", Outage.Plan::pendingUploads)
      .number("backlogTB", "Backlog", "TB", 2, p -> p.backlogBytes() / 1e12)
      .number("localRetentionTB", "Local retention", "TB", 2,
          p -> p.localRetentionBytes() / 1e12)
      .number("steadyWanGbps", "Steady WAN", "Gb/s", 2, p -> p.steadyWanBitsPerSec() / 1e9)
      .number("catchUpWanGbps", "Catch-up WAN", "Gb/s", 2, p -> p.catchUpWanBitsPerSec() / 1e9)
      .count("accounts", "Storage accounts for catch-up", Outage.Plan::storageAccountsForCatchUp)
      .number("rollbackLocalMin", "Local rollback depth", "min", 1,
          p -> p.rollbackLocalSeconds() / 60);

  private static final Column INTERVAL = Column.number("intervalS", "Interval", "s", 0);

  private static final Columns<Outage.Plan> OUTAGE_SUMMARY = Columns.<Outage.Plan>of()
      .text("model", "Model", Outage.Plan::model)
      .number("checkpointTB", "Checkpoint", "TB", 3, p -> p.checkpointBytes() / 1e12)
      .add(INTERVAL, Outage.Plan::intervalSeconds)
      .count("copyEvery", "Copy every Nth", Outage.Plan::copyEvery)
      .count("keepLocal", "Keep newest K locally", Outage.Plan::keepLocal)
      .number("outageH", "Outage", "h", 1, p -> p.outageSeconds() / 3600)
      .number("catchUpH", "Catch-up window", "h", 1, p -> p.catchUpSeconds() / 3600)
      .then(PLAN_COLUMNS);

  private static final Columns<Outage.RetentionRow> RETENTION = Columns.<Outage.RetentionRow>of()
      .number("outageH", "Outage", "h", 1, r -> r.outageSeconds() / 3600)
      .count("pendingUploads", "Pending uploads", Outage.RetentionRow::pendingUploads)
      .number("localRetentionTB", "Local retention", "TB", 2,
          r -> r.localRetentionBytes() / 1e12)
      .number("catchUpWanGbps", "Catch-up WAN", "Gb/s", 2, r -> r.catchUpWanBitsPerSec() / 1e9);

  /** The report of {@code outage}. */
  public static Report outage(Outage.Plan p, CloudAccount account) {
    Table summary = OUTAGE_SUMMARY.table("summary", "WAN outage and tiering",
        Table.Layout.SIDE_BY_SIDE, p);
    Table chart = RETENTION.table("retention", "Local retention vs outage length",
        Table.Layout.ROWS, p.retention());
    return new Report("exaplan outage", Units.capitalised(Outage.everyNth(p.copyEvery())) + " to the object "
        + "store, newest " + p.keepLocal() + " kept locally, WAN down for "
        + human(p.outageSeconds(), Dimension.DURATION) + ".", p, List.of(summary, chart,
            lines("lifecycle", "Write, copy, garbage collection and rollback", "outage",
                Outage.lifecycle(p, account)),
            lines("assumptions", "Assumptions used", "outage", p.assumptions())));
  }

  /**
   * The failure model on each option of a comparison: Daly's complete model with the option's
   * checkpoint write time as delta, what {@code checkpoint --write-time} gives for it.
   */
  public static Table failures(List<DesignFailures> failures, long gpus, String restart) {
    Columns<DesignFailures> cols = Columns.<DesignFailures>of()
        .text("option", "Option", DesignFailures::option)
        .add(WRITE_TIME, DesignFailures::writeSeconds)
        .add(FLEET_MTBF, d -> d.analysis().fleetMtbfSeconds() / 3600)
        .add(YOUNG, d -> d.analysis().youngIntervalSeconds() / 60)
        .add(DALY, d -> d.analysis().dalyIntervalSeconds() / 60)
        .add(DALY_EFFICIENCY, d -> d.analysis().dalyEfficiency());
    DesignFailures any = failures.get(0);
    for (int i = 0; i < any.byCadence().size(); i++) {
      int cadence = i;
      double interval = any.byCadence().get(i).intervalSeconds();
      cols = cols.number("efficiency" + Cells.exact(interval) + "s",
          "Efficiency at " + human(interval, Dimension.DURATION), "", 4,
          d -> d.byCadence().get(cadence).efficiency());
    }
    CheckpointAnalysis ref = any.analysis();
    return cols.table("failures", "Failures on a " + Units.grouped(gpus)
        + "-GPU job: Daly's complete model with each option's write time (restart "
        + restart + ")", Table.Layout.ROWS,
        failures);
  }

  /** The outage plan at each cadence of a comparison, under the scenario's policy. */
  public static Table outages(Outage.Policy p, List<Outage.Plan> plans) {
    return Columns.<Outage.Plan>of().add(INTERVAL, Outage.Plan::intervalSeconds)
        .then(PLAN_COLUMNS).table("outage", "WAN outage of "
        + human(p.outageSeconds(), Dimension.DURATION) + ": " + Outage.everyNth(p.copyEvery())
        + " copied, newest " + p.keepLocal() + " kept locally, backlog cleared "
        + "within " + human(p.catchUpSeconds(), Dimension.DURATION), Table.Layout.ROWS,
        plans);
  }

  private static final Columns<Staging.Plan> STAGE = Columns.<Staging.Plan>of()
      .text("dataset", "Data set", p -> human(p.datasetBytes(), Dimension.BYTES))
      .number("datasetTB", "Data set size", "TB", 2, p -> p.datasetBytes() / 1e12)
      .text("wanBasis", "WAN", p -> p.rateGiven() ? "given" : "needed for the window")
      .number("wanGbps", "WAN rate", "Gb/s", 2, p -> p.wanBitsPerSec() / 1e9)
      .number("stageH", "Staging time", "h", 2, p -> p.stageSeconds() / 3600)
      .text("account", "Account type", Staging.Plan::account)
      .count("accountsForCapacity", "Accounts for capacity", Staging.Plan::accountsForCapacity)
      .count("accountsForEgress", "Accounts for egress", Staging.Plan::accountsForEgress)
      .count("storageAccounts", "Storage accounts", Staging.Plan::storageAccounts)
      .number("objectMiB", "Largest object", "MiB", 0,
          p -> p.objectBytes() == null ? null : p.objectBytes() / 0x1p20)
      .count("vcpus", "Copy host vCPUs", Staging.Plan::vcpus);

  private static final Columns<Staging.MethodFit> METHODS = Columns.<Staging.MethodFit>of()
      .text("method", "Method", Staging.MethodFit::id)
      .text("name", "Name", Staging.MethodFit::name)
      .flag("serverSide", "Server-side", Staging.MethodFit::serverSide)
      .number("maxObjectMiB", "Per-object limit", "MiB", 0,
          m -> m.maxObjectBytes() == null ? null : m.maxObjectBytes() / 0x1p20)
      .text("fits", "Largest object fits",
          m -> m.fitsObjects() == null ? null : m.fitsObjects() ? "yes" : "no")
      .count("connections", "Connections per host", Staging.MethodFit::connections);

  /** The report of {@code stage}. */
  public static Report stage(Staging.Plan p) {
    Table summary = STAGE.table("summary", "Pre-staging a data set", Table.Layout.SIDE_BY_SIDE,
        p);
    Table methods = METHODS.table("methods", "Copy methods", Table.Layout.ROWS, p.methods());
    return new Report("exaplan stage", human(p.datasetBytes(), Dimension.BYTES) + " from the "
        + "object store in " + human(p.stageSeconds(), Dimension.DURATION) + " at "
        + sig(p.wanBitsPerSec() / 1e9) + " Gb/s.", p, List.of(summary, methods,
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
