package io.exaplan.layout;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.packing.RackCount;
import io.exaplan.packing.RackPacker;
import io.exaplan.sizing.Design;
import io.exaplan.sizing.PowerBasis;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places a sized design's devices in its racks. Pure: same sizing, same plan.
 *
 * <p>How many of each device go in each rack is the layout engine's placement
 * ({@link RackPacker#place} of the sizing's {@link RackCount}), which checks every rack against its
 * usable units and power limit; so the plan uses exactly {@link Sizing#racks()} racks and no rack
 * is over either limit. Inside a rack the units are assigned as a network engineer would:
 * switches at the top (below the reserved patch-panel units, short cables to every device),
 * heavy enclosures from the bottom up (stable racks, easy lifting), C-nodes directly above them,
 * free units between the C-nodes and the switches. Spines go to the racks nearest the middle of
 * the row so that uplinks from both ends stay short.
 */
public final class RackPlanner {
  private static final int DBOX = 0;
  private static final int CNODE = 1;
  private static final int SWITCH = 2;

  private RackPlanner() {}

  public static RackPlan plan(Sizing z) {
    Design d = z.design();
    int[][] spread = RackPacker.place(SizingEngine.shape(d), z.rackCount(), d.dboxes(),
        d.cnodes(), z.switches());
    int racks = spread.length;
    boolean[][] spine = spines(spread, z.spineSwitches());
    DBoxModel box = d.dbox();
    CNodeModel cn = d.cnode();
    SwitchModel sw = d.switchModel();
    int usable = d.rack().usableUnits();
    int[] numbers = new int[Role.values().length];
    List<Rack> out = new ArrayList<>(racks);
    for (int r = 0; r < racks; r++) {
      List<Device> devices = new ArrayList<>();
      int top = usable;
      for (int k = 0; k < spread[r][SWITCH]; k++) {
        Role role = spine[r][k] ? Role.SPINE : Role.LEAF;
        top -= sw.rackUnits();
        devices.add(device(role, ++numbers[role.ordinal()], sw.id(), sw.name(), top + 1,
            sw.rackUnits(), d.powerBasis(), sw.powerTypicalWatts(), sw.powerMaxWatts()));
      }
      List<Device> lower = new ArrayList<>();
      int bottom = 1;
      for (int k = 0; k < spread[r][DBOX]; k++) {
        lower.add(device(Role.DBOX, ++numbers[Role.DBOX.ordinal()], box.id(), box.name(), bottom,
            box.rackUnits(), d.powerBasis(), box.powerTypicalWatts(), box.powerMaxWatts()));
        bottom += box.rackUnits();
      }
      for (int k = 0; k < spread[r][CNODE]; k++) {
        lower.add(device(Role.CNODE, ++numbers[Role.CNODE.ordinal()], cn.id(), cn.name(), bottom,
            cn.rackUnits(), d.powerBasis(), cn.powerTypicalWatts(), cn.powerMaxWatts()));
        bottom += cn.rackUnits();
      }
      if (bottom - 1 > top) {
        throw new IllegalStateException("rack " + (r + 1) + " overfull: the engine's spread "
            + "should have been rejected");
      }
      java.util.Collections.reverse(lower);
      devices.addAll(lower);
      out.add(new Rack(r + 1, devices, d.rack().rackUnits(), usable, d.rackPowerLimitWatts()));
    }
    return new RackPlan(d.rack().id(), d.rack().name(), d.powerBasis(), out);
  }

  private static Device device(Role role, int n, String model, String name, int position,
      int height, PowerBasis basis, double typical, double max) {
    return new Device(role.key() + "-" + n, role, n, model, name, position, height,
        basis == PowerBasis.MAX ? max : typical, typical, max);
  }

  /**
   * Marks which switch slots hold spines: the {@code spines} slots nearest the middle of the row
   * (ties: the lower rack, then the slot nearer the top).
   */
  private static boolean[][] spines(int[][] spread, int spines) {
    int racks = spread.length;
    boolean[][] out = new boolean[racks][];
    List<int[]> slots = new ArrayList<>();
    for (int r = 0; r < racks; r++) {
      out[r] = new boolean[spread[r][SWITCH]];
      for (int k = 0; k < spread[r][SWITCH]; k++) {
        slots.add(new int[] {r, k});
      }
    }
    double middle = (racks - 1) / 2.0;
    slots.sort(Comparator.<int[]>comparingDouble(s -> Math.abs(s[0] - middle))
        .thenComparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
    for (int i = 0; i < spines && i < slots.size(); i++) {
      out[slots.get(i)[0]][slots.get(i)[1]] = true;
    }
    return out;
  }
}
