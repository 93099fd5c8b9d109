package io.exaplan.report;

import io.exaplan.config.Dimension;
import io.exaplan.config.Units;
import io.exaplan.design.Scenario;
import io.exaplan.sim.Replication;
import io.exaplan.sim.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of {@code simulate}: where the fleet's GPU-hours went (mean and 95% CI), the
 * worst cases, each replication, the WAN backlog over time, the assumptions and the inputs.
 * The first table is the one CSV carries.
 */
public final class SimulationView {
  /** Text formats show every 4th backlog sample: 25 lines, not 97. */
  static final int BACKLOG_STEP = 4;

  private SimulationView() {}

  public static Report of(Simulation r, Scenario s) {
    Simulation.Inputs in = r.inputs();
    String subtitle = in.optionName() + ": " + Units.count(in.jobs(), "job") + " on "
        + Units.grouped(in.gpus()) + " GPUs, " + in.mode()
        + " checkpoints of " + Units.human(in.checkpointBytes(), Dimension.BYTES) + " every "
        + Units.human(in.intervalSeconds(), Dimension.DURATION) + " into "
        + Units.human(in.writeBytesPerSec(), Dimension.BYTE_RATE) + ", "
        + Units.count(in.replications(), "replication") + " of " + Units.human(in.horizonSeconds(), Dimension.DURATION)
        + " (seed " + in.seed() + ").";
    List<Table> tables = new ArrayList<>(List.of(summary(r), figures(r),
        replications(r)));
    if (in.copyEvery() > 0) {
      tables.add(backlog(r));
    }
    tables.add(assumptions(r.assumptions()));
    tables.add(inputs(in, s));
    return new Report("exaplan simulate", subtitle, r, tables).dated(s.date());
  }

  static Table summary(Simulation r) {
    Table.Builder t = new Table.Builder("summary", "Where the GPU-hours went (mean, 95% CI)",
        Table.Layout.ROWS, List.of(Column.text("measure", "Measure"),
            Column.number("mean", "Mean", "", 4), Column.number("ciLow", "95% CI low", "", 4),
            Column.number("ciHigh", "95% CI high", "", 4)));
    row(t, "goodput (kept compute)", r.goodput(), r.goodputCi95());
    row(t, "checkpoint stall", r.stallFraction(), r.stallFractionCi95());
    row(t, "rework after failures", r.reworkFraction(), r.reworkFractionCi95());
    row(t, "restarts", r.restartFraction(), r.restartFractionCi95());
    row(t, "uncommitted at the end", r.uncommittedFraction(), null);
    if (r.dalyGoodput() != null) {
      row(t, "Daly (2006) for each job alone", r.dalyGoodput(), null);
    }
    return t.build();
  }

  private static void row(Table.Builder t, String name, double mean, double[] ci) {
    t.row(name, mean, ci == null ? null : ci[0], ci == null ? null : ci[1]);
  }

  static Table figures(Simulation r) {
    Table.Builder t = new Table.Builder("figures", "Figures", Table.Layout.ROWS,
        List.of(Column.text("figure", "Figure"), Column.text("value", "Value")));
    t.row("uncontended checkpoint write", Units.human(r.inputs().uncontendedWriteSeconds(),
        Dimension.DURATION));
    t.row("failures per replication", Units.sig(r.failuresPerReplication()));
    t.row("checkpoints per replication", Units.sig(r.checkpointsPerReplication()));
    t.row("checkpoints lost (all replications)", r.checkpointsLost() + " in "
        + r.replicationsLosing() + " of " + Units.count(r.replicationResults().size(), "replication"));
    t.row("local checkpoint bytes, peak", Units.human(r.localPeakBytes(), Dimension.BYTES));
    t.row("WAN backlog, peak", Units.human(r.wanBacklogPeakBytes(), Dimension.BYTES));
    t.row("write demand, peak", Units.human(r.peakWriteDemandBytesPerSec(),
        Dimension.BYTE_RATE));
    t.row("write demand, 99th percentile", Units.human(r.p99WriteDemandBytesPerSec(),
        Dimension.BYTE_RATE));
    t.row("events", Units.grouped(r.events()));
    if (r.eventsPerSecond() != null) {
      t.row("events per second", Units.sig(r.eventsPerSecond()));
    }
    return t.build();
  }

  /** One replication with its place in the run, counted from 1. */
  private record Numbered(int number, Replication replication) {}

