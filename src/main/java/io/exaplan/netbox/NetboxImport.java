package io.exaplan.netbox;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.Dimension;
import io.exaplan.config.Fields;
import io.exaplan.config.Figure;
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
 * Turns NetBox device types into an exaplan catalog overlay. NetBox gives height, data ports and
 * power; what it lacks (role, throughput, drives) comes from an overlay file keyed by slug, or
 * from command-line defaults. The result is checked by loading it over the built-in catalog
 * before it is returned, so what is written is always accepted by --catalog. Mapping:
 * docs/netbox.md.
 */
public final class NetboxImport {
  /** Fields each role needs beyond what NetBox provides. */
  private static final Map<String, List<String>> NEEDS = Map.of(
      "cnode", List.of("read", "write"),
      "dbox", List.of("drives", "driveSize", "read", "write"),
      "switch", List.of());
  private static final Map<String, String> SECTION = Map.of(
      "cnode", "cnodes", "dbox", "dboxes", "switch", "switches");

  private NetboxImport() {}

  /** Defaults for every device without an overlay entry (command-line flags); all optional. */
  public record Defaults(String role, String read, String write, String drives, String driveSize,
      Boolean certified) {
    /** The defaults as figure text, sourced to the command line. */
    Map<String, String> figures() {
      Map<String, String> m = new LinkedHashMap<>();
      put(m, "read", read);
      put(m, "write", write);
      put(m, "drives", drives);
      put(m, "driveSize", driveSize);
      return m;
    }

    private static void put(Map<String, String> m, String k, String v) {
      if (v != null) {
        m.put(k, v + " @" + CLI_SOURCE);
      }
    }
  }

  static final String CLI_SOURCE = "netbox-import-flags";

  /** The catalog overlay YAML for {@code files}, validated against the built-in catalog. */
  public static String toCatalogYaml(List<Path> files, Path overlay, Defaults defaults,
      double psuRedundancyDefault) {
    Problems problems = new Problems();
    Map<String, Fields> perSlug = new LinkedHashMap<>();
    Map<String, String> extraSources = new LinkedHashMap<>();
    double redundancy = psuRedundancyDefault;
    if (overlay != null) {
      Fields o = Fields.of(Yaml.read(overlay), "", problems);
      if (o.has("sources")) {
        Fields s = o.map("sources");
        for (String id : s.keys()) {
          extraSources.put(id, s.text(id));
        }
      }
      redundancy = o.quantity("psuRedundancy", Dimension.NUMBER, psuRedundancyDefault, true);
      if (o.has("devices")) {
        Fields d = o.map("devices");
        for (String slug : d.keys()) {
          perSlug.put(slug, Fields.of(d.node(slug), d.pathOf(slug), problems));
        }
      }
      o.finish();
    }
    StringBuilder sources = new StringBuilder("sources:\n");
    sources.append("  ").append(CLI_SOURCE).append(": ")
        .append(quote("assumption: given on the exaplan catalog import-netbox command line"))
        .append('\n');
    extraSources.forEach((k, v) -> sources.append("  ").append(k).append(": ").append(quote(v))
        .append('\n'));
    Map<String, StringBuilder> sections = new LinkedHashMap<>();
    for (Path file : files) {
      DeviceType t = DeviceTypeReader.read(file);
      Fields extra = perSlug.remove(t.slug());
      entry(t, extra, defaults, redundancy, problems, sources, sections);
    }
    for (Fields unused : perSlug.values()) {
      problems.add(unused.at(), unused.path(), "no NetBox file with this slug was given");
    }
    problems.throwIfAny();
    StringBuilder yaml = new StringBuilder(header()).append(sources);
    sections.forEach((name, body) -> yaml.append(name).append(":\n").append(body));
    Catalog.withOverlayText("netbox import", yaml.toString());
    return yaml.toString();
  }

