package io.exaplan.design;

import java.util.List;

/**
 * One site of the multi-site plan: its GPUs and limits, and how its storage is sized. Null fields
 * take the scenario-wide value (see {@code sitePlan} in scenario/default.yaml).
 *
 * @param storage {@link #OPTIMISED}, {@link #PERFORMANCE} or {@link #GUIDANCE}
 * @param hall the site's data hall; null: the scenario's {@code hall} (if any)
 */
public record Site(
    String name,
    long gpus,
    Double rackPowerLimitWatts,
    Integer maxRacks,
    Double usableBytes,
    double minReadBytesPerSec,
    double minWriteBytesPerSec,
    Integer jobs,
    String storage,
    io.exaplan.layout.Hall hall) {

  /** The fewest racks meeting the site's usable, read and write targets. */
  public static final String OPTIMISED = "optimised";
  /** The NVIDIA-aligned pod template scaled to the site's GPUs. */
  public static final String PERFORMANCE = "performance";
  /** The fewest racks meeting the guidance level for the site's GPUs, certified parts only. */
  public static final String GUIDANCE = "guidance";

  public static final List<String> STORAGE = List.of(OPTIMISED, PERFORMANCE, GUIDANCE);
}
