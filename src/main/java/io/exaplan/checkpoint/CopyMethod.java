package io.exaplan.checkpoint;

import io.exaplan.catalog.Item;
import io.exaplan.config.Figure;
import java.util.Map;

/**
 * A way to move objects between the object store and a site: a server-side copy API with a
 * per-source size limit, a client with a concurrency rule, or an engine with neither published.
 * Null fields are limits the method does not have or that are not published.
 */
public record CopyMethod(String id, String name, boolean serverSide, Double maxObjectBytes,
    Integer connectionsPerVcpu, Integer maxConnections, Integer smallMachineVcpus,
    Integer smallMachineConnections, Map<String, Figure> figures) implements Item {

  /** Whether an object of {@code bytes} can be copied in one request; null without a limit. */
  public Boolean fits(double bytes) {
    return maxObjectBytes == null ? null : bytes <= maxObjectBytes;
  }

  /**
   * Parallel connections one copy host opens by default: the small-machine value up to that many
   * vCPUs, else per-vCPU x vCPUs capped at the maximum. Null when no rule is published.
   */
  public Integer connections(int vcpus) {
    if (connectionsPerVcpu == null) {
      return null;
    }
    if (smallMachineVcpus != null && vcpus <= smallMachineVcpus) {
      return smallMachineConnections;
    }
    long n = (long) connectionsPerVcpu * vcpus;
    return (int) (maxConnections == null ? n : Math.min(n, maxConnections));
  }
}
