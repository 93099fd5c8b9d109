package io.exaplan.optimize;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.CapacityModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.FabricModel;
import io.exaplan.catalog.RackModel;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.config.InputException;
import io.exaplan.sizing.PowerBasis;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small search space for brute-force checks: two enclosure models, two C-node models, two
 * switches and two rack limits, counts capped at 40, on a short rack so that space, power and the
 * whole-device spread all bind somewhere. Every design of it is sized once.
 */
final class SmallSpace {
  static final int CAP = 40;

  static final DBoxModel BOX_A = new DBoxModel("box-a", "1U box", 1, 8, 10e12, 20e9, 8e9, 500,
      700, 2, 12.5e9, true, Map.of(), 0.01, 0.01);
  static final DBoxModel BOX_B = new DBoxModel("box-b", "2U box", 2, 16, 20e12, 30e9, 12e9, 900,
      1300, 2, 12.5e9, false, Map.of(), 0.01, 0.01);
  static final CNodeModel NODE_X = new CNodeModel("node-x", "C-node X", 1, 10e9, 2e9, 300, 400,
      2, 12.5e9, true, Map.of());
  static final CNodeModel NODE_Y = new CNodeModel("node-y", "C-node Y", 1, 15e9, 3e9, 450, 600,
      2, 25e9, false, Map.of());
  static final SwitchModel SW_BIG = new SwitchModel("sw-big", "big", 1, 32, 50e9, 400, 600,
      Map.of());
  static final SwitchModel SW_SMALL = new SwitchModel("sw-small", "small", 1, 16, 12.5e9, 150,
      250, Map.of());
  static final RackModel RACK = new RackModel("rack-12u", "12U", 12, 2, Map.of());
  static final CapacityModel CAPACITY = new CapacityModel("capacity", 4, 8, 20, 0.05, "drive",
      Map.of());
  static final FabricModel FABRIC = new FabricModel("fabric", 0.5, 2, Map.of());

  static final SearchSpace SPACE = new SearchSpace(List.of(BOX_A, BOX_B),
      List.of(NODE_X, NODE_Y), List.of(SW_BIG, SW_SMALL), List.of(3000.0, 5000.0), RACK,
      PowerBasis.TYPICAL, CAPACITY, FABRIC, CAP, CAP);

  /** Every valid design of {@link #SPACE}, in enumeration order (group, n, k). */
  static final List<Candidate> ALL = sizeAll(SPACE);

  private SmallSpace() {}

  static List<Candidate> sizeAll(SearchSpace sp) {
    List<Candidate> out = new ArrayList<>();
    for (Group g : sp.groups()) {
      for (int n = 1; n <= sp.maxDboxes(); n++) {
        for (int k = 1; k <= sp.maxCnodes(); k++) {
          Sizing z;
          try {
            z = SizingEngine.size(sp.design(g, n, k));
          } catch (InputException e) {
            continue; // too few drives for the narrowest stripe, or a device over the rack limit
          }
          out.add(new Candidate(g, n, k, z, null));
        }
      }
    }
    return out;
  }

  /** True when {@code c} is admitted by and meets {@code t}: the brute force's own test. */
  static boolean feasible(Candidate c, Targets t) {
    Sizing z = c.sizing();
    return (!t.certifiedOnly() || (c.group().dbox().certified() && c.group().cnode().certified()))
        && z.usableBytes() >= t.usableBytes() && z.readBytesPerSec() >= t.readBytesPerSec()
        && z.writeBytesPerSec() >= t.writeBytesPerSec()
        && (t.maxRacks() == null || z.racks() <= t.maxRacks());
  }

  /** The first design in enumeration order with the least score: what a full scan returns. */
  static Candidate bruteForce(Targets t, Goal goal) {
    Candidate best = null;
    for (Candidate c : ALL) {
      if (feasible(c, t)) {
        Score s = goal.score(c.sizing());
        if (best == null || s.compareTo(best.score()) < 0) {
          best = new Candidate(c.group(), c.dboxes(), c.cnodes(), c.sizing(), s);
        }
      }
    }
    return best;
  }
}
