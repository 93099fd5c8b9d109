package io.exaplan.netbox;

import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.Item;
import io.exaplan.catalog.NetboxName;
import io.exaplan.config.InputException;
import io.exaplan.config.Units;
import io.exaplan.layout.Cabling;
import io.exaplan.layout.Device;
import io.exaplan.layout.Physical;
import io.exaplan.layout.Rack;
import io.exaplan.layout.RackPlan;
import io.exaplan.layout.RackRules;
import io.exaplan.layout.Role;
import io.exaplan.sizing.Design;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An option's rack plan as NetBox import files. CSV columns are the field names of NetBox's
 * import forms (netbox/dcim/forms/bulk_import.py); device types are YAML in the device-type
 * library's format. Objects another export (or the library) may already have put into NetBox
 * (manufacturers, roles, device types, the site) are written one per file under {@code shared/},
 * so a user imports only those their NetBox lacks: NetBox's bulk import is all-or-nothing per
 * file and refuses a duplicate name or slug. Everything the option itself adds (racks, devices,
 * power panels and feeds, cables) is under {@code <option>/}, named after the option, so a second
 * option never collides with the first. Mapping: docs/netbox.md.
 */
public final class NetboxExport {
  /** Planned objects: NetBox's status for things not yet built. */
  static final String STATUS = "planned";
  static final String PDU_MANUFACTURER = "Generic";
  static final String SUPPLY_A = "PSU1";
  static final String SUPPLY_B = "PSU2";
  static final String PDU_INPUT = "input";
  static final List<String> CABLE_COLUMNS = List.of("side_a_site", "side_a_device",
      "side_a_power_panel", "side_a_type", "side_a_name", "side_b_site", "side_b_device",
      "side_b_type", "side_b_name", "type", "status");

  private NetboxExport() {}

  /** A device type's NetBox identity: manufacturer, model, slug and library file. */
  record Identity(String manufacturer, String model, String slug, String partNumber,
      String inlet, double weightKg, String file) {}

  /** The catalog's NetBox names for {@code item}; {@code fallbackManufacturer} if it has none. */
  static Identity identity(Catalog c, Item item, String section, String fallbackManufacturer) {
    NetboxName n = c.netboxName(item.id());
    String where = "netbox." + item.id();
    if (n == null) {
      if (fallbackManufacturer == null) {
        throw new InputException(section + "." + item.id() + ": the catalog gives no NetBox "
            + "manufacturer for it; add netbox." + item.id() + ".manufacturer and .model to "
            + "your catalog, or give --manufacturer");
      }
      return new Identity(fallbackManufacturer, item.id(),
          LibraryNames.slug(fallbackManufacturer, item.id(), "--manufacturer"), "",
          NetboxName.DEFAULT_INLET, Double.NaN,
          LibraryNames.file(fallbackManufacturer, item.id()));
    }
    return new Identity(n.manufacturer(), n.model(),
        LibraryNames.slug(n.manufacturer(), n.model(), where), n.partNumber(), n.inlet(),
        n.weightKg(), LibraryNames.file(n.manufacturer(), n.model()));
  }

