package io.exaplan.layout;

import io.exaplan.sizing.Design;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cabling bill of materials of a plan: its cables by kind and speed and the optics
 * (transceivers) they need by speed, counted from {@link Cabling}, the same cable list the NetBox
 * export writes (docs/model.md, "Cabling bill of materials").
 *
 * <p>A device port on a whole switch port (breakout 1) is one cable with an optic at each end. k
 * device ports sharing one switch port (breakout k) are one breakout cable: one optic of the
 * switch's speed at the leaf, one of the device's speed at each of its k ends. A leaf uplink is
 * one cable with an optic at each end. Cables are counted, lengths are not (exaplan does not
 * know the distances).
 *
 * @param cables one line per kind and speed, in a fixed order (device cables by speed, then
 *     uplinks)
 * @param optics transceivers per speed, fastest first
 */
public record Bom(List<Line> cables, List<Optic> optics) {

  public Bom {
    cables = List.copyOf(cables);
    optics = List.copyOf(optics);
  }

  /**
   * One kind of cable: "device to leaf", "breakout 1 x 800G to 4 x 200G" or "leaf to spine";
   * {@code bitsPerSec} its device-side (or uplink) speed; {@code breakout} lanes per switch port.
   */
  public record Line(String item, double bitsPerSec, int breakout, long count) {}

  /** Transceivers of one speed. */
  public record Optic(double bitsPerSec, long count) {}

  /** What groups links into one BOM line: uplink or not, speed, breakout. */
  private record Kind(boolean uplink, double bitsPerSec, int breakout) {}

  /** A switch port a cable ends on. */
  private record Port(String device, String port) {}

  /** Counts {@code c}'s cables and optics; {@code switchBitsPerSec} is the leaves' port speed. */
  public static Bom of(Cabling c, double switchBitsPerSec) {
    Map<Kind, long[]> links = new HashMap<>();
    Map<Kind, Set<Port>> ports = new HashMap<>();
    for (Cabling.Link l : c.links()) {
      Kind k = new Kind(l.uplink(), l.bitsPerSec(), l.breakout());
      links.computeIfAbsent(k, x -> new long[1])[0]++;
      if (l.breakout() > 1) {
        ports.computeIfAbsent(k, x -> new HashSet<>()).add(new Port(l.bDevice(), l.bSwitchPort()));
      }
    }
    Map<Kind, Long> switchPorts = new HashMap<>();
    ports.forEach((k, p) -> switchPorts.put(k, (long) p.size()));
    return of(links, switchPorts, switchBitsPerSec);
  }

  /**
   * The bill of materials of {@code plan}'s cabling ({@link Cabling#of(Design, RackPlan)}),
   * counted from the port assignment's quotas rather than port by port: the same figures at a
   * fraction of the work (no names are built, no port is visited), for the physical checks of
   * every option. The assignment gives leaf l exactly its quota q_k[l] of the lanes of breakout
   * factor k and opens a new switch port whenever the open one has k lanes, so leaf l uses
   * ceil(q_k[l] / k) switch ports of factor k; every device port is one link, every leaf uplink
   * one more when the plan has spines (CablingTest checks this count against the cable list).
   */
  public static Bom of(Design d, RackPlan plan) {
    int leaves = 0;
    int spines = 0;
    int boxes = 0;
    int nodes = 0;
    Role first = null;
    for (Rack r : plan.racks()) {
      for (Device dev : r.devices()) {
        switch (dev.role()) {
          case LEAF -> leaves++;
          case SPINE -> spines++;
          case DBOX -> {
            boxes++;
            first = first == null ? Role.DBOX : first;
          }
          default -> {
            nodes++;
            first = first == null ? Role.CNODE : first;
          }
        }
      }
    }
    if (leaves == 0 && first != null) {
      throw new IllegalStateException("a rack plan with devices but no leaf switch");
    }
    double switchSpeed = d.switchModel().portBytesPerSec();
    int downlinks = d.fabric().downlinksPerLeaf(d.switchModel());
    int kBox = Cabling.breakout(switchSpeed, d.dbox().portBytesPerSec());
    int kNode = Cabling.breakout(switchSpeed, d.cnode().portBytesPerSec());
    if (kBox == kNode && boxes > 0 && nodes > 0
        && Double.compare(d.dbox().portBytesPerSec(), d.cnode().portBytesPerSec()) != 0) {
      // one breakout factor, two speeds: which kind a shared switch port is counted under
      // depends on the order of the ports, so count them as they are assigned
      return byAssignment(d, plan);
    }
    // lanes per breakout factor, in the order the assignment first meets them
    Map<Integer, Integer> lanesByK = new LinkedHashMap<>();
    Map<Integer, Double> speedByK = new HashMap<>();
    for (Role role : first == Role.CNODE ? List.of(Role.CNODE, Role.DBOX)
        : List.of(Role.DBOX, Role.CNODE)) {
      boolean box = role == Role.DBOX;
      int count = box ? boxes : nodes;
      if (count > 0) {
        int k = box ? kBox : kNode;
        lanesByK.merge(k, count * (box ? d.dbox().ports() : d.cnode().ports()), Integer::sum);
        speedByK.putIfAbsent(k, box ? d.dbox().portBytesPerSec() : d.cnode().portBytesPerSec());
      }
    }
    Map<Integer, int[]> quota = Cabling.quotas(lanesByK, leaves, downlinks);
    Map<Kind, long[]> links = new HashMap<>();
    Map<Kind, Long> switchPorts = new HashMap<>();
    for (Map.Entry<Integer, Integer> e : lanesByK.entrySet()) {
      int k = e.getKey();
      if (e.getValue() <= 0) {
        continue;
      }
      Kind kind = new Kind(false, speedByK.get(k) * 8, k);
      links.put(kind, new long[] {e.getValue()});
      if (k > 1) {
        long ports = 0;
        for (int q : quota.get(k)) {
          ports += (q + k - 1) / k;
        }
        switchPorts.put(kind, ports);
      }
    }
    long uplinks = spines > 0 ? (long) leaves * (d.switchModel().ports() - downlinks) : 0;
    if (uplinks > 0) {
      links.put(new Kind(true, switchSpeed * 8, 1), new long[] {uplinks});
    }
    return of(links, switchPorts, switchSpeed * 8);
  }

