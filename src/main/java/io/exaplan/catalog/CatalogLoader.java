package io.exaplan.catalog;

import io.exaplan.config.Dimension;
import io.exaplan.config.Fields;
import io.exaplan.config.Figure;
import io.exaplan.config.Location;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
import io.exaplan.config.Yaml;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Catalog}: parses the built-in YAML and each overlay, merges them by id field by
 * field (later files win), binds every section, and validates cross-references. All problems of
 * all files are reported together.
 */
final class CatalogLoader {
  private static final int MAX_COUNT = 1_000_000;
  /** Ceilings on per-device figures: a device taller than a rack or with more ports is a typo. */
  private static final int MAX_UNITS = 100;
  private static final int MAX_PORTS = 4_096;
  private static final int MAX_DRIVES = 10_000;
  /** Parity the durability chain handles: its states grow as parity^2, its solve as parity^6. */
  private static final int MAX_PARITY = 16;
  private static final int MAX_CORRELATION = 1_000;

  private CatalogLoader() {}

  static Catalog load(List<Path> overlays) {
    return load(overlays, List.of());
  }

  /** Built-in, then the overlay files, then already-parsed overlays, merged in that order. */
  static Catalog load(List<Path> overlays, List<Node> parsed) {
    Node merged = Yaml.resource(Catalog.BUILT_IN);
    for (Path p : overlays) {
      merged = merge(merged, Yaml.read(p));
    }
    for (Node n : parsed) {
      merged = merge(merged, n);
    }
    return bind(merged);
  }

  /** Maps merge key by key; anything else in the overlay replaces the base. */
  static Node merge(Node base, Node over) {
    if (base instanceof Node.MapNode b && over instanceof Node.MapNode o) {
      Map<String, Node> entries = new LinkedHashMap<>(b.entries());
      Map<String, io.exaplan.config.Location> keyAt = new LinkedHashMap<>(b.keyAt());
      for (Map.Entry<String, Node> e : o.entries().entrySet()) {
        Node prior = entries.get(e.getKey());
        entries.put(e.getKey(), prior == null ? e.getValue() : merge(prior, e.getValue()));
        keyAt.put(e.getKey(), o.keyAt().get(e.getKey()));
      }
      return new Node.MapNode(entries, keyAt, b.at());
    }
    return over;
  }

  private static Catalog bind(Node root) {
    Problems problems = new Problems();
    Fields top = Fields.of(root, "", problems);
    Map<String, Source> sources = sources(top.map("sources"));
    CapacityModel capacity = capacity(top.map("capacity"));
    FabricModel fabric = fabric(top.map("fabric"));
    DurabilityModel durability = durability(top.map("durability"));
    Map<String, CNodeModel> cnodes = top.entries("cnodes", CatalogLoader::cnode);
    Map<String, DBoxModel> dboxes = top.entries("dboxes", (id, f) -> dbox(id, f, durability));
    Map<String, SwitchModel> switches = top.entries("switches", CatalogLoader::switchModel);
    Map<String, RackModel> racks = top.entries("racks", CatalogLoader::rack);
    Map<String, CloudObjectModel> clouds = top.entries("cloudObjects", CatalogLoader::cloud);
    Map<String, GuidanceLevel> guidance = top.entries("guidance", CatalogLoader::guidance);
    Map<String, DesignTemplate> designs = top.entries("designs",
        (id, f) -> design(id, f, dboxes.keySet()));
    Map<String, NetboxName> netbox = top.has("netbox")
        ? top.entries("netbox", CatalogLoader::netboxName) : Map.of();
    if (!netbox.isEmpty()) {
      Fields section = top.map("netbox");
      for (String id : netbox.keySet()) {
        if (!cnodes.containsKey(id) && !dboxes.containsKey(id) && !switches.containsKey(id)) {
          problems.add(section.at(id), section.pathOf(id),
              "names no C-node, D-box or switch of the catalog");
        }
      }
    }
    Map<String, GpuNodeModel> gpuNodes = top.entries("gpuNodes", CatalogLoader::gpuNode);
    top.finish();
    problems.throwIfAny();

    Catalog c = new Catalog(sources, capacity, fabric, cnodes, dboxes, switches, racks, clouds,
        guidance, designs, durability, netbox, gpuNodes);
    validate(c, problems);
    problems.throwIfAny();
    return c;
  }

