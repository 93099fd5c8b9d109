package io.exaplan.optimize;

import io.exaplan.design.Option;
import java.util.List;

/**
 * The answer of {@code sites}: each site's storage, the central object store's share, and the
 * totals. SI units.
 */
public record SitePlan(String scenario, List<SiteResult> sites, CentralShare central,
    Totals total, List<String> notes, List<String> assumptions) {

  public SitePlan {
    sites = List.copyOf(sites);
    notes = List.copyOf(notes);
    assumptions = List.copyOf(assumptions);
  }

  /**
   * One site: its inputs after defaults, its targets, its design (null when none meets them) and
   * whether that design fits the site's racks.
   */
  public record SiteResult(String name, long gpus, String storage, double rackPowerLimitWatts,
      Integer maxRacks, int jobs, double targetUsableBytes, double targetReadBytesPerSec,
      double targetWriteBytesPerSec, Option design, boolean fits, List<String> notes) {
    public SiteResult {
      notes = List.copyOf(notes);
    }
  }

  /**
   * The central store's share: the checkpoint copies it retains and the ingress they bring, the
   * capacity that ingress needs at the store's write rate per capacity, and the racks and power
   * of the larger of the two (a fractional share of a store that serves others too).
   */
  public record CentralShare(String cloudObject, int copyEvery, int copiesKept,
      double checkpointBytes, double checkpointIntervalSeconds, int jobs, double retainedBytes,
      double ingressBytesPerSec, double capacityForIngressBytes, double shareBytes, double racks,
      double powerWatts) {}

  /** Sums over the sites, and with the central share added. */
  public record Totals(long gpus, int siteRacks, double siteUsableBytes, double sitePowerWatts,
      double siteReadBytesPerSec, double siteWriteBytesPerSec, double racksWithCentral,
      double powerWattsWithCentral, boolean allFit) {}
}
