package io.exaplan.optimize;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.CapacityModel;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.FabricModel;
import io.exaplan.catalog.RackModel;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.design.Scenario;
import io.exaplan.sizing.Design;
import io.exaplan.sizing.PowerBasis;
import java.util.ArrayList;
import java.util.List;

/**
 * The designs the optimiser chooses from: every enclosure model x C-node model x switch model x
 * rack power limit, with 1..maxDboxes enclosures and 1..maxCnodes C-nodes. By default the counts
 * range up to {@link Design#MAX_COUNT}, the largest a design may have, so "exhaustive" means over
 * every valid design the catalog allows.
 */
public record SearchSpace(
    List<DBoxModel> dboxes,
    List<CNodeModel> cnodes,
    List<SwitchModel> switches,
    List<Double> rackPowerLimitsWatts,
    RackModel rack,
    PowerBasis powerBasis,
    CapacityModel capacity,
    FabricModel fabric,
    int maxDboxes,
    int maxCnodes,
    boolean surviveRackLoss) {

  /** A space without the rack-loss rule. */
  public SearchSpace(List<DBoxModel> dboxes, List<CNodeModel> cnodes, List<SwitchModel> switches,
      List<Double> rackPowerLimitsWatts, RackModel rack, PowerBasis powerBasis,
      CapacityModel capacity, FabricModel fabric, int maxDboxes, int maxCnodes) {
    this(dboxes, cnodes, switches, rackPowerLimitsWatts, rack, powerBasis, capacity, fabric,
        maxDboxes, maxCnodes, false);
  }

  public SearchSpace {
    dboxes = List.copyOf(dboxes);
    cnodes = List.copyOf(cnodes);
    switches = List.copyOf(switches);
    rackPowerLimitsWatts = List.copyOf(rackPowerLimitsWatts);
    if (dboxes.isEmpty() || cnodes.isEmpty() || switches.isEmpty()
        || rackPowerLimitsWatts.isEmpty()) {
      throw new IllegalArgumentException("search space needs at least one of each choice");
    }
    if (maxDboxes < 1 || maxDboxes > Design.MAX_COUNT || maxCnodes < 1
        || maxCnodes > Design.MAX_COUNT) {
      throw new IllegalArgumentException("count caps must be from 1 to " + Design.MAX_COUNT);
    }
  }

  /**
   * Every catalog model, the scenario's rack, limit, power basis and rack-loss rule
   * ({@code surviveRackLoss}), counts up to the maximum.
   */
  public static SearchSpace of(Scenario s, Catalog c) {
    return new SearchSpace(List.copyOf(c.dboxes().values()), List.copyOf(c.cnodes().values()),
        List.copyOf(c.switches().values()), List.of(s.rackPowerLimitWatts()), c.rack(s.rack()),
        s.powerBasis(), c.capacity(), c.fabric(), Design.MAX_COUNT, Design.MAX_COUNT,
        s.rackRules().surviveRackLoss());
  }

  public SearchSpace withRackPowerLimits(List<Double> watts) {
    return new SearchSpace(dboxes, cnodes, switches, watts, rack, powerBasis, capacity, fabric,
        maxDboxes, maxCnodes, surviveRackLoss);
  }

  public SearchSpace withDboxes(List<DBoxModel> models) {
    return new SearchSpace(models, cnodes, switches, rackPowerLimitsWatts, rack, powerBasis,
        capacity, fabric, maxDboxes, maxCnodes, surviveRackLoss);
  }

  public SearchSpace withCaps(int dboxCap, int cnodeCap) {
    return new SearchSpace(dboxes, cnodes, switches, rackPowerLimitsWatts, rack, powerBasis,
        capacity, fabric, dboxCap, cnodeCap, surviveRackLoss);
  }

  /** This space with the rack-loss rule on or off. */
  public SearchSpace withRackLossRule(boolean rule) {
    return new SearchSpace(dboxes, cnodes, switches, rackPowerLimitsWatts, rack, powerBasis,
        capacity, fabric, maxDboxes, maxCnodes, rule);
  }

  /** Model combinations in enumeration order: enclosure, C-node, switch, rack limit. */
  public List<Group> groups() {
    List<Group> out = new ArrayList<>();
    for (DBoxModel b : dboxes) {
      for (CNodeModel c : cnodes) {
        for (SwitchModel s : switches) {
          for (double w : rackPowerLimitsWatts) {
            out.add(new Group(out.size(), b, c, s, w));
          }
        }
      }
    }
    return out;
  }

  /** Size of the space: combinations x enclosure counts x C-node counts. */
  public long candidates() {
    return (long) dboxes.size() * cnodes.size() * switches.size() * rackPowerLimitsWatts.size()
        * maxDboxes * maxCnodes;
  }

  /** The design of {@code g} with {@code n} enclosures and {@code k} C-nodes. */
  public Design design(Group g, int n, int k) {
    return Design.builder()
        .dbox(g.dbox(), n)
        .cnode(g.cnode(), k)
        .switchModel(g.switchModel())
        .rack(rack, g.rackPowerLimitWatts())
        .powerBasis(powerBasis)
        .capacity(capacity)
        .fabric(fabric)
        .surviveRackLoss(surviveRackLoss)
        .build();
  }
}
