package io.exaplan.report;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.CloudObjectModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.GuidanceLevel;
import io.exaplan.catalog.Item;
import io.exaplan.catalog.RackModel;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.design.Comparison;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every scenario and catalog figure the compare options are built from, as the workbook's Inputs
 * sheet shows them: each with an Excel defined name (the key in camelCase, a catalog figure
 * prefixed by its model id: {@code dense5400DriveSize}), a label carrying the unit of the value,
 * the value in that unit and its source. The options sheet's formulas refer to these names only.
 */
record WorkbookInputs(List<Section> sections) {

  /** One named input cell. {@code value} is a Number in {@code unit}, or a String. */
  record Input(String name, String label, String unit, Object value, String source) {
    /** "Rack power limit (kW)". */
    String title() {
      return unit.isEmpty() ? label : label + " (" + unit + ")";
    }
  }

  /** A heading and its inputs. */
  record Section(String title, List<Input> inputs) {}

  static final String SCENARIO_SOURCE = "scenario";

  static WorkbookInputs of(Comparison cmp) {
    Scenario s = cmp.scenario();
    Catalog c = cmp.catalog();
    List<Section> out = new ArrayList<>();
    out.add(new Section("Scenario: " + s.name(), List.of(
        new Input("gpus", "GPUs in the fleet", "", s.gpus(), SCENARIO_SOURCE),
        new Input("clusterGpus", "GPUs in one training cluster", "", s.clusterGpus(),
            SCENARIO_SOURCE),
        new Input("sites", "Sites", "", s.sites(), SCENARIO_SOURCE),
        new Input("targetUsable", "Usable capacity target", "PB", s.targetUsableBytes() / 1e15,
            SCENARIO_SOURCE),
        new Input("rackPowerLimit", "Rack power limit", "kW", s.rackPowerLimitWatts() / 1e3,
            SCENARIO_SOURCE),
        new Input("powerBasis", "Power packed against the limit (typical or max)", "",
            s.powerBasis().key(), SCENARIO_SOURCE))));
    var cap = c.capacity();
    out.add(new Section("Erasure coding and reserve", List.of(
        new Input("parityStrips", "Parity strips per stripe", "", cap.parityStrips(),
            c.sourceOf(cap, "parityStrips")),
        new Input("minDataStrips", "Fewest data strips per stripe", "", cap.minDataStrips(),
            c.sourceOf(cap, "minDataStrips")),
        new Input("maxDataStrips", "Most data strips per stripe", "", cap.maxDataStrips(),
            c.sourceOf(cap, "maxDataStrips")),
        new Input("reserveFraction", "Reserve set aside at install, share of raw", "",
            cap.reserveFraction(), c.sourceOf(cap, "reserveFraction")))));
    var fab = c.fabric();
    out.add(new Section("Switch fabric", List.of(
        new Input("leafDownlinkShare", "Share of leaf ports facing devices", "",
            fab.leafDownlinkShare(), c.sourceOf(fab, "leafDownlinkShare")),
        new Input("minSwitches", "Fewest switches (a redundant pair)", "", fab.minSwitches(),
            c.sourceOf(fab, "minSwitches")))));
    RackModel rack = c.rack(s.rack());
    out.add(new Section("Rack: " + rack.name(), List.of(
        new Input("rackHeight", "Rack height", "U", rack.rackUnits(),
            c.sourceOf(rack, "rackUnits")),
        new Input("rackReserved", "Units kept free for patching", "U", rack.reservedUnits(),
            c.sourceOf(rack, "reservedUnits")))));
    GuidanceLevel g = c.guidanceLevel(s.guidance());
    out.add(new Section("NVIDIA guidance: " + g.name(), List.of(
        new Input("guidanceSuGpus", "GPUs per scalable unit", "", g.suGpus(),
            c.sourceOf(g, "suGpus")),
        new Input("guidanceReadPerSu", "Read per scalable unit", "GB/s",
            g.readBytesPerSecPerSu() / 1e9, c.sourceOf(g, "read")),
        new Input("guidanceWritePerSu", "Write per scalable unit", "GB/s",
            g.writeBytesPerSecPerSu() / 1e9, c.sourceOf(g, "write")))));
    Set<String> cnodes = new LinkedHashSet<>();
    Set<String> dboxes = new LinkedHashSet<>();
    Set<String> switches = new LinkedHashSet<>();
    Set<String> clouds = new LinkedHashSet<>();
    for (Option o : cmp.options()) {
      if (flash(o)) {
        cnodes.add(o.hardware().cnodeModel());
        dboxes.add(o.hardware().dboxModel());
        switches.add(o.hardware().switchModel());
      } else {
        clouds.add(o.hardware().dboxModel());
      }
    }
    for (String id : cnodes) {
      out.add(cnode(c, c.cnode(id)));
    }
    for (String id : dboxes) {
      out.add(dbox(c, c.dbox(id)));
    }
    for (String id : switches) {
      out.add(switchModel(c, c.switchModel(id)));
    }
    for (String id : clouds) {
      out.add(cloud(c, c.cloudObject(id)));
    }
    return new WorkbookInputs(out);
  }

