package io.exaplan.design;

import io.exaplan.catalog.Catalog;
import io.exaplan.checkpoint.CheckpointFit;
import io.exaplan.checkpoint.DesignFit;
import io.exaplan.durability.Durability;
import io.exaplan.durability.DurabilityEngine;
import io.exaplan.durability.DurabilityParams.Overrides;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * Durability of options under the user's overrides (--afr, --rebuild-share). Options carry their
 * durability at catalog values; an override re-runs the analysis on the same design.
 */
public final class DurabilityStudy {
  private DurabilityStudy() {}

  /** Every registered option, in registry order. */
  public static List<OptionDurability> all(Scenario s, Catalog c, Overrides o) {
    List<OptionDurability> out = new ArrayList<>();
    for (Option option : Registry.compare(s, c).options()) {
      out.add(of(option, s, c, o));
    }
    return out;
  }

  /** Any C:D design of a catalog enclosure model, as {@code size} builds it. */
  public static OptionDurability custom(Scenario s, Catalog c, String dbox, int dboxes,
      int cnodes, Overrides o) {
    Option option = Options.flash("custom", dboxes + " x " + dbox + " + " + cnodes + " C-nodes",
        "custom", Options.design(s, c, c.dbox(dbox), dboxes, cnodes), s.clusterGpus(), s, c,
        (z, g) -> List.of());
    return of(option, s, c, o);
  }

  /**
   * The scenario's checkpoints (model, cadences, stall, mode) on each option's write rate during
   * a rebuild: the checkpoint analysis of {@code compare}, run on the degraded system.
   */
  public static CheckpointFit checkpointsDuringRebuild(Scenario s, Catalog c,
      List<OptionDurability> list) {
    return checkpointsDuringRebuild(s, GpuSides.fit(s, c, List.of()).writeBoundBytesPerSec(),
        list);
  }

  /** As above, for a job whose GPU-side write bound is {@code gpuSideWriteBytesPerSec}. */
  private static CheckpointFit checkpointsDuringRebuild(Scenario s,
      double gpuSideWriteBytesPerSec, List<OptionDurability> list) {
    return CheckpointFit.of(s.checkpointModel(), s.checkpointCadencesSeconds(),
        s.checkpointStallFraction(), s.checkpointMode(), list.stream()
            .map(od -> new DesignFit.DesignRate(od.option(),
                od.checkpointWriteDuringRebuild(), od.jobs(), gpuSideWriteBytesPerSec))
            .toList());
  }

  /** The same for options as {@code compare} built them (catalog inputs). */
  public static CheckpointFit checkpointsDuringRebuild(Comparison c) {
    return checkpointsDuringRebuild(c.scenario(), c.gpuSide().writeBoundBytesPerSec(),
        c.options().stream()
        .map(o -> OptionDurability.of(o, o.durability()))
        .toList());
  }

  /** One option; the cloud baseline from its own layout, flash from its sized design. */
  public static OptionDurability of(Option option, Scenario s, Catalog c, Overrides o) {
    Durability d = option.durability();
    if (!o.equals(Overrides.NONE)) {
      d = "cloud".equals(option.family())
          ? DurabilityEngine.cloud(c.cloudObject(option.hardware().dboxModel()), c.durability(),
              option.capacity().usableBytes(), option.remote().inRegionReadBytesPerSec(),
              option.remote().inRegionWriteBytesPerSec(), o)
          : DurabilityEngine.flash(SizingEngine.size(Options.design(s, c,
              c.dbox(option.hardware().dboxModel()), option.hardware().dboxes(), option.hardware().cnodes())), c.durability(), o);
    }
    return OptionDurability.of(option, d);
  }
}
