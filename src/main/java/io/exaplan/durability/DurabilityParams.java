package io.exaplan.durability;

/**
 * The failure and rebuild inputs of one analysis: annual failure rates (failures per drive-year,
 * whole-enclosure losses per enclosure-year), the share of the binding bound a rebuild may use,
 * and the enclosure failure multiplier while degraded used by the correlated-failure sensitivity.
 */
public record DurabilityParams(
    double driveAfr, double enclosureAfr, double rebuildShare, double correlationFactor) {

  public DurabilityParams {
    if (!(driveAfr > 0) || !(enclosureAfr >= 0) || !(rebuildShare > 0) || !(rebuildShare < 1)
        || !(correlationFactor >= 1) || Double.isInfinite(driveAfr)
        || Double.isInfinite(enclosureAfr) || Double.isInfinite(correlationFactor)) {
      throw new IllegalArgumentException("bad durability inputs: drive AFR " + driveAfr
          + ", enclosure AFR " + enclosureAfr + ", rebuild share " + rebuildShare
          + ", correlation " + correlationFactor);
    }
  }

  /** These inputs with the user's overrides applied (null fields keep the catalog's). */
  public DurabilityParams with(Overrides o) {
    return new DurabilityParams(o.driveAfr() == null ? driveAfr : o.driveAfr(), enclosureAfr,
        o.rebuildShare() == null ? rebuildShare : o.rebuildShare(), correlationFactor);
  }

  /** Values a user set on the command line; null keeps the catalog's. */
  public record Overrides(Double driveAfr, Double rebuildShare) {
    public static final Overrides NONE = new Overrides(null, null);
  }
}