  /** {@link #of(Design, RackPlan)} counted port by port as the assignment is made. */
  static Bom byAssignment(Design d, RackPlan plan) {
    List<Tally> tallies = new ArrayList<>();
    Cabling.assign(d, plan, new Cabling.Assignment() {
      @Override
      public void device(Device dev, int port, int leaf, int switchPort, int lane, int k,
          double bytesPerSec) {
        Tally t = tally(tallies, false, bytesPerSec * 8, k);
        t.links++;
        if (k > 1 && lane == 0) {
          t.switchPorts++;
        }
      }

      @Override
      public void uplink(int leaf, int port, int spine, int spinePort, double bytesPerSec) {
        tally(tallies, true, bytesPerSec * 8, 1).links++;
      }
    });
    Map<Kind, long[]> links = new HashMap<>();
    Map<Kind, Long> switchPorts = new HashMap<>();
    for (Tally t : tallies) {
      links.put(t.kind, new long[] {t.links});
      if (t.kind.breakout() > 1) {
        switchPorts.put(t.kind, t.switchPorts);
      }
    }
    return of(links, switchPorts, d.switchModel().portBytesPerSec() * 8);
  }

  /** Links and breakout switch ports of one kind, counted. */
  private static final class Tally {
    final Kind kind;
    long links;
    long switchPorts;

    Tally(Kind kind) {
      this.kind = kind;
    }
  }

  /** The tally of a kind: a design has two or three, so a list beats hashing per link. */
  private static Tally tally(List<Tally> tallies, boolean uplink, double bitsPerSec, int k) {
    for (Tally t : tallies) {
      if (t.kind.uplink() == uplink && t.kind.breakout() == k
          && Double.compare(t.kind.bitsPerSec(), bitsPerSec) == 0) {
        return t;
      }
    }
    Tally t = new Tally(new Kind(uplink, bitsPerSec, k));
    tallies.add(t);
    return t;
  }

  /** The BOM from links per kind and, for breakout kinds, the switch ports they take. */
  private static Bom of(Map<Kind, long[]> links, Map<Kind, Long> switchPortsByKind,
      double switchBitsPerSec) {
    // device cables before uplinks, fastest first, then by breakout: a fixed order
    List<Kind> kinds = new ArrayList<>(links.keySet());
    kinds.sort(Comparator.comparing(Kind::uplink)
        .thenComparing(Kind::bitsPerSec, Comparator.reverseOrder())
        .thenComparingInt(Kind::breakout));
    List<Line> lines = new ArrayList<>();
    Map<Double, long[]> optics = new TreeMap<>(Comparator.reverseOrder());
    for (Kind k : kinds) {
      long n = links.get(k)[0];
      if (k.uplink()) {
        lines.add(new Line("leaf to spine", k.bitsPerSec(), 1, n));
        optics.computeIfAbsent(k.bitsPerSec(), x -> new long[1])[0] += 2 * n;
      } else if (k.breakout() == 1) {
        lines.add(new Line("device to leaf", k.bitsPerSec(), 1, n));
        optics.computeIfAbsent(k.bitsPerSec(), x -> new long[1])[0] += 2 * n;
      } else {
        long switchPorts = switchPortsByKind.get(k);
        lines.add(new Line("breakout 1 x " + gig(switchBitsPerSec) + " to " + k.breakout()
            + " x " + gig(k.bitsPerSec()), k.bitsPerSec(), k.breakout(), switchPorts));
        optics.computeIfAbsent(k.bitsPerSec(), x -> new long[1])[0] += n;
        optics.computeIfAbsent(switchBitsPerSec, x -> new long[1])[0] += switchPorts;
      }
    }
    List<Optic> out = new ArrayList<>();
    optics.forEach((speed, n) -> out.add(new Optic(speed, n[0])));
    return new Bom(lines, out);
  }

  /** Every cable of every line. */
  public long cableCount() {
    return cables.stream().mapToLong(Line::count).sum();
  }

  /** Every optic of every speed. */
  public long opticCount() {
    return optics.stream().mapToLong(Optic::count).sum();
  }

  /** "200G": a port speed as cables are sold. */
  public static String gig(double bitsPerSec) {
    return io.exaplan.config.Units.sig(bitsPerSec / 1e9) + "G";
  }
}