  /** File name to content, in import order. */
  public static Map<String, String> files(String optionId, Design d, RackPlan plan, String site,
      Catalog c, String fallbackManufacturer, RackRules.Feed feed) {
    Identity box = identity(c, d.dbox(), "dboxes", fallbackManufacturer);
    Identity cn = identity(c, d.cnode(), "cnodes", fallbackManufacturer);
    Identity sw = identity(c, d.switchModel(), "switches", fallbackManufacturer);
    int outlets = d.rack().rackUnits();
    String pduModel = "PDU 0U " + outlets + "-Outlet";
    Identity pdu = new Identity(PDU_MANUFACTURER, pduModel,
        LibraryNames.slug(PDU_MANUFACTURER, pduModel, "rack " + d.rack().id()), "", "", Double.NaN,
        LibraryNames.file(PDU_MANUFACTURER, pduModel));

    Map<String, String> out = new LinkedHashMap<>();
    out.put("README.txt", readme(optionId));
    Map<String, String> manufacturers = new TreeMap<>();
    for (Identity i : List.of(box, cn, sw, pdu)) {
      manufacturers.put(LibraryNames.manufacturerSlug(i.manufacturer()), i.manufacturer());
    }
    manufacturers.forEach((slug, name) -> out.put("shared/1-manufacturers/" + slug + ".csv",
        csv(List.of("name", "slug"), List.of(List.of(name, slug)))));
    for (Role r : List.of(Role.DBOX, Role.CNODE, Role.LEAF, Role.SPINE)) {
      out.put("shared/2-device-roles/" + roleSlug(r) + ".csv", csv(List.of("name", "slug",
          "color"), List.of(List.of(roleName(r), roleSlug(r), roleColor(r)))));
    }
    out.put("shared/2-device-roles/" + PDU_ROLE_SLUG + ".csv", csv(List.of("name", "slug",
        "color"), List.of(List.of(PDU_ROLE, PDU_ROLE_SLUG, "607d8b"))));
    Map<String, String> types = new TreeMap<>();
    types.put(box.file(), DeviceTypeWriter.yaml(endpointType(box, d.dbox().id(),
        d.dbox().name(), d.dbox().rackUnits(), d.dbox().powerTypicalWatts(),
        d.dbox().powerMaxWatts(), Role.DBOX, d.dbox().ports(), d.dbox().portBytesPerSec())));
    types.put(cn.file(), DeviceTypeWriter.yaml(endpointType(cn, d.cnode().id(),
        d.cnode().name(), d.cnode().rackUnits(), d.cnode().powerTypicalWatts(),
        d.cnode().powerMaxWatts(), Role.CNODE, d.cnode().ports(), d.cnode().portBytesPerSec())));
    types.put(sw.file(), DeviceTypeWriter.yaml(endpointType(sw, d.switchModel().id(),
        d.switchModel().name(), d.switchModel().rackUnits(), d.switchModel().powerTypicalWatts(),
        d.switchModel().powerMaxWatts(), Role.LEAF, d.switchModel().ports(),
        d.switchModel().portBytesPerSec())));
    types.put(pdu.file(), DeviceTypeWriter.yaml(pduType(pdu, outlets)));
    if (types.size() < 4) {
      throw new InputException("netbox: the option's enclosure, C-node, switch and PDU need four "
          + "NetBox models, but the catalog gives two of them the same manufacturer and model ("
          + Messages.printable(box.model()) + ", " + Messages.printable(cn.model()) + ", "
          + Messages.printable(sw.model()) + "); NetBox would merge them");
    }
    types.forEach((file, yaml) -> out.put("shared/3-device-types/" + file, yaml));
    out.put("shared/4-sites/" + siteSlug(site) + ".csv", csv(List.of("name",
        "slug", "status", "description"), List.of(List.of(site, siteSlug(site), STATUS,
            "exaplan planned site"))));

    int n = plan.racks().size();
    List<List<String>> racks = new ArrayList<>();
    List<List<String>> devices = new ArrayList<>();
    List<List<String>> panels = new ArrayList<>();
    List<List<String>> feeds = new ArrayList<>();
    List<List<String>> power = new ArrayList<>();
    String panelA = optionId + "-panel-a";
    String panelB = optionId + "-panel-b";
    panels.add(List.of(site, panelA, "exaplan: A side of option " + optionId));
    panels.add(List.of(site, panelB, "exaplan: B side of option " + optionId));
    Physical.Masses masses = Physical.masses(c, d);
    for (Rack r : plan.racks()) {
      String rack = rackName(optionId, r, n);
      racks.add(List.of(site, rack, STATUS, "19", String.valueOf(r.heightU()),
          Double.isNaN(masses.rackKg()) ? "" : Units.sig(masses.rackKg()).replace(",", ""),
          Double.isNaN(masses.rackKg()) ? "" : "kg", String.format(
          Locale.ROOT, "planned draw %.0f W (%s) of %.0f W; %d of %d usable U%s", r.watts(),
          plan.basis().key(), r.limitWatts(), r.usedU(), r.usableU(),
          weightNote(r, masses))));
      String pduA = rack + "-pdu-a";
      String pduB = rack + "-pdu-b";
      int outlet = 0;
      List<List<String>> outletCables = new ArrayList<>();
      for (Device dev : r.devices()) {
        Identity id = dev.role() == Role.DBOX ? box : dev.role() == Role.CNODE ? cn : sw;
        String name = deviceName(rack, dev);
        devices.add(List.of(name, roleName(dev.role()), id.manufacturer(), id.model(), STATUS,
            site, rack, String.valueOf(dev.position()), "front"));
        outlet++;
        outletCables.add(cable(site, pduA, "", "dcim.poweroutlet", "outlet" + outlet, site,
            name, "dcim.powerport", SUPPLY_A, "power"));
        outletCables.add(cable(site, pduB, "", "dcim.poweroutlet", "outlet" + outlet, site,
            name, "dcim.powerport", SUPPLY_B, "power"));
      }
      if (outlet > outlets) {
        throw new IllegalStateException(rack + " holds " + outlet + " devices, more than its "
            + outlets + " units");
      }
      for (String pduName : List.of(pduA, pduB)) {
        devices.add(List.of(pduName, PDU_ROLE, PDU_MANUFACTURER, pduModel, STATUS, site, rack,
            "", ""));
      }
      feeds.add(feedRow(feed, site, panelA, rack, rack + "-a", "primary"));
      feeds.add(feedRow(feed, site, panelB, rack, rack + "-b", "redundant"));
      power.add(cable(site, "", panelA, "dcim.powerfeed", rack + "-a", site, pduA,
          "dcim.powerport", PDU_INPUT, "power"));
      power.add(cable(site, "", panelB, "dcim.powerfeed", rack + "-b", site, pduB,
          "dcim.powerport", PDU_INPUT, "power"));
      power.addAll(outletCables);
    }
    Cabling cabling = Cabling.of(d, plan, dev -> deviceName(rackOf(optionId, plan, dev), dev));
    List<List<String>> lanes = new ArrayList<>();
    for (Cabling.Lane l : cabling.lanes()) {
      lanes.add(List.of(l.device(), l.name(), interfaceType(l.bitsPerSec()), l.description()));
    }
    List<List<String>> data = new ArrayList<>();
    for (Cabling.Link l : cabling.links()) {
      data.add(cable(site, l.aDevice(), "", "dcim.interface", l.aPort(), site, l.bDevice(),
          "dcim.interface", l.bPort(), ""));
    }
    String dir = optionId + "/";
    out.put(dir + "1-racks.csv", csv(List.of("site", "name", "status", "width", "u_height",
        "weight", "weight_unit", "description"), racks));
    out.put(dir + "2-devices.csv", csv(List.of("name", "role", "manufacturer", "device_type",
        "status", "site", "rack", "position", "face"), devices));
    if (!lanes.isEmpty()) {
      out.put(dir + "3-interfaces.csv", csv(List.of("device", "name", "type", "description"),
          lanes));
    }
    out.put(dir + "4-power-panels.csv", csv(List.of("site", "name", "description"), panels));
    out.put(dir + "5-power-feeds.csv", csv(List.of("site", "power_panel", "rack", "name",
        "status", "type", "supply", "phase", "voltage", "amperage", "max_utilization"), feeds));
    out.put(dir + "6-cables-power.csv", csv(CABLE_COLUMNS, power));
    out.put(dir + "7-cables-data.csv", csv(CABLE_COLUMNS, data));
    return out;
  }

