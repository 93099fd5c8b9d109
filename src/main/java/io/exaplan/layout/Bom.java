package io.exaplan.layout;

import java.util.ArrayList;
import java.util.HashSet;
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

  /** Counts {@code c}'s cables and optics; {@code switchBitsPerSec} is the leaves' port speed. */
  public static Bom of(Cabling c, double switchBitsPerSec) {
    // key: uplink?, speed, breakout -> {links, distinct switch ports}
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Set<String>> ports = new TreeMap<>();
    Map<String, Cabling.Link> first = new TreeMap<>();
    for (Cabling.Link l : c.links()) {
      String key = (l.uplink() ? "1" : "0") + String.format(java.util.Locale.ROOT, "%020.0f",
          1e15 - l.bitsPerSec()) + "|" + String.format(java.util.Locale.ROOT, "%04d",
          l.breakout());
      counts.computeIfAbsent(key, k -> new long[1])[0]++;
      ports.computeIfAbsent(key, k -> new HashSet<>()).add(l.bDevice() + "|" + l.bSwitchPort());
      first.putIfAbsent(key, l);
    }
    List<Line> lines = new ArrayList<>();
    Map<Double, long[]> optics = new TreeMap<>(java.util.Comparator.reverseOrder());
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      Cabling.Link l = first.get(e.getKey());
      long links = e.getValue()[0];
      long switchPorts = ports.get(e.getKey()).size();
      if (l.uplink()) {
        lines.add(new Line("leaf to spine", l.bitsPerSec(), 1, links));
        optics.computeIfAbsent(l.bitsPerSec(), k -> new long[1])[0] += 2 * links;
      } else if (l.breakout() == 1) {
        lines.add(new Line("device to leaf", l.bitsPerSec(), 1, links));
        optics.computeIfAbsent(l.bitsPerSec(), k -> new long[1])[0] += 2 * links;
      } else {
        lines.add(new Line("breakout 1 x " + gig(switchBitsPerSec) + " to " + l.breakout()
            + " x " + gig(l.bitsPerSec()), l.bitsPerSec(), l.breakout(), switchPorts));
        optics.computeIfAbsent(l.bitsPerSec(), k -> new long[1])[0] += links;
        optics.computeIfAbsent(switchBitsPerSec, k -> new long[1])[0] += switchPorts;
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