  /** Options built from enclosures and C-nodes (the cloud baseline is described per capacity). */
  static boolean flash(Option o) {
    return o.hardware().cnodeModel() != null;
  }

  private static Section cnode(Catalog c, CNodeModel m) {
    String p = prefix(m.id());
    return new Section("C-node: " + m.name(), List.of(
        in(c, m, p, "rackUnits", "Height", "U", m.rackUnits()),
        in(c, m, p, "read", "Read served", "GB/s", m.readBytesPerSec() / 1e9),
        in(c, m, p, "write", "Write served", "GB/s", m.writeBytesPerSec() / 1e9),
        in(c, m, p, "powerTypical", "Power typical", "W", m.powerTypicalWatts()),
        in(c, m, p, "powerMax", "Power max", "W", m.powerMaxWatts()),
        in(c, m, p, "ports", "Network ports", "", m.ports()),
        in(c, m, p, "portSpeed", "Port speed", "Gb/s", m.portBytesPerSec() * 8 / 1e9)));
  }

  private static Section dbox(Catalog c, DBoxModel m) {
    String p = prefix(m.id());
    return new Section("Enclosure: " + m.name(), List.of(
        in(c, m, p, "rackUnits", "Height", "U", m.rackUnits()),
        in(c, m, p, "drives", "Drives", "", m.drives()),
        in(c, m, p, "driveSize", "Drive size", "TB", m.driveBytes() / 1e12),
        in(c, m, p, "read", "Media read", "GB/s", m.readBytesPerSec() / 1e9),
        in(c, m, p, "write", "Media write, parity included", "GB/s", m.writeBytesPerSec() / 1e9),
        in(c, m, p, "powerTypical", "Power typical", "W", m.powerTypicalWatts()),
        in(c, m, p, "powerMax", "Power max", "W", m.powerMaxWatts()),
        in(c, m, p, "ports", "Network ports", "", m.ports()),
        in(c, m, p, "portSpeed", "Port speed", "Gb/s", m.portBytesPerSec() * 8 / 1e9)));
  }

  private static Section switchModel(Catalog c, SwitchModel m) {
    String p = prefix(m.id());
    return new Section("Switch: " + m.name(), List.of(
        in(c, m, p, "rackUnits", "Height", "U", m.rackUnits()),
        in(c, m, p, "ports", "Ports", "", m.ports()),
        in(c, m, p, "portSpeed", "Port speed", "Gb/s", m.portBytesPerSec() * 8 / 1e9),
        in(c, m, p, "powerTypical", "Power typical", "W", m.powerTypicalWatts()),
        in(c, m, p, "powerMax", "Power max", "W", m.powerMaxWatts())));
  }

  private static Section cloud(Catalog c, CloudObjectModel m) {
    String p = prefix(m.id());
    return new Section("Cloud object store: " + m.name(), List.of(
        in(c, m, p, "readPer100PB", "Read per 100 PB usable", "GB/s",
            m.readBytesPerSecPer100PB() / 1e9),
        in(c, m, p, "writePer100PB", "Write per 100 PB usable", "GB/s",
            m.writeBytesPerSecPer100PB() / 1e9),
        in(c, m, p, "racksPerEB", "Racks per EB usable", "", m.racksPerExabyte()),
        in(c, m, p, "rackUnitsPerRack", "Units per rack", "U", m.rackUnitsPerRack()),
        in(c, m, p, "powerPerRack", "Power per rack", "kW", m.powerPerRackWatts() / 1e3)));
  }

  private static Input in(Catalog c, Item item, String prefix, String field, String label,
      String unit, Object value) {
    return new Input(name(prefix, field), label, unit, value, c.sourceOf(item, field));
  }

  /** "dense-5400" to "dense5400", "cnode-gen6" to "cnodeGen6": a model id as a name prefix. */
  static String prefix(String id) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char ch : id.toCharArray()) {
      if (!Character.isLetterOrDigit(ch)) {
        up = sb.length() > 0;
        continue;
      }
      sb.append(up ? Character.toUpperCase(ch) : ch);
      up = false;
    }
    if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) {
      sb.insert(0, 'm');
    }
    return sb.toString();
  }

  /** The defined name of a model's figure: prefix + field with a capital. */
  static String name(String prefix, String field) {
    return prefix + field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
  }

  /** Every input, sections flattened, in sheet order. */
  List<Input> all() {
    List<Input> out = new ArrayList<>();
    sections.forEach(sec -> out.addAll(sec.inputs()));
    return out;
  }
}
