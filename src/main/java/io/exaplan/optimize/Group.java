package io.exaplan.optimize;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.config.Dimension;
import io.exaplan.config.Units;

/**
 * One combination of catalog choices over which the search ranges the two counts. {@code index}
 * is its place in enumeration order, which breaks exact ties.
 */
public record Group(int index, DBoxModel dbox, CNodeModel cnode, SwitchModel switchModel,
    double rackPowerLimitWatts) {

  /** "dense-5400 + cnode-gen6, sn5600, 12 kW racks". */
  public String label() {
    return dbox.id() + " + " + cnode.id() + ", " + switchModel.id() + ", "
        + Units.human(rackPowerLimitWatts, Dimension.POWER) + " racks";
  }
}
