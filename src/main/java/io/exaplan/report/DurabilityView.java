package io.exaplan.report;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.Units;
import io.exaplan.checkpoint.CheckpointFit;
import io.exaplan.design.DurabilityStudy;
import io.exaplan.design.Option;
import io.exaplan.design.OptionDurability;
import io.exaplan.design.Scenario;
import io.exaplan.durability.Durability;
import io.exaplan.durability.DurabilityParams.Overrides;
import io.exaplan.durability.Sensitivity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of {@code durability} and the durability section of {@code compare}: rebuild times,
 * throughput during a rebuild, and the probability of losing data with its sensitivity. People see
 * hours, TB/s, years and nines; the JSON keeps seconds, bytes per second and hours (MTTDL).
 */
public final class DurabilityView {
  private DurabilityView() {}

  static final Columns<OptionDurability> COLUMNS = Columns.<OptionDurability>of()
      .text("option", "Option", OptionDurability::option)
      .text("parity", "Erasure code", od -> od.durability().parity())
      .count("failuresTolerated", "Concurrent losses survived",
          od -> od.durability().failuresTolerated())
      .count("drives", "Drives", od -> od.durability().drives())
      .count("enclosures", "Enclosures", od -> od.durability().enclosures())
      .number("driveAfrPct", "Drive AFR", "%", 2, od -> od.durability().driveAfr() * 100)
      .number("enclosureAfrPct", "Enclosure AFR", "%", 2,
          od -> od.durability().enclosureAfr() * 100)
      .number("rebuildSharePct", "Rebuild share", "%", 0,
          od -> od.durability().rebuildShare() * 100)
      .number("driveRebuildH", "Drive rebuild", "h", 2,
          od -> od.durability().driveRebuildSeconds() / 3600)
      .number("enclosureRebuildH", "Enclosure rebuild", "h", 1,
          od -> hours(od.durability().enclosureRebuildSeconds()))
      .text("degradedDuring", "Degraded figures during", od -> od.durability().degradedDuring())
      .number("degradedReadTBps", "Read during rebuild", "TB/s", 2,
          od -> od.durability().degradedReadBytesPerSec() / 1e12)
      .number("degradedWriteTBps", "Write during rebuild", "TB/s", 2,
          od -> od.durability().degradedWriteBytesPerSec() / 1e12)
      .number("checkpointSlowdown", "Checkpoint write slowdown", "x", 2,
          od -> od.durability().checkpointSlowdown())
      .number("mttdlYears", "Mean time to data loss", "years", 0,
          od -> od.durability().mttdlHours() / 8766)
      .text("annualLossProbability", "Annual loss probability",
          od -> probability(od.durability().annualLossProbability()))
      .number("nines", "Durability", "nines", 2, od -> od.durability().nines());

  /** One sensitivity case of one option. */
  private record Case(String option, Sensitivity sensitivity) {}

  private static final Columns<Case> SENSITIVITY = Columns.<Case>of()
      .text("option", "Option", Case::option)
      .text("case", "Case", c -> c.sensitivity().label())
      .number("driveAfrPct", "Drive AFR", "%", 2, c -> c.sensitivity().driveAfr() * 100)
      .number("mttdlYears", "Mean time to data loss", "years", 0,
          c -> c.sensitivity().mttdlHours() / 8766)
      .text("annualLossProbability", "Annual loss probability",
          c -> probability(c.sensitivity().annualLossProbability()))
      .number("nines", "Durability", "nines", 2, c -> c.sensitivity().nines());

  /** The report of {@code durability}: one option as an object, several under "options". */
  public static Report of(List<OptionDurability> list, Scenario s, Catalog c,
      Overrides o) {
    Object json = list.size() == 1 ? list.get(0) : Map.of("options", list);
    String subtitle = s.name() + " (" + s.date() + "); " + inputsLine(o) + ".";
    Map<String, List<String>> notes = new LinkedHashMap<>();
    Map<String, List<String>> assumptions = new LinkedHashMap<>();
    for (OptionDurability od : list) {
      notes.put(od.option(), od.durability().notes());
      assumptions.put(od.option(), od.assumptions());
    }
    CheckpointFit degraded = DurabilityStudy.checkpointsDuringRebuild(s, c, list);
    assumptions.put("checkpoint", degraded.assumptions());
    return new Report("exaplan durability", subtitle, json, List.of(
        COLUMNS.table("durability", "Rebuild and durability", Table.Layout.SIDE_BY_SIDE,
            list),
        sensitivity(list.stream().map(od -> Map.entry(od.option(), od.durability())).toList()),
        checkpoints(degraded),
        OptionViews.notes(notes), OptionViews.assumptions(assumptions), inputs(s, o)))
        .dated(s.date());
  }

  /** The durability section of {@code compare}: each option's sensitivity cases. */
  static Table compareSection(List<Option> options) {
    return sensitivity(options.stream().map(o -> Map.entry(o.id(), o.durability())).toList());
  }

  /** Checkpoints during a rebuild: the checkpoint table of compare, on degraded write rates. */
  static Table checkpoints(CheckpointFit degraded) {
    Table t = CheckpointViews.fit(degraded);
    return new Table("rebuildCheckpoints", "During a rebuild. " + t.title(), t.layout(),
        t.columns(), t.rows());
  }

  private static Table sensitivity(List<Map.Entry<String, Durability>> rows) {
    List<Case> cases = new ArrayList<>();
    for (Map.Entry<String, Durability> e : rows) {
      for (Sensitivity c : e.getValue().sensitivity()) {
        cases.add(new Case(e.getKey(), c));
      }
    }
    return SENSITIVITY.table("sensitivity", "Durability sensitivity", Table.Layout.ROWS, cases);
  }

  static Double hours(Double seconds) {
    return seconds == null ? null : seconds / 3600;
  }

  /** Probabilities span many orders of magnitude: "2.37e-10". */
  static String probability(double p) {
    return String.format(Locale.ROOT, "%.2e", p);
  }

  private static String inputsLine(Overrides o) {
    return (o.driveAfr() == null ? "drive AFR from the catalog"
        : "drive AFR " + Units.sig(o.driveAfr() * 100) + "% (--afr)") + ", "
        + (o.rebuildShare() == null ? "rebuild share from the catalog"
            : "rebuild share " + Units.sig(o.rebuildShare() * 100) + "% (--rebuild-share)");
  }

  private static Table inputs(Scenario s, Overrides o) {
    Table base = OptionViews.inputs(s);
    List<List<Object>> rows = new ArrayList<>(base.rows());
    rows.add(List.of("afr", o.driveAfr() == null ? "catalog"
        : Units.sig(o.driveAfr() * 100) + "%"));
    rows.add(List.of("rebuildShare", o.rebuildShare() == null ? "catalog"
        : Units.sig(o.rebuildShare() * 100) + "%"));
    return new Table(base.id(), base.title(), base.layout(), base.columns(), rows);
  }
}
