package io.exaplan.sizing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
/**
 * Which limit sets a throughput: the C-nodes, the D-box media, or the network ports; CLIENT when
 * the GPU nodes' storage NICs bind before the storage does (design.GpuSide); for the cloud
 * baseline also ACCOUNT (the storage accounts' ingress/egress limits) and WAN (the sites' WAN).
 */
public enum Bound {
  FRONTEND, MEDIA, NETWORK, CLIENT, ACCOUNT, WAN;

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The smallest of the three; ties go to the earlier constant (front-end, media, network). */
  static Bound tightest(double frontend, double media, double network) {
    Bound b = FRONTEND;
    double v = frontend;
    if (media < v) {
      b = MEDIA;
      v = media;
    }
    if (network < v) {
      b = NETWORK;
    }
    return b;
  }
}
