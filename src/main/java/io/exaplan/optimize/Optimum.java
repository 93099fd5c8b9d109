package io.exaplan.optimize;

import io.exaplan.design.Option;
import io.exaplan.sizing.PowerBasis;
import java.util.List;

/**
 * The answer of {@code optimize}, as the JSON contract shows it (SI units): the best design as an
 * option like {@code compare}'s, the bound no design can beat and the gap to it, how many designs
 * were sized, the Pareto front, and how the options of {@code compare} fare against the same
 * targets.
 */
public record Optimum(
    String scenario,
    Objective objective,
    Weights weights,
    TargetsView targets,
    SpaceView space,
    Option best,
    BoundView lowerBound,
    Double gap,
    long evaluated,
    List<ParetoPoint> pareto,
    int paretoMaxRacks,
    long paretoEvaluated,
    List<Reference> references,
    List<String> excluded,
    List<String> notes) {

  public Optimum {
    pareto = List.copyOf(pareto);
    references = List.copyOf(references);
    excluded = List.copyOf(excluded);
    notes = List.copyOf(notes);
  }

  /** Weights of the weighted objective: per rack, per kW, per rack unit. */
  public record Weights(double perRack, double perKilowatt, double perRackUnit) {}

  /** The targets, and the guidance level (with its GPU count) they were raised to, if any. */
  public record TargetsView(double usableBytes, double readBytesPerSec, double writeBytesPerSec,
      Integer maxRacks, boolean certifiedOnly, String guidance, Long guidanceGpus) {}

  /** The choices searched and the number of designs they span. */
  public record SpaceView(List<String> dboxModels, List<String> cnodeModels,
      List<String> switchModels, List<Double> rackPowerLimitsWatts, String rack,
      PowerBasis powerBasis, int maxDboxes, int maxCnodes, long candidates) {}

  /**
   * The lower bound: racks, power (on the power basis) and rack units no design can go below,
   * the objective's primary value no design can beat (SI: racks, W, U or the weighted score),
   * and the arithmetic.
   */
  public record BoundView(long racks, double powerWatts, long rackUnits, double objective,
      List<String> notes) {
    public BoundView {
      notes = List.copyOf(notes);
    }
  }

  /** One point of the Pareto front. */
  public record ParetoPoint(int racks, double writeBytesPerSec, double powerWatts,
      double usableBytes, double readBytesPerSec, double powerMaxWatts, long rackUnits,
      String dboxModel, int dboxes, String cnodeModel, int cnodes, String switchModel,
      double rackPowerLimitWatts, boolean certified) {}

  /**
   * An option of {@code compare} measured against the same targets, and the optimiser's best
   * design for the option's own usable, read and write (same space and other targets): is the
   * option already the fewest racks for what it delivers?
   */
  public record Reference(String id, boolean meetsTargets, int racks, double powerWatts,
      double usableBytes, double readBytesPerSec, double writeBytesPerSec, boolean certified,
      int racksMoreThanBest, Integer bestRacksAtSamePerformance,
      Double bestPowerWattsAtSamePerformance) {}
}