  private static final Columns<Numbered> REPLICATIONS = Columns.<Numbered>of()
      .count("replication", "#", Numbered::number)
      .text("seed", "Seed", n -> Long.toString(n.replication().seed()))
      .number("goodput", "Goodput", "", 4, n -> n.replication().goodput())
      .number("stallFraction", "Stall", "", 4, n -> n.replication().stallFraction())
      .number("reworkFraction", "Rework", "", 4, n -> n.replication().reworkFraction())
      .number("restartFraction", "Restart", "", 4, n -> n.replication().restartFraction())
      .count("failures", "Failures", n -> n.replication().failures())
      .count("checkpoints", "Checkpoints", n -> n.replication().checkpoints())
      .count("checkpointsLost", "Lost", n -> n.replication().checkpointsLost())
      .number("localPeakTB", "Local peak", "TB", 1, n -> n.replication().localPeakBytes() / 1e12)
      .number("wanBacklogPeakTB", "WAN backlog peak", "TB", 1,
          n -> n.replication().wanBacklogPeakBytes() / 1e12)
      .count("events", "Events", n -> n.replication().events());

  static Table replications(Simulation r) {
    List<Numbered> rows = new ArrayList<>();
    for (Replication x : r.replicationResults()) {
      rows.add(new Numbered(rows.size() + 1, x));
    }
    return REPLICATIONS.table("replications", "Replications", Table.Layout.ROWS, rows);
  }

  private static final Columns<Simulation.BacklogPoint> BACKLOG =
      Columns.<Simulation.BacklogPoint>of()
          .number("hours", "Time", "h", 1, p -> p.timeSeconds() / 3600)
          .number("meanTB", "Mean", "TB", 2, p -> p.meanBytes() / 1e12)
          .number("maxTB", "Max", "TB", 2, p -> p.maxBytes() / 1e12);

  static Table backlog(Simulation r) {
    List<Simulation.BacklogPoint> shown = new ArrayList<>();
    for (int i = 0; i < r.wanBacklog().size(); i += BACKLOG_STEP) {
      shown.add(r.wanBacklog().get(i));
    }
    return BACKLOG.table("wanBacklog",
        "WAN backlog over time (every " + BACKLOG_STEP + "th sample; the JSON has them all)",
        Table.Layout.ROWS, shown);
  }

  static Table assumptions(List<String> lines) {
    Table.Builder t = new Table.Builder("assumptions", "Assumptions used", Table.Layout.BLOCKS,
        List.of(Column.text("assumption", "Assumption")));
    lines.forEach(t::row);
    return t.build();
  }

  static Table inputs(Simulation.Inputs in, Scenario s) {
    Table.Builder t = new Table.Builder("inputs", "Inputs", Table.Layout.ROWS,
        List.of(Column.text("input", "Input"), Column.text("value", "Value")));
    t.row("scenario", s.name());
    t.row("option", in.option());
    t.row("jobs", String.valueOf(in.jobs()));
    t.row("gpus", Units.grouped(in.gpus()));
    t.row("mode", in.mode());
    t.row("checkpoint", Units.human(in.checkpointBytes(), Dimension.BYTES));
    t.row("interval", Units.human(in.intervalSeconds(), Dimension.DURATION)
        + ("daly".equals(in.intervalBasis()) ? " (Daly's optimum for one job alone)" : ""));
    t.row("writeRate", Units.human(in.writeBytesPerSec(), Dimension.BYTE_RATE));
    if (in.stageBytesPerSecPerGpu() != null) {
      t.row("stageRatePerGpu", Units.human(in.stageBytesPerSecPerGpu(), Dimension.BYTE_RATE));
    }
    t.row("failures", in.failureLaw());
    t.row("gpuMtbf", human(in.gpuMtbfSeconds(), Dimension.DURATION));
    t.row("jobMtbf", human(in.jobMtbfSeconds(), Dimension.DURATION));
    t.row("restartTime", Units.human(in.restartSeconds(), Dimension.DURATION));
    t.row("localCapacity", human(in.localCapacityBytes(), Dimension.BYTES));
    t.row("keepLocal", String.valueOf(in.keepLocal()));
    t.row("copyEvery", in.copyEvery() == 0 ? "none" : String.valueOf(in.copyEvery()));
    if (in.copyEvery() > 0) {
      t.row("wanRate", human(in.wanBytesPerSec(), Dimension.BYTE_RATE));
      t.row("outageEvery", human(in.outageEverySeconds(), Dimension.DURATION));
      t.row("outageMean", human(in.outageMeanSeconds(), Dimension.DURATION));
      if (in.outageAtSeconds() != null) {
        t.row("outageAt", Units.human(in.outageAtSeconds(), Dimension.DURATION));
        t.row("outageFor", Units.human(in.outageForSeconds(), Dimension.DURATION));
      }
    }
    t.row("start", in.alignedStart() ? "aligned" : "random phase");
    t.row("horizon", Units.human(in.horizonSeconds(), Dimension.DURATION));
    t.row("replications", String.valueOf(in.replications()));
    t.row("seed", String.valueOf(in.seed()));
    return t.build();
  }

  private static String human(Double v, Dimension d) {
    return v == null ? "none" : Units.human(v, d);
  }
}
