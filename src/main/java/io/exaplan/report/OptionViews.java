package io.exaplan.report;

import io.exaplan.config.Dimension;
import io.exaplan.config.Units;
import io.exaplan.design.Comparison;
import io.exaplan.design.DurabilityStudy;
import io.exaplan.design.GuidanceCheck;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
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

  /** The metrics of one option, each column with the figure it shows. */
  static final Columns<Option> METRICS = Columns.<Option>of()
      .text("id", "Option", Option::id)
      .text("name", "Name", Option::name)
      .count("gpusServed", "GPUs served", o -> o.identity().gpusServed())
      .count("jobs", "Training jobs sharing it", Option::jobs)
      .text("dboxModel", "Enclosure model", o -> o.hardware().dboxModel())
      .count("dboxes", "Enclosures", o -> o.hardware().dboxes())
      .count("cnodes", "C-nodes", o -> o.hardware().cnodes())
      .number("rawPB", "Raw", "PB", 1, o -> peta(o.capacity().rawBytes()))
      .number("usablePB", "Usable", "PB", 1, o -> o.capacity().usableBytes() / 1e15)
      .number("usableRatio", "Usable/raw", "", 4, o -> o.capacity().usableRatio())
      .flag("meetsCapacityTarget", "Meets capacity target",
          o -> o.capacity().meetsCapacityTarget())
      .number("readTBps", "Read", "TB/s", 3, o -> o.throughput().readBytesPerSec() / 1e12)
      .text("readBound", "Read bound", o -> o.throughput().readBound().key())
      .number("writeTBps", "Write", "TB/s", 3, o -> o.throughput().writeBytesPerSec() / 1e12)
      .text("writeBound", "Write bound", o -> o.throughput().writeBound().key())
      .count("storageAccounts", "Storage accounts", o -> o.remote().storageAccounts())
      .number("inRegionReadTBps", "Read in the store's region", "TB/s", 3,
          o -> tera(o.remote().inRegionReadBytesPerSec()))
      .number("inRegionWriteTBps", "Write in the store's region", "TB/s", 3,
          o -> tera(o.remote().inRegionWriteBytesPerSec()))
      .number("nodeRU", "Node rack units", "U", 0, o -> o.space().nodeRackUnits())
      .number("rackUnits", "Rack units with switches", "U", 0, o -> o.space().rackUnits())
      .count("switches", "Switches", o -> o.hardware().switches())
      .count("racks", "Racks", o -> o.space().racks())
      .text("rackBound", "Rack bound", o -> o.space().rackBound().key())
      .count("spaceBoundRacks", "Racks by space", o -> o.space().spaceBoundRacks())
      .count("powerBoundRacks", "Racks by power", o -> o.space().powerBoundRacks())
      .number("rackKW", "Rack power limit", "kW", 1,
          o -> o.space().rackPowerLimitWatts() / 1e3)
      .number("powerKW", "Power typical", "kW", 1, o -> o.power().powerWatts() / 1e3)
      .number("powerMaxKW", "Power max", "kW", 1, o -> o.power().powerMaxWatts() / 1e3)
      .derived("pbPerRack", "Usable per rack", "PB", 2, "{usablePB}/{racks}",
          o -> o.perUnit().usableBytesPerRack() / 1e15)
      .derived("readPerKW", "Read per kW", "GB/s", 2, "{readTBps}*1000/{powerKW}",
          o -> o.perUnit().readBytesPerSecPerWatt() * 1e3 / 1e9)
      .derived("writePerKW", "Write per kW", "GB/s", 2, "{writeTBps}*1000/{powerKW}",
          o -> o.perUnit().writeBytesPerSecPerWatt() * 1e3 / 1e9)
      .derived("readPerGpu", "Read per GPU", "GB/s", 3, "{readTBps}*1000/{gpusServed}",
          o -> o.perUnit().readBytesPerSecPerGpu() / 1e9)
      .derived("writePerGpu", "Write per GPU", "GB/s", 3, "{writeTBps}*1000/{gpusServed}",
          o -> o.perUnit().writeBytesPerSecPerGpu() / 1e9)
      .text("guidance", "Guidance level", o -> guidance(o).level())
      .number("needReadTBps", "Guidance read", "TB/s", 2,
          o -> guidance(o).requiredReadBytesPerSec() / 1e12)
      .number("needWriteTBps", "Guidance write", "TB/s", 2,
          o -> guidance(o).requiredWriteBytesPerSec() / 1e12)
      .number("needReadPerGpu", "Guidance read per GPU", "GB/s", 3,
          o -> guidance(o).requiredReadBytesPerSecPerGpu() / 1e9)
      .number("needWritePerGpu", "Guidance write per GPU", "GB/s", 3,
          o -> guidance(o).requiredWriteBytesPerSecPerGpu() / 1e9)
      .text("meetsGuidance", "Meets guidance", o -> guidance(o).verdict())
      .flag("certified", "NVIDIA-certified parts", o -> o.compliance().certified())
      .text("parity", "Erasure code", o -> o.durability().parity())
      .text("stripeRule", "Stripe rule", o -> o.capacity().stripeRule())
      .number("driveRebuildH", "Drive rebuild", "h", 2,
          o -> o.durability().driveRebuildSeconds() / 3600)
      .number("enclosureRebuildH", "Enclosure rebuild", "h", 1,
          o -> DurabilityView.hours(o.durability().enclosureRebuildSeconds()))
      .number("degradedReadTBps", "Read during rebuild", "TB/s", 2,
          o -> o.durability().degradedReadBytesPerSec() / 1e12)
      .number("degradedWriteTBps", "Write during rebuild", "TB/s", 2,
          o -> o.durability().degradedWriteBytesPerSec() / 1e12)
      .number("nines", "Durability", "nines", 2, o -> o.durability().nines())
      .text("fitsFloor", "Fits the hall", Option::floorVerdict);

  private static GuidanceCheck guidance(Option o) {
    return o.compliance().guidance();
  }

  /** The report of {@code compare}. */
  public static Report compare(Comparison c) {
    Scenario s = c.scenario();
    String subtitle = s.name() + " (" + s.date() + "): " + Units.grouped(s.gpus()) + " GPUs over " + Units.count(s.sites(), "site") + ", cluster of "
        + Units.grouped(s.clusterGpus()) + " GPUs, target "
        + Units.human(s.targetUsableBytes(), Dimension.BYTES)
        + " usable, racks limited to " + Units.human(s.rackPowerLimitWatts(),
            Dimension.POWER) + " (" + s.powerBasis().key() + " draw).";
    return new Report("exaplan compare", subtitle, c,
        List.of(metrics(c.options()), CheckpointViews.fit(c.checkpoint()), notes(c.options()),
            assumptions(c.options(), c.checkpoint().assumptions()), inputs(s),
            DurabilityView.compareSection(c.options()),
            DurabilityView.checkpoints(DurabilityStudy.checkpointsDuringRebuild(c)),
            GpuSideViews.shards(c.gpuSide()), GpuSideViews.jobs(c.gpuSide()),
            GpuSideViews.twoTier(c.gpuSide()), GpuSideViews.workload(c.workload()),
            PhysicalViews.physical(c.options()), PhysicalViews.bom(c.options())))
        .dated(s.date());
  }

  /** The report of {@code size}: one option, same views. */
  public static Report size(Option o, Scenario s) {
    return new Report("exaplan size", o.name(), o,
        List.of(metrics(List.of(o)), notes(List.of(o)), assumptions(List.of(o)), inputs(s),
            DurabilityView.compareSection(List.of(o)), PhysicalViews.physical(List.of(o)),
            PhysicalViews.bom(List.of(o)))).dated(s.date());
  }

  static Table metrics(List<Option> options) {
    return metrics(options, METRICS);
  }

  /** The metrics table of {@code options} under {@code columns} (a test adds one). */
  static Table metrics(List<Option> options, Columns<Option> columns) {
    return columns.table("metrics", "Options side by side", Table.Layout.SIDE_BY_SIDE, options);
  }

  private static Double tera(Double bytesPerSec) {
    return bytesPerSec == null ? null : bytesPerSec / 1e12;
  }

  private static Double peta(Double bytes) {
    return bytes == null ? null : bytes / 1e15;
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
    t.row("gpus", Units.grouped(s.gpus()));
    t.row("sites", String.valueOf(s.sites()));
    t.row("clusterGpus", Units.grouped(s.clusterGpus()));
    t.row("targetUsable", Units.human(s.targetUsableBytes(), Dimension.BYTES));
    t.row("guidance", s.guidance());
    t.row("cnode", s.cnode());
    t.row("switch", s.switchModel());
    t.row("rack", s.rack());
    t.row("cloudObject", s.cloudObject());
    t.row("rackPowerLimit", Units.human(s.rackPowerLimitWatts(),
        Dimension.POWER));
    t.row("powerBasis", s.powerBasis().key());
    t.row("checkpointModel", s.checkpointModel());
    t.row("checkpointCadences", String.join(", ", s.checkpointCadencesSeconds().stream()
        .map(v -> Units.human(v, Dimension.DURATION)).toList()));
    t.row("checkpointStallFraction", Units.sig(s.checkpointStallFraction()));
    t.row("checkpointMode", s.checkpointMode().key());
    Scenario.Limits l = s.limits();
    t.row("wanRatePerSite", Units.human(l.wanBytesPerSecPerSite(),
        Dimension.BYTE_RATE));
    t.row("cloudAccount", l.cloudAccount());
    t.row("minCnodesPerDbox", Units.sig(l.minCnodesPerDbox()));
    t.row("minDurabilityNines", Units.sig(l.minDurabilityNines()));
    t.row("maxRebuild", Units.human(l.maxRebuildSeconds(), Dimension.DURATION));
    io.exaplan.layout.RackRules rules = s.rackRules();
    io.exaplan.layout.RackRules.Feed f = rules.feed();
    t.row("feed", f.volts() + " V " + f.phase().key() + " " + f.amps() + " A at "
        + f.utilizationPercent() + "% = " + Units.human(f.ratingWatts(),
            Dimension.POWER));
    t.row("airCoolingLimit", Units.human(rules.airCoolingLimitWatts(),
        Dimension.POWER));
    t.row("floorLoading", Units.sig(rules.floorLoadingPascals() / 1e3) + " kPa ("
        + Units.fixed(rules.floorLoadingKgPerSquareMetre(), 0) + " kg/m2)");
    t.row("surviveRackLoss", String.valueOf(rules.surviveRackLoss()));
    t.row("hall", l.hall() == null ? "no hall given" : l.hall().describe());
    return t.build();
  }
}
