package io.exaplan.netbox;

import io.exaplan.config.Dimension;
import io.exaplan.config.Fields;
import io.exaplan.config.Location;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
import io.exaplan.config.Yaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads NetBox device-type and module-type YAML files. Keys follow the device-type library's
 * schemas (netbox-community/devicetype-library, schema/devicetype.json and moduletype.json);
 * keys outside them are rejected, keys inside them that exaplan has no use for are ignored.
 */
public final class DeviceTypeReader {
  /** Schema keys exaplan reads nothing from, but accepts. */
  private static final List<String> IGNORED = List.of("subdevice_role", "airflow",
      "comments", "description", "front_image", "rear_image", "exclude_from_utilization",
      "is_powered", "console-ports", "console-server-ports", "power-outlets", "front-ports",
      "rear-ports", "inventory-items", "default_platform");
  private static final List<String> PORT_IGNORED = List.of("label", "description");
  private static final List<String> IFACE_IGNORED = List.of("label", "description", "enabled",
      "poe_mode", "poe_type", "bridge", "rf_role");
  private static final List<String> BAY_IGNORED = List.of("label", "description", "position");
  /** NetBox's weight units (generated_schema.json, weight-unit) in kilograms. */
  private static final Map<String, Double> KG = Map.of("kg", 1.0, "g", 1e-3, "lb", 0.45359237,
      "oz", 0.028349523125);

  private DeviceTypeReader() {}

  /** A device type (slug and u_height required). */
  public static DeviceType read(Path file) {
    return read(file, false);
  }

  /** A module type (a card or supply that sits in a module bay: no slug, no height). */
  public static DeviceType readModule(Path file) {
    return read(file, true);
  }

  private static DeviceType read(Path file, boolean module) {
    Problems problems = new Problems();
    Node root = Yaml.read(file);
    Fields f = Fields.of(root, "", problems);
    String manufacturer = f.text("manufacturer");
    String model = f.text("model");
    String slug = module ? "" : f.text("slug");
    String part = f.text("part_number", "");
    int height = 0;
    if (!module) {
      double u = f.quantity("u_height", Dimension.NUMBER, 1, false);
      if (!Double.isNaN(u) && (u != Math.rint(u) || u > 100)) {
        f.problem("u_height", "must be a whole number of rack units from 0 to 100 for exaplan, "
            + "got " + io.exaplan.config.Units.sig(u));
      }
      height = Double.isNaN(u) ? 0 : (int) u;
      f.flag("is_full_depth", true);
    }
    double weight = Double.NaN;
    if (f.has("weight")) {
      double w = f.quantity("weight", Dimension.NUMBER, 0, false);
      String unit = f.text("weight_unit", "");
      Double kg = KG.get(unit);
      if (kg == null) {
        f.problem("weight_unit", "'" + Messages.printable(unit) + "' is not one of NetBox's "
            + "weight units kg, g, lb, oz");
      } else {
        weight = w * kg;
      }
    } else {
      f.node("weight_unit");
    }
    List<DeviceType.PowerPort> ports = new ArrayList<>();
    List<Node> portNodes = f.list("power-ports");
    for (int i = 0; i < portNodes.size(); i++) {
      Fields p = Fields.of(portNodes.get(i), "power-ports[" + i + "]", problems);
      ports.add(new DeviceType.PowerPort(p.text("name"), p.text("type", ""),
          p.quantity("maximum_draw", Dimension.NUMBER, 0, false),
          p.quantity("allocated_draw", Dimension.NUMBER, 0, false)));
      PORT_IGNORED.forEach(p::node);
      p.finish();
    }
    List<DeviceType.Interface> ifaces = new ArrayList<>();
    List<Node> ifaceNodes = f.list("interfaces");
    for (int i = 0; i < ifaceNodes.size(); i++) {
      Fields p = Fields.of(ifaceNodes.get(i), "interfaces[" + i + "]", problems);
      ifaces.add(new DeviceType.Interface(p.text("name"), p.text("type"),
          p.flag("mgmt_only", false)));
      IFACE_IGNORED.forEach(p::node);
      p.finish();
    }
    List<String> moduleBays = names(f, "module-bays", problems);
    List<String> deviceBays = module ? List.of() : names(f, "device-bays", problems);
    IGNORED.forEach(f::node);
    f.finish();
    problems.throwIfAny();
    return new DeviceType(file.toString(), module, manufacturer, model, slug, part, height,
        f.at("u_height"), weight, f.at("weight"), ports, keyAt(root, "power-ports"), ifaces,
        keyAt(root, "interfaces"), moduleBays, deviceBays, f.at());
  }

  /** Where {@code key} itself is written (a list's first item may be lines below). */
  private static Location keyAt(Node root, String key) {
    return root instanceof Node.MapNode m ? m.keyAt().get(key) : null;
  }

  private static List<String> names(Fields f, String key, Problems problems) {
    List<String> out = new ArrayList<>();
    List<Node> nodes = f.list(key);
    for (int i = 0; i < nodes.size(); i++) {
      Fields p = Fields.of(nodes.get(i), key + "[" + i + "]", problems);
      out.add(p.text("name"));
      BAY_IGNORED.forEach(p::node);
      p.finish();
    }
    return out;
  }

  /** Where a list starts, or the file's map when the list is absent. */
  static Location where(Location list, DeviceType t) {
    return list == null ? t.at() : list;
  }

  /**
   * Bits per second of a NetBox interface type: "200gbase-x-qsfp56" is 200 Gb/s, "1000base-t"
   * 1 Gb/s, "25gbase-x-sfp28" 25 Gb/s. Virtual, LAG and other types have no speed (0).
   */
  public static double bitsPerSec(String type) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^(\\d+(?:\\.\\d+)?)(g|t)?base").matcher(type);
    if (!m.find()) {
      return 0;
    }
    double v = Double.parseDouble(m.group(1));
    String scale = m.group(2);
    return v * ("t".equals(scale) ? 1e12 : "g".equals(scale) ? 1e9 : 1e6);
  }
}
