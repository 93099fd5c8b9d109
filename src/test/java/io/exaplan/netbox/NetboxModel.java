package io.exaplan.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.config.Node;
import io.exaplan.config.Yaml;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A NetBox stand-in for tests: imports an export folder file by file, in the README's order,
 * applying the rules NetBox 4.6 applies on import (netbox/dcim/forms/bulk_import.py and the
 * models' clean()), and fails the test at the first one broken:
 * <ul>
 * <li>unique manufacturer name and slug, role name and slug, site name and slug, device type
 *   slug and model per manufacturer, rack name per site, device name per site, power panel name
 *   per site, feed name per panel, component name per device;
 * <li>every referenced object exists: a device's manufacturer, its device type (by model,
 *   within the manufacturer), role, site and rack (within the site); a feed's panel and rack
 *   (within the site); each cable end;
 * <li>rack position: a device of height h at position p needs 1 &lt;= p and p + h - 1 &lt;= the
 *   rack's height, a face, and no unit shared with another device; a 0U device has neither;
 * <li>a feed's voltage is not 0, amperage at least 1, max_utilization 1 to 100;
 * <li>a cable end is a component of the named device (or a feed of the named panel), is not
 *   connected twice, and the two ends are of compatible types (interface to interface, power
 *   port to power outlet or power feed).
 * </ul>
 * Then it computes what NetBox shows: each rack's power utilisation (Rack.get_power_utilization:
 * the allocated draw of the power ports cabled to the rack's feeds, where a port without draws of
 * its own sums the ports on its outlets, over the feeds' available power) and total weight.
 */
final class NetboxModel {
  record Type(String manufacturer, String model, double uHeight, double weightKg,
      Set<String> interfaces, Map<String, long[]> powerPorts, Map<String, String> outlets) {}

  record Dev(String name, String site, String rack, Type type, String role) {}

  final Set<String> manufacturers = new HashSet<>();
  final Set<String> manufacturerSlugs = new HashSet<>();
  final Set<String> roles = new HashSet<>();
  final Map<String, Type> types = new HashMap<>();
  final Set<String> typeSlugs = new HashSet<>();
  final Set<String> sites = new HashSet<>();
  final Map<String, Integer> rackHeights = new LinkedHashMap<>();
  final Map<String, Dev> devices = new LinkedHashMap<>();
  final Map<String, Set<String>> interfaces = new HashMap<>();
  final Map<String, boolean[]> units = new HashMap<>();
  final Set<String> panels = new HashSet<>();
  /** feed "panel/name" to rack and available watts. */
  final Map<String, String> feedRack = new LinkedHashMap<>();
  final Map<String, Long> feedWatts = new HashMap<>();
  /** "kind|device|name" to the "kind|device|name" at the cable's other end. */
  final Map<String, String> peer = new HashMap<>();

  /** NetBox's interface types (generated_schema.json), for the interfaces CSV. */
  static final Set<String> INTERFACE_TYPES = interfaceTypes();

