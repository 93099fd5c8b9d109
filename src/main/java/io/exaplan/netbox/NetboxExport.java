package io.exaplan.netbox;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.layout.Device;
import io.exaplan.layout.Rack;
import io.exaplan.layout.RackPlan;
import io.exaplan.layout.Role;
import io.exaplan.sizing.Design;
import io.exaplan.sizing.PowerBasis;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An option's rack plan as NetBox bulk-import files. CSV columns are the field names of NetBox's
 * import forms (netbox/dcim/forms/bulk_import.py: SiteImportForm, ManufacturerImportForm,
 * DeviceRoleImportForm, RackImportForm, DeviceImportForm; the CSV format each import page of
 * NetBox's UI documents); device types are YAML in the device-type library's format, which
 * NetBox's device-type import accepts. Names are deterministic: {@code <option>-r01} for racks,
 * {@code <option>-r01-u40-cnode} for devices. Each device type's power port carries the draw the
 * rack plan packed ({@code allocated_draw}) and the nameplate maximum ({@code maximum_draw}), so
 * NetBox's rack power utilisation equals exaplan's per-rack kW.
 */
public final class NetboxExport {
  /** Planned objects: NetBox's status for things not yet built. */
  static final String STATUS = "planned";

  private NetboxExport() {}

  /** File name to content, in import order. */
  public static Map<String, String> files(String optionId, Design d, RackPlan plan, String site,
      String manufacturer) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("01-sites.csv", csv(List.of("name", "slug", "status", "description"),
        List.of(List.of(site, slug(site), STATUS, "exaplan plan for option " + optionId))));
    out.put("02-manufacturers.csv", csv(List.of("name", "slug"),
        List.of(List.of(manufacturer, slug(manufacturer)))));
    out.put("03-device-roles.csv", csv(List.of("name", "slug", "color"), List.of(
        List.of(roleName(Role.DBOX), "storage-enclosure", "4caf50"),
        List.of(roleName(Role.CNODE), "storage-cnode", "2196f3"),
        List.of(roleName(Role.LEAF), "storage-leaf", "ff9800"),
        List.of(roleName(Role.SPINE), "storage-spine", "9c27b0"))));
    PowerBasis basis = d.powerBasis();
    DBoxModel box = d.dbox();
    CNodeModel cn = d.cnode();
    SwitchModel sw = d.switchModel();
    out.put("04-device-types/" + box.id() + ".yaml", deviceType(manufacturer, box.name(), box.id(),
        box.rackUnits(), box.ports(), box.portBytesPerSec(),
        drawn(basis, box.powerTypicalWatts(), box.powerMaxWatts()), box.powerMaxWatts()));
    out.put("04-device-types/" + cn.id() + ".yaml", deviceType(manufacturer, cn.name(), cn.id(),
        cn.rackUnits(), cn.ports(), cn.portBytesPerSec(),
        drawn(basis, cn.powerTypicalWatts(), cn.powerMaxWatts()), cn.powerMaxWatts()));
    out.put("04-device-types/" + sw.id() + ".yaml", deviceType(manufacturer, sw.name(), sw.id(),
        sw.rackUnits(), sw.ports(), sw.portBytesPerSec(),
        drawn(basis, sw.powerTypicalWatts(), sw.powerMaxWatts()), sw.powerMaxWatts()));
    int n = plan.racks().size();
    List<List<String>> racks = new java.util.ArrayList<>();
    List<List<String>> devices = new java.util.ArrayList<>();
    for (Rack r : plan.racks()) {
      String rack = rackName(optionId, r, n);
      racks.add(List.of(site, rack, STATUS, "19", String.valueOf(r.heightU()), String.format(
          Locale.ROOT, "planned draw %.0f W (%s) of %.0f W; %d of %d usable U", r.watts(),
          basis.key(), r.limitWatts(), r.usedU(), r.usableU())));
      for (Device dev : r.devices()) {
        devices.add(List.of(deviceName(rack, dev), roleName(dev.role()), manufacturer,
            modelName(d, dev), STATUS, site, rack, String.valueOf(dev.position()), "front"));
      }
    }
    out.put("05-racks.csv", csv(List.of("site", "name", "status", "width", "u_height",
        "description"), racks));
    out.put("06-devices.csv", csv(List.of("name", "role", "manufacturer", "device_type", "status",
        "site", "rack", "position", "face"), devices));
    return out;
  }

  static String rackName(String optionId, Rack r, int racks) {
    return optionId + "-" + r.name(racks).toLowerCase(Locale.ROOT);
  }

  /** "ncp-pod-r01-u40-cnode": rack, lowest unit, role. */
  static String deviceName(String rack, Device d) {
    return rack + "-u" + String.format(Locale.ROOT, "%02d", d.position()) + "-" + d.role().key();
  }

  static String roleName(Role r) {
    switch (r) {
      case DBOX:
        return "Storage enclosure";
      case CNODE:
        return "Storage C-node";
      case LEAF:
        return "Storage leaf switch";
      default:
        return "Storage spine switch";
    }
  }

  private static String modelName(Design d, Device dev) {
    switch (dev.role()) {
      case DBOX:
        return d.dbox().name();
      case CNODE:
        return d.cnode().name();
      default:
        return d.switchModel().name();
    }
  }

  private static double drawn(PowerBasis basis, double typical, double max) {
    return basis == PowerBasis.MAX ? max : typical;
  }

  /** A device type in the NetBox device-type library's YAML format. */
  static String deviceType(String manufacturer, String model, String slug, int u, int ports,
      double portBytesPerSec, double allocatedWatts, double maxWatts) {
    StringBuilder sb = new StringBuilder("---\n# Generated by exaplan export netbox from its catalog.\n");
    sb.append("manufacturer: ").append(NetboxImport.quote(manufacturer)).append('\n');
    sb.append("model: ").append(NetboxImport.quote(model)).append('\n');
    sb.append("slug: ").append(NetboxImport.quote(slug)).append('\n');
    sb.append("u_height: ").append(u).append('\n');
    sb.append("is_full_depth: true\n");
    sb.append("power-ports:\n");
    sb.append("  - name: PSU\n");
    sb.append("    maximum_draw: ").append(Math.round(maxWatts)).append('\n');
    sb.append("    allocated_draw: ").append(Math.round(allocatedWatts)).append('\n');
    sb.append("interfaces:\n");
    String type = interfaceType(portBytesPerSec * 8);
    for (int i = 1; i <= ports; i++) {
      sb.append("  - name: data").append(i).append('\n');
      sb.append("    type: ").append(type).append('\n');
    }
    return sb.toString();
  }

  /** NetBox's interface type slug for a data port speed; "other" when NetBox has none. */
  static String interfaceType(double bitsPerSec) {
    long g = Math.round(bitsPerSec / 1e9);
    switch ((int) Math.min(g, Integer.MAX_VALUE)) {
      case 10:
        return "10gbase-x-sfpp";
      case 25:
        return "25gbase-x-sfp28";
      case 50:
        return "50gbase-x-sfp56";
      case 100:
        return "100gbase-x-qsfp28";
      case 200:
        return "200gbase-x-qsfp56";
      case 400:
        return "400gbase-x-qsfpdd";
      case 800:
        return "800gbase-x-osfp";
      default:
        return "other";
    }
  }

  static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "site" : s;
  }

  private static String csv(List<String> header, List<List<String>> rows) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
        .get())) {
      p.printRecord(header);
      for (List<String> r : rows) {
        p.printRecord(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
