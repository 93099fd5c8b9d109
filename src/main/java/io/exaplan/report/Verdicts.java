package io.exaplan.report;

import static io.exaplan.config.Units.human;

import io.exaplan.checkpoint.DesignFit;
import io.exaplan.config.Dimension;
import io.exaplan.design.Comparison;
import io.exaplan.design.GuidanceCheck;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The verdict rows every deliverable shows under the side-by-side figures (deck, HTML report, web
 * page): does each option reach the capacity target, meet the NVIDIA guidance level, catch the
 * scenario's checkpoints at each cadence, fit the data hall. One place, so the deck and the page never disagree.
 *
 * @param label what is judged, in words
 * @param cells per option, in compare order: the verdict as text and its status
 */
public record Verdicts(String label, List<Cell> cells) {

  /** One option's verdict: "yes", "no", "read only"...; status yes, partial or no. */
  public record Cell(String option, String text, String status) {}

  public Verdicts {
    cells = List.copyOf(cells);
  }

  /** The rows for a comparison, in a fixed order. */
  public static List<Verdicts> of(Comparison c) {
    Scenario s = c.scenario();
    List<Verdicts> out = new ArrayList<>();
    List<Cell> capacity = new ArrayList<>();
    List<Cell> guidance = new ArrayList<>();
    for (Option o : c.options()) {
      boolean meets = meetsCapacityTarget(o, s);
      capacity.add(new Cell(o.id(), meets ? "yes" : "no: " + human(o.capacity().usableBytes(),
          Dimension.BYTES), meets ? "yes" : "no"));
      GuidanceCheck g = o.compliance().guidance();
      String text = g.meetsRead() && g.meetsWrite() ? "yes" : g.meetsRead() ? "read only"
          : g.meetsWrite() ? "write only" : "no";
      guidance.add(new Cell(o.id(), text, text.equals("yes") ? "yes"
          : text.equals("no") ? "no" : "partial"));
    }
    out.add(new Verdicts("Reaches the " + human(s.targetUsableBytes(), Dimension.BYTES)
        + " capacity target", capacity));
    var level = c.catalog().guidance().get(s.guidance());
    out.add(new Verdicts("Meets NVIDIA guidance (" + (level == null ? s.guidance()
        : level.name()) + ")", guidance));
    for (double interval : new TreeSet<>(c.checkpoint().cadencesSeconds())) {
      List<Cell> cells = new ArrayList<>();
      for (Option o : c.options()) {
        for (DesignFit.Row r : c.checkpoint().rows()) {
          if (r.option().equals(o.id()) && r.intervalSeconds() == interval) {
            cells.add(new Cell(o.id(), r.meets() ? "yes" : "no", r.meets() ? "yes" : "no"));
          }
        }
      }
      out.add(new Verdicts("Catches a checkpoint every " + human(interval, Dimension.DURATION),
          cells));
    }
    out.add(floor(c));
    return out;
  }

  /**
   * Fits the hall: each option's racks against the scenario's floor positions ("yes: 35 of 135
   * positions"); "no hall given" when the scenario has none, "not on site" for the cloud
   * baseline. Status none where nothing is judged.
   */
  static Verdicts floor(Comparison c) {
    io.exaplan.layout.Hall hall = c.scenario().limits().hall();
    List<Cell> cells = new ArrayList<>();
    for (Option o : c.options()) {
      Boolean fits = o.floor().fitsFloor();
      cells.add(new Cell(o.id(), o.floorVerdict(), fits == null ? "none" : fits ? "yes" : "no"));
    }
    return new Verdicts(hall == null ? "Fits the hall (no hall given)"
        : "Fits the hall (" + hall.describe() + ")", cells);
  }

  /**
   * Usable capacity reaches the scenario's target (the performance pod is sized per cluster):
   * the option's own {@code meetsCapacityTarget}, computed once by the design.
   */
  public static boolean meetsCapacityTarget(Option o, Scenario s) {
    return o.capacity().meetsCapacityTarget();
  }

  /** Whether every option reaches the target: only then may a title say they are sized to it. */
  public static boolean allMeetTarget(Comparison c) {
    return c.options().stream().allMatch(o -> meetsCapacityTarget(o, c.scenario()));
  }
}
