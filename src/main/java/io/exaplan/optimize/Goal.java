package io.exaplan.optimize;

import io.exaplan.sizing.Sizing;

/**
 * The objective and, for {@link Objective#WEIGHTED}, the weight of one rack, one kW and one rack
 * unit. kW is the draw on the scenario's power basis (what is packed against the rack limit).
 *
 * <p>{@link #bound} is the same score with racks replaced by the layout engine's lower bound
 * (max of space, power and whole-device configuration bounds). Every component of it (that rack
 * bound, kW, rack units) is non-decreasing in the enclosure and C-node
 * counts (more devices, and never fewer switches), and it never exceeds {@link #score}: this is
 * what lets the search stop a row or the whole model as soon as the bound reaches the best score.
 */
public record Goal(Objective objective, double racksWeight, double kwWeight, double ruWeight) {

  public Goal {
    if (!(racksWeight >= 0 && kwWeight >= 0 && ruWeight >= 0)
        || !Double.isFinite(racksWeight + kwWeight + ruWeight)) {
      throw new IllegalArgumentException("weights must be finite and zero or more");
    }
  }

  /** A plain objective (weights only matter for WEIGHTED: 1 per rack there). */
  public static Goal of(Objective o) {
    return new Goal(o, 1, 0, 0);
  }

  /** The design's score. */
  public Score score(Sizing z) {
    return at(z.racks(), z);
  }

  /** A score no design with at least these counts (same models) can beat. */
  public Score bound(Sizing z) {
    return at(racksBound(z), z);
  }

  /** The score with {@code racks} for the rack count: a bound when {@code racks} is one. */
  Score boundAt(long racks, Sizing z) {
    return at(racks, z);
  }

  /** The layout engine's lower bound on racks: no placement of these devices uses fewer. */
  static long racksBound(Sizing z) {
    return z.lowerBoundRacks();
  }

  Score at(double racks, double watts, double ru) {
    switch (objective) {
      case RACKS:
        return new Score(racks, watts, ru);
      case KW:
        return new Score(watts, racks, ru);
      case RU:
        return new Score(ru, racks, watts);
      default:
        return new Score(weighted(racks, watts, ru), racks, watts);
    }
  }

  private Score at(double racks, Sizing z) {
    return at(racks, z.packedWatts(), z.rackUnits());
  }

  /** racks x w_racks + kW x w_kW + RU x w_RU. */
  double weighted(double racks, double watts, double ru) {
    return racks * racksWeight + watts / 1e3 * kwWeight + ru * ruWeight;
  }

  /** The primary component in the unit people read: racks, kW, U or the weighted score. */
  double shown(double primary) {
    return objective == Objective.KW ? primary / 1e3 : primary;
  }

  /** Unit of {@link #shown}. */
  String unit() {
    switch (objective) {
      case RACKS:
        return "racks";
      case KW:
        return "kW";
      case RU:
        return "U";
      default:
        return "weighted";
    }
  }
}
