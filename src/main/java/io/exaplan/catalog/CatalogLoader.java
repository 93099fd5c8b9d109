package io.exaplan.catalog;

import io.exaplan.config.Dimension;
import io.exaplan.config.Fields;
import io.exaplan.config.Figure;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
import io.exaplan.config.Yaml;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

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
    Map<String, CNodeModel> cnodes = section(top, "cnodes", CatalogLoader::cnode);
    Map<String, DBoxModel> dboxes = section(top, "dboxes", CatalogLoader::dbox);
    Map<String, SwitchModel> switches = section(top, "switches", CatalogLoader::switchModel);
    Map<String, RackModel> racks = section(top, "racks", CatalogLoader::rack);
    Map<String, CloudObjectModel> clouds = section(top, "cloudObjects", CatalogLoader::cloud);
    Map<String, GuidanceLevel> guidance = section(top, "guidance", CatalogLoader::guidance);
    Map<String, DesignTemplate> designs = section(top, "designs", CatalogLoader::design);
    top.finish();
    problems.throwIfAny();

    Catalog c = new Catalog(sources, capacity, fabric, cnodes, dboxes, switches, racks, clouds,
        guidance, designs);
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
    sections.put("", Map.of("capacity", c.capacity(), "fabric", c.fabric()));
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
    }
    for (RackModel r : c.racks().values()) {
      if (r.reservedUnits() >= r.rackUnits()) {
        problems.add(r.figures().get("reservedUnits").at(), "racks." + r.id() + ".reservedUnits",
            "must be less than rackUnits (" + r.rackUnits() + "), got " + r.reservedUnits());
      }
    }
    CapacityModel cap = c.capacity();
    if (cap.maxDataStrips() < cap.minDataStrips()) {
      problems.add(cap.figures().get("maxDataStrips").at(), "capacity.maxDataStrips",
          "must be at least minDataStrips (" + cap.minDataStrips() + "), got "
              + cap.maxDataStrips());
    }
    double best = (double) cap.maxDataStrips() / (cap.maxDataStrips() + cap.parityStrips());
    if (!(cap.reserveFraction() < best)) {
      problems.add(cap.figures().get("reserveFraction").at(), "capacity.reserveFraction",
          "must be below the widest stripe's efficiency " + String.format(java.util.Locale.ROOT,
              "%.4f", best) + ", got " + cap.reserveFraction());
    }
    for (DesignTemplate d : c.designs().values()) {
      if (!c.dboxes().containsKey(d.dboxModel())) {
        problems.add("designs." + d.id() + ".dbox: unknown D-box model '" + d.dboxModel()
            + "'; known: " + String.join(", ", c.dboxes().keySet()));
      }
    }
  }

  private static void maxAtLeastTypical(Problems p, String section, Item item, double typical,
      double max) {
    if (max < typical) {
      p.add(item.figures().get("powerMax").at(), section + "." + item.id() + ".powerMax",
          "must be at least powerTypical (" + io.exaplan.config.Units.sig(typical) + " W), got "
              + io.exaplan.config.Units.sig(max) + " W");
    }
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

  private static <T> Map<String, T> section(Fields top, String key,
      BiFunction<String, Fields, T> binder) {
    Fields section = top.map(key);
    Map<String, T> out = new LinkedHashMap<>();
    for (String id : section.keys()) {
      Fields item = Fields.of(section.node(id), section.pathOf(id), section.problems());
      out.put(id, binder.apply(id, item));
      item.finish();
    }
    if (out.isEmpty()) {
      section.problems().add(section.at(), section.path(), "needs at least one entry");
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
    CapacityModel m = new CapacityModel("capacity", g.whole("parityStrips", MAX_DRIVES),
        g.whole("minDataStrips", MAX_DRIVES), g.whole("maxDataStrips", MAX_DRIVES), g.fraction("reserveFraction"),
        g.done());
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

  private static CNodeModel cnode(String id, Fields f) {
    Figures g = new Figures(f);
    return new CNodeModel(id, f.text("name"), g.whole("rackUnits", MAX_UNITS),
        g.get("read", Dimension.BYTE_RATE), g.get("write", Dimension.BYTE_RATE),
        g.get("powerTypical", Dimension.POWER), g.get("powerMax", Dimension.POWER),
        g.whole("ports", MAX_PORTS), g.get("portSpeed", Dimension.BYTE_RATE), f.flag("certified", false),
        g.done());
  }

  private static DBoxModel dbox(String id, Fields f) {
    Figures g = new Figures(f);
    return new DBoxModel(id, f.text("name"), g.whole("rackUnits", MAX_UNITS), g.whole("drives", MAX_DRIVES),
        g.get("driveSize", Dimension.BYTES), g.get("read", Dimension.BYTE_RATE),
        g.get("write", Dimension.BYTE_RATE), g.get("powerTypical", Dimension.POWER),
        g.get("powerMax", Dimension.POWER), g.whole("ports", MAX_PORTS),
        g.get("portSpeed", Dimension.BYTE_RATE), f.flag("certified", false), g.done());
  }

  private static SwitchModel switchModel(String id, Fields f) {
    Figures g = new Figures(f);
    return new SwitchModel(id, f.text("name"), g.whole("rackUnits", MAX_UNITS), g.whole("ports", MAX_PORTS),
        g.get("portSpeed", Dimension.BYTE_RATE), g.get("powerTypical", Dimension.POWER),
        g.get("powerMax", Dimension.POWER), g.done());
  }

  private static RackModel rack(String id, Fields f) {
    Figures g = new Figures(f);
    return new RackModel(id, f.text("name"), g.whole("rackUnits", MAX_UNITS), g.whole("reservedUnits", MAX_UNITS),
        g.done());
  }

  private static CloudObjectModel cloud(String id, Fields f) {
    Figures g = new Figures(f);
    return new CloudObjectModel(id, f.text("name"), g.get("readPer100PB", Dimension.BYTE_RATE),
        g.get("writePer100PB", Dimension.BYTE_RATE), g.get("racksPerEB", Dimension.NUMBER),
        g.whole("rackUnitsPerRack", MAX_UNITS), g.get("powerPerRack", Dimension.POWER), g.done());
  }

  private static GuidanceLevel guidance(String id, Fields f) {
    Figures g = new Figures(f);
    return new GuidanceLevel(id, f.text("name"), g.whole("suGpus"),
        g.get("read", Dimension.BYTE_RATE), g.get("write", Dimension.BYTE_RATE), g.done());
  }

  private static DesignTemplate design(String id, Fields f) {
    Figures g = new Figures(f);
    String dbox = f.text("dbox");
    int dboxes = f.has("dboxes") ? g.whole("dboxes") : 0;
    int cnodes = f.has("cnodes") ? g.whole("cnodes") : 0;
    double ratio = f.has("cnodesPerDbox") ? g.get("cnodesPerDbox", Dimension.NUMBER) : 0;
    int gpus = f.has("gpus") ? g.whole("gpus") : 0;
    if (ratio == 0 && (dboxes == 0 || cnodes == 0)) {
      f.problem("cnodesPerDbox", "a design needs either dboxes and cnodes, or cnodesPerDbox");
    }
    return new DesignTemplate(id, f.text("name"), dbox, dboxes, cnodes, ratio, gpus, g.done());
  }
}
