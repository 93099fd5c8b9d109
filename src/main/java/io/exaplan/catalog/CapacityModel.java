package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/**
 * Erasure coding and reserve. A stripe has {@code parityStrips} parity strips and as many data
 * strips as the cluster's drives allow, between {@code minDataStrips} and {@code maxDataStrips};
 * a {@code reserveFraction} of raw capacity is set aside at install. {@code failureDomain} is the
 * stripe-width rule: {@code enclosure} keeps at most {@code parityStrips} strips of any stripe in
 * one enclosure (data <= parity x (enclosures - 1)), so losing a whole enclosure loses no data;
 * {@code drive} only spreads a stripe over distinct drives (data <= drives - parity).
 */
public record CapacityModel(
    String id,
    int parityStrips,
    int minDataStrips,
    int maxDataStrips,
    double reserveFraction,
    String failureDomain,
    Map<String, Figure> figures) implements Item {

  /** The stripe-width rules {@code failureDomain} may name. */
  public static final java.util.List<String> FAILURE_DOMAINS = java.util.List.of("enclosure",
      "drive");

  /** This model with another stripe-width rule (one of {@link #FAILURE_DOMAINS}). */
  public CapacityModel withFailureDomain(String domain) {
    return new CapacityModel(id, parityStrips, minDataStrips, maxDataStrips, reserveFraction,
        domain, figures);
  }

  /** The rule in words, as options and reports show it. */
  public String rule() {
    return "enclosure".equals(failureDomain)
        ? "enclosure (<= " + parityStrips + " strips each)" : "drive (1 strip each)";
  }
}
