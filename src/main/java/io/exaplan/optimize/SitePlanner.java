package io.exaplan.optimize;

import static io.exaplan.config.Units.human;

import io.exaplan.config.Units;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.CloudObjectModel;
import io.exaplan.catalog.DesignTemplate;
import io.exaplan.catalog.GuidanceLevel;
import io.exaplan.config.Dimension;
import io.exaplan.design.Central;
import io.exaplan.design.Option;
import io.exaplan.design.Options;
import io.exaplan.design.Scenario;
import io.exaplan.design.Site;
import io.exaplan.layout.Hall;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits the fleet over its sites, sizes each site's storage (optimised, the NVIDIA-aligned pod,
 * or the guidance level with certified parts) within the site's rack power and space, and adds
 * the central object store's share of every-Nth checkpoint copies. Formulas: docs/model.md,
 * "Multi-site plan".
 */
public final class SitePlanner {
  private SitePlanner() {}

  /** The catalog design the performance storage scales. */
  static final String POD = "ncp-pod";

  public static SitePlan plan(Scenario s, Catalog c) {
    List<Site> sites = sites(s);
    List<SitePlan.SiteResult> out = new ArrayList<>();
    Set<String> assumptions = new LinkedHashSet<>();
    int jobs = 0;
    Budget budget = Budget.standard(); // for every site's searches together
    for (Site site : sites) {
      SitePlan.SiteResult r = size(s, c, site, budget);
      out.add(r);
      jobs += r.jobs();
      if (r.design() != null) {
        assumptions.addAll(r.design().assumptions());
      }
    }
    CloudObjectModel cloud = c.cloudObject(s.cloudObject());
    assumptions.addAll(c.assumptions(List.of(cloud)));
    SitePlan.CentralShare central = central(s.central(), s.outage().copyEvery(),
        io.exaplan.checkpoint.CheckpointSize.ofModel(s.checkpointModel()).checkpointBytes(), cloud,
        jobs);

    int racks = 0;
    double usable = 0;
    double power = 0;
    double read = 0;
    double write = 0;
    boolean fit = true;
    for (SitePlan.SiteResult r : out) {
      fit &= r.fits();
      if (r.design() != null) {
        racks += r.design().space().racks();
        usable += r.design().capacity().usableBytes();
        power += r.design().power().powerWatts();
        read += r.design().throughput().readBytesPerSec();
        write += r.design().throughput().writeBytesPerSec();
      }
    }
    List<String> notes = new ArrayList<>();
    if (s.sitePlan().isEmpty()) {
      notes.add("No sitePlan in the scenario: " + s.sites() + " equal sites split " + s.gpus()
          + " GPUs, each with " + human(s.rackPowerLimitWatts(), Dimension.POWER)
          + " racks, no rack-count limit and optimised storage.");
    }
    notes.add("Central share: " + jobs + " jobs x " + s.central().copiesKept() + " copies x "
        + human(central.checkpointBytes(), Dimension.BYTES) + " = "
        + human(central.retainedBytes(), Dimension.BYTES) + " kept; ingress " + jobs + " x "
        + human(central.checkpointBytes(), Dimension.BYTES) + " / (" + central.copyEvery()
        + " x " + human(central.checkpointIntervalSeconds(), Dimension.DURATION) + ") = "
        + human(central.ingressBytesPerSec(), Dimension.BYTE_RATE) + ", which at "
        + human(cloud.writeBytesPerSecPer100PB(), Dimension.BYTE_RATE) + " per 100 PB needs "
        + human(central.capacityForIngressBytes(), Dimension.BYTES) + "; the share is the larger, "
        + human(central.shareBytes(), Dimension.BYTES) + " = "
        + String.format(java.util.Locale.ROOT, "%.3f", central.racks()) + " racks x "
        + human(cloud.powerPerRackWatts(), Dimension.POWER) + ".");
    return new SitePlan(s.name(), out, central, new SitePlan.Totals(
        sites.stream().mapToLong(Site::gpus).sum(), racks, usable, power, read, write,
        racks + central.racks(), power + central.powerWatts(), fit), notes,
        new ArrayList<>(assumptions));
  }

  /** The scenario's sites, or equal sites splitting the fleet (the first ones get the remainder). */
  static List<Site> sites(Scenario s) {
    if (!s.sitePlan().isEmpty()) {
      return s.sitePlan();
    }
    List<Site> out = new ArrayList<>();
    for (int i = 0; i < s.sites(); i++) {
      long gpus = s.gpus() / s.sites() + (i < s.gpus() % s.sites() ? 1 : 0);
      out.add(new Site("site-" + (i + 1), gpus, null, null, null, 0, 0, null, Site.OPTIMISED,
          null));
    }
    return out;
  }

