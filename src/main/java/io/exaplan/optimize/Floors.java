package io.exaplan.optimize;

import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.CapacityModel;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.DurabilityModel;
import io.exaplan.config.Dimension;
import io.exaplan.design.Scenario;
import io.exaplan.durability.DurabilityEngine;
import io.exaplan.sizing.Design;
import io.exaplan.sizing.Sizing;
import java.util.HashMap;
import java.util.Map;

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
    DurabilityEngine.Floor d = floor(z);
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
    DurabilityEngine.Floor d = floor(z);
    return !(d.nines() < minNines) && !(d.longestRebuildSeconds() > maxRebuildSeconds);
  }

  /**
   * What a design's floor figures depend on: its enclosure and C-node models and counts, the
   * capacity rules and the durability model. Not its switch, rack or rack power limit: the
   * stripe, the drives and the read and write rates of the design and of the design less one
   * enclosure ({@link DurabilityEngine#floor}) are min(C-node side, enclosure side) of device
   * figures (docs/model.md, "Throughput"), and racks and switches enter none of them. Models are
   * compared by identity: one search holds one catalog's.
   */
  private record Key(DBoxModel box, CNodeModel cnode, CapacityModel capacity,
      DurabilityModel model, int dboxes, int cnodes) {
    static Key of(Design d, DurabilityModel m) {
      return new Key(d.dbox(), d.cnode(), d.capacity(), m, d.dboxes(), d.cnodes());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && box == k.box && cnode == k.cnode && capacity == k.capacity
          && model == k.model && dboxes == k.dboxes && cnodes == k.cnodes;
    }

    @Override
    public int hashCode() {
      int h = System.identityHashCode(box);
      h = 31 * h + System.identityHashCode(cnode);
      h = 31 * h + System.identityHashCode(capacity);
      h = 31 * h + System.identityHashCode(model);
      h = 31 * h + dboxes;
      return 31 * h + cnodes;
    }
  }

  private static final int MEMO_LIMIT = 100_000;

  /**
   * Floor figures this thread worked out, so a design asked for again, or the same counts under
   * another switch or rack power limit (each a group of the search), cost a lookup rather than
   * a sizing of the design less one enclosure and a failure chain.
   */
  private static final ThreadLocal<Map<Key, DurabilityEngine.Floor>> MEMO =
      ThreadLocal.withInitial(HashMap::new);

  /** Forgets this thread's floor figures (a budget does when it starts, as for rack counts). */
  static void forget() {
    MEMO.get().clear();
  }

  /** True when {@code z}'s floor figures are remembered: checking it again does no work. */
  boolean known(Sizing z) {
    return !checksDurability() || MEMO.get().containsKey(Key.of(z.design(), durability));
  }

  /** {@code z}'s nines and longest rebuild, remembered per {@link Key}. */
  DurabilityEngine.Floor floor(Sizing z) {
    Map<Key, DurabilityEngine.Floor> memo = MEMO.get();
    Key key = Key.of(z.design(), durability);
    DurabilityEngine.Floor f = memo.get(key);
    if (f == null) {
      // the survivors' throughput from the split the search already uses (SidesTest: the
      // engine's own figures), not a sizing of the design less one enclosure
      Design d = z.design();
      int left = Math.max(1, d.dboxes() - 1);
      f = DurabilityEngine.floor(z, durability,
          Math.min(Sides.cnodeRead(d.cnode(), d.cnodes()), Sides.dboxRead(d.dbox(), left)),
          Math.min(Sides.cnodeWrite(d.cnode(), d.cnodes()),
              Sides.dboxWrite(d.dbox(), left, d.capacity())));
      if (memo.size() >= MEMO_LIMIT) {
        memo.clear();
      }
      memo.put(key, f);
    }
    return f;
  }

  /** The floors in words, for notes and messages. */
  public String describe() {
    return "C:D >= " + sig(minCnodesPerDbox) + " C-nodes per enclosure"
        + (checksDurability() ? ", durability >= " + sig(minNines) + " nines, rebuild <= "
            + human(maxRebuildSeconds, Dimension.DURATION) : "");
  }
}