  static Set<String> interfaceTypes() {
    try {
      com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(Path.of("src/test/resources/netbox/library/schema/generated_schema.json")
              .toFile()).path("definitions").path("interface").path("properties").path("type")
          .path("enum");
      Set<String> out = new HashSet<>();
      n.forEach(v -> out.add(v.asText()));
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<CSVRecord> csv(Path f) throws Exception {
    try (Reader r = Files.newBufferedReader(f)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)
          .getRecords();
    }
  }

  /** Imports {@code dir}'s shared files, then each option folder named. */
  static NetboxModel load(Path dir, List<String> options) throws Exception {
    NetboxModel nb = new NetboxModel();
    nb.importShared(dir.resolve("shared"));
    for (String o : options) {
      nb.importOption(dir.resolve(o));
    }
    return nb;
  }

  void importShared(Path shared) throws Exception {
    for (Path f : sorted(shared.resolve("1-manufacturers"))) {
      for (CSVRecord r : csv(f)) {
        assertThat(manufacturers.add(r.get("name"))).as("manufacturer %s exists", r.get("name"))
            .isTrue();
        assertThat(manufacturerSlugs.add(r.get("slug"))).isTrue();
      }
    }
    Set<String> roleSlugs = new HashSet<>();
    for (Path f : sorted(shared.resolve("2-device-roles"))) {
      for (CSVRecord r : csv(f)) {
        assertThat(roles.add(r.get("name"))).isTrue();
        assertThat(roleSlugs.add(r.get("slug"))).isTrue();
        assertThat(r.get("color")).matches("[0-9a-f]{6}");
      }
    }
    for (Path f : sorted(shared.resolve("3-device-types"))) {
      Node.MapNode m = (Node.MapNode) Yaml.read(f);
      String manufacturer = text(m, "manufacturer");
      assertThat(manufacturers).as("%s: manufacturer", f).contains(manufacturer);
      String model = text(m, "model");
      assertThat(typeSlugs.add(manufacturer + "/" + text(m, "slug"))).isTrue();
      Set<String> ifaces = new HashSet<>();
      for (Node.MapNode i : items(m, "interfaces")) {
        assertThat(ifaces.add(text(i, "name"))).isTrue();
      }
      Map<String, long[]> ports = new LinkedHashMap<>();
      for (Node.MapNode p : items(m, "power-ports")) {
        long max = p.entries().containsKey("maximum_draw") ? Long.parseLong(text(p, "maximum_draw")) : -1;
        long alloc = p.entries().containsKey("allocated_draw") ? Long.parseLong(text(p, "allocated_draw")) : -1;
        // PowerPortTemplate.clean(): allocated draw cannot exceed maximum draw
        assertThat(alloc).isLessThanOrEqualTo(max);
        ports.put(text(p, "name"), new long[] {max, alloc});
      }
      Map<String, String> outlets = new LinkedHashMap<>();
      for (Node.MapNode o : items(m, "power-outlets")) {
        assertThat(ports).containsKey(text(o, "power_port"));
        outlets.put(text(o, "name"), text(o, "power_port"));
      }
      double w = m.entries().containsKey("weight") ? Double.parseDouble(text(m, "weight")) : Double.NaN;
      Type t = new Type(manufacturer, model, Double.parseDouble(text(m, "u_height")), w, ifaces,
          ports, outlets);
      assertThat(types.put(manufacturer + "/" + model, t)).as("device type %s", model).isNull();
    }
    for (Path f : sorted(shared.resolve("4-sites"))) {
      for (CSVRecord r : csv(f)) {
        assertThat(sites.add(r.get("name"))).isTrue();
        assertThat(r.get("slug")).matches("^[-a-zA-Z0-9_]+$");
      }
    }
  }

  void importOption(Path dir) throws Exception {
    for (CSVRecord r : csv(dir.resolve("1-racks.csv"))) {
      assertThat(sites).contains(r.get("site"));
      String key = r.get("site") + "/" + r.get("name");
      // RackStatusChoices, RackWidthChoices
      assertThat(r.get("status")).isIn("reserved", "available", "planned", "active", "deprecated");
      assertThat(r.get("width")).isIn("10", "19", "21", "23");
      assertThat(rackHeights.put(key, Integer.parseInt(r.get("u_height")))).as(key).isNull();
      units.put(key, new boolean[Integer.parseInt(r.get("u_height")) + 1]);
      // Rack.weight with weight_unit (WeightUnitChoices); both or neither
      assertThat(r.get("weight").isEmpty()).isEqualTo(r.get("weight_unit").isEmpty());
      if (!r.get("weight").isEmpty()) {
        assertThat(r.get("weight_unit")).isIn("kg", "g", "lb", "oz");
        assertThat(r.get("weight_unit")).isEqualTo("kg");
        rackWeights.put(key, Double.parseDouble(r.get("weight")));
      }
    }
    for (CSVRecord r : csv(dir.resolve("2-devices.csv"))) {
      String site = r.get("site");
      assertThat(sites).contains(site);
      // DeviceStatusChoices
      assertThat(r.get("status")).isIn("offline", "active", "planned", "staged", "failed",
          "inventory", "decommissioning");
      assertThat(manufacturers).contains(r.get("manufacturer"));
      Type t = types.get(r.get("manufacturer") + "/" + r.get("device_type"));
      assertThat(t).as("device type %s", r.get("device_type")).isNotNull();
      assertThat(roles).contains(r.get("role"));
      String rack = site + "/" + r.get("rack");
      assertThat(rackHeights).containsKey(rack);
      String name = site + "/" + r.get("name");
      assertThat(devices.put(name, new Dev(r.get("name"), site, rack, t, r.get("role"))))
          .as("device %s", name).isNull();
      if (t.uHeight() == 0) {
        assertThat(r.get("position")).isEmpty();
        assertThat(r.get("face")).isEmpty();
      } else {
        int pos = Integer.parseInt(r.get("position"));
        int top = pos + (int) t.uHeight() - 1;
        assertThat(pos).isGreaterThanOrEqualTo(1);
        assertThat(top).isLessThanOrEqualTo(rackHeights.get(rack));
        assertThat(r.get("face")).isIn("front", "rear");
        for (int u = pos; u <= top; u++) {
          assertThat(units.get(rack)[u]).as("%s overlaps at U%d", name, u).isFalse();
          units.get(rack)[u] = true;
        }
      }
      interfaces.put(name, new HashSet<>(t.interfaces()));
    }
    Path lanes = dir.resolve("3-interfaces.csv");
    if (Files.exists(lanes)) {
      for (CSVRecord r : csv(lanes)) {
        String dev = only(r.get("device"));
        assertThat(INTERFACE_TYPES).contains(r.get("type"));
        assertThat(interfaces.get(dev).add(r.get("name"))).as("%s %s", dev, r.get("name"))
            .isTrue();
      }
    }
    for (CSVRecord r : csv(dir.resolve("4-power-panels.csv"))) {
      assertThat(sites).contains(r.get("site"));
      assertThat(panels.add(r.get("site") + "/" + r.get("name"))).isTrue();
    }
    for (CSVRecord r : csv(dir.resolve("5-power-feeds.csv"))) {
      String panel = r.get("site") + "/" + r.get("power_panel");
      assertThat(panels).contains(panel);
      String rack = r.get("site") + "/" + r.get("rack");
      assertThat(rackHeights).containsKey(rack);
      int v = Integer.parseInt(r.get("voltage"));
      int a = Integer.parseInt(r.get("amperage"));
      int u = Integer.parseInt(r.get("max_utilization"));
      assertThat(v).isNotZero();
      assertThat(a).isBetween(1, 32767);
      assertThat(u).isBetween(1, 100);
      // PowerFeedStatusChoices, PowerFeedTypeChoices, PowerFeedSupplyChoices, PowerFeedPhaseChoices
      assertThat(r.get("status")).isIn("offline", "active", "planned", "failed");
      assertThat(r.get("type")).isIn("primary", "redundant");
      assertThat(r.get("supply")).isIn("ac", "dc");
      assertThat(r.get("phase")).isIn("single-phase", "three-phase");
      String key = panel + "/" + r.get("name");
      assertThat(feedRack.put(key, rack)).isNull();
      // PowerFeed.save(): available_power = round(|voltage| x amperage x max_utilization / 100),
      // x 1.732 for three-phase
      double kva = Math.abs(v) * a * (u / 100.0);
      feedWatts.put(key, Math.round(r.get("phase").equals("three-phase") ? kva * 1.732 : kva));
    }
    for (String f : List.of("6-cables-power.csv", "7-cables-data.csv")) {
      for (CSVRecord r : csv(dir.resolve(f))) {
        // LinkStatusChoices; CableTypeChoices (only 'power' is written, data cable types are unknown)
        assertThat(r.get("status")).isIn("connected", "planned", "decommissioning");
        assertThat(r.get("type")).isIn("", "power");
        String a = end(r, "a");
        String b = end(r, "b");
        String ka = a.substring(0, a.indexOf('|'));
        String kb = b.substring(0, b.indexOf('|'));
        assertThat(compatible(ka, kb)).as("%s to %s", a, b).isTrue();
        assertThat(peer.put(a, b)).as("%s already connected", a).isNull();
        assertThat(peer.put(b, a)).as("%s already connected", b).isNull();
      }
    }
  }

  /** CableImportForm._clean_side: the termination exists on the device (or panel). */
  private String end(CSVRecord r, String side) {
    String site = r.get("side_" + side + "_site");
    String type = r.get("side_" + side + "_type");
    String name = r.get("side_" + side + "_name");
    if (type.equals("dcim.powerfeed")) {
      String key = site + "/" + r.get("side_" + side + "_power_panel") + "/" + name;
      assertThat(feedRack).as("feed %s", key).containsKey(key);
      return "powerfeed|" + key;
    }
    String dev = site + "/" + r.get("side_" + side + "_device");
    Dev d = devices.get(dev);
    assertThat(d).as("device %s", dev).isNotNull();
    switch (type) {
      case "dcim.interface" -> assertThat(interfaces.get(dev)).as(dev).contains(name);
      case "dcim.powerport" -> assertThat(d.type().powerPorts()).as(dev).containsKey(name);
      case "dcim.poweroutlet" -> assertThat(d.type().outlets()).as(dev).containsKey(name);
      default -> throw new AssertionError("termination type " + type);
    }
    return type.substring(5) + "|" + dev + "|" + name;
  }

  private static boolean compatible(String a, String b) {
    Set<String> pair = new HashSet<>(List.of(a, b));
    return (a.equals("interface") && b.equals("interface"))
        || pair.equals(Set.of("powerport", "poweroutlet"))
        || pair.equals(Set.of("powerport", "powerfeed"));
  }

  private String only(String deviceName) {
    List<String> hits = new ArrayList<>();
    for (String k : devices.keySet()) {
      if (k.endsWith("/" + deviceName)) {
        hits.add(k);
      }
    }
    assertThat(hits).as("device %s by name", deviceName).hasSize(1);
    return hits.get(0);
  }

  /** PowerPort.get_power_draw()['allocated'] of a device's port. */
  long allocated(String dev, String port) {
    long[] draw = devices.get(dev).type().powerPorts().get(port);
    if (draw[0] >= 0 || draw[1] >= 0) {
      return Math.max(0, draw[1]);
    }
    long sum = 0;
    for (Map.Entry<String, String> o : devices.get(dev).type().outlets().entrySet()) {
      String p = peer.get("poweroutlet|" + dev + "|" + o.getKey());
      if (o.getValue().equals(port) && p != null) {
        String[] parts = p.split("\\|");
        sum += allocated(parts[1], parts[2]);
      }
    }
    return sum;
  }

  /** Rack.get_power_utilization(), in percent rounded to 0.1. */
  double powerUtilisation(String rack) {
    long available = 0;
    long drawn = 0;
    for (Map.Entry<String, String> f : feedRack.entrySet()) {
      if (f.getValue().equals(rack)) {
        available += feedWatts.get(f.getKey());
        String p = peer.get("powerfeed|" + f.getKey());
        if (p != null && p.startsWith("powerport|")) {
          String[] parts = p.split("\\|");
          drawn += allocated(parts[1], parts[2]);
        }
      }
    }
    return available == 0 ? 0 : Math.round(drawn * 1000.0 / available) / 10.0;
  }

  /** Rack.weight per rack, in kg. */
  private final Map<String, Double> rackWeights = new java.util.HashMap<>();

  /** Rack.total_weight: the rack's own weight plus the sum of the device types' weights. */
  double weightKg(String rack) {
    double kg = rackWeights.getOrDefault(rack, 0.0);
    for (Dev d : devices.values()) {
      if (d.rack().equals(rack) && !Double.isNaN(d.type().weightKg())) {
        kg += d.type().weightKg();
      }
    }
    return kg;
  }

  private static List<Path> sorted(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  static String text(Node.MapNode m, String key) {
    return ((Node.ScalarNode) m.entries().get(key)).text();
  }

  static List<Node.MapNode> items(Node.MapNode m, String key) {
    Node n = m.entries().get(key);
    List<Node.MapNode> out = new ArrayList<>();
    if (n instanceof Node.ListNode l) {
      l.items().forEach(i -> out.add((Node.MapNode) i));
    }
    return out;
  }
}