  private static SitePlan.SiteResult size(Scenario s, Catalog c, Site site, Budget budget) {
    double limit = site.rackPowerLimitWatts() == null ? s.rackPowerLimitWatts()
        : site.rackPowerLimitWatts();
    // The site's own hall, else the scenario's: its positions cap the racks like maxRacks.
    Hall hall = site.hall() != null ? site.hall() : s.limits().hall();
    Scenario at = (limit == s.rackPowerLimitWatts() ? s
        : s.vary("rackPowerLimit", Units.exact(limit, "W"), "sitePlan " + site.name(), c))
        .withHall(hall);
    Integer maxRacks = site.maxRacks();
    if (hall != null && (maxRacks == null || hall.positions() < maxRacks)) {
      maxRacks = hall.positions();
    }
    int jobs = site.jobs() != null ? site.jobs()
        : (int) Math.max(1, -Math.floorDiv(-site.gpus(), s.clusterGpus()));
    double usable = site.usableBytes() != null ? site.usableBytes()
        : s.targetUsableBytes() * site.gpus() / s.gpus();
    double read = site.minReadBytesPerSec();
    double write = site.minWriteBytesPerSec();
    List<String> notes = new ArrayList<>();
    if (write == 0 && !Site.PERFORMANCE.equals(site.storage())) {
      double interval = s.central().checkpointIntervalSeconds();
      double perJob = s.jobCheckpointWrite(interval);
      write = jobs * perJob;
      notes.add("Write target " + human(write, Dimension.BYTE_RATE) + " = " + jobs + " job"
          + (jobs == 1 ? "" : "s") + " x " + human(perJob, Dimension.BYTE_RATE) + ", each job's "
          + s.checkpointMode().key() + " checkpoint every " + human(interval, Dimension.DURATION)
          + " when the jobs checkpoint at once.");
    }
    if (site.usableBytes() == null) {
      notes.add("Usable target " + human(usable, Dimension.BYTES) + " = "
          + human(s.targetUsableBytes(), Dimension.BYTES) + " x " + site.gpus() + " / "
          + s.gpus() + " GPUs.");
    }
    if (Site.GUIDANCE.equals(site.storage())) {
      GuidanceLevel g = c.guidanceLevel(s.guidance());
      read = Math.max(read, g.requiredRead(site.gpus()));
      write = Math.max(write, g.requiredWrite(site.gpus()));
      notes.add(g.id() + " for " + site.gpus() + " GPUs: " + human(g.requiredRead(site.gpus()),
          Dimension.BYTE_RATE) + " read, " + human(g.requiredWrite(site.gpus()),
              Dimension.BYTE_RATE) + " write, NVIDIA-certified parts only.");
    }
    Option design;
    if (Site.PERFORMANCE.equals(site.storage())) {
      DesignTemplate t = c.design(POD);
      double scale = (double) site.gpus() / t.gpus();
      int boxes = (int) Math.ceil(t.dboxes() * scale - 1e-9);
      int cnodes = (int) Math.ceil(t.cnodes() * scale - 1e-9);
      notes.add("The " + t.name() + " (" + t.dboxes() + " D-boxes, " + t.cnodes()
          + " C-nodes for " + t.gpus() + " GPUs) x " + site.gpus() + " / " + t.gpus() + " = "
          + boxes + " D-boxes, " + cnodes + " C-nodes (rounded up).");
      design = Options.flash(site.name(), site.name() + ": " + t.name() + " scaled", "ncp",
          Options.design(at, c, c.dbox(t.dboxModel()), boxes, cnodes), site.gpus(), at, c,
          (z, check) -> {
            if (z.usableBytes() < usable) {
              notes.add("The scaled pod holds " + human(z.usableBytes(), Dimension.BYTES)
                  + ", short of the " + human(usable, Dimension.BYTES) + " usable target.");
            }
            return notes;
          });
    } else {
      Targets targets = new Targets(usable, read, write, maxRacks,
          Site.GUIDANCE.equals(site.storage()), Floors.of(at, c));
      SearchSpace sp = SearchSpace.of(at, c);
      Candidate b;
      Search r;
      try {
        r = Optimizer.search(sp, targets, Goal.of(Objective.RACKS), budget);
        b = r.best();
        if (b == null && maxRacks != null) {
          b = Optimizer.search(sp, targets.withMaxRacks(null), Goal.of(Objective.RACKS), budget)
              .best();
          if (b != null) {
            notes.add("No design fits " + maxRacks + " racks" + (hall != null
                && maxRacks == hall.positions() ? " (the hall's positions)" : "")
                + "; the fewest is "
                + b.sizing().racks() + ".");
          }
        }
      } catch (Budget.Exhausted e) {
        throw Optimize.tooLarge("sites: site " + site.name(), e);
      }
      if (b == null) {
        notes.add("No design meets " + Optimize.describe(targets) + ".");
        return new SitePlan.SiteResult(site.name(), site.gpus(), site.storage(), limit,
            site.maxRacks(), jobs, usable, read, write, null, false, notes);
      }
      if (r.binding() != null) {
        notes.add("Binding: " + r.binding() + ".");
      }
      design = Optimize.option(site.name(), b, sp, at, c, site.gpus(), notes);
    }
    // judged against the site's share, not the fleet's whole target, which the option's
    // builders read from the scenario
    design = design.judgedAgainst(usable);
    boolean fits = (site.maxRacks() == null || design.space().racks() <= site.maxRacks())
        && !Boolean.FALSE.equals(design.floor().fitsFloor());
    return new SitePlan.SiteResult(site.name(), site.gpus(), site.storage(), limit,
        site.maxRacks(), jobs, usable, read, write, design, fits, design.notes());
  }

  /**
   * kept = jobs x copies x checkpoint; ingress = jobs x checkpoint / (N x interval); the share is
   * the larger of kept and the capacity whose write rate carries the ingress.
   */
  static SitePlan.CentralShare central(Central k, int copyEvery, double checkpointBytes,
      CloudObjectModel m, int jobs) {
    double kept = (double) jobs * k.copiesKept() * checkpointBytes;
    double ingress = jobs * checkpointBytes / (copyEvery * k.checkpointIntervalSeconds());
    double forIngress = ingress / m.writeBytesPerSecPer100PB() * 100e15;
    double share = Math.max(kept, forIngress);
    double racks = share / 1e18 * m.racksPerExabyte();
    return new SitePlan.CentralShare(m.id(), copyEvery, k.copiesKept(), checkpointBytes,
        k.checkpointIntervalSeconds(), jobs, kept, ingress, forIngress, share, racks,
        racks * m.powerPerRackWatts());
  }
}
