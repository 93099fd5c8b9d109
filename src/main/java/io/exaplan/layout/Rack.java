package io.exaplan.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One rack of a plan: its devices (top of rack first), its height, the units devices may use
 * (the rest, at the top, is kept for patch panels and cable management) and its power limit.
 */
public record Rack(int number, List<Device> devices, int heightU, int usableU,
    double limitWatts) {

  public Rack {
    devices = List.copyOf(devices);
  }

  /** "R07", zero-padded to the width of the plan's largest number. */
  public String name(int racks) {
    int width = String.valueOf(racks).length();
    return "R" + "0".repeat(Math.max(0, Math.max(2, width) - String.valueOf(number).length()))
        + number;
  }

  public int usedU() {
    int u = 0;
    for (Device d : devices) {
      u += d.height();
    }
    return u;
  }

  public double watts() {
    double w = 0;
    for (Device d : devices) {
      w += d.watts();
    }
    return w;
  }

  public int count(Role role) {
    int n = 0;
    for (Device d : devices) {
      if (d.role() == role) {
        n++;
      }
    }
    return n;
  }

  /**
   * Which limit this rack is closer to: "power" when its share of the power limit is at least its
   * share of the usable units, else "space".
   */
  public String binding() {
    return watts() / limitWatts >= (double) usedU() / usableU ? "power" : "space";
  }

  /**
   * What makes two racks look the same in a drawing: each device's role, model, position and
   * height, top first. Device numbers differ between racks and are left out.
   */
  public List<String> layoutKey() {
    List<String> key = new ArrayList<>();
    for (Device d : devices) {
      key.add(d.role().key() + ":" + d.model() + "@" + d.position() + "+" + d.height());
    }
    return key;
  }
}
