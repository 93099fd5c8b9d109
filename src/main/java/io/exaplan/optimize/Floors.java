package io.exaplan.optimize;

import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DurabilityModel;
import io.exaplan.config.Dimension;
import io.exaplan.design.Scenario;
import io.exaplan.durability.DurabilityEngine;
import io.exaplan.sizing.Sizing;

/**
 * The deployability rules a design must also meet (scenario {@code minCnodesPerDbox},
 * {@code minDurabilityNines}, {@code maxRebuild}): at least {@code minCnodesPerDbox} C-nodes per
 * enclosure, at least {@code minNines} nines of durability and no rebuild longer than
 * {@code maxRebuildSeconds}, with durability from {@link DurabilityEngine#flash} at catalog
 * inputs. {@link #NONE} holds no design back.
 */
public record Floors(double minCnodesPerDbox, double minNines, double maxRebuildSeconds,
    DurabilityModel durability) {

  /** No floor: the capacity and throughput targets alone. */
  public static final Floors NONE = new Floors(0, 0, Double.POSITIVE_INFINITY, null);

  /** The scenario's floors, with the catalog's durability model. */
  public static Floors of(Scenario s, Catalog c) {
    Scenario.Limits l = s.limits();
    return new Floors(l.minCnodesPerDbox(), l.minDurabilityNines(), l.maxRebuildSeconds(),
        c.durability());
  }

  /** The fewest C-nodes the C:D floor allows for {@code dboxes} enclosures. */
  public int minCnodes(int dboxes) {
    return minCnodesPerDbox <= 0 ? 1
        : Math.max(1, (int) Math.ceil(dboxes * minCnodesPerDbox - 1e-9));
  }

  /** True when a durability check is needed at all. */
  boolean checksDurability() {
    return durability != null && (minNines > 0 || Double.isFinite(maxRebuildSeconds));
  }

  /**
   * Null when {@code z} meets the durability floor and rebuild ceiling, else which one it misses
   * ("durability 2.61 nines < 6", "rebuild 225 h > 24 h").
   */
  String rejects(Sizing z) {
    if (!checksDurability()) {
      return null;
    }
    DurabilityEngine.Floor d = DurabilityEngine.floor(z, durability);
    if (d.nines() < minNines) {
      return "durability " + sig(d.nines()) + " nines < " + sig(minNines);
    }
    double rebuild = d.longestRebuildSeconds();
    if (rebuild > maxRebuildSeconds) {
      return "rebuild " + human(rebuild, Dimension.DURATION) + " > "
          + human(maxRebuildSeconds, Dimension.DURATION);
    }
    return null;
  }

  /**
   * True when {@code z} meets the durability floor and rebuild ceiling: {@link #rejects} without
   * its words, for the optimiser's bisection, which asks this many times per enclosure count.
   */
  boolean meets(Sizing z) {
    if (!checksDurability()) {
      return true;
    }
    DurabilityEngine.Floor d = DurabilityEngine.floor(z, durability);
    return !(d.nines() < minNines) && !(d.longestRebuildSeconds() > maxRebuildSeconds);
  }

  /** The floors in words, for notes and messages. */
  public String describe() {
    return "C:D >= " + sig(minCnodesPerDbox) + " C-nodes per enclosure"
        + (checksDurability() ? ", durability >= " + sig(minNines) + " nines, rebuild <= "
            + human(maxRebuildSeconds, Dimension.DURATION) : "");
  }
}
