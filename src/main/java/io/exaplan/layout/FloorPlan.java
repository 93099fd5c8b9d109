package io.exaplan.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each rack of a {@link RackPlan} stands in a {@link Hall}: a row and a position along it,
 * so cable runs can be measured from it. Pure and deterministic: same plan, same hall, same floor.
 *
 * <p>The rule (docs/model.md, "The hall and the floor plan"): the network racks (those holding a
 * spine switch) take the free positions nearest the hall's centre, the network row first (every
 * leaf's uplink runs to a spine, so the spines belong in the middle); among equally near
 * positions the lower row, then the lower position wins, and the network racks are then laid in
 * those positions in rack order along the rows. The storage racks follow in rack order, row by
 * row from the network row outwards (nearer rows first, ties to the lower row), each row from
 * position 1 up, skipping reserved and taken positions. Racks beyond the hall's positions are
 * left unplaced and counted.
 *
 * @param spots one per placed rack, in rack order
 * @param unplaced racks that found no position
 */
public record FloorPlan(Hall hall, List<Spot> spots, int unplaced) {

  /**
   * One rack on the floor.
   *
   * @param rack the rack's number in its plan (R01 = 1)
   * @param name its name, "R01"
   * @param network whether it holds a spine switch
   * @param watts its draw on the plan's power basis
   * @param limitWatts its power limit
   */
  public record Spot(int rack, String name, int row, int position, boolean network, double watts,
      double limitWatts) {

    /** Draw as a share of the rack's limit. */
    public double load() {
      return watts / limitWatts;
    }
  }

  public FloorPlan {
    spots = List.copyOf(spots);
  }

  /** Whether every rack found a position. */
  public boolean fits() {
    return unplaced == 0;
  }

  /** Racks placed in {@code row}, in position order. */
  public List<Spot> row(int row) {
    List<Spot> out = new ArrayList<>();
    for (Spot s : spots) {
      if (s.row == row) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparingInt(Spot::position));
    return out;
  }

  public long networkRacks() {
    return spots.stream().filter(Spot::network).count();
  }

  /** Places {@code plan}'s racks in {@code hall} by the rule above. */
  public static FloorPlan place(Hall hall, RackPlan plan) {
    List<Hall.Position> free = new ArrayList<>();
    Set<Hall.Position> reserved = new HashSet<>(hall.reserved());
    for (int r = 1; r <= hall.rows(); r++) {
      for (int p = 1; p <= hall.racksPerRow(); p++) {
        Hall.Position at = new Hall.Position(r, p);
        if (!reserved.contains(at)) {
          free.add(at);
        }
      }
    }
    List<Rack> network = new ArrayList<>();
    List<Rack> storage = new ArrayList<>();
    for (Rack k : plan.racks()) {
      (k.count(Role.SPINE) > 0 ? network : storage).add(k);
    }
    double cr = hall.centreRow();
    double cp = hall.centrePosition();
    List<Hall.Position> central = new ArrayList<>(free);
    central.sort(Comparator.<Hall.Position>comparingDouble(a -> Math.abs(a.row() - cr))
        .thenComparingDouble(a -> Math.abs(a.position() - cp))
        .thenComparing(Comparator.naturalOrder()));
    List<Hall.Position> netSpots = new ArrayList<>(
        central.subList(0, Math.min(network.size(), central.size())));
    netSpots.sort(Comparator.naturalOrder());
    Set<Hall.Position> taken = new HashSet<>(netSpots);
    int n = plan.racks().size();
    List<Spot> out = new ArrayList<>();
    for (int i = 0; i < netSpots.size(); i++) {
      out.add(spot(network.get(i), n, netSpots.get(i), true));
    }
    List<Hall.Position> rest = new ArrayList<>();
    for (Hall.Position at : free) {
      if (!taken.contains(at)) {
        rest.add(at);
      }
    }
    rest.sort(Comparator.<Hall.Position>comparingDouble(a -> Math.abs(a.row() - cr))
        .thenComparing(Comparator.naturalOrder()));
    int placedStorage = Math.min(storage.size(), rest.size());
    for (int i = 0; i < placedStorage; i++) {
      out.add(spot(storage.get(i), n, rest.get(i), false));
    }
    out.sort(Comparator.comparingInt(Spot::rack));
    int unplaced = n - out.size();
    return new FloorPlan(hall, out, unplaced);
  }

  private static Spot spot(Rack k, int racks, Hall.Position at, boolean network) {
    return new Spot(k.number(), k.name(racks), at.row(), at.position(), network, k.watts(),
        k.limitWatts());
  }
}
