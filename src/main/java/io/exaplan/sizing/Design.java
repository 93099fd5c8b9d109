package io.exaplan.sizing;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.CapacityModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.FabricModel;
import io.exaplan.catalog.RackModel;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.config.InputException;
import io.exaplan.config.Units;
import io.exaplan.packing.RackLoss;
import java.util.ArrayList;
import java.util.List;

/**
 * One storage design, validated on construction and immutable after: what to size. Build it with
 * {@link #builder()}; {@link Builder#build()} checks every field and the rules across them, and
 * names the field at fault.
 */
public record Design(
    DBoxModel dbox,
    int dboxes,
    CNodeModel cnode,
    int cnodes,
    SwitchModel switchModel,
    RackModel rack,
    double rackPowerLimitWatts,
    PowerBasis powerBasis,
    CapacityModel capacity,
    FabricModel fabric,
    boolean surviveRackLoss) {

  /** Upper bound on device counts: a million enclosures is far past any real system. */
  public static final int MAX_COUNT = 1_000_000;

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Most enclosures one rack may hold: under the rack-loss rule (scenario {@code
   * surviveRackLoss}) so that no rack holds more strips of a stripe than the parity strips
   * ({@link RackLoss}), else no cap ({@link Integer#MAX_VALUE}).
   */
  public int maxDboxesPerRack() {
    return surviveRackLoss ? rackLossCap(capacity, dbox, dboxes) : Integer.MAX_VALUE;
  }

  /** This design without the rack-loss rule: the count the rule is compared with. */
  public Design withoutRackLossRule() {
    return new Design(dbox, dboxes, cnode, cnodes, switchModel, rack, rackPowerLimitWatts,
        powerBasis, capacity, fabric, false);
  }

  private static int rackLossCap(CapacityModel cap, DBoxModel box, int boxes) {
    int width = SizingEngine.dataStrips(cap, box, boxes) + cap.parityStrips();
    return RackLoss.maxEnclosuresPerRack(width, boxes, cap.parityStrips());
  }

  /** Draw of one device on the chosen basis. */
  double watts(double typical, double max) {
    return powerBasis == PowerBasis.MAX ? max : typical;
  }

  /** Mutable staging for a {@link Design}. */
  public static final class Builder {
    private DBoxModel dbox;
    private int dboxes;
    private CNodeModel cnode;
    private int cnodes;
    private SwitchModel switchModel;
    private RackModel rack;
    private double rackPowerLimitWatts = Double.NaN;
    private PowerBasis powerBasis = PowerBasis.TYPICAL;
    private CapacityModel capacity;
    private FabricModel fabric;
    private boolean surviveRackLoss;

    public Builder dbox(DBoxModel m, int count) {
      this.dbox = m;
      this.dboxes = count;
      return this;
    }

    public Builder cnode(CNodeModel m, int count) {
      this.cnode = m;
      this.cnodes = count;
      return this;
    }

    public Builder switchModel(SwitchModel m) {
      this.switchModel = m;
      return this;
    }

    public Builder rack(RackModel m, double powerLimitWatts) {
      this.rack = m;
      this.rackPowerLimitWatts = powerLimitWatts;
      return this;
    }

    public Builder powerBasis(PowerBasis b) {
      this.powerBasis = b;
      return this;
    }

    public Builder capacity(CapacityModel c) {
      this.capacity = c;
      return this;
    }

    public Builder fabric(FabricModel f) {
      this.fabric = f;
      return this;
    }

    /** The rack-loss rule (scenario {@code surviveRackLoss}): see {@link #maxDboxesPerRack}. */
    public Builder surviveRackLoss(boolean rule) {
      this.surviveRackLoss = rule;
      return this;
    }

    /** Validates and seals. */
    public Design build() {
      List<String> p = new ArrayList<>();
      if (dbox == null || cnode == null || switchModel == null || rack == null
          || capacity == null || fabric == null) {
        throw new IllegalStateException("design needs dbox, cnode, switch, rack, capacity, fabric");
      }
      if (dboxes < 1 || dboxes > MAX_COUNT) {
        p.add("dboxes: must be from 1 to " + MAX_COUNT + ", got " + dboxes);
      }
      if (cnodes < 1 || cnodes > MAX_COUNT) {
        p.add("cnodes: must be from 1 to " + MAX_COUNT + ", got " + cnodes);
      }
      if (!(rackPowerLimitWatts > 0) || Double.isInfinite(rackPowerLimitWatts)) {
        p.add("rackPowerLimit: must be greater than zero, got "
            + Units.sig(rackPowerLimitWatts / 1e3) + " kW");
      } else {
        fits(p, dbox.id(), watts(dbox.powerTypicalWatts(), dbox.powerMaxWatts()),
            dbox.rackUnits());
        fits(p, cnode.id(), watts(cnode.powerTypicalWatts(), cnode.powerMaxWatts()),
            cnode.rackUnits());
        fits(p, switchModel.id(),
            watts(switchModel.powerTypicalWatts(), switchModel.powerMaxWatts()),
            switchModel.rackUnits());
      }
      long drives = (long) dboxes * dbox.drives();
      int narrowest = capacity.minDataStrips() + capacity.parityStrips();
      if (dboxes >= 1 && drives < narrowest) {
        p.add("dboxes: " + dboxes + " x " + dbox.drives() + " drives = " + drives
            + " drives, fewer than the narrowest stripe " + capacity.minDataStrips() + "+"
            + capacity.parityStrips());
      }
      if (p.isEmpty() && surviveRackLoss && rackLossCap(capacity, dbox, dboxes) < 1) {
        int data = SizingEngine.dataStrips(capacity, dbox, dboxes);
        int width = data + capacity.parityStrips();
        p.add("surviveRackLoss: a " + data + "+" + capacity.parityStrips() + " stripe over "
            + dboxes + " enclosures puts up to " + RackLoss.mostStrips(width,
                dboxes, 1) + " strips of a stripe in one enclosure, more than its "
            + capacity.parityStrips() + " parity strips, so no rack layout survives a rack "
            + "loss; expected more enclosures, failureDomain: enclosure in the catalog's "
            + "capacity, or surviveRackLoss: false");
      }
      if (!p.isEmpty()) {
        throw new InputException(p);
      }
      return new Design(dbox, dboxes, cnode, cnodes, switchModel, rack, rackPowerLimitWatts,
          powerBasis, capacity, fabric, surviveRackLoss);
    }

    private double watts(double typical, double max) {
      return powerBasis == PowerBasis.MAX ? max : typical;
    }

    private void fits(List<String> p, String id, double w, int ru) {
      if (w > rackPowerLimitWatts) {
        p.add("rackPowerLimit: " + Units.sig(rackPowerLimitWatts / 1e3) + " kW is below one "
            + id + "'s " + powerBasis.key() + " draw of " + Units.sig(w / 1e3) + " kW");
      }
      if (ru > rack.usableUnits()) {
        p.add("rack: " + rack.id() + " has " + rack.usableUnits() + " usable U, less than one "
            + id + " (" + ru + "U)");
      }
    }
  }
}