  /** Rules across entries: sources exist, references resolve, max >= typical. */
  private static void validate(Catalog c, Problems problems) {
    Map<String, Map<String, ? extends Item>> sections = new LinkedHashMap<>();
    sections.put("cnodes.", c.cnodes());
    sections.put("dboxes.", c.dboxes());
    sections.put("switches.", c.switches());
    sections.put("racks.", c.racks());
    sections.put("cloudObjects.", c.cloudObjects());
    sections.put("guidance.", c.guidance());
    sections.put("designs.", c.designs());
    sections.put("netbox.", c.netbox());
    sections.put("gpuNodes.", c.gpuNodes());
    sections.put("", Map.of("capacity", c.capacity(), "fabric", c.fabric(), "durability",
        c.durability()));
    for (Map.Entry<String, Map<String, ? extends Item>> section : sections.entrySet()) {
      for (Item item : section.getValue().values()) {
        for (Map.Entry<String, Figure> f : item.figures().entrySet()) {
          if (!c.sources().containsKey(f.getValue().sourceId())) {
            problems.add(f.getValue().at(), section.getKey() + item.id() + "." + f.getKey(),
                "unknown source '"
                + f.getValue().sourceId() + "'; add it under sources or use one of: "
                + String.join(", ", c.sources().keySet()));
          }
        }
      }
    }
    for (CNodeModel m : c.cnodes().values()) {
      maxAtLeastTypical(problems, "cnodes", m, m.powerTypicalWatts(), m.powerMaxWatts());
    }
    for (DBoxModel m : c.dboxes().values()) {
      maxAtLeastTypical(problems, "dboxes", m, m.powerTypicalWatts(), m.powerMaxWatts());
    }
    for (SwitchModel m : c.switches().values()) {
      maxAtLeastTypical(problems, "switches", m, m.powerTypicalWatts(), m.powerMaxWatts());
      // a leaf needs a port for the spines besides its device ports: else a fabric of many
      // one-port "leaves" that reach nothing is counted as a network (issue 22: 630 switches)
      if (m.ports() < 2) {
        across(problems, "switches." + m.id() + ".", m, "ports", "a leaf of " + m.ports()
            + " port has none left for the spines; expected at least 2 ports (one to the "
            + "devices, one to the spines)", "ports", "");
      }
    }
    for (RackModel r : c.racks().values()) {
      if (r.reservedUnits() >= r.rackUnits()) {
        across(problems, "racks." + r.id() + ".", r, "reservedUnits", "must be less than "
            + "rackUnits (" + r.rackUnits() + "), got " + r.reservedUnits(), "rackUnits",
            "must be more than reservedUnits (" + r.reservedUnits() + "), got " + r.rackUnits());
      }
    }
    CapacityModel cap = c.capacity();
    if (cap.maxDataStrips() < cap.minDataStrips()) {
      across(problems, "capacity.", cap, "maxDataStrips", "must be at least minDataStrips ("
          + cap.minDataStrips() + "), got " + cap.maxDataStrips(), "minDataStrips",
          "must be at most maxDataStrips (" + cap.maxDataStrips() + "), got "
              + cap.minDataStrips());
    }
    double best = (double) cap.maxDataStrips() / (cap.maxDataStrips() + cap.parityStrips());
    if (!(cap.reserveFraction() < best)) {
      problems.add(cap.figures().get("reserveFraction").at(), "capacity.reserveFraction",
          "must be below the widest stripe's efficiency " + String.format(java.util.Locale.ROOT,
              "%.4f", best) + ", got " + cap.reserveFraction());
    }
    validateDurability(c, problems);
  }

