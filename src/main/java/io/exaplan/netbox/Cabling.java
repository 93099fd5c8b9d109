package io.exaplan.netbox;

import io.exaplan.config.InputException;
import io.exaplan.layout.Device;
import io.exaplan.layout.Rack;
import io.exaplan.layout.RackPlan;
import io.exaplan.layout.Role;
import io.exaplan.sizing.Design;
import io.exaplan.config.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The simplest correct port assignment of a rack plan: every data port of every C-node and
 * enclosure to a leaf port, every leaf uplink to a spine port, no port used twice. Device ports
 * slower than the switch's break out of one switch port ({@code swp3s0..swp3s3}, the naming of
 * NVIDIA Cumulus Linux), as the sizing counts them (docs/model.md, "Switches"). Device port i
 * (counted over all devices in plan order) goes to leaf i mod L, so a device's ports land on
 * different leaves; leaf uplink g (over all leaves) goes to spine g mod S.
 */
public final class Cabling {
  /** One cable between two named interfaces. */
  public record Link(String aDevice, String aPort, String bDevice, String bPort) {}

  /** A breakout lane NetBox has to be told about: it is not part of the switch's type. */
  public record Lane(String device, String name, String type, String description) {}

  private final List<Link> links = new ArrayList<>();
  private final List<Lane> lanes = new ArrayList<>();

  private Cabling() {}

  public List<Link> links() {
    return links;
  }

  public List<Lane> lanes() {
    return lanes;
  }

  /** Names of a device's data ports: data1..dataN (C-nodes, enclosures) or swp1..swpN. */
  static String port(Role role, int i) {
    return (role == Role.LEAF || role == Role.SPINE ? "swp" : "data") + i;
  }

  /** Per leaf: the switch ports given to each breakout factor and how many lanes they took. */
  private static final class Leaf {
    final String name;
    int nextPort = 1;
    final Map<Integer, int[]> open = new LinkedHashMap<>();

    Leaf(String name) {
      this.name = name;
    }
  }

  public static Cabling of(Design d, RackPlan plan, Function<Device, String> names) {
    Cabling c = new Cabling();
    List<Leaf> leaves = new ArrayList<>();
    List<String> spines = new ArrayList<>();
    List<Device> endpoints = new ArrayList<>();
    for (Rack r : plan.racks()) {
      for (Device dev : r.devices()) {
        switch (dev.role()) {
          case LEAF -> leaves.add(new Leaf(names.apply(dev)));
          case SPINE -> spines.add(names.apply(dev));
          default -> endpoints.add(dev);
        }
      }
    }
    int switchPorts = d.switchModel().ports();
    double switchSpeed = d.switchModel().portBytesPerSec();
    int downlinks = d.fabric().downlinksPerLeaf(d.switchModel());
    int i = 0;
    for (Device dev : endpoints) {
      boolean box = dev.role() == Role.DBOX;
      int ports = box ? d.dbox().ports() : d.cnode().ports();
      double speed = box ? d.dbox().portBytesPerSec() : d.cnode().portBytesPerSec();
      int k = breakout(switchSpeed, speed);
      for (int p = 1; p <= ports; p++, i++) {
        Link toLeaf = place(c, leaves, i % leaves.size(), k, downlinks, speed);
        c.links.add(new Link(names.apply(dev), port(dev.role(), p), toLeaf.bDevice(),
            toLeaf.bPort()));
      }
    }
    if (!spines.isEmpty()) {
      int uplinks = switchPorts - downlinks;
      int[] used = new int[spines.size()];
      int g = 0;
      for (Leaf leaf : leaves) {
        for (int u = 1; u <= uplinks; u++, g++) {
          int s = g % spines.size();
          used[s]++;
          c.links.add(new Link(leaf.name, port(Role.LEAF, downlinks + u), spines.get(s),
              port(Role.SPINE, used[s])));
        }
      }
    }
    return c;
  }

  /** Switch ports per device port: 800 Gb/s over 200 Gb/s is 4; must be a whole number. */
  static int breakout(double switchSpeed, double deviceSpeed) {
    double k = switchSpeed / deviceSpeed;
    long whole = Math.round(k);
    if (whole < 1 || Math.abs(k - whole) > 1e-9) {
      throw new InputException("export netbox: device ports of "
          + Units.sig(deviceSpeed * 8 / 1e9) + " Gb/s do not break out evenly from the "
          + Units.sig(switchSpeed * 8 / 1e9) + " Gb/s switch ports; exaplan cannot cable them");
    }
    return (int) whole;
  }

  /**
   * A lane on the first leaf from {@code first} on that has room: an open switch port of the
   * same breakout, else a new downlink port. Returns the leaf and its port (as side B).
   */
  private static Link place(Cabling c, List<Leaf> leaves, int first, int k, int downlinks,
      double speed) {
    for (int t = 0; t < leaves.size(); t++) {
      Leaf leaf = leaves.get((first + t) % leaves.size());
      int[] open = leaf.open.get(k);
      if (open == null || open[1] == k) {
        if (leaf.nextPort > downlinks) {
          continue;
        }
        open = new int[] {leaf.nextPort++, 0};
        leaf.open.put(k, open);
      }
      int lane = open[1]++;
      if (k == 1) {
        return new Link(null, null, leaf.name, port(Role.LEAF, open[0]));
      }
      String name = port(Role.LEAF, open[0]) + "s" + lane;
      c.lanes.add(new Lane(leaf.name, name, NetboxExport.interfaceType(speed * 8),
          "breakout lane " + lane + " of " + port(Role.LEAF, open[0])));
      return new Link(null, null, leaf.name, name);
    }
    throw new InputException("export netbox: the leaves' " + leaves.size() * downlinks
        + " device-facing ports cannot take every device port in whole breakouts; exaplan "
        + "cannot cable this design");
  }
}
