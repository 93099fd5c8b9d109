package io.exaplan.netbox;

import io.exaplan.config.Dimension;
import io.exaplan.config.Fields;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
import io.exaplan.config.Yaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads NetBox device-type YAML files. Keys follow the device-type library's schema
 * (netbox-community/devicetype-library, schema/devicetype.json); keys outside that schema are
 * rejected, keys inside it that exaplan has no use for are ignored.
 */
public final class DeviceTypeReader {
  /** Schema keys exaplan reads nothing from, but accepts. */
  private static final List<String> IGNORED = List.of("subdevice_role", "airflow", "weight",
      "weight_unit", "comments", "description", "front_image", "rear_image",
      "exclude_from_utilization", "is_powered", "console-ports", "console-server-ports",
      "power-outlets", "front-ports", "rear-ports", "module-bays", "device-bays",
      "inventory-items", "default_platform");
  private static final List<String> PORT_IGNORED = List.of("type", "label", "description");
  private static final List<String> IFACE_IGNORED = List.of("label", "description", "enabled",
      "poe_mode", "poe_type");

  private DeviceTypeReader() {}

  public static DeviceType read(Path file) {
    Problems problems = new Problems();
    Fields f = Fields.of(Yaml.read(file), "", problems);
    String manufacturer = f.text("manufacturer");
    String model = f.text("model");
    String slug = f.text("slug");
    String part = f.text("part_number", "");
    double u = f.quantity("u_height", Dimension.NUMBER, 1, true);
    if (!Double.isNaN(u) && (u != Math.rint(u) || u > 100)) {
      f.problem("u_height", "must be a whole number of rack units from 1 to 100 for exaplan, got "
          + io.exaplan.config.Units.sig(u));
    }
    boolean fullDepth = f.flag("is_full_depth", true);
    List<DeviceType.PowerPort> ports = new ArrayList<>();
    List<Node> portNodes = f.list("power-ports");
    for (int i = 0; i < portNodes.size(); i++) {
      Fields p = Fields.of(portNodes.get(i), "power-ports[" + i + "]", problems);
      ports.add(new DeviceType.PowerPort(p.text("name"),
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
    IGNORED.forEach(f::node);
    f.finish();
    problems.throwIfAny();
    return new DeviceType(file.toString(), manufacturer, model, slug, part, (int) u, fullDepth,
        ports, ifaces);
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