  /** A rebuild must leave training some bandwidth; correlation can only raise failure rates. */
  private static void validateDurability(Catalog c, Problems problems) {
    DurabilityModel m = c.durability();
    if (m.rebuildShare() >= 1) {
      problems.add(m.figures().get("rebuildShare").at(), "durability.rebuildShare",
          "must be below 1 (a rebuild that takes all the bandwidth leaves none for training), got "
              + io.exaplan.config.Units.sig(m.rebuildShare()));
    }
    if (m.correlationFactor() < 1 || m.correlationFactor() > MAX_CORRELATION) {
      problems.add(m.figures().get("correlationFactor").at(), "durability.correlationFactor",
          "must be from 1 (failures while degraded are no less likely) to " + MAX_CORRELATION
              + ", got " + io.exaplan.config.Units.sig(m.correlationFactor()));
    }
    if (c.capacity().parityStrips() > MAX_PARITY) {
      problems.add(c.capacity().figures().get("parityStrips").at(), "capacity.parityStrips",
          "must be at most " + MAX_PARITY + " (the durability model's Markov chain), got "
              + c.capacity().parityStrips());
    }
    for (CloudObjectModel o : c.cloudObjects().values()) {
      if (o.parityFragments() > MAX_PARITY) {
        problems.add(o.figures().get("parityFragments").at(),
            "cloudObjects." + o.id() + ".parityFragments", "must be at most " + MAX_PARITY
                + " (the durability model's Markov chain), got " + o.parityFragments());
      }
      if (o.failuresTolerated() > o.parityFragments()) {
        across(problems, "cloudObjects." + o.id() + ".", o, "failuresTolerated",
            "must not exceed parityFragments (" + o.parityFragments() + "), got "
                + o.failuresTolerated(), "parityFragments", "must be at least failuresTolerated ("
                + o.failuresTolerated() + "), got " + o.parityFragments());
      }
      if (o.repairReads() > o.dataFragments()) {
        across(problems, "cloudObjects." + o.id() + ".", o, "repairReads",
            "must not exceed dataFragments (" + o.dataFragments() + "), got " + o.repairReads(),
            "dataFragments", "must be at least repairReads (" + o.repairReads() + "), got "
                + o.dataFragments());
      }
    }
  }

  private static void maxAtLeastTypical(Problems p, String section, Item item, double typical,
      double max) {
    if (max < typical) {
      across(p, section + "." + item.id() + ".", item, "powerMax", "must be at least "
          + "powerTypical (" + io.exaplan.config.Units.sig(typical) + " W), got "
          + io.exaplan.config.Units.sig(max) + " W", "powerTypical", "must be at most powerMax ("
          + io.exaplan.config.Units.sig(max) + " W), got " + io.exaplan.config.Units.sig(typical)
          + " W");
    }
  }

  /**
   * A rule between two figures of one entry ({@code key} against {@code other}), reported at
   * {@code key} unless only {@code other} was written by the user's catalog: then at {@code
   * other}, in its own words, so a mistake in the user's file is reported at the user's line,
   * never at the built-in catalog's.
   */
  private static void across(Problems p, String prefix, Item item, String key, String atKey,
      String other, String atOther) {
    Figure k = item.figures().get(key);
    Figure o = item.figures().get(other);
    if (k != null && o != null && builtIn(k.at()) && !builtIn(o.at())) {
      p.add(o.at(), prefix + other, atOther);
    } else if (k != null) {
      p.add(k.at(), prefix + key, atKey);
    } else {
      p.add(prefix + key + ": " + atKey);
    }
  }

  private static boolean builtIn(Location at) {
    return at == null || at.file().startsWith("built-in:");
  }

