package io.exaplan.layout;

import io.exaplan.config.InputException;
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
 * NVIDIA Cumulus Linux), as the sizing counts them (docs/model.md, "Switches"). Whole switch
 * ports are dealt round the leaves first (the fewest ports), then device ports, in plan order,
 * go round the leaves that have lanes left, so a device's ports land on different leaves; leaf
 * uplink g (over all leaves) goes to spine g mod S. Reads only the plan's devices. The one
 * cable list of a plan: the NetBox export writes it as its data-cable file and {@link Bom}
 * counts it as the cabling bill of materials.
 */
public final class Cabling {
  /**
   * One cable between two named interfaces. {@code bitsPerSec} is the speed of side a's port
   * (a device port, or a leaf uplink); {@code breakout} how many such lanes share side b's
   * switch port {@code bSwitchPort} (1: a whole port). {@code uplink}: leaf to spine.
   */
  public record Link(String aDevice, String aPort, String bDevice, String bPort,
      boolean uplink, double bitsPerSec, int breakout, String bSwitchPort) {}

  /** A breakout lane NetBox has to be told about: it is not part of the switch's type. */
  public record Lane(String device, String name, double bitsPerSec, String description) {}

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
  public static String port(Role role, int i) {
    return (role == Role.LEAF || role == Role.SPINE ? "swp" : "data") + i;
  }

  /**
   * The port assignment as it is made, in assignment order: device ports first (plan order),
   * then leaf uplinks. The cable list names every link from it; the bill of materials only
   * counts ({@link Bom#of(Design, RackPlan)}), so both read the one assignment.
   */
  interface Assignment {
    /**
     * Port {@code port} (1-based) of {@code dev} goes to leaf {@code leaf} (0-based, plan order),
     * switch port {@code switchPort} (1-based), lane {@code lane} (0-based) of the {@code k}
     * that port breaks out into (k == 1: the whole port); {@code bytesPerSec} is the device
     * port's speed.
     */
    void device(Device dev, int port, int leaf, int switchPort, int lane, int k,
        double bytesPerSec);

    /**
     * Port {@code port} of leaf {@code leaf} goes to port {@code spinePort} of spine {@code
     * spine} (0-based, plan order) at {@code bytesPerSec}, the switch port speed.
     */
    void uplink(int leaf, int port, int spine, int spinePort, double bytesPerSec);
  }

  /** The plan's switches and endpoints, in plan order. */
  record Ends(List<Device> leaves, List<Device> spines, List<Device> endpoints) {
    static Ends of(RackPlan plan) {
      List<Device> leaves = new ArrayList<>();
      List<Device> spines = new ArrayList<>();
      List<Device> endpoints = new ArrayList<>();
      for (Rack r : plan.racks()) {
        for (Device dev : r.devices()) {
          switch (dev.role()) {
            case LEAF -> leaves.add(dev);
            case SPINE -> spines.add(dev);
            default -> endpoints.add(dev);
          }
        }
      }
      return new Ends(leaves, spines, endpoints);
    }
  }

  /** The plan's cables, devices named by their plan ids ("cnode-12"). */
  public static Cabling of(Design d, RackPlan plan) {
    return of(d, plan, Device::id);
  }

  /** The plan's cables, each device named by {@code names} (the NetBox export's names). */
  public static Cabling of(Design d, RackPlan plan, Function<Device, String> names) {
    Cabling c = new Cabling();
    Ends ends = Ends.of(plan);
    List<String> leafNames = new ArrayList<>();
    ends.leaves().forEach(l -> leafNames.add(names.apply(l)));
    List<String> spineNames = new ArrayList<>();
    ends.spines().forEach(s -> spineNames.add(names.apply(s)));
    assign(d, ends, new Assignment() {
      // a device's ports come one after another: its name is asked for once
      Device named;
      String name;

      @Override
      public void device(Device dev, int port, int leaf, int switchPort, int lane, int k,
          double bytesPerSec) {
        if (dev != named) {
          named = dev;
          name = names.apply(dev);
        }
        String leafName = leafNames.get(leaf);
        String whole = port(Role.LEAF, switchPort);
        String laneName = whole;
        if (k != 1) {
          laneName = whole + "s" + lane;
          c.lanes.add(new Lane(leafName, laneName, bytesPerSec * 8,
              "breakout lane " + lane + " of " + whole));
        }
        c.links.add(new Link(name, port(dev.role(), port), leafName, laneName, false,
            bytesPerSec * 8, k, whole));
      }

      @Override
      public void uplink(int leaf, int port, int spine, int spinePort, double bytesPerSec) {
        String spinePortName = port(Role.SPINE, spinePort);
        c.links.add(new Link(leafNames.get(leaf), port(Role.LEAF, port), spineNames.get(spine),
            spinePortName, true, bytesPerSec * 8, 1, spinePortName));
      }
    });
    return c;
  }

  /** Runs the port assignment of {@code plan} into {@code a} (see the class comment). */
  static void assign(Design d, RackPlan plan, Assignment a) {
    assign(d, Ends.of(plan), a);
  }

