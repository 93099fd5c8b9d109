package io.exaplan.report.deliverables;

import static io.exaplan.config.Units.fixed;
import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.audit.Audit;
import io.exaplan.audit.Auditor;
import io.exaplan.audit.ClaimsLoader;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.Requirements;
import io.exaplan.config.Dimension;
import io.exaplan.design.Comparison;
import io.exaplan.design.Option;
import io.exaplan.design.Options;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.layout.FloorPlan;
import io.exaplan.layout.Hall;
import io.exaplan.layout.RackPlan;
import io.exaplan.layout.RackPlanner;
import io.exaplan.layout.Role;
import io.exaplan.report.OptionViews;
import io.exaplan.report.Commands;
import io.exaplan.report.Report;
import io.exaplan.report.chart.CdSweep;
import io.exaplan.report.chart.Charts;
import io.exaplan.report.svg.FloorSheet;
import io.exaplan.report.svg.RackSheet;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Everything the visual outputs (HTML report, slide deck, SVG/PNG folder) show, computed once
 * from the engine: the comparison, the claims audit, a rack plan and sheets per option, the
 * charts, the checkpoint and outage findings and the requirements matrix. The renderers only lay
 * it out.
 */
public record Deliverables(
    Scenario scenario,
    Comparison comparison,
    Report compare,
    Audit audit,
    List<OptionSheets> sheets,
    List<Charts.Named> charts,
    CheckpointFindings checkpoint,
    Requirements requirements,
    List<Report> studies) {

  public Deliverables {
    sheets = List.copyOf(sheets);
    charts = List.copyOf(charts);
    studies = studies instanceof Deferred ? studies : List.copyOf(studies);
  }

  /**
   * The studies the report summarises beside the comparison, each exactly as its command prints
   * it with the scenario's defaults: the optimiser's recommendation and Pareto front, the sites,
   * and a short simulation (few replications: a summary, not the study itself). They run when a
   * renderer first reads the list (see {@link Deferred}): only the HTML report shows them.
   */
  public static List<Report> studies(Scenario s, Catalog c, Commands commands) {
    return new Deferred(() -> List.of(
        commands.run("optimize", List.of(), c, s),
        commands.run("sites", List.of(), c, s),
        commands.run("simulate", List.of("--replications=2", "--no-timing"), c, s)));
  }

  /**
   * Starts making {@code studies} (a list of {@link #studies}) on a second thread now, so that
   * they run beside building and rendering the rest of an HTML report, which reads them; its
   * first read then waits for them. The studies depend only on the scenario and catalog, so the
   * report is the same as when they run at that read. Any other list is left as it is.
   */
  public static void prefetch(List<Report> studies) {
    if (studies instanceof Deferred d) {
      d.start();
    }
  }

  /**
   * A list made on its first read, then kept. The studies are the costliest part of the
   * deliverables (the optimiser alone was a quarter of a cold {@code report --format pptx}) and
   * only the HTML report shows them, so the deck and the drawings never run them. Made once even
   * when two threads read at once (the web server shares one Deliverables between requests); a
   * study's failure (a usage mistake in the scenario) surfaces at that first read, each time.
   */
  static final class Deferred extends AbstractList<Report> {
    private final Supplier<List<Report>> make;
    private List<Report> made;

    Deferred(Supplier<List<Report>> make) {
      this.make = make;
    }

    /**
     * Makes the list on a daemon thread (see {@link #prefetch}). A failure there is dropped: the
     * reader's own first read makes the list again and meets it in its own thread, as without.
     */
    void start() {
      Thread t = new Thread(() -> {
        try {
          reports();
        } catch (RuntimeException e) {
          // met again, and reported, by the reader's read
        }
      }, "exaplan-studies");
      t.setDaemon(true);
      t.start();
    }

    private synchronized List<Report> reports() {
      if (made == null) {
        made = List.copyOf(make.get());
      }
      return made;
    }

    @Override
    public Report get(int index) {
      return reports().get(index);
    }

    @Override
    public int size() {
      return reports().size();
    }
  }

  /** An assumed figure with its reasoning, and what uses it. */
  public record Assumption(String text, String usedBy) {}

  /**
   * Every assumption the deliverables rest on: compare's (options and checkpoint fit), then those
   * only the checkpoint and outage findings use.
   */
  public List<Assumption> assumptions() {
    List<Assumption> out = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (List<Object> r : compare.table("assumptions").rows()) {
      listed.add(String.valueOf(r.get(0)));
      out.add(new Assumption(String.valueOf(r.get(0)), String.valueOf(r.get(1))));
    }
    for (String a : checkpoint.assumptions()) {
      if (listed.add(a)) {
        out.add(new Assumption(a, "checkpoint and outage findings"));
      }
    }
    return out;
  }

  /**
   * An option's rack drawings; {@code plan} and {@code full} are null without devices,
   * {@code floor} (the floor plan) also when the scenario gives no hall.
   */
  public record OptionSheets(Option option, RackPlan plan, RackSheet summary, RackSheet full,
      FloorSheet floor) {

    /** The floor plan's totals in words (its sheet's second line); null without a floor plan. */
    public String floorLine() {
      return floor == null ? null : Deliverables.floorLine(option, floor.plan(), plan);
    }
  }

  /**
   * Everything the visual outputs show for {@code s}; {@code studies} are the commands' own
   * reports the deliverables summarise (made by the caller, {@code cli.Studies}, so this package
   * does not reach back into the commands).
   */
  public static Deliverables build(Scenario s, Catalog c, List<Report> studies) {
    return build(s, c, studies, null);
  }

  /**
   * {@link #build}, with the claims audit and each option's rack plan and sheets made on
   * {@code pool} beside the comparison, the checkpoint findings and the charts: the same
   * deliverables (each part depends only on the scenario, the catalog and the comparison) in
   * less time on two cores. A failure is the one {@link #build} meets first, in its order.
   */
  public static Deliverables buildAtOnce(Scenario s, Catalog c, List<Report> studies,
      ExecutorService pool) {
    return build(s, c, studies, pool);
  }

  private static Deliverables build(Scenario s, Catalog c, List<Report> studies,
      ExecutorService pool) {
    Supplier<Audit> audit = part(pool, () -> Auditor.audit(ClaimsLoader.load(null, c), s, c));
    Comparison cmp = Registry.compare(s, c);
    Audit audited = audit.get();
    List<Supplier<OptionSheets>> parts = new ArrayList<>();
    for (Option o : cmp.options()) {
      parts.add(part(pool, () -> sheets(o, s, c)));
    }
    List<OptionSheets> sheets = new ArrayList<>();
    CheckpointFindings checkpoint;
    List<Charts.Named> charts;
    try {
      checkpoint = CheckpointFindings.of(cmp);
      charts = charts(s, c, cmp, checkpoint);
    } finally {
      // in build's order: a sheet's failure comes before the findings' and the charts'
      for (Supplier<OptionSheets> p : parts) {
        sheets.add(p.get());
      }
    }
    return new Deliverables(s, cmp, OptionViews.compare(cmp), audited, sheets, charts,
        checkpoint, Requirements.builtIn(), studies);
  }

  private static List<Charts.Named> charts(Scenario s, Catalog c, Comparison cmp,
      CheckpointFindings checkpoint) {
    List<Charts.Named> charts = new ArrayList<>();
    DBoxModel dense = denseModel(cmp.options(), c);
    if (dense != null) {
      charts.add(Charts.cdSweep(CdSweep.of(s, c, dense), dense.name(), cmp.options(), s));
    }
    charts.add(Charts.optionBars(cmp.options()));
    charts.add(Charts.checkpointCadence(checkpoint.fit(), checkpoint.cadences(), cmp.options()));
    charts.add(Charts.efficiency(checkpoint.failures(), checkpoint.gpus(),
        checkpoint.gpuSide().restartWords()));
    return charts;
  }

  /** {@code make} run at its read without a pool, or started on it now; its value or failure. */
  private static <T> Supplier<T> part(ExecutorService pool, Supplier<T> make) {
    if (pool == null) {
      return make; // read once, in build's order
    }
    Future<T> f = pool.submit(make::get);
    return () -> {
      try {
        return f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while building the deliverables", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      }
    };
  }

  /** The enclosure model of the first dense option: the one the C:D sweep is about. */
  private static DBoxModel denseModel(List<Option> options, Catalog c) {
    for (Option o : options) {
      if ("dense".equals(o.family())) {
        return c.dbox(o.hardware().dboxModel());
      }
    }
    return null;
  }

  public static OptionSheets sheets(Option o, Scenario s, Catalog c) {
    String head = "Scenario: " + s.name() + ", " + s.date();
    if ("cloud".equals(o.family()) || o.hardware().cnodes() == 0) {
      List<String> lines = List.of(head, o.space().racks() + " racks x " + human(
          o.power().powerWatts() / o.space().racks(), Dimension.POWER) + " = " + human(o.power().powerWatts(),
              Dimension.POWER) + "; " + fixed(o.space().rackUnits(), 0) + " U in all. Raw capacity, "
          + "servers and switches are not public: each rack stands for the whole count.");
      RackSheet summary = RackSheet.cloud(o.id() + "-summary", o.name() + " (" + o.id()
          + "): racks", lines, o.name() + " rack", o.space().racks(),
          c.cloudObject(s.cloudObject()).rackUnitsPerRack(), o.space().rackPowerLimitWatts());
      return new OptionSheets(o, null, summary, null, null);
    }
    Sizing z = Options.resize(o, s, c);
    RackPlan plan = RackPlanner.plan(z);
    List<String> lines = List.of(head, totals(o, plan, z), devices(o, plan));
    String name = o.name() + " (" + o.id() + ")";
    return new OptionSheets(o, plan,
        RackSheet.summary(o.id() + "-summary", name + ": one rack per layout", lines, plan),
        RackSheet.full(o.id() + "-full", name + ": every rack", lines, plan),
        floor(o, s, plan, head, name));
  }

  /** The floor plan of {@code plan} in the scenario's hall; null when no hall is given. */
  static FloorSheet floor(Option o, Scenario s, RackPlan plan, String head, String name) {
    Hall hall = s.limits().hall();
    if (hall == null) {
      return null;
    }
    FloorPlan f = FloorPlan.place(hall, plan);
    return new FloorSheet(o.id() + "-floor", name + ": floor plan", List.of(head,
        floorLine(o, f, plan)), f);
  }

  /**
   * "35 racks on 135 positions (9 rows x 15 racks): fits; 10 network racks centred on row 5",
   * or which racks do not fit.
   */
  static String floorLine(Option o, FloorPlan f, RackPlan plan) {
    Hall h = f.hall();
    int racks = plan.racks().size();
    String where = h.rows() + " rows x " + h.racksPerRow() + " racks"
        + (h.reserved().isEmpty() ? "" : ", " + h.reserved().size() + " reserved");
    double cr = h.centreRow();
    String network = f.networkRacks() == 0 ? "no network racks" : f.networkRacks()
        + " network rack" + (f.networkRacks() == 1 ? "" : "s") + " centred "
        + (cr == Math.floor(cr) ? "on row " + (int) cr
            : "between rows " + (int) Math.floor(cr) + " and " + (int) Math.ceil(cr));
    if (f.fits()) {
      return racks + " racks on " + h.positions() + " positions (" + where + "): fits; "
          + network;
    }
    Set<Integer> placed = new HashSet<>();
    for (FloorPlan.Spot sp : f.spots()) {
      placed.add(sp.rack());
    }
    List<Integer> left = new ArrayList<>();
    for (int r = 1; r <= racks; r++) {
      if (!placed.contains(r)) {
        left.add(r);
      }
    }
    return racks + " racks for " + h.positions() + " positions (" + where + "): "
        + f.unplaced() + " do not fit (" + plan.ranges(left) + "); " + network;
  }

  private static String totals(Option o, RackPlan plan, Sizing z) {
    var rack = z.design().rack();
    return o.space().racks() + " racks of " + rack.rackUnits() + " U (" + rack.usableUnits()
        + " usable), limit " + human(o.space().rackPowerLimitWatts(), Dimension.POWER) + " per rack on "
        + plan.basis().key() + " draw; " + o.space().rackBound().key() + " binds (space needs "
        + o.space().spaceBoundRacks() + ", power " + o.space().powerBoundRacks() + ")";
  }

  private static String devices(Option o, RackPlan plan) {
    return o.hardware().dboxes() + " x " + o.hardware().dboxModel() + ", " + o.hardware().cnodes() + " x " + o.hardware().cnodeModel() + ", "
        + plan.count(Role.LEAF) + " leaf + " + plan.count(Role.SPINE) + " spine "
        + o.hardware().switchModel() + "; " + fixed(plan.usedU(), 0) + " U used; " + sig(o.power().powerWatts() / 1e3)
        + " kW typical, " + sig(o.power().powerMaxWatts() / 1e3) + " kW max";
  }
}
