package io.exaplan.report;

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

  static final List<Column> COLUMNS = List.of(
      Column.text("option", "Option"),
      Column.text("parity", "Erasure code"),
      Column.count("failuresTolerated", "Concurrent losses survived"),
      Column.count("drives", "Drives"),
      Column.count("enclosures", "Enclosures"),
      Column.number("driveAfrPct", "Drive AFR", "%", 2),
      Column.number("enclosureAfrPct", "Enclosure AFR", "%", 2),
      Column.number("rebuildSharePct", "Rebuild share", "%", 0),
      Column.number("driveRebuildH", "Drive rebuild", "h", 2),
      Column.number("enclosureRebuildH", "Enclosure rebuild", "h", 1),
      Column.text("degradedDuring", "Degraded figures during"),
      Column.number("degradedReadTBps", "Read during rebuild", "TB/s", 2),
      Column.number("degradedWriteTBps", "Write during rebuild", "TB/s", 2),
      Column.number("checkpointSlowdown", "Checkpoint write slowdown", "x", 2),
      Column.number("mttdlYears", "Mean time to data loss", "years", 0),
      Column.text("annualLossProbability", "Annual loss probability"),
      Column.number("nines", "Durability", "nines", 2));

  static final List<Column> SENSITIVITY = List.of(
      Column.text("option", "Option"),
      Column.text("case", "Case"),
      Column.number("driveAfrPct", "Drive AFR", "%", 2),
      Column.number("mttdlYears", "Mean time to data loss", "years", 0),
      Column.text("annualLossProbability", "Annual loss probability"),
      Column.number("nines", "Durability", "nines", 2));

  /** The report of {@code durability}: one option as an object, several under "options". */
  public static Report of(List<OptionDurability> list, Scenario s, Overrides o) {
    Object json = list.size() == 1 ? list.get(0) : Map.of("options", list);
    String subtitle = s.name() + " (" + s.date() + "); " + inputsLine(o) + ".";
    Table.Builder main = new Table.Builder("durability", "Rebuild and durability",
        Table.Layout.SIDE_BY_SIDE, COLUMNS);
    Map<String, List<String>> notes = new LinkedHashMap<>();
    Map<String, List<String>> assumptions = new LinkedHashMap<>();
    for (OptionDurability od : list) {
      Durability d = od.durability();
      main.row(od.option(), d.parity(), d.failuresTolerated(), d.drives(), d.enclosures(),
          d.driveAfr() * 100, d.enclosureAfr() * 100, d.rebuildShare() * 100,
          d.driveRebuildSeconds() / 3600, hours(d.enclosureRebuildSeconds()), d.degradedDuring(),
          d.degradedReadBytesPerSec() / 1e12, d.degradedWriteBytesPerSec() / 1e12,
          d.checkpointSlowdown(), d.mttdlHours() / 8766, probability(d.annualLossProbability()),
          d.nines());
      notes.put(od.option(), d.notes());
      assumptions.put(od.option(), od.assumptions());
    }
    CheckpointFit degraded = DurabilityStudy.checkpointsDuringRebuild(s, list);
    assumptions.put("checkpoint", degraded.assumptions());
    return new Report("exaplan durability", subtitle, json, List.of(main.build(),
        sensitivity(list.stream().map(od -> Map.entry(od.option(), od.durability())).toList()),
        checkpoints(degraded),
        OptionViews.notes(notes), OptionViews.assumptions(assumptions), inputs(s, o)))
        .dated(s.date());
  }

  /**
   * The durability section of {@code compare}: each option's sensitivity cases. It comes last in
   * the report because other views pick compare's tables by position.
   */
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
    Table.Builder t = new Table.Builder("sensitivity", "Durability sensitivity",
        Table.Layout.ROWS, SENSITIVITY);
    for (Map.Entry<String, Durability> e : rows) {
      for (Sensitivity c : e.getValue().sensitivity()) {
        t.row(e.getKey(), c.label(), c.driveAfr() * 100, c.mttdlHours() / 8766,
            probability(c.annualLossProbability()), c.nines());
      }
    }
    return t.build();
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