  private static void assign(Design d, Ends ends, Assignment a) {
    List<Device> endpoints = ends.endpoints();
    int leaves = ends.leaves().size();
    int spines = ends.spines().size();
    if (leaves == 0 && !endpoints.isEmpty()) {
      throw new IllegalStateException("a rack plan with devices but no leaf switch");
    }
    int switchPorts = d.switchModel().ports();
    double switchSpeed = d.switchModel().portBytesPerSec();
    int downlinks = d.fabric().downlinksPerLeaf(d.switchModel());
    int breakoutBox = breakout(switchSpeed, d.dbox().portBytesPerSec());
    int breakoutNode = breakout(switchSpeed, d.cnode().portBytesPerSec());
    Map<Integer, Integer> lanesByK = new LinkedHashMap<>();
    for (Device dev : endpoints) {
      boolean box = dev.role() == Role.DBOX;
      lanesByK.merge(box ? breakoutBox : breakoutNode, box ? d.dbox().ports() : d.cnode().ports(),
          Integer::sum);
    }
    Map<Integer, int[]> quota = quotas(lanesByK, leaves, downlinks);
    // per leaf: the next free switch port, and per breakout factor its open port and lanes used
    int[] nextPort = new int[leaves];
    java.util.Arrays.fill(nextPort, 1);
    Map<Integer, int[][]> open = new LinkedHashMap<>();
    Map<Integer, Integer> cursor = new LinkedHashMap<>();
    for (Device dev : endpoints) {
      boolean box = dev.role() == Role.DBOX;
      int ports = box ? d.dbox().ports() : d.cnode().ports();
      double speed = box ? d.dbox().portBytesPerSec() : d.cnode().portBytesPerSec();
      int k = box ? breakoutBox : breakoutNode;
      int[] q = quota.get(k);
      int[][] openK = open.computeIfAbsent(k, x -> new int[leaves][]);
      for (int p = 1; p <= ports; p++) {
        int l = cursor.getOrDefault(k, 0);
        while (q[l % leaves] == 0) {
          l++;
        }
        l %= leaves;
        q[l]--;
        cursor.put(k, l + 1);
        // the next lane of breakout k on leaf l: an open port's, else a new port's
        int[] o = openK[l];
        if (o == null || o[1] == k) {
          o = new int[] {nextPort[l]++, 0};
          openK[l] = o;
        }
        a.device(dev, p, l, o[0], o[1]++, k, speed);
      }
    }
    if (spines > 0) {
      int uplinks = switchPorts - downlinks;
      int[] used = new int[spines];
      int g = 0;
      for (int leaf = 0; leaf < leaves; leaf++) {
        for (int u = 1; u <= uplinks; u++, g++) {
          int s = g % spines;
          used[s]++;
          a.uplink(leaf, downlinks + u, s, used[s], switchSpeed);
        }
      }
    }
  }

  /** Switch ports per device port: 800 Gb/s over 200 Gb/s is 4; must be a whole number. */
  public static int breakout(double switchSpeed, double deviceSpeed) {
    double k = switchSpeed / deviceSpeed;
    long whole = Math.round(k);
    if (whole < 1 || Math.abs(k - whole) > 1e-9) {
      throw new InputException("cabling: device ports of "
          + Units.sig(deviceSpeed * 8 / 1e9) + " Gb/s do not break out evenly from the "
          + Units.sig(switchSpeed * 8 / 1e9) + " Gb/s switch ports; exaplan cannot cable them");
    }
    return (int) whole;
  }

  /**
   * Lanes of each breakout factor per leaf: whole switch ports (k lanes) dealt round the leaves,
   * each leaf at most {@code downlinks} ports, the remainder of a factor on one more port. This
   * uses the fewest switch ports, sum over factors of ceil(lanes / k); the sizing counted
   * ceil(sum of lanes / k) by bandwidth, which is at most one port fewer per extra factor.
   */
  static Map<Integer, int[]> quotas(Map<Integer, Integer> lanesByK, int leaves, int downlinks) {
    int[] budget = new int[leaves];
    java.util.Arrays.fill(budget, downlinks);
    Map<Integer, int[]> quota = new LinkedHashMap<>();
    int cursor = 0;
    for (Map.Entry<Integer, Integer> e : lanesByK.entrySet()) {
      int k = e.getKey();
      int lanes = e.getValue();
      int[] q = new int[leaves];
      quota.put(k, q);
      int ports = (lanes + k - 1) / k;
      for (int port = 0; port < ports; port++) {
        int l = -1;
        for (int t = 0; t < leaves; t++) {
          if (budget[(cursor + t) % leaves] > 0) {
            l = (cursor + t) % leaves;
            break;
          }
        }
        if (l < 0) {
          throw new InputException("cabling: " + leaves + " leaves x " + downlinks
              + " device-facing ports cannot take every device port in whole breakouts (the "
              + "sizing counts ports by bandwidth; mixed port speeds need one more switch port "
              + "here); exaplan cannot cable this design");
        }
        budget[l]--;
        q[l] += Math.min(k, lanes - port * k);
        cursor = l + 1;
      }
    }
    return quota;
  }
}
