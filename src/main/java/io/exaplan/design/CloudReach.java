package io.exaplan.design;

import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.catalog.CloudObjectModel;
import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.CloudAccount;
import io.exaplan.config.Dimension;
import io.exaplan.sizing.Bound;
import java.util.ArrayList;
import java.util.List;

/**
 * What the GPU sites get from the cloud object baseline. The per-100-PB figure is what the store
 * gives inside its region (media); its storage accounts cap writes at their summed ingress and
 * reads at their summed egress; the GPUs sit at leased sites and reach the store across their
 * WAN. So rate = min(media, accounts x account limit, sites x WAN rate), and the binder is named
 * (docs/model.md, "Cloud baseline across the WAN").
 *
 * @param storageAccounts usable / account capacity, rounded up
 */
public record CloudReach(
    CloudObjectModel model,
    double usableBytes,
    CloudAccount account,
    int storageAccounts,
    double mediaReadBytesPerSec,
    double mediaWriteBytesPerSec,
    double accountReadBytesPerSec,
    double accountWriteBytesPerSec,
    double wanBytesPerSec,
    double readBytesPerSec,
    Bound readBound,
    double writeBytesPerSec,
    Bound writeBound) {

  /** The baseline of {@code m} holding {@code usable} bytes for scenario {@code s}. */
  public static CloudReach of(CloudObjectModel m, double usable, Scenario s) {
    CloudAccount a = s.limits().accountRaise().applyTo(
        CheckpointCatalog.builtIn().account(s.limits().cloudAccount()));
    double per100 = usable / 100e15;
    double mediaRead = per100 * m.readBytesPerSecPer100PB();
    double mediaWrite = per100 * m.writeBytesPerSecPer100PB();
    int accounts = (int) Math.max(1, Math.ceil(usable / a.capacityBytes() - 1e-9));
    double accRead = accounts * a.egressBytesPerSec();
    double accWrite = accounts * a.ingressBytesPerSec();
    double wan = s.sites() * s.limits().wanBytesPerSecPerSite();
    Bound rb = tightest(mediaRead, accRead, wan);
    Bound wb = tightest(mediaWrite, accWrite, wan);
    return new CloudReach(m, usable, a, accounts, mediaRead, mediaWrite, accRead, accWrite, wan,
        Math.min(mediaRead, Math.min(accRead, wan)), rb,
        Math.min(mediaWrite, Math.min(accWrite, wan)), wb);
  }

  /** Ties go to the earlier bound: media, then account, then WAN. */
  static Bound tightest(double media, double account, double wan) {
    Bound b = Bound.MEDIA;
    double v = media;
    if (account < v) {
      b = Bound.ACCOUNT;
      v = account;
    }
    return wan < v ? Bound.WAN : b;
  }

  /** Read inside the store's region: min(media, accounts' egress). */
  public double inRegionReadBytesPerSec() {
    return Math.min(mediaReadBytesPerSec, accountReadBytesPerSec);
  }

  /** Write inside the store's region: min(media, accounts' ingress). */
  public double inRegionWriteBytesPerSec() {
    return Math.min(mediaWriteBytesPerSec, accountWriteBytesPerSec);
  }

  /** The option's remote group. */
  public Option.Remote remote() {
    return new Option.Remote(account.id(), storageAccounts, accountReadBytesPerSec,
        accountWriteBytesPerSec, wanBytesPerSec, wanBytesPerSec, inRegionReadBytesPerSec(),
        inRegionWriteBytesPerSec());
  }

  /** The arithmetic in words. */
  public List<String> notes() {
    List<String> out = new ArrayList<>();
    out.add("Media (in region): read " + rate(mediaReadBytesPerSec) + " = " + sig(usableBytes
        / 100e15) + " x " + rate(model.readBytesPerSecPer100PB()) + " per 100 PB (" + sig(
            model.readBytesPerSecPer100PB() * 8 / 1e12) + " Tb/s); write likewise "
        + rate(mediaWriteBytesPerSec) + ".");
    out.add("Accounts " + storageAccounts + " = usable / " + human(account.capacityBytes(),
        Dimension.BYTES) + " (" + account.id() + "), rounded up; their ingress " + storageAccounts
        + " x " + gbps(account.ingressBytesPerSec()) + " = " + rate(accountWriteBytesPerSec)
        + ", egress " + storageAccounts + " x " + gbps(account.egressBytesPerSec()) + " = "
        + rate(accountReadBytesPerSec) + "; in region the store gives "
        + rate(inRegionReadBytesPerSec()) + " read, " + rate(inRegionWriteBytesPerSec())
        + " write.");
    out.add("The GPU sites reach it over their WAN: " + rate(wanBytesPerSec) + " in all; read "
        + rate(readBytesPerSec) + " is " + readBound.key() + "-bound, write "
        + rate(writeBytesPerSec) + " is " + writeBound.key() + "-bound (the rates the GPUs "
        + "see, used for guidance and checkpoints).");
    return out;
  }

  private static String rate(double v) {
    return human(v, Dimension.BYTE_RATE);
  }

  private static String gbps(double bytesPerSec) {
    return sig(bytesPerSec * 8 / 1e9) + " Gb/s";
  }
}
