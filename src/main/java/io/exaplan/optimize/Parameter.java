package io.exaplan.optimize;

import io.exaplan.config.Units;
import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.CapacityModel;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.design.Scenario;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An assumption the sensitivity analysis varies. Each builds a modified copy of the catalog,
 * scenario or targets (records are immutable) with its figure multiplied by a factor; the figure
 * changes for every model of that kind, so an option picks it up whichever model it uses.
 */
public enum Parameter {
  RESERVE("install reserve (sets usable/raw)") {
    @Override
    Inputs apply(Inputs in, double f) {
      CapacityModel c = in.catalog().capacity();
      return in.with(copy(in.catalog(), new CapacityModel(c.id(), c.parityStrips(),
          c.minDataStrips(), c.maxDataStrips(), c.reserveFraction() * f, c.failureDomain(),
          c.figures()), null, null,
          null));
    }
  },
  CNODE_READ("C-node read") {
    @Override
    Inputs apply(Inputs in, double f) {
      return in.with(copy(in.catalog(), null, c -> cnode(c, f, 1, 1), null, null));
    }
  },
  CNODE_WRITE("C-node write") {
    @Override
    Inputs apply(Inputs in, double f) {
      return in.with(copy(in.catalog(), null, c -> cnode(c, 1, f, 1), null, null));
    }
  },
  DBOX_READ("enclosure media read") {
    @Override
    Inputs apply(Inputs in, double f) {
      return in.with(copy(in.catalog(), null, null, b -> dbox(b, f, 1, 1), null));
    }
  },
  DBOX_WRITE("enclosure media write") {
    @Override
    Inputs apply(Inputs in, double f) {
      return in.with(copy(in.catalog(), null, null, b -> dbox(b, 1, f, 1), null));
    }
  },
  CNODE_POWER("C-node power (typical and max)") {
    @Override
    Inputs apply(Inputs in, double f) {
      return in.with(copy(in.catalog(), null, c -> cnode(c, 1, 1, f), null, null));
    }
  },
  DBOX_POWER("enclosure power (typical and max)") {
    @Override
    Inputs apply(Inputs in, double f) {
      return in.with(copy(in.catalog(), null, null, b -> dbox(b, 1, 1, f), null));
    }
  },
  SWITCH_POWER("switch power (typical and max)") {
    @Override
    Inputs apply(Inputs in, double f) {
      return in.with(copy(in.catalog(), null, null, null, s -> new SwitchModel(s.id(), s.name(),
          s.rackUnits(), s.ports(), s.portBytesPerSec(), s.powerTypicalWatts() * f,
          s.powerMaxWatts() * f, s.figures())));
    }
  },
  RACK_POWER_LIMIT("rack power limit") {
    @Override
    Inputs apply(Inputs in, double f) {
      return new Inputs(in.catalog(), in.scenario().vary("rackPowerLimit",
          Units.exact(in.scenario().rackPowerLimitWatts() * f, "W"), "sensitivity", in.catalog()),
          in.targets(), in.rackLimitFactor() * f);
    }
  },
  BYTES_PER_PARAMETER("checkpoint bytes per parameter (write target x factor)") {
    @Override
    Inputs apply(Inputs in, double f) {
      return in.withWrite(in.targets().writeBytesPerSec() * f);
    }

    @Override
    boolean appliesTo(Inputs in) {
      return in.targets() != null && in.targets().writeBytesPerSec() > 0;
    }
  },
  CADENCE("checkpoint interval (write target / factor)") {
    @Override
    Inputs apply(Inputs in, double f) {
      return in.withWrite(in.targets().writeBytesPerSec() / f);
    }

    @Override
    boolean appliesTo(Inputs in) {
      return in.targets() != null && in.targets().writeBytesPerSec() > 0;
    }
  };

  private final String description;

  Parameter(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The inputs with this parameter multiplied by {@code factor}. */
  abstract Inputs apply(Inputs in, double factor);

  /** Whether the parameter moves anything for these inputs (checkpoint ones need a write target). */
  boolean appliesTo(Inputs in) {
    return true;
  }

  /**
   * What an option is computed from. {@code targets} is null for the {@code compare} options;
   * {@code rackLimitFactor} scales the optimiser's own list of rack limits.
   */
  record Inputs(Catalog catalog, Scenario scenario, Targets targets, double rackLimitFactor) {
    Inputs with(Catalog c) {
      return new Inputs(c, scenario, targets, rackLimitFactor);
    }

    Inputs withWrite(double write) {
      return new Inputs(catalog, scenario, targets.withThroughput(targets.readBytesPerSec(),
          write), rackLimitFactor);
    }
  }

  private static CNodeModel cnode(CNodeModel c, double read, double write, double power) {
    return new CNodeModel(c.id(), c.name(), c.rackUnits(), c.readBytesPerSec() * read,
        c.writeBytesPerSec() * write, c.powerTypicalWatts() * power, c.powerMaxWatts() * power,
        c.ports(), c.portBytesPerSec(), c.certified(), c.figures());
  }

  private static DBoxModel dbox(DBoxModel b, double read, double write, double power) {
    return new DBoxModel(b.id(), b.name(), b.rackUnits(), b.drives(), b.driveBytes(),
        b.readBytesPerSec() * read, b.writeBytesPerSec() * write, b.powerTypicalWatts() * power,
        b.powerMaxWatts() * power, b.ports(), b.portBytesPerSec(), b.certified(), b.figures(),
        b.driveAfr(), b.enclosureAfr());
  }

  /** A copy of {@code c} with the given parts replaced (null: unchanged). */
  private static Catalog copy(Catalog c, CapacityModel capacity, UnaryOperator<CNodeModel> cn,
      UnaryOperator<DBoxModel> db, UnaryOperator<SwitchModel> sw) {
    return new Catalog(c.sources(), capacity == null ? c.capacity() : capacity, c.fabric(),
        map(c.cnodes(), cn), map(c.dboxes(), db), map(c.switches(), sw), c.racks(),
        c.cloudObjects(), c.guidance(), c.designs(), c.durability(), c.netbox(),
        c.gpuNodes());
  }

  private static <T> Map<String, T> map(Map<String, T> m, UnaryOperator<T> f) {
    if (f == null) {
      return m;
    }
    Map<String, T> out = new LinkedHashMap<>();
    m.forEach((id, v) -> out.put(id, f.apply(v)));
    return Collections.unmodifiableMap(out);
  }
}
