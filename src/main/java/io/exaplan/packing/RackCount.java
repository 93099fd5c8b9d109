package io.exaplan.packing;

import java.util.List;

/**
 * The rack count of a design with its certificate: the lower bounds (space, power, and the
 * configuration bound, which no placement of whole devices can beat) and the placement pattern
 * that achieves {@link #racks()}: {@code slotRacks.get(c)} racks have room for {@code c}
 * switches, and the enclosures and C-nodes beside them are proven to fit (docs/model.md,
 * "Racks: the layout engine"). {@link RackPacker#place} turns the pattern into devices per rack.
 */
public record RackCount(
    int racks,
    long spaceBound,
    long powerBound,
    long packingBound,
    List<Integer> slotRacks) {

  public RackCount {
    slotRacks = List.copyOf(slotRacks);
  }

  /** The best lower bound: max(1, space, power, configuration bound). */
  public long lowerBound() {
    return Math.max(1, Math.max(packingBound, Math.max(spaceBound, powerBound)));
  }

  /** Racks above the lower bound; 0 means the count is proven to be the fewest. */
  public long gap() {
    return racks - lowerBound();
  }

  /** True when the placement meets the lower bound: no placement uses fewer racks. */
  public boolean proven() {
    return gap() == 0;
  }
}
