package io.exaplan.design;

import io.exaplan.catalog.Catalog;
import io.exaplan.checkpoint.CheckpointFit;
import io.exaplan.checkpoint.DesignFit;
import io.exaplan.checkpoint.GpuSideFit;
import io.exaplan.config.InputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The design strategies by id, grouped by family in a fixed order (the order of every table).
 * A strategy registers by being listed here with its {@link StrategySpec}.
 */
public final class Registry {
  private static final Map<String, DesignStrategy> STRATEGIES = new LinkedHashMap<>();

  static {
    // NVIDIA-aligned family
    register(new Strategies.NcpPod());
    register(new Strategies.Ncp1Eb());
    // dense family
    register(new Strategies.DensePerformance());
    register(new Strategies.DenseCapacity());
    // cloud baseline
    register(new Strategies.CloudHdd());
  }

  private Registry() {}

  private static void register(DesignStrategy s) {
    StrategySpec spec = spec(s);
    if (STRATEGIES.putIfAbsent(spec.id(), s) != null) {
      throw new IllegalStateException("duplicate strategy id " + spec.id());
    }
  }

  static StrategySpec spec(DesignStrategy s) {
    StrategySpec spec = s.getClass().getAnnotation(StrategySpec.class);
    if (spec == null) {
      throw new IllegalStateException(s.getClass() + " lacks @StrategySpec");
    }
    return spec;
  }

  /** Option ids in table order. */
  public static List<String> ids() {
    return Collections.unmodifiableList(new ArrayList<>(STRATEGIES.keySet()));
  }

  /** The strategy for {@code id}; an unknown id lists the known ones. */
  public static DesignStrategy get(String id) {
    DesignStrategy s = STRATEGIES.get(id);
    if (s == null) {
      throw new InputException("--option: unknown option '" + id + "'; expected one of: "
          + String.join(", ", STRATEGIES.keySet()));
    }
    return s;
  }

  /** Every option for the scenario, in registry order. */
  public static Comparison compare(Scenario scenario, Catalog catalog) {
    List<Option> options = new ArrayList<>();
    for (DesignStrategy s : STRATEGIES.values()) {
      options.add(s.build(scenario, catalog));
    }
    GpuSideFit gpuSide = GpuSides.fit(scenario, catalog, options);
    return new Comparison(scenario, options, CheckpointFit.of(scenario.checkpointModel(),
        scenario.checkpointCadencesSeconds(), scenario.checkpointStallFraction(),
        scenario.checkpointMode(), writeRates(options, gpuSide)),
        gpuSide, GpuSides.workload(scenario, catalog, options), catalog);
  }

  /**
   * Each option's sustained write rate as the GPUs see it, what a checkpoint lands on, the jobs
   * that share it, and the job of {@code gpuSide}'s own write bound, so the cadence verdict
   * judges the same share as the GPU-side table.
   */
  public static List<DesignFit.DesignRate> writeRates(List<Option> options, GpuSideFit gpuSide) {
    double bound = gpuSide.writeBoundBytesPerSec();
    return options.stream().map(o -> new DesignFit.DesignRate(o.id(),
        o.throughput().writeBytesPerSec(), o.jobs(), bound)).toList();
  }
}