  private static Map<String, Source> sources(Fields f) {
    Map<String, Source> out = new LinkedHashMap<>();
    for (String id : f.keys()) {
      String text = f.text(id);
      if (text.isBlank()) {
        f.problem(id, "empty source; expected a citation or 'assumption: why'");
      }
      boolean assumption = text.startsWith(Source.ASSUMPTION);
      out.put(id, new Source(id, text.trim(), assumption));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Collects figures by field name while binding one item. */
  private static final class Figures {
    final Fields f;
    final Map<String, Figure> figures = new LinkedHashMap<>();

    Figures(Fields f) {
      this.f = f;
    }

    double get(String key, Dimension d) {
      Figure fig = f.figure(key, d, true);
      figures.put(key, fig);
      return fig.value();
    }

    int whole(String key) {
      return whole(key, MAX_COUNT);
    }

    /** A whole number from 1 to {@code max}: per-device figures have physical ceilings. */
    int whole(String key, int max) {
      double v = get(key, Dimension.NUMBER);
      if (Double.isNaN(v)) {
        return 0;
      }
      if (v != Math.rint(v) || v > max) {
        f.problem(key, "must be a whole number from 1 to " + max + ", got "
            + io.exaplan.config.Units.sig(v));
        return 0;
      }
      return (int) v;
    }

    double fraction(String key) {
      double v = get(key, Dimension.NUMBER);
      if (v > 1) {
        f.problem(key, "must be a fraction in (0, 1], got " + io.exaplan.config.Units.sig(v));
      }
      return v;
    }

    Map<String, Figure> done() {
      return Collections.unmodifiableMap(figures);
    }
  }

  private static CapacityModel capacity(Fields f) {
    Figures g = new Figures(f);
    String domain = f.text("failureDomain", "drive");
    if (!CapacityModel.FAILURE_DOMAINS.contains(domain)) {
      f.problem("failureDomain", "'" + domain + "' is not one of "
          + String.join(", ", CapacityModel.FAILURE_DOMAINS));
    }
    CapacityModel m = new CapacityModel("capacity", g.whole("parityStrips", MAX_DRIVES),
        g.whole("minDataStrips", MAX_DRIVES), g.whole("maxDataStrips", MAX_DRIVES), g.fraction("reserveFraction"),
        domain, g.done());
    f.finish();
    return m;
  }

  private static FabricModel fabric(Fields f) {
    Figures g = new Figures(f);
    FabricModel m = new FabricModel("fabric", g.fraction("leafDownlinkShare"),
        g.whole("minSwitches", MAX_PORTS), g.done());
    f.finish();
    return m;
  }

  private static DurabilityModel durability(Fields f) {
    Figures g = new Figures(f);
    DurabilityModel m = new DurabilityModel("durability", g.fraction("driveAfr"),
        g.fraction("enclosureAfr"), g.fraction("rebuildShare"), g.fraction("rebuildReadFraction"),
        g.get("correlationFactor", Dimension.NUMBER), g.done());
    f.finish();
    return m;
  }

  private static CNodeModel cnode(String id, Fields f) {
    Figures g = new Figures(f);
    return new CNodeModel(id, f.name("name", null), g.whole("rackUnits", MAX_UNITS),
        g.get("read", Dimension.BYTE_RATE), g.get("write", Dimension.BYTE_RATE),
        g.get("powerTypical", Dimension.POWER), g.get("powerMax", Dimension.POWER),
        g.whole("ports", MAX_PORTS), g.get("portSpeed", Dimension.BYTE_RATE), f.flag("certified", false),
        g.done());
  }

  /** Failure rates are optional per model; absent ones come from the durability section. */
  private static DBoxModel dbox(String id, Fields f, DurabilityModel defaults) {
    Figures g = new Figures(f);
    String name = f.name("name", null);
    int rackUnits = g.whole("rackUnits", MAX_UNITS);
    int drives = g.whole("drives", MAX_DRIVES);
    double driveSize = g.get("driveSize", Dimension.BYTES);
    double read = g.get("read", Dimension.BYTE_RATE);
    double write = g.get("write", Dimension.BYTE_RATE);
    double typical = g.get("powerTypical", Dimension.POWER);
    double max = g.get("powerMax", Dimension.POWER);
    int ports = g.whole("ports", MAX_PORTS);
    double portSpeed = g.get("portSpeed", Dimension.BYTE_RATE);
    boolean certified = f.flag("certified", false);
    double driveAfr = f.has("driveAfr") ? g.fraction("driveAfr") : defaults.driveAfr();
    double enclosureAfr = f.has("enclosureAfr") ? g.fraction("enclosureAfr")
        : defaults.enclosureAfr();
    return new DBoxModel(id, name, rackUnits, drives, driveSize, read, write, typical, max, ports,
        portSpeed, certified, g.done(), driveAfr, enclosureAfr);
  }

  private static SwitchModel switchModel(String id, Fields f) {
    Figures g = new Figures(f);
    return new SwitchModel(id, f.name("name", null), g.whole("rackUnits", MAX_UNITS), g.whole("ports", MAX_PORTS),
        g.get("portSpeed", Dimension.BYTE_RATE), g.get("powerTypical", Dimension.POWER),
        g.get("powerMax", Dimension.POWER), g.done());
  }

  /** NetBox's limits: names of 100 characters, part numbers of 50, lower-case type slugs. */
  private static NetboxName netboxName(String id, Fields f) {
    Figures g = new Figures(f);
    String manufacturer = f.text("manufacturer");
    String model = f.text("model");
    String part = f.text("partNumber", "");
    String inlet = f.text("inlet", NetboxName.DEFAULT_INLET);
    double weight = f.has("weightKg") ? g.get("weightKg", Dimension.NUMBER) : Double.NaN;
    if (manufacturer.isBlank() || manufacturer.length() > 100) {
      f.problem("manufacturer", "must be 1 to 100 characters (NetBox's limit)");
    }
    if (model.isBlank() || model.length() > 100) {
      f.problem("model", "must be 1 to 100 characters (NetBox's limit)");
    }
    if (part.length() > 50) {
      f.problem("partNumber", "must be at most 50 characters (NetBox's limit)");
    }
    if (!inlet.matches("[a-z0-9-]{1,50}")) {
      f.problem("inlet", "must be a NetBox power-port type such as iec-60320-c14");
    }
    return new NetboxName(id, manufacturer, model, part, inlet, weight, g.done());
  }

  private static RackModel rack(String id, Fields f) {
    Figures g = new Figures(f);
    String name = f.name("name", null);
    int units = g.whole("rackUnits", MAX_UNITS);
    int reserved = g.whole("reservedUnits", MAX_UNITS);
    for (String key : List.of("weightKg", "widthMm", "depthMm")) {
      if (f.has(key)) {
        g.get(key, Dimension.NUMBER);
      }
    }
    return new RackModel(id, name, units, reserved, g.done());
  }

  private static CloudObjectModel cloud(String id, Fields f) {
    Figures g = new Figures(f);
    String name = f.name("name", null);
    double read = g.get("readPer100PB", Dimension.BYTE_RATE);
    double write = g.get("writePer100PB", Dimension.BYTE_RATE);
    double racks = g.get("racksPerEB", Dimension.NUMBER);
    int rackUnits = g.whole("rackUnitsPerRack", MAX_UNITS);
    double power = g.get("powerPerRack", Dimension.POWER);
    double driveSize = g.get("driveSize", Dimension.BYTES);
    double driveAfr = g.fraction("driveAfr");
    int perEnclosure = g.whole("drivesPerEnclosure", MAX_DRIVES);
    double enclosureAfr = g.fraction("enclosureAfr");
    int data = g.whole("dataFragments", MAX_DRIVES);
    int parity = g.whole("parityFragments", MAX_DRIVES);
    int tolerated = g.whole("failuresTolerated", MAX_DRIVES);
    int repairReads = g.whole("repairReads", MAX_DRIVES);
    return new CloudObjectModel(id, name, read, write, racks, rackUnits, power, g.done(),
        driveSize, driveAfr, perEnclosure, enclosureAfr, data, parity, tolerated, repairReads);
  }

  private static GuidanceLevel guidance(String id, Fields f) {
    Figures g = new Figures(f);
    return new GuidanceLevel(id, f.name("name", null), g.whole("suGpus"),
        g.get("read", Dimension.BYTE_RATE), g.get("write", Dimension.BYTE_RATE), g.done());
  }

  private static GpuNodeModel gpuNode(String id, Fields f) {
    Figures g = new Figures(f);
    return new GpuNodeModel(id, f.name("name", null), g.whole("gpus", MAX_PORTS),
        g.whole("storagePorts", MAX_PORTS), g.get("storagePortSpeed", Dimension.BYTE_RATE),
        g.get("localCapacity", Dimension.BYTES), g.get("localWrite", Dimension.BYTE_RATE),
        g.done());
  }

  /** A design template; its D-box model must be one of {@code models} (checked here, located). */
  private static DesignTemplate design(String id, Fields f, java.util.Set<String> models) {
    Figures g = new Figures(f);
    String dbox = f.text("dbox");
    if (!dbox.isEmpty() && !models.contains(dbox)) {
      f.problem("dbox", "unknown D-box model '" + dbox + "'; known: "
          + String.join(", ", models));
    }
    int dboxes = f.has("dboxes") ? g.whole("dboxes") : 0;
    int cnodes = f.has("cnodes") ? g.whole("cnodes") : 0;
    double ratio = f.has("cnodesPerDbox") ? g.get("cnodesPerDbox", Dimension.NUMBER) : 0;
    int gpus = f.has("gpus") ? g.whole("gpus") : 0;
    if (ratio == 0 && (dboxes == 0 || cnodes == 0)) {
      f.problem("cnodesPerDbox", "a design needs either dboxes and cnodes, or cnodesPerDbox");
    }
    return new DesignTemplate(id, f.name("name", null), dbox, dboxes, cnodes, ratio, gpus, g.done());
  }
}
