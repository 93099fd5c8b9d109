package io.exaplan.checkpoint;

import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.config.Dimension;
import io.exaplan.config.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Local checkpoint retention through a WAN outage, and the WAN it takes to catch up. Convention
 * (docs/model.md): a checkpoint is written locally every interval; every Nth is copied to the
 * central object store; the newest K local checkpoints are kept, plus every every-Nth checkpoint
 * not yet uploaded, so none is lost while the WAN is down.
 */
public final class Outage {
  private Outage() {}

  /** What the policy and the outage ask of local storage and of the WAN. */
  public record Plan(String model, double checkpointBytes, double intervalSeconds, int copyEvery,
      int keepLocal, double outageSeconds, double catchUpSeconds, double copyPeriodSeconds,
      long pendingUploads, double backlogBytes, double localRetentionBytes,
      double steadyWanBitsPerSec, double catchUpWanBitsPerSec, double rollbackLocalSeconds,
      double oldestPendingSeconds, String account, int storageAccountsForCatchUp,
      List<RetentionRow> retention, List<String> assumptions) {

    public Plan {
      retention = List.copyOf(retention);
      assumptions = List.copyOf(assumptions);
    }
  }

  /**
   * The tiering policy and the outage to plan for: copy every {@code copyEvery}th checkpoint,
   * keep the newest {@code keepLocal} locally, the WAN down for {@code outageSeconds}, the backlog
   * cleared within {@code catchUpSeconds}, copies received by storage accounts of type
   * {@code account} (an id of the checkpoint catalog's accounts).
   */
  public record Policy(int copyEvery, int keepLocal, double outageSeconds,
      double catchUpSeconds, String account) {}

  /** A row of the "local retention vs outage length" chart. */
  public record RetentionRow(double outageSeconds, long pendingUploads,
      double localRetentionBytes, double catchUpWanBitsPerSec) {}

