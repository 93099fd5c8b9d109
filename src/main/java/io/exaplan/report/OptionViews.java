package io.exaplan.report;

import io.exaplan.design.Comparison;
import io.exaplan.design.DurabilityStudy;
import io.exaplan.design.GuidanceCheck;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import io.exaplan.config.Units;
import io.exaplan.durability.Durability;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the reports of {@code compare} and {@code size} from options: the metrics table (options
 * side by side), the arithmetic notes, the assumptions each option rests on, and the inputs.
 * Adding a column here adds it to every format.
 */
public final class OptionViews {
  private OptionViews() {}

  static final List<Column> COLUMNS = List.of(
      Column.text("id", "Option"),
      Column.text("name", "Name"),
      Column.count("gpusServed", "GPUs served"),
      Column.count("jobs", "Training jobs sharing it"),
      Column.text("dboxModel", "Enclosure model"),
      Column.count("dboxes", "Enclosures"),
      Column.count("cnodes", "C-nodes"),
      Column.number("rawPB", "Raw", "PB", 1),
      Column.number("usablePB", "Usable", "PB", 1),
      Column.number("usableRatio", "Usable/raw", "", 4),
      Column.text("meetsCapacityTarget", "Meets capacity target"),
      Column.number("readTBps", "Read", "TB/s", 3),
      Column.text("readBound", "Read bound"),
      Column.number("writeTBps", "Write", "TB/s", 3),
      Column.text("writeBound", "Write bound"),
      Column.count("storageAccounts", "Storage accounts"),
      Column.number("inRegionReadTBps", "Read in the store's region", "TB/s", 3),
      Column.number("inRegionWriteTBps", "Write in the store's region", "TB/s", 3),
      Column.number("nodeRU", "Node rack units", "U", 0),
      Column.number("rackUnits", "Rack units with switches", "U", 0),
      Column.count("switches", "Switches"),
      Column.count("racks", "Racks"),
      Column.text("rackBound", "Rack bound"),
      Column.count("spaceBoundRacks", "Racks by space"),
      Column.count("powerBoundRacks", "Racks by power"),
      Column.number("rackKW", "Rack power limit", "kW", 1),
      Column.number("powerKW", "Power typical", "kW", 1),
      Column.number("powerMaxKW", "Power max", "kW", 1),
      Column.number("pbPerRack", "Usable per rack", "PB", 2).withFormula("{usablePB}/{racks}"),
      Column.number("readPerKW", "Read per kW", "GB/s", 2)
          .withFormula("{readTBps}*1000/{powerKW}"),
      Column.number("writePerKW", "Write per kW", "GB/s", 2)
          .withFormula("{writeTBps}*1000/{powerKW}"),
      Column.number("readPerGpu", "Read per GPU", "GB/s", 3)
          .withFormula("{readTBps}*1000/{gpusServed}"),
      Column.number("writePerGpu", "Write per GPU", "GB/s", 3)
          .withFormula("{writeTBps}*1000/{gpusServed}"),
      Column.text("guidance", "Guidance level"),
      Column.number("needReadTBps", "Guidance read", "TB/s", 2),
      Column.number("needWriteTBps", "Guidance write", "TB/s", 2),
      Column.number("needReadPerGpu", "Guidance read per GPU", "GB/s", 3),
      Column.number("needWritePerGpu", "Guidance write per GPU", "GB/s", 3),
      Column.text("meetsGuidance", "Meets guidance"),
      Column.text("certified", "NVIDIA-certified parts"),
      Column.text("parity", "Erasure code"),
      Column.text("stripeRule", "Stripe rule"),
      Column.number("driveRebuildH", "Drive rebuild", "h", 2),
      Column.number("enclosureRebuildH", "Enclosure rebuild", "h", 1),
      Column.number("degradedReadTBps", "Read during rebuild", "TB/s", 2),
      Column.number("degradedWriteTBps", "Write during rebuild", "TB/s", 2),
      Column.number("nines", "Durability", "nines", 2),
      Column.text("fitsFloor", "Fits the hall"));