  private static final String PDU_ROLE = "Storage rack PDU";
  private static final String PDU_ROLE_SLUG = "storage-rack-pdu";

  private static String rackOf(String optionId, RackPlan plan, Device dev) {
    for (Rack r : plan.racks()) {
      if (r.devices().contains(dev)) {
        return rackName(optionId, r, plan.racks().size());
      }
    }
    throw new IllegalStateException("device " + dev.id() + " is in no rack");
  }

  private static List<String> cable(String aSite, String aDevice, String aPanel, String aType,
      String aName, String bSite, String bDevice, String bType, String bName, String type) {
    return List.of(aSite, aDevice, aPanel, aType, aName, bSite, bDevice, bType, bName, type,
        STATUS);
  }

  /**
   * A rack side's feed as NetBox's power-feed import reads it: the scenario's {@code feed}
   * (volts, amps, phase, max utilisation), whose available power NetBox computes as the physical
   * checks do ({@link RackRules.Feed#ratingWatts}): one feed carries the whole rack when the
   * other fails, so both sides get the same feed.
   */
  static List<String> feedRow(RackRules.Feed f, String site, String panel, String rack,
      String name, String type) {
    return List.of(site, panel, rack, name, STATUS, type, "ac", f.phase().key(),
        String.valueOf(f.volts()), String.valueOf(f.amps()),
        String.valueOf(f.utilizationPercent()));
  }