  /**
   * The copy rule in words: "every checkpoint" for 1, "every 2nd checkpoint", "every 10th
   * checkpoint", "every 21st checkpoint"; one function so no deliverable writes "every 1th".
   */
  public static String everyNth(int copyEvery) {
    if (copyEvery == 1) {
      return "every checkpoint";
    }
    int mod100 = copyEvery % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (copyEvery % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return "every " + copyEvery + suffix + " checkpoint";
  }

  /** Every Nth checkpoint is copied: one copy per {@code N x interval}. */
  public static double copyPeriod(double intervalSeconds, int copyEvery) {
    return copyEvery * intervalSeconds;
  }

  /** {@code U = ceil(D / (N x interval))}: copies that fall due while the WAN is down. */
  public static long pendingUploads(double outageSeconds, double intervalSeconds, int copyEvery) {
    double periods = outageSeconds / copyPeriod(intervalSeconds, copyEvery);
    // A whole number of periods computed as 5.000000000001 must not count a sixth copy.
    return (long) Math.ceil(periods - 1e-9);
  }

  /** {@code (K + U) x size}; the K newest may include pending ones, so this is an upper bound. */
  public static double localRetentionBytes(double bytes, int keepLocal, long pending) {
    return (keepLocal + pending) * bytes;
  }

  /** Steady copy traffic, {@code size / (N x interval)}, in bits per second. */
  public static double steadyWanBitsPerSec(double bytes, double intervalSeconds, int copyEvery) {
    return 8 * bytes / copyPeriod(intervalSeconds, copyEvery);
  }

  /** Backlog over the catch-up window plus the copies that keep coming, in bits per second. */
  public static double catchUpWanBitsPerSec(double bytes, double intervalSeconds, int copyEvery,
      long pending, double catchUpSeconds) {
    return 8 * pending * bytes / catchUpSeconds
        + steadyWanBitsPerSec(bytes, intervalSeconds, copyEvery);
  }

  /** The plan for one outage, with retention for each outage length on the chart's axis. */
  public static Plan plan(CheckpointSize size, double interval, int copyEvery, int keepLocal,
      double outage, double catchUp, CloudAccount account, List<Double> chartOutages,
      List<String> assumptions) {
    double bytes = size.checkpointBytes();
    double period = copyPeriod(interval, copyEvery);
    long pending = pendingUploads(outage, interval, copyEvery);
    double retention = localRetentionBytes(bytes, keepLocal, pending);
    double steady = steadyWanBitsPerSec(bytes, interval, copyEvery);
    double catchUpBits = catchUpWanBitsPerSec(bytes, interval, copyEvery, pending, catchUp);
    int accounts = Staging.ceil(catchUpBits / 8 / account.ingressBytesPerSec());
    List<Double> axis = new ArrayList<>(chartOutages);
    axis.add(outage);
    List<RetentionRow> rows = new TreeSet<>(axis).stream().map(d -> {
      long u = pendingUploads(d, interval, copyEvery);
      return new RetentionRow(d, u, localRetentionBytes(bytes, keepLocal, u),
          catchUpWanBitsPerSec(bytes, interval, copyEvery, u, catchUp));
    }).toList();
    double rollback = (keepLocal - 1) * interval;
    return new Plan(size.model(), bytes, interval, copyEvery, keepLocal, outage, catchUp, period, pending,
        pending * bytes, retention, steady, catchUpBits, rollback, pending * period, account.id(),
        accounts, rows, assumptions);
  }

  /**
   * The most copies a plan may leave pending, or storage accounts it may need to catch up: the
   * bound of every count the scenario takes (outageKeepLocal, outageCopyEvery). Past it the
   * figures are no plan (a 1e300-day outage wraps the count and prints negative retention).
   */
  public static final long MAX_COUNT = 1_000_000;

  /** A plan's figure past any real plan, and the scenario key that caused it. */
  public record Implausible(String key, String message) {}

  /**
   * Null when {@code p}'s figures are a plan; else which input made them absurd (too many
   * pending copies: the outage against the copy period; too many accounts: the catch-up
   * window), checked before anything is printed.
   */
  public static Implausible implausible(Plan p) {
    double periods = p.outageSeconds() / p.copyPeriodSeconds();
    if (!(periods <= MAX_COUNT)) {
      return new Implausible("outageDuration", human(p.outageSeconds(), Dimension.DURATION)
          + " at one copy every " + (p.copyPeriodSeconds() >= 1
              ? human(p.copyPeriodSeconds(), Dimension.DURATION)
              : String.format(java.util.Locale.ROOT, "%.3g s", p.copyPeriodSeconds())) + " leaves "
          + String.format(java.util.Locale.ROOT, "%.3g", periods) + " copies pending; expected at "
          + "most " + Units.grouped(MAX_COUNT) + " (a shorter "
          + "outage, a longer interval or a larger outageCopyEvery)");
    }
    if (!(p.storageAccountsForCatchUp() < MAX_COUNT) || !(p.localRetentionBytes() >= 0)
        || !Double.isFinite(p.catchUpWanBitsPerSec())) {
      return new Implausible("outageCatchUp", human(p.catchUpSeconds(), Dimension.DURATION)
          + " to upload " + human(p.backlogBytes(), Dimension.BYTES) + " needs more than "
          + Units.grouped(MAX_COUNT) + " storage accounts; "
          + "expected a longer catch-up window");
    }
    return null;
  }

  /** What is written, copied, deleted and recoverable when, with this plan's numbers. */
  public static List<String> lifecycle(Plan p, CloudAccount account) {
    String size = human(p.checkpointBytes(), Dimension.BYTES);
    String every = human(p.intervalSeconds(), Dimension.DURATION);
    String period = human(p.copyPeriodSeconds(), Dimension.DURATION);
    int n = p.copyEvery();
    int k = p.keepLocal();
    List<String> out = new ArrayList<>();
    out.add("Write: every " + every + " checkpoint c(i) (" + size + ") goes to local storage.");
    out.add("Copy: when i is a multiple of " + n + " (every " + period + "), c(i) is queued for "
        + "upload to the object store; steady WAN " + sig(p.steadyWanBitsPerSec() / 1e9)
        + " Gb/s = " + size + " x 8 / " + period + ".");
    out.add("Garbage collection: after c(i) is written, c(i-" + k + ") is deleted unless it is a "
        + "copy not yet uploaded; such a checkpoint is deleted once its "
        + "upload completes and it is no longer among the newest " + k + ".");
    out.add("Rollback: locally to any of the newest " + k + " checkpoints (up to "
        + human(p.rollbackLocalSeconds(), Dimension.DURATION) + " back), and to every pending "
        + "upload; further back, to any uploaded copy (one per " + period
        + ") from the object store.");
    out.add("Outage of " + human(p.outageSeconds(), Dimension.DURATION) + ": U = ceil("
        + human(p.outageSeconds(), Dimension.DURATION) + " / " + period + ") = "
        + p.pendingUploads() + " copies wait locally (the oldest " + human(
            p.oldestPendingSeconds(), Dimension.DURATION) + " old), so local storage holds up to ("
        + k + " + " + p.pendingUploads() + ") x " + size + " = "
        + human(p.localRetentionBytes(), Dimension.BYTES) + ".");
    out.add("Catch-up: the backlog of " + human(p.backlogBytes(), Dimension.BYTES) + " within "
        + human(p.catchUpSeconds(), Dimension.DURATION) + " while new copies keep coming needs "
        + sig(p.catchUpWanBitsPerSec() / 1e9) + " Gb/s = " + human(p.backlogBytes(),
            Dimension.BYTES) + " x 8 / " + human(p.catchUpSeconds(), Dimension.DURATION) + " + "
        + sig(p.steadyWanBitsPerSec() / 1e9) + " Gb/s; at " + sig(
            account.ingressBytesPerSec() * 8 / 1e9) + " Gb/s ingress per " + account.id()
        + " account that is " + io.exaplan.config.Units.count(p.storageAccountsForCatchUp(),
            "storage account") + ".");
    return out;
  }
}