  private static void entry(DeviceType t, Fields extra, Defaults defaults, double redundancy,
      Problems problems, StringBuilder sources, Map<String, StringBuilder> sections) {
    String where = t.file() + ": " + t.slug() + ": ";
    String role = extra != null ? extra.text("role", defaults.role()) : defaults.role();
    if (role == null || !NEEDS.containsKey(role)) {
      problems.add(where + "role " + (role == null ? "missing" : "'" + role + "' unknown")
          + "; give --role cnode|dbox|switch or devices." + t.slug() + ".role in the overlay");
      return;
    }
    String id = extra != null ? extra.text("id", t.slug()) : t.slug();
    String src = "netbox-" + t.slug();
    sources.append("  ").append(src).append(": ").append(quote("NetBox device type "
        + t.manufacturer() + " / " + t.model() + (t.partNumber().isEmpty() ? ""
            : " (" + t.partNumber() + ")") + ", file " + Path.of(t.file()).getFileName()))
        .append('\n');

    Map<String, String> fig = new LinkedHashMap<>();
    fig.put("rackUnits", t.uHeight() + " @" + src);
    double fastest = 0;
    int ports = 0;
    for (DeviceType.Interface i : t.interfaces()) {
      double bps = i.mgmtOnly() ? 0 : DeviceTypeReader.bitsPerSec(i.type());
      if (bps > fastest) {
        fastest = bps;
        ports = 0;
      }
      if (bps == fastest && bps > 0) {
        ports++;
      }
    }
    if (ports == 0) {
      problems.add(where + "no data interfaces (only management or untyped ones); exaplan needs "
          + "the device's data ports");
    } else {
      fig.put("ports", ports + " @" + src);
      fig.put("portSpeed", Units.sig(fastest / 1e9).replace(",", "") + " Gb/s @" + src);
    }
    double max = 0;
    double allocated = 0;
    for (DeviceType.PowerPort p : t.powerPorts()) {
      max += p.maximumDraw();
      allocated += p.allocatedDraw();
    }
    if (max > 0) {
      fig.put("powerMax", watts(max / redundancy) + " @" + src);
    }
    if (allocated > 0) {
      fig.put("powerTypical", watts(allocated / redundancy) + " @" + src);
    }
    defaults.figures().forEach(fig::put);
    Boolean certified = defaults.certified();
    if (extra != null) {
      for (String k : List.of("read", "write", "drives", "driveSize", "powerTypical", "powerMax",
          "rackUnits", "ports", "portSpeed")) {
        if (extra.has(k)) {
          Figure f = extra.figure(k, dimension(k), true);
          if (!Double.isNaN(f.value())) {
            fig.put(k, extra.text(k));
          }
        }
      }
      if (extra.has("certified")) {
        certified = extra.flag("certified", false);
      }
      extra.node("name");
      extra.finish();
    }
    List<String> need = new ArrayList<>(NEEDS.get(role));
    need.add("powerTypical");
    need.add("powerMax");
    for (String k : need) {
      if (!fig.containsKey(k)) {
        problems.add(where + "role " + role + " needs '" + k + "', which NetBox does not give; "
            + "set devices." + t.slug() + "." + k + " in the overlay" + (k.startsWith("power")
                ? "" : " or give --" + flag(k)));
      }
    }
    String name = extra != null ? extra.text("name", t.manufacturer() + " " + t.model())
        : t.manufacturer() + " " + t.model();
    StringBuilder body = sections.computeIfAbsent(SECTION.get(role), k -> new StringBuilder());
    body.append("  ").append(id).append(":\n");
    body.append("    name: ").append(quote(name)).append('\n');
    for (String k : order(role)) {
      if (fig.containsKey(k)) {
        body.append("    ").append(k).append(": ").append(fig.get(k)).append('\n');
      }
    }
    if (!role.equals("switch")) {
      body.append("    certified: ").append(Boolean.TRUE.equals(certified)).append('\n');
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

  private static String flag(String k) {
    return k.equals("driveSize") ? "drive-size" : k;
  }

  private static String watts(double w) {
    return String.format(Locale.ROOT, "%s W", Units.sig(w).replace(",", ""));
  }

  private static String header() {
    return "# exaplan catalog overlay generated by 'exaplan catalog import-netbox'.\n"
        + "# From NetBox: rackUnits = u_height; ports/portSpeed = the fastest non-management\n"
        + "# interfaces; powerMax/powerTypical = sum of maximum_draw/allocated_draw over the power\n"
        + "# ports / PSU redundancy. Everything else comes from the overlay or the command line.\n";
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
