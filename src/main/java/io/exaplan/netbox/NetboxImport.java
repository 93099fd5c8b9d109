package io.exaplan.netbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.exaplan.catalog.Catalog;
import io.exaplan.config.Dimension;
import io.exaplan.config.Fields;
import io.exaplan.config.InputException;
import io.exaplan.config.Location;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
import io.exaplan.config.Units;
import io.exaplan.config.Yaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns NetBox device types into an exaplan catalog overlay. NetBox gives height, data ports,
 * power and weight; what it lacks (role, throughput, drives) comes from an overlay file keyed by
 * slug, or from command-line defaults. Data ports and supplies may sit on modules in module bays
 * ({@code --module}) or on child devices in device bays ({@code --child}), as the current
 * device-type library has them; the overlay says which module or child fills which bay. The
 * overlay is built as data, each value located where it came from, and checked by loading it over
 * the built-in catalog, so a mistake is reported at the NetBox file's field, the overlay's line or
 * the flag, and what is written is always accepted by --catalog. Mapping: docs/netbox.md.
 */
public final class NetboxImport {
  /** Fields each role needs beyond what NetBox provides. */
  private static final Map<String, List<String>> NEEDS = Map.of(
      "cnode", List.of("read", "write"),
      "dbox", List.of("drives", "driveSize", "read", "write"),
      "switch", List.of());
  private static final Map<String, String> SECTION = Map.of(
      "cnode", "cnodes", "dbox", "dboxes", "switch", "switches");
  private static final List<String> FIGURES = List.of("read", "write", "drives", "driveSize",
      "powerTypical", "powerMax", "rackUnits", "ports", "portSpeed");
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .build());

  static final String CLI_SOURCE = "netbox-import-flags";

  private NetboxImport() {}

  /** Defaults for every device without an overlay entry (command-line flags); all optional. */
  public record Defaults(String role, String read, String write, String drives, String driveSize,
      Boolean certified) {}

  /** What the import reads: device types, module types, child device types. */
  public record Files(List<Path> deviceTypes, List<Path> modules, List<Path> children) {
    public static Files of(List<Path> deviceTypes) {
      return new Files(deviceTypes, List.of(), List.of());
    }
  }

  /** The catalog overlay YAML for {@code files}, validated against the built-in catalog. */
  public static String toCatalogYaml(List<Path> files, Path overlay, Defaults defaults,
      double psuRedundancyDefault) {
    return toCatalogYaml(Files.of(files), overlay, defaults, psuRedundancyDefault);
  }

  /** The catalog overlay YAML for {@code files}, validated against the built-in catalog. */
  public static String toCatalogYaml(Files files, Path overlay, Defaults defaults,
      double psuRedundancyDefault) {
    Problems problems = new Problems();
    Map<String, Figure> flags = flags(defaults, problems);
    if (defaults.role() != null && !NEEDS.containsKey(defaults.role())) {
      problems.add(Location.flag("--role"), "", "'" + defaults.role()
          + "' is not a role; expected cnode, dbox or switch");
    }
    problems.throwIfAny();

    Map<String, Fields> perSlug = new LinkedHashMap<>();
    Location generated = Location.flag("catalog import-netbox");
    Tree root = new Tree(generated);
    Tree sources = root.map("sources", generated);
    sources.put(CLI_SOURCE, "assumption: given on the exaplan catalog import-netbox command line",
        generated);
    double redundancy = psuRedundancyDefault;
    Location redundancyAt = Location.flag("--psu-redundancy");
    if (overlay != null) {
      Fields o = Fields.of(Yaml.read(overlay), "", problems);
      if (o.has("sources")) {
        Fields s = o.map("sources");
        for (String id : s.keys()) {
          sources.put(id, s.text(id), s.at(id));
        }
      }
      if (o.has("psuRedundancy")) {
        redundancyAt = o.at("psuRedundancy");
      }
      redundancy = o.quantity("psuRedundancy", Dimension.NUMBER, psuRedundancyDefault, true);
      if (!(redundancy >= 1)) {
        o.problem("psuRedundancy", "must be 1 or more (supplies per device that each carry it)");
        redundancy = 1;
      }
      if (o.has("devices")) {
        Fields d = o.map("devices");
        for (String slug : d.keys()) {
          perSlug.put(slug, Fields.of(d.node(slug), d.pathOf(slug), problems));
        }
      }
      o.finish();
    }
    Map<String, DeviceType> modules = new LinkedHashMap<>();
    for (Path p : files.modules()) {
      DeviceType m = DeviceTypeReader.readModule(p);
      modules.put(m.model(), m);
      if (!m.partNumber().isEmpty()) {
        modules.putIfAbsent(m.partNumber(), m);
      }
    }
    Map<String, DeviceType> children = new LinkedHashMap<>();
    for (Path p : files.children()) {
      DeviceType c = DeviceTypeReader.read(p);
      children.put(c.slug(), c);
    }
    for (Path file : files.deviceTypes()) {
      DeviceType t = DeviceTypeReader.read(file);
      Fields extra = perSlug.remove(t.slug());
      new Entry(t, extra, defaults, flags, redundancy, redundancyAt, modules, children, problems,
          root).build();
    }
    for (Fields unused : perSlug.values()) {
      problems.add(unused.at(), unused.path(), "no NetBox file with this slug was given");
    }
    problems.throwIfAny();
    root = root.ordered(List.of("sources", "cnodes", "dboxes", "switches", "netbox"));
    Node tree = root.node();
    Catalog.withOverlay(tree);
    String text;
    try {
      text = header() + YAML.writeValueAsString(root.emittable(java.util.Set.of("certified")));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the catalog overlay", e);
    }
    if (!Tree.plain(Yaml.parse("generated overlay", text)).equals(root.plain())) {
      throw new IllegalStateException("the written overlay does not read back as built");
    }
    return text;
  }

  /** A figure's text and where it came from. */
  record Figure(String text, Location at) {}

  /** The flags' figures, each checked here so a bad one is reported as that flag. */
  private static Map<String, Figure> flags(Defaults d, Problems problems) {
    Map<String, Figure> m = new LinkedHashMap<>();
    flag(m, "read", "--read", d.read(), Dimension.BYTE_RATE, problems);
    flag(m, "write", "--write", d.write(), Dimension.BYTE_RATE, problems);
    flag(m, "driveSize", "--drive-size", d.driveSize(), Dimension.BYTES, problems);
    if (d.drives() != null) {
      String s = d.drives().trim();
      if (!s.matches("[0-9]{1,5}") || Integer.parseInt(s) < 1) {
        problems.add(Location.flag("--drives"), "", "'" + Messages.printable(d.drives())
            + "' is not a whole number of drives from 1 to 99999");
      } else {
        m.put("drives", new Figure(s + " @" + CLI_SOURCE, Location.flag("--drives")));
      }
    }
    return m;
  }

  private static void flag(Map<String, Figure> m, String key, String flag, String value,
      Dimension dim, Problems problems) {
    if (value == null) {
      return;
    }
    try {
      double v = Units.parse(value, dim);
      if (!(v > 0) || Double.isInfinite(v)) {
        problems.add(Location.flag(flag), "", "'" + Messages.printable(value) + "' must be "
            + "greater than zero and finite; expected " + dim.describe() + " such as '"
            + dim.example() + "'");
        return;
      }
      m.put(key, new Figure(value.trim() + " @" + CLI_SOURCE, Location.flag(flag)));
    } catch (IllegalArgumentException e) {
      problems.add(Location.flag(flag), "", Messages.printable(e.getMessage()));
    }
  }

  /** One device type's catalog entry and its netbox names. */
  private static final class Entry {
    final DeviceType t;
    final Fields extra;
    final Defaults defaults;
    final Map<String, Figure> flags;
    final double redundancy;
    final Location redundancyAt;
    final Map<String, DeviceType> modules;
    final Map<String, DeviceType> children;
    final Problems problems;
    final Tree root;
    final String src;

    Entry(DeviceType t, Fields extra, Defaults defaults, Map<String, Figure> flags,
        double redundancy, Location redundancyAt, Map<String, DeviceType> modules,
        Map<String, DeviceType> children, Problems problems, Tree root) {
      this.t = t;
      this.extra = extra;
      this.defaults = defaults;
      this.flags = flags;
      this.redundancy = redundancy;
      this.redundancyAt = redundancyAt;
      this.modules = modules;
      this.children = children;
      this.problems = problems;
      this.root = root;
      this.src = "netbox-" + t.slug();
    }

    private String where() {
      return Messages.printable(t.file()) + ": " + Messages.printable(t.slug()) + ": ";
    }

    void build() {
      String role = extra != null && extra.has("role") ? extra.text("role") : defaults.role();
      if (role == null || !NEEDS.containsKey(role)) {
        if (extra != null && extra.has("role")) {
          extra.problem("role", "'" + Messages.printable(role) + "' is not a role; expected "
              + "cnode, dbox or switch");
        } else {
          problems.add(where() + "role missing; give --role cnode|dbox|switch or devices."
              + Messages.printable(t.slug()) + ".role in the overlay");
        }
        return;
      }
      String id = extra != null ? extra.text("id", t.slug()) : t.slug();
      root.map("sources", null).put(src, "NetBox device type " + t.manufacturer() + " / "
          + t.model() + (t.partNumber().isEmpty() ? "" : " (" + t.partNumber() + ")")
          + ", file " + Path.of(t.file()).getFileName(), t.at());

      Map<String, Figure> fig = new LinkedHashMap<>();
      fig.put("rackUnits", new Figure(t.uHeight() + " @" + src, t.uHeightAt()));
      List<DeviceType> parts = installed();
      Map<String, Figure> given = new LinkedHashMap<>();
      Boolean certified = defaults.certified();
      if (extra != null) {
        for (String k : FIGURES) {
          if (extra.has(k)) {
            io.exaplan.config.Figure f = extra.figure(k, dimension(k), true);
            if (!Double.isNaN(f.value())) {
              given.put(k, new Figure(extra.text(k), extra.at(k)));
            }
          }
        }
        if (extra.has("certified")) {
          certified = extra.flag("certified", false);
        }
      }
      if (!(given.containsKey("ports") && given.containsKey("portSpeed"))) {
        dataPorts(parts, fig);
      }
      power(parts, fig);
      flags.forEach(fig::put);
      fig.putAll(given);
      String name = extra != null ? extra.text("name", t.manufacturer() + " " + t.model())
          : t.manufacturer() + " " + t.model();
      if (extra != null) {
        extra.node("role");
        extra.finish();
      }
      List<String> need = new ArrayList<>(NEEDS.get(role));
      need.add("powerTypical");
      need.add("powerMax");
      for (String k : need) {
        if (!fig.containsKey(k)) {
          problems.add(where() + "role " + role + " needs '" + k + "', which NetBox does not "
              + "give; set devices." + Messages.printable(t.slug()) + "." + k + " in the overlay"
              + (k.startsWith("power") ? "" : " or give --" + flagName(k)));
        }
      }
      Location at = extra != null ? extra.at() : t.at();
      Tree section = root.map(SECTION.get(role), at);
      if (section.has(id)) {
        problems.add(at, "", "catalog id '" + Messages.printable(id) + "' is given to two "
            + "NetBox files; set devices.<slug>.id in the overlay");
        return;
      }
      Tree e = section.map(id, at);
      e.put("name", name, extra != null && extra.has("name") ? extra.at("name") : t.at());
      for (String k : order(role)) {
        Figure f = fig.get(k);
        if (f != null) {
          e.put(k, f.text(), f.at());
        }
      }
      if (!role.equals("switch")) {
        e.put("certified", String.valueOf(Boolean.TRUE.equals(certified)), at);
      }
      Tree nb = root.map("netbox", at).map(id, t.at());
      nb.put("manufacturer", t.manufacturer(), t.at());
      nb.put("model", t.model(), t.at());
      if (!t.partNumber().isEmpty()) {
        nb.put("partNumber", t.partNumber(), t.at());
      }
      String inlet = inlet(parts);
      if (inlet != null) {
        nb.put("inlet", inlet, DeviceTypeReader.where(t.powerPortsAt(), t));
      }
      if (!Double.isNaN(t.weightKg())) {
        nb.put("weightKg", Units.sig(t.weightKg()).replace(",", "") + " @" + src,
            t.weightAt());
      }
    }

    /** The device and what the overlay installs in its bays: modules, then child devices. */
    private List<DeviceType> installed() {
      List<DeviceType> parts = new ArrayList<>();
      parts.add(t);
      if (extra == null) {
        return parts;
      }
      if (extra.has("modules")) {
        Fields m = extra.map("modules");
        for (String bay : m.keys()) {
          String model = m.text(bay);
          if (!t.moduleBays().contains(bay)) {
            m.problem(bay, "no module bay of this name in " + Messages.printable(t.file())
                + "; its module bays: " + Messages.printable(String.join(", ", t.moduleBays())));
          } else if (!modules.containsKey(model)) {
            m.problem(bay, "module '" + Messages.printable(model) + "' was not given; give its "
                + "module-type file with --module (known: "
                + Messages.printable(String.join(", ", modules.keySet())) + ")");
          } else {
            parts.add(modules.get(model));
          }
        }
      }
      if (extra.has("bays")) {
        Fields b = extra.map("bays");
        for (String bay : b.keys()) {
          String slug = b.text(bay);
          if (!t.deviceBays().contains(bay)) {
            b.problem(bay, "no device bay of this name in " + Messages.printable(t.file())
                + "; its device bays: " + Messages.printable(String.join(", ", t.deviceBays())));
          } else if (!children.containsKey(slug)) {
            b.problem(bay, "child device type '" + Messages.printable(slug) + "' was not given; "
                + "give its device-type file with --child");
          } else {
            parts.add(children.get(slug));
          }
        }
      }
      return parts;
    }

    /** The fastest non-management interfaces over the device and its installed parts. */
    private void dataPorts(List<DeviceType> parts, Map<String, Figure> fig) {
      double fastest = 0;
      int ports = 0;
      for (DeviceType p : parts) {
        for (DeviceType.Interface i : p.interfaces()) {
          double bps = i.mgmtOnly() ? 0 : DeviceTypeReader.bitsPerSec(i.type());
          if (bps > fastest) {
            fastest = bps;
            ports = 0;
          }
          if (bps == fastest && bps > 0) {
            ports++;
          }
        }
      }
      Location at = DeviceTypeReader.where(t.interfacesAt(), t);
      if (ports == 0) {
        problems.add(at, "interfaces", "no data interfaces (only management or untyped ones, "
            + "and none on the modules or child devices the overlay installs); install them "
            + "with devices." + Messages.printable(t.slug()) + ".modules or .bays, or set "
            + ".ports and .portSpeed in the overlay");
      } else {
        fig.put("ports", new Figure(ports + " @" + src, at));
        fig.put("portSpeed", new Figure(Units.sig(fastest / 1e9).replace(",", "") + " Gb/s @"
            + src, at));
      }
    }

    /** Sum of the supplies' draws over the device and its modules, per PSU redundancy. */
    private void power(List<DeviceType> parts, Map<String, Figure> fig) {
      double max = 0;
      double allocated = 0;
      for (DeviceType p : parts) {
        if (p.module() || p == t) {
          for (DeviceType.PowerPort port : p.powerPorts()) {
            max += port.maximumDraw();
            allocated += port.allocatedDraw();
          }
        }
      }
      Location at = DeviceTypeReader.where(t.powerPortsAt(), t);
      if (max > 0) {
        fig.put("powerMax", new Figure(watts(max / redundancy) + " @" + src, at));
      }
      if (allocated > 0) {
        fig.put("powerTypical", new Figure(watts(allocated / redundancy) + " @" + src, at));
      }
    }

    /** The supplies' common NetBox type, or null when none or mixed. */
    private String inlet(List<DeviceType> parts) {
      String type = null;
      for (DeviceType p : parts) {
        if (p.module() || p == t) {
          for (DeviceType.PowerPort port : p.powerPorts()) {
            if (port.type().isEmpty() || (type != null && !type.equals(port.type()))) {
              return null;
            }
            type = port.type();
          }
        }
      }
      return type != null && type.matches("[a-z0-9-]{1,50}") ? type : null;
    }
  }

  private static List<String> order(String role) {
    switch (role) {
      case "dbox":
        return List.of("rackUnits", "drives", "driveSize", "read", "write", "powerTypical",
            "powerMax", "ports", "portSpeed");
      case "cnode":
        return List.of("rackUnits", "read", "write", "powerTypical", "powerMax", "ports",
            "portSpeed");
      default:
        return List.of("rackUnits", "ports", "portSpeed", "powerTypical", "powerMax");
    }
  }

  private static Dimension dimension(String k) {
    switch (k) {
      case "read":
      case "write":
      case "portSpeed":
        return Dimension.BYTE_RATE;
      case "driveSize":
        return Dimension.BYTES;
      case "powerTypical":
      case "powerMax":
        return Dimension.POWER;
      default:
        return Dimension.NUMBER;
    }
  }

  private static String flagName(String k) {
    return k.equals("driveSize") ? "drive-size" : k;
  }

  private static String watts(double w) {
    return String.format(Locale.ROOT, "%s W", Units.sig(w).replace(",", ""));
  }

  private static String header() {
    return "# exaplan catalog overlay generated by 'exaplan catalog import-netbox'.\n"
        + "# From NetBox: rackUnits = u_height; ports/portSpeed = the fastest non-management\n"
        + "# interfaces of the device and the modules or child devices in its bays;\n"
        + "# powerMax/powerTypical = sum of maximum_draw/allocated_draw over the power ports /\n"
        + "# PSU redundancy; netbox = manufacturer, model, part number, supply type, weight.\n"
        + "# Everything else comes from the overlay or the command line.\n";
  }

  /** Rethrows {@code e} with every echoed value made printable (one line per problem). */
  public static InputException printable(InputException e) {
    List<String> lines = new ArrayList<>();
    for (String p : e.problems()) {
      lines.add(Messages.printable(p));
    }
    return new InputException(lines);
  }
}