  /** "; planned weight 661.5 kg": the rack and its devices ({@link Physical#kg}), if known. */
  private static String weightNote(Rack r, Physical.Masses m) {
    double kg = Physical.kg(r, m);
    return Double.isNaN(kg) ? "" : String.format(Locale.ROOT, "; planned weight %.1f kg", kg);
  }

  /** Device type of a C-node, enclosure or switch: two supplies A and B, the data ports. */
  private static DeviceTypeWriter.Spec endpointType(Identity id, String catalogId,
      String catalogName, int u, double typicalWatts, double maxWatts, Role role, int ports,
      double portBytesPerSec) {
    long max = Math.max(1, Math.round(maxWatts));
    long typical = Math.max(1, Math.min(max, Math.round(typicalWatts)));
    List<DeviceTypeWriter.Supply> supplies = List.of(
        new DeviceTypeWriter.Supply(SUPPLY_A, "Feed A", id.inlet(), max, typical),
        new DeviceTypeWriter.Supply(SUPPLY_B, "Feed B", id.inlet(), max, typical));
    String type = interfaceType(portBytesPerSec * 8);
    List<DeviceTypeWriter.Port> ifaces = new ArrayList<>();
    for (int i = 1; i <= ports; i++) {
      ifaces.add(new DeviceTypeWriter.Port(Cabling.port(role, i), type, false));
    }
    String comments = "Planned by exaplan from catalog entry " + catalogId + " (" + catalogName
        + "). Each supply can carry the whole device: allocated_draw is its typical draw, "
        + "maximum_draw its maximum.";
    return new DeviceTypeWriter.Spec(id.manufacturer(), id.model(), id.slug(), id.partNumber(), u,
        true, id.weightKg(), comments, supplies, List.of(), ifaces);
  }

  /** A 0U rack PDU: one input, an outlet per rack unit (the most devices a rack can hold). */
  private static DeviceTypeWriter.Spec pduType(Identity id, int outlets) {
    List<DeviceTypeWriter.Outlet> out = new ArrayList<>();
    for (int i = 1; i <= outlets; i++) {
      out.add(new DeviceTypeWriter.Outlet("outlet" + i, "other", PDU_INPUT));
    }
    return new DeviceTypeWriter.Spec(id.manufacturer(), id.model(), id.slug(), "", 0, false,
        Double.NaN, "Rack PDU planned by exaplan: one feed in, one outlet per rack unit. Its input "
            + "has no draw of its own, so NetBox sums the draws of the supplies on its outlets.",
        List.of(new DeviceTypeWriter.Supply(PDU_INPUT, "Feed", "iec-60309-p-n-e-6h", 0, 0)), out,
        List.of());
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

  static String roleSlug(Role r) {
    switch (r) {
      case DBOX:
        return "storage-enclosure";
      case CNODE:
        return "storage-cnode";
      case LEAF:
        return "storage-leaf";
      default:
        return "storage-spine";
    }
  }

  private static String roleColor(Role r) {
    switch (r) {
      case DBOX:
        return "4caf50";
      case CNODE:
        return "2196f3";
      case LEAF:
        return "ff9800";
      default:
        return "9c27b0";
    }
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

  /** NetBox's slug rule for sites (^[-a-zA-Z0-9_]+$, 100 characters). */
  static String siteSlug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-")
        .replaceAll("(^-+|-+$)", "");
    s = s.length() > 100 ? s.substring(0, 100) : s;
    return s.isEmpty() ? "site" : s;
  }

  private static String readme(String optionId) {
    return "exaplan export netbox, option " + optionId + "\n\n"
        + "Import in this order (NetBox: each object type's Import page; device types: Device\n"
        + "Types > Import, YAML). Each import is all-or-nothing and refuses a name or slug that\n"
        + "NetBox already holds, so:\n\n"
        + "1. shared/: one object per file. Import only the files whose object your NetBox\n"
        + "   lacks (a second export, or the device-type library, may have added it):\n"
        + "   1-manufacturers, 2-device-roles, 3-device-types, 4-sites.\n"
        + "2. " + optionId + "/: everything this option adds, named after it, in file order:\n"
        + "   1-racks, 2-devices, 3-interfaces (breakout lanes, if any), 4-power-panels,\n"
        + "   5-power-feeds, 6-cables-power, 7-cables-data.\n\n"
        + "See docs/netbox.md for the mapping and for what NetBox then shows.\n";
  }

  static String csv(List<String> header, List<List<String>> rows) {
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
