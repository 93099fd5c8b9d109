package io.exaplan.catalog;

import io.exaplan.config.Figure;
import io.exaplan.config.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validated, immutable hardware catalog: the built-in defaults with any user files layered
 * over them. Every figure keeps the id of its source; {@link #assumptions} lists the guessed ones
 * an answer depends on.
 */
public record Catalog(
    Map<String, Source> sources,
    CapacityModel capacity,
    FabricModel fabric,
    Map<String, CNodeModel> cnodes,
    Map<String, DBoxModel> dboxes,
    Map<String, SwitchModel> switches,
    Map<String, RackModel> racks,
    Map<String, CloudObjectModel> cloudObjects,
    Map<String, GuidanceLevel> guidance,
    Map<String, DesignTemplate> designs,
    DurabilityModel durability,
    Map<String, NetboxName> netbox,
    Map<String, GpuNodeModel> gpuNodes) {

  /** A catalog without GPU nodes (tests that build one by hand). */
  public Catalog(Map<String, Source> sources, CapacityModel capacity, FabricModel fabric,
      Map<String, CNodeModel> cnodes, Map<String, DBoxModel> dboxes,
      Map<String, SwitchModel> switches, Map<String, RackModel> racks,
      Map<String, CloudObjectModel> cloudObjects, Map<String, GuidanceLevel> guidance,
      Map<String, DesignTemplate> designs, DurabilityModel durability,
      Map<String, NetboxName> netbox) {
    this(sources, capacity, fabric, cnodes, dboxes, switches, racks, cloudObjects, guidance,
        designs, durability, netbox, Map.of());
  }

  /** The bundled catalog resource. */
  public static final String BUILT_IN = "catalog/default.yaml";

  private static final Catalog DEFAULT = CatalogLoader.load(List.of());

  /** The built-in catalog (parsed once). */
  public static Catalog builtIn() {
    return DEFAULT;
  }

  /** The built-in catalog with {@code overlays} layered over it, in order. */
  public static Catalog load(List<Path> overlays) {
    return overlays.isEmpty() ? DEFAULT : CatalogLoader.load(overlays);
  }

  /**
   * The built-in catalog with a YAML overlay given as text (named {@code origin} in messages):
   * how generated overlays are checked before they are written.
   */
  public static Catalog withOverlayText(String origin, String yaml) {
    return CatalogLoader.load(List.of(), List.of(io.exaplan.config.Yaml.parse(origin, yaml)));
  }

  /** This catalog with another capacity model (a CLI flag over the catalog's rule). */
  public Catalog withCapacity(CapacityModel c) {
    return new Catalog(sources, c, fabric, cnodes, dboxes, switches, racks, cloudObjects, guidance,
        designs, durability, netbox, gpuNodes);
  }

  /**
   * The built-in catalog with an overlay built as data ({@code catalog import-netbox}): every
   * value keeps the location it came from, so a problem names the user's file, line and field,
   * or the flag.
   */
  public static Catalog withOverlay(io.exaplan.config.Node overlay) {
    return CatalogLoader.load(List.of(), List.of(overlay));
  }

  public CNodeModel cnode(String id) {
    return find(cnodes, id, "C-node model");
  }

  public DBoxModel dbox(String id) {
    return find(dboxes, id, "D-box model");
  }

  public SwitchModel switchModel(String id) {
    return find(switches, id, "switch model");
  }

  public RackModel rack(String id) {
    return find(racks, id, "rack model");
  }

  public CloudObjectModel cloudObject(String id) {
    return find(cloudObjects, id, "cloud object model");
  }

  public GuidanceLevel guidanceLevel(String id) {
    return find(guidance, id, "guidance level");
  }

  public GpuNodeModel gpuNode(String id) {
    return find(gpuNodes, id, "GPU node model");
  }

  /** NetBox manufacturer and model of a device (C-node, D-box or switch id), or null if none. */
  public NetboxName netboxName(String id) {
    return netbox.get(id);
  }

  public DesignTemplate design(String id) {
    return find(designs, id, "design template");
  }

  private static <T> T find(Map<String, T> map, String id, String what) {
    T t = map.get(id);
    if (t == null) {
      throw new InputException("unknown " + what + " '" + id + "'; known: "
          + String.join(", ", map.keySet()));
    }
    return t;
  }

  /**
   * One line per assumed figure among {@code items}: "dense-5400.powerTypical = 1.9 kW
   * (assumption: ...)". Deduplicated, in the order given.
   */
  public List<String> assumptions(List<? extends Item> items) {
    Set<String> out = new LinkedHashSet<>();
    for (Item item : items) {
      for (Map.Entry<String, Figure> e : item.figures().entrySet()) {
        Source s = sources.get(e.getValue().sourceId());
        if (s != null && s.assumption()) {
          out.add(item.id() + "." + e.getKey() + " = " + e.getValue().human() + " ("
              + s.citation() + ")");
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** Citation of one figure, "netbox-vast: NetBox device-type library ...". */
  public String sourceOf(Item item, String field) {
    Figure f = item.figures().get(field);
    if (f == null) {
      return "";
    }
    Source s = sources.get(f.sourceId());
    return s == null ? f.sourceId() : s.citation();
  }
}