  /** The report of {@code compare}. */
  public static Report compare(Comparison c) {
    Scenario s = c.scenario();
    String subtitle = s.name() + " (" + s.date() + "): " + String.format(java.util.Locale.ROOT,
        "%,d", s.gpus()) + " GPUs over " + s.sites() + " site(s), cluster of "
        + String.format(java.util.Locale.ROOT, "%,d", s.clusterGpus()) + " GPUs, target "
        + Units.human(s.targetUsableBytes(), io.exaplan.config.Dimension.BYTES)
        + " usable, racks limited to " + Units.human(s.rackPowerLimitWatts(),
            io.exaplan.config.Dimension.POWER) + " (" + s.powerBasis().key() + " draw).";
    return new Report("exaplan compare", subtitle, c,
        List.of(metrics(c.options()), CheckpointViews.fit(c.checkpoint()), notes(c.options()),
            assumptions(c.options(), c.checkpoint().assumptions()), inputs(s),
            DurabilityView.compareSection(c.options()),
            DurabilityView.checkpoints(DurabilityStudy.checkpointsDuringRebuild(c)),
            GpuSideViews.shards(c.gpuSide()), GpuSideViews.jobs(c.gpuSide()),
            GpuSideViews.twoTier(c.gpuSide()), GpuSideViews.workload(c.workload())))
        .dated(s.date());
  }

  /** The report of {@code size}: one option, same views. */
  public static Report size(Option o, Scenario s) {
    return new Report("exaplan size", o.name(), o,
        List.of(metrics(List.of(o)), notes(List.of(o)), assumptions(List.of(o)), inputs(s),
            DurabilityView.compareSection(List.of(o)))).dated(s.date());
  }

  static Table metrics(List<Option> options) {
    Table.Builder t = new Table.Builder("metrics", "Options side by side",
        Table.Layout.SIDE_BY_SIDE, COLUMNS);
    for (Option o : options) {
      GuidanceCheck g = o.compliance().guidance();
      Durability d = o.durability();
      Option.Remote r = o.remote();
      t.row(o.id(), o.name(), o.identity().gpusServed(), o.jobs(), o.hardware().dboxModel(),
          o.hardware().dboxes(), o.hardware().cnodes(),
          o.capacity().rawBytes() == null ? null : o.capacity().rawBytes() / 1e15, o.capacity().usableBytes() / 1e15,
          o.capacity().usableRatio(), o.capacity().meetsCapacityTarget() ? "yes" : "no",
          o.throughput().readBytesPerSec() / 1e12, o.throughput().readBound().key(),
          o.throughput().writeBytesPerSec() / 1e12, o.throughput().writeBound().key(),
          r.storageAccounts(), tera(r.inRegionReadBytesPerSec()),
          tera(r.inRegionWriteBytesPerSec()), o.space().nodeRackUnits(), o.space().rackUnits(),
          o.hardware().switches(), o.space().racks(), o.space().rackBound().key(), o.space().spaceBoundRacks(),
          o.space().powerBoundRacks(), o.space().rackPowerLimitWatts() / 1e3, o.power().powerWatts() / 1e3,
          o.power().powerMaxWatts() / 1e3, o.perUnit().usableBytesPerRack() / 1e15,
          o.perUnit().readBytesPerSecPerWatt() * 1e3 / 1e9, o.perUnit().writeBytesPerSecPerWatt() * 1e3 / 1e9,
          o.perUnit().readBytesPerSecPerGpu() / 1e9, o.perUnit().writeBytesPerSecPerGpu() / 1e9, g.level(),
          g.requiredReadBytesPerSec() / 1e12, g.requiredWriteBytesPerSec() / 1e12,
          g.requiredReadBytesPerSecPerGpu() / 1e9, g.requiredWriteBytesPerSecPerGpu() / 1e9,
          g.verdict(), o.compliance().certified() ? "yes" : "no", d.parity(),
          o.capacity().stripeRule(), d.driveRebuildSeconds() / 3600,
          DurabilityView.hours(d.enclosureRebuildSeconds()), d.degradedReadBytesPerSec() / 1e12,
          d.degradedWriteBytesPerSec() / 1e12, d.nines(), o.floorVerdict());
    }
    return t.build();
  }

  private static Double tera(Double bytesPerSec) {
    return bytesPerSec == null ? null : bytesPerSec / 1e12;
  }

