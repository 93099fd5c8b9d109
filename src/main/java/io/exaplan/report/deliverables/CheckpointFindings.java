package io.exaplan.report.deliverables;

import static io.exaplan.config.Units.fixed;
import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.catalog.Item;
import io.exaplan.checkpoint.Cadence;
import io.exaplan.checkpoint.CheckpointAnalysis;
import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.CheckpointFit;
import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.checkpoint.CheckpointSize;
import io.exaplan.checkpoint.CloudAccount;
import io.exaplan.checkpoint.DesignFailures;
import io.exaplan.checkpoint.DesignFit;
import io.exaplan.checkpoint.GpuSideFit;
import io.exaplan.checkpoint.JobOnDesign;
import io.exaplan.checkpoint.ModelPreset;
import io.exaplan.checkpoint.Outage;
import io.exaplan.checkpoint.Shards;
import io.exaplan.checkpoint.WorkloadNeeds;
import io.exaplan.config.Dimension;
import io.exaplan.config.Units;
import io.exaplan.design.Comparison;
import io.exaplan.design.Scenario;
import io.exaplan.report.CheckpointViews;
import io.exaplan.report.GpuSideViews;
import io.exaplan.report.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checkpoint and outage findings of the visual report, all from {@code io.exaplan.checkpoint}
 * with the scenario's checkpoint and outage keys: compare's checkpoint fit (the same object
 * {@code compare} prints), the required write at every chart cadence, the failure model on each
 * option's write time, and the outage plan at each cadence. The renderers only lay it out.
 *
 * @param gpus GPUs of the job the failure model is for (the scenario's cluster)
 * @param cadences required write at the chart cadences plus the scenario's, shortest first
 * @param outages one plan per scenario cadence, shortest first
 * @param cited every checkpoint-catalog figure used, with its source
 * @param assumptions the assumed ones among them
 * @param gpuSide the job seen from its GPUs on each option (shards, share, restore, two-tier):
 *     compare's, with its tables in {@code GpuSideViews}
 * @param workload the scenario's workload's read and capacity needs
 */
public record CheckpointFindings(
    CheckpointFit fit,
    long gpus,
    List<Cadence.Row> cadences,
    List<DesignFailures> failures,
    Outage.Policy policy,
    CloudAccount account,
    List<Outage.Plan> outages,
    List<String> cited,
    List<String> assumptions,
    GpuSideFit gpuSide,
    WorkloadNeeds workload) {

  public CheckpointFindings {
    cadences = List.copyOf(cadences);
    failures = List.copyOf(failures);
    outages = List.copyOf(outages);
    cited = List.copyOf(cited);
    assumptions = List.copyOf(assumptions);
  }

  public static CheckpointFindings of(Comparison cmp) {
    Scenario s = cmp.scenario();
    CheckpointFit fit = cmp.checkpoint();
    CheckpointCatalog k = CheckpointCatalog.builtIn();
    ModelPreset preset = k.model("checkpointModel", s.checkpointModel());
    List<Double> axis = new ArrayList<>(k.chartCadencesSeconds());
    axis.addAll(fit.cadencesSeconds());
    List<Cadence.Row> cadences = Cadence.table(fit.checkpoint().checkpointBytes(),
        fit.stallFraction(), axis);
    Map<String, Double> restart = new LinkedHashMap<>();
    cmp.gpuSide().jobs().forEach(j -> restart.put(j.option(), j.daly().restartSeconds()));
    List<DesignFailures> failures = DesignFailures.of(fit, preset, s.clusterGpus(), k, restart);
    Outage.Policy p = s.outage();
    CloudAccount account = k.account(p.account());
    List<Item> sized = new ArrayList<>(k.state());
    sized.add(preset);
    List<Item> outageUsed = new ArrayList<>(sized);
    outageUsed.add(account);
    List<String> outageAssumptions = k.assumptions(outageUsed);
    List<Outage.Plan> outages = new ArrayList<>();
    for (double interval : new TreeSet<>(fit.cadencesSeconds())) {
      outages.add(Outage.plan(fit.checkpoint(), interval, p.copyEvery(), p.keepLocal(),
          p.outageSeconds(), p.catchUpSeconds(), account, k.chartOutagesSeconds(),
          outageAssumptions));
    }
    Set<String> assumed = new LinkedHashSet<>(fit.assumptions());
    for (DesignFailures f : failures) {
      for (CheckpointAnalysis a : f.byCadence()) {
        assumed.addAll(a.assumptions());
      }
    }
    assumed.addAll(outageAssumptions);
    assumed.addAll(cmp.gpuSide().assumptions());
    List<Item> used = new ArrayList<>(sized);
    used.add(k.failures());
    used.add(account);
    return new CheckpointFindings(fit, s.clusterGpus(), cadences, failures, p, account, outages,
        k.cited(used), new ArrayList<>(assumed), cmp.gpuSide(), cmp.workload());
  }

  /**
   * The findings in sentences, for the report's summary and the deck's findings slide: the
   * checkpoint, which options catch it at each cadence, what failures cost, what an outage asks
   * of local storage and the WAN.
   */
  public List<String> findings() {
    List<String> out = new ArrayList<>();
    CheckpointSize size = fit.checkpoint();
    String bytes = human(size.checkpointBytes(), Dimension.BYTES);
    out.add(size.modelName() + ": " + (size.parameters() == null ? "" : Units.grouped(size.parameters()) + " parameters x " + sig(size.bytesPerParam())
        + " B = ") + bytes + " per checkpoint, written " + (fit.mode() == CheckpointMode.SYNC
            ? "synchronously (training may stall " + sig(fit.stallFraction() * 100)
                + "% of each interval)"
            : "asynchronously (staged on node-local NVMe, then drained)") + ".");
    for (double interval : new TreeSet<>(fit.cadencesSeconds())) {
      List<String> meet = new ArrayList<>();
      List<String> staggered = new ArrayList<>();
      List<String> miss = new ArrayList<>();
      double required = 0;
      for (DesignFit.Row r : fit.rows()) {
        if (r.intervalSeconds() == interval) {
          (r.meets() ? meet : r.staggeredFits() ? staggered : miss).add(label(r));
          required = r.requiredWriteBytesPerSec();
        }
      }
      out.add("Every " + human(interval, Dimension.DURATION) + " each job needs "
          + human(required, Dimension.BYTE_RATE) + ", judged on its share of the write rate when "
          + "the jobs sharing an option checkpoint at once: " + (meet.isEmpty()
              ? "no option keeps up" : String.join(", ", meet) + " keep" + (meet.size() == 1
                  ? "s" : "") + " up")
          + (staggered.isEmpty() ? "" : "; " + String.join(", ", staggered)
              + " only if the jobs stagger their checkpoints (jobs x write time alone <= the "
              + "interval; the job simulation plays the contention out)")
          + (miss.isEmpty() ? "." : "; " + String.join(", ", miss) + " cannot."));
    }
    CheckpointAnalysis any = failures.get(0).analysis();
    DesignFailures best = failures.get(0);
    DesignFailures worst = failures.get(0);
    for (DesignFailures f : failures) {
      best = f.analysis().dalyEfficiency() > best.analysis().dalyEfficiency() ? f : best;
      worst = f.analysis().dalyEfficiency() < worst.analysis().dalyEfficiency() ? f : worst;
    }
    out.add("Failures: a " + Units.grouped(gpus) + "-GPU job fails every "
        + sig(any.fleetMtbfSeconds() / 3600) + " h (per-GPU MTBF " + sig(any.gpuMtbfSeconds()
            / 3600) + " h); restarting takes " + human(gpuSide.restartOverheadSeconds(),
                Dimension.DURATION) + (gpuSide.restartGiven() ? "" : " plus the option's "
                    + "restore") + ", and efficiency at Daly's interval runs from "
        + efficiency(worst) + " to " + efficiency(best) + ".");
    Shards sh = gpuSide.shardPlan();
    out.add("Shards: TP " + sh.parallelism().tp() + " x PP " + sh.parallelism().pp() + " x DP "
        + sh.parallelism().dp() + " (ZeRO " + sh.parallelism().zero() + ") gives "
        + Units.grouped(sh.writers()) + " writers; the busiest rank writes "
        + human(sh.largestRankBytes(), Dimension.BYTES) + " and the busiest "
        + gpuSide.gpuNode() + " " + human(sh.largestNodeBytes(), Dimension.BYTES) + " through "
        + human(gpuSide.nodeStorageBytesPerSec(), Dimension.BYTE_RATE) + " of storage NICs.");
    JobOnDesign fast = gpuSide.jobs().get(0);
    JobOnDesign slow = gpuSide.jobs().get(0);
    for (JobOnDesign x : gpuSide.jobs()) {
      fast = x.restore().restoreSeconds() < fast.restore().restoreSeconds() ? x : fast;
      slow = x.restore().restoreSeconds() > slow.restore().restoreSeconds() ? x : slow;
    }
    out.add("Restore: each job reads its checkpoint back in " + human(
        fast.restore().restoreSeconds(), Dimension.DURATION) + " (" + fast.option() + ") to "
        + human(slow.restore().restoreSeconds(), Dimension.DURATION) + " (" + slow.option()
        + ") at its share of the read, " + human(fast.restore().centralRestoreSeconds(),
            Dimension.DURATION) + " from the central store across the WAN; a two-tier "
        + "checkpoint stalls " + human(fast.twoTier().snapshotSeconds(), Dimension.DURATION)
        + " per checkpoint (snapshot to node-local NVMe) whatever the option.");
    out.add(workload.workloadName() + ": the fleet reads " + human(workload.readBytesPerSec(),
        Dimension.BYTE_RATE) + " and needs " + human(workload.capacityBytes(), Dimension.BYTES)
        + " (data sets, " + workload.checkpointsRetainedPerJob() + " retained checkpoints per job, "
        + "scratch) against the " + human(workload.targetUsableBytes(), Dimension.BYTES)
        + " target.");
    out.add("Asynchronous checkpoints " + (fit.mode() == CheckpointMode.ASYNC ? "stage "
        : "would stage ") + human(any.asyncLocalNvmeBytes(), Dimension.BYTES) + " per job on "
        + "node-local NVMe (one checkpoint draining, one being staged).");
    for (Outage.Plan p : outages) {
      out.add("WAN down " + human(p.outageSeconds(), Dimension.DURATION) + ", checkpoints every "
          + human(p.intervalSeconds(), Dimension.DURATION) + ": " + p.pendingUploads()
          + " copies wait, so local storage holds " + human(p.localRetentionBytes(),
              Dimension.BYTES) + "; steady WAN " + sig(p.steadyWanBitsPerSec() / 1e9)
          + " Gb/s, " + sig(p.catchUpWanBitsPerSec() / 1e9) + " Gb/s to catch up in "
          + human(p.catchUpSeconds(), Dimension.DURATION) + " (" + p.storageAccountsForCatchUp()
          + " " + p.account() + " account" + (p.storageAccountsForCatchUp() == 1 ? "" : "s")
          + ").");
    }
    return out;
  }

  /**
   * "dense-420-210 (4 jobs: 341 GB/s each, 1.365 TB/s alone)", or the id for a lone job; the
   * job's NICs named when they, not the option, set its share.
   */
  private static String label(DesignFit.Row r) {
    String nics = r.writeClientBound() ? "bound by the job's storage NICs" : "";
    return r.jobs() == 1 ? r.option() + (nics.isEmpty() ? "" : " (" + nics + ")")
        : r.option() + " (" + r.jobs() + " jobs: "
            + human(r.writeBytesPerSec(), Dimension.BYTE_RATE) + " each, "
            + human(r.aloneWriteBytesPerSec(), Dimension.BYTE_RATE) + " alone"
            + (nics.isEmpty() ? "" : ", " + nics) + ")";
  }

  private static String efficiency(DesignFailures f) {
    return String.format(Locale.ROOT, "%.4f", f.analysis().dalyEfficiency()) + " ("
        + f.option() + ", every " + human(f.analysis().dalyIntervalSeconds(),
            Dimension.DURATION) + ")";
  }

  /** The tables the report and the deck show, in order: fit, failures, outage. */
  public List<Table> tables() {
    return List.of(CheckpointViews.fit(fit), CheckpointViews.failures(failures, gpus, gpuSide.restartWords()),
        CheckpointViews.outages(policy, outages));
  }

  /** One of {@link #tables()} by id: "checkpoint" (the fit), "failures" or "outage". */
  public Table table(String id) {
    return Table.named(tables(), id, "the checkpoint findings");
  }

  // ---- the sentences and the working the deck and the HTML report share ----

  /** "Per-GPU MTBF 50,677 h (...); a job on 41,472 GPUs fails every 1.222 h." */
  public String failureRateSentence() {
    CheckpointAnalysis a = failures.get(0).analysis();
    return "Per-GPU MTBF " + sig(a.gpuMtbfSeconds() / 3600) + " h (Llama 3: interruptions over "
        + "its pre-training run), so a job on " + fixed(gpus, 0) + " GPUs fails every "
        + sig(a.fleetMtbfSeconds() / 3600) + " h.";
  }

  /** What the option's write time stands for in the failure model. */
  public String costSentence() {
    return "The option's write time is the checkpoint cost delta; Daly's interval minimises the "
        + "time lost to checkpoints and to work redone after failures.";
  }

  /** Efficiency in Daly's complete model, with the restart time it assumes. */
  public String efficiencySentence() {
    return "Efficiency = useful work / wall clock in Daly's complete model, restart "
        + gpuSide.restartWords() + (gpuSide.restartGiven() ? "" : " (the overhead is Daly's "
        + "example value, an assumption until the job's own is known)") + ".";
  }

  /** Why no checkpoint is lost while the WAN is down. */
  public String retentionSentence() {
    return "Local storage keeps the newest " + policy.keepLocal() + " checkpoints plus every copy "
        + "not yet uploaded: none is lost while the WAN is down.";
  }

  /** Each option's write time and shortest interval, then each cadence's needed write rates. */
  public List<String> fitWorking() {
    String bytes = human(fit.checkpoint().checkpointBytes(), Dimension.BYTES);
    List<String> out = new ArrayList<>();
    for (DesignFailures df : failures) {
      DesignFit.Row r = fit.rows().stream().filter(x -> x.option().equals(df.option()))
          .findFirst().orElseThrow();
      out.add(r.option() + ": write time " + bytes + " / " + human(r.writeBytesPerSec(),
          Dimension.BYTE_RATE) + " = " + human(r.writeSeconds(), Dimension.DURATION)
          + "; shortest interval " + human(r.minIntervalSeconds(), Dimension.DURATION));
    }
    for (Cadence.Row r : cadences) {
      out.add("Every " + human(r.intervalSeconds(), Dimension.DURATION) + ": synchronous "
          + bytes + " / (" + sig(fit.stallFraction()) + " x interval) = "
          + human(r.syncWriteBytesPerSec(), Dimension.BYTE_RATE) + ", asynchronous "
          + human(r.asyncFloorBytesPerSec(), Dimension.BYTE_RATE));
    }
    return out;
  }

  /** Each option's failure-model working, the option first. */
  public List<String> failureWorking() {
    List<String> out = new ArrayList<>();
    for (DesignFailures df : failures) {
      out.add(df.option() + ":");
      df.analysis().notes().forEach(line -> out.add("- " + line));
    }
    return out;
  }

  /** The write, copy, garbage-collection and rollback rules at each cadence. */
  public List<String> outageWorking() {
    List<String> out = new ArrayList<>();
    for (Outage.Plan p : outages) {
      out.add("Every " + human(p.intervalSeconds(), Dimension.DURATION) + ":");
      Outage.lifecycle(p, account).forEach(line -> out.add("- " + line));
    }
    return out;
  }
}