  static Table notes(List<Option> options) {
    Map<String, List<String>> byOption = new LinkedHashMap<>();
    for (Option o : options) {
      List<String> all = new ArrayList<>(o.notes());
      all.addAll(o.durability().notes());
      byOption.put(o.id(), all);
    }
    return notes(byOption);
  }

  /** Notes grouped under the option they explain, in the order given. */
  static Table notes(Map<String, List<String>> byOption) {
    Table.Builder t = new Table.Builder("notes", "How each figure was reached",
        Table.Layout.BLOCKS, List.of(Column.text("id", "Option"), Column.text("note", "Note")));
    byOption.forEach((id, notes) -> notes.forEach(n -> t.row(id, n)));
    return t.build();
  }

  static Table assumptions(List<Option> options) {
    return assumptions(options, List.of());
  }

  /** Also lists {@code checkpoint}'s assumptions, used by the checkpoint table. */
  static Table assumptions(List<Option> options, List<String> checkpoint) {
    Map<String, List<String>> byOption = new LinkedHashMap<>();
    for (Option o : options) {
      byOption.put(o.id(), o.assumptions());
    }
    byOption.put("checkpoint", checkpoint);
    return assumptions(byOption);
  }

  /** Each assumption once, with the options (or analyses) that rest on it. */
  static Table assumptions(Map<String, List<String>> byOption) {
    Map<String, List<String>> usedBy = new LinkedHashMap<>();
    byOption.forEach((id, assumptions) -> assumptions.forEach(
        a -> usedBy.computeIfAbsent(a, k -> new ArrayList<>()).add(id)));
    Table.Builder t = new Table.Builder("assumptions", "Assumptions used", Table.Layout.BLOCKS,
        List.of(Column.text("assumption", "Assumption"), Column.text("usedBy", "Used by")));
    for (Map.Entry<String, List<String>> e : usedBy.entrySet()) {
      t.row(e.getKey(), String.join(", ", e.getValue()));
    }
    return t.build();
  }

  static Table inputs(Scenario s) {
    Table.Builder t = new Table.Builder("inputs", "Inputs", Table.Layout.ROWS,
        List.of(Column.text("input", "Input"), Column.text("value", "Value")));
    t.row("scenario", s.name());
    t.row("date", s.date());
    t.row("gpus", String.format(java.util.Locale.ROOT, "%,d", s.gpus()));
    t.row("sites", String.valueOf(s.sites()));
    t.row("clusterGpus", String.format(java.util.Locale.ROOT, "%,d", s.clusterGpus()));
    t.row("targetUsable", Units.human(s.targetUsableBytes(), io.exaplan.config.Dimension.BYTES));
    t.row("guidance", s.guidance());
    t.row("cnode", s.cnode());
    t.row("switch", s.switchModel());
    t.row("rack", s.rack());
    t.row("cloudObject", s.cloudObject());
    t.row("rackPowerLimit", Units.human(s.rackPowerLimitWatts(),
        io.exaplan.config.Dimension.POWER));
    t.row("powerBasis", s.powerBasis().key());
    t.row("checkpointModel", s.checkpointModel());
    t.row("checkpointCadences", String.join(", ", s.checkpointCadencesSeconds().stream()
        .map(v -> Units.human(v, io.exaplan.config.Dimension.DURATION)).toList()));
    t.row("checkpointStallFraction", Units.sig(s.checkpointStallFraction()));
    t.row("checkpointMode", s.checkpointMode().key());
    Scenario.Limits l = s.limits();
    t.row("wanRatePerSite", Units.human(l.wanBytesPerSecPerSite(),
        io.exaplan.config.Dimension.BYTE_RATE));
    t.row("cloudAccount", l.cloudAccount());
    t.row("minCnodesPerDbox", Units.sig(l.minCnodesPerDbox()));
    t.row("minDurabilityNines", Units.sig(l.minDurabilityNines()));
    t.row("maxRebuild", Units.human(l.maxRebuildSeconds(), io.exaplan.config.Dimension.DURATION));
    t.row("hall", l.hall() == null ? "no hall given" : l.hall().describe());
    return t.build();
  }
}
