package io.exaplan.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.NetboxName;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.cli.Cli;
import io.exaplan.design.Option;
import io.exaplan.design.Options;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.layout.Rack;
import io.exaplan.layout.RackPlan;
import io.exaplan.layout.RackPlanner;
import io.exaplan.sizing.Sizing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetboxExportTest {
  static final Catalog C = Catalog.builtIn();
  static final Scenario S = Scenario.builtIn();
  static final List<String> OPTIONS = List.of("ncp-pod", "dense-420-210", "dense-105-210");

  @TempDir Path dir;

  static Path exported(String option) {
    return Exports.of(option);
  }

  static Path export(Path out, String option) {
    Cli r = Cli.run("export", "netbox", "--option", option, "--out", out.toString());
    assertThat(r.code).as(r.err).isZero();
    return out;
  }

  @Test
  void export_importsIntoNetbox_everyDeviceCabled_noPortTwice_powerAndWeightAsPlanned()
      throws Exception {
    for (String id : OPTIONS) {
      Path out = exported(id);
      NetboxModel nb = NetboxModel.load(out, List.of(id));
      Option o = Registry.get(id).build(S, C);
      Sizing z = Options.resize(o, S, C);
      RackPlan plan = RackPlanner.plan(z);
      String site = "exaplan-" + id;

      // every planned device is there, plus an A and a B PDU per rack
      assertThat(nb.rackHeights).hasSize(o.space().racks());
      assertThat(nb.devices).hasSize(o.hardware().cnodes() + o.hardware().dboxes()
          + o.hardware().switches() + 2 * o.space().racks());
      // every device has its cables: C-nodes and enclosures each data port to a leaf, both
      // supplies to the rack's A and B PDUs; each PDU fed from its side's feed
      int ports = 0;
      for (NetboxModel.Dev d : nb.devices.values()) {
        for (String psu : d.type().powerPorts().keySet()) {
          String p = nb.peer.get("powerport|" + d.site() + "/" + d.name() + "|" + psu);
          assertThat(p).as("%s %s", d.name(), psu).isNotNull();
          if (psu.equals(NetboxExport.PDU_INPUT)) {
            assertThat(p).startsWith("powerfeed|" + site + "/" + id + "-panel-"
                + d.name().substring(d.name().length() - 1));
          } else {
            assertThat(p).startsWith("poweroutlet|" + d.rack() + "-pdu-"
                + (psu.equals(NetboxExport.SUPPLY_A) ? "a" : "b") + "|");
          }
        }
        if (d.role().equals("Storage C-node") || d.role().equals("Storage enclosure")) {
          for (String i : d.type().interfaces()) {
            String p = nb.peer.get("interface|" + d.site() + "/" + d.name() + "|" + i);
            assertThat(p).as("%s %s", d.name(), i).contains("-leaf|");
            ports++;
          }
        }
      }
      // 4 data ports per C-node and per enclosure, all cabled
      assertThat(ports).isEqualTo(4 * (o.hardware().cnodes() + o.hardware().dboxes()));
      // leaves: every uplink port (swp33..swp64: half the 64 ports face devices) to a spine
      for (NetboxModel.Dev d : nb.devices.values()) {
        if (d.role().equals("Storage leaf switch") && z.spineSwitches() > 0) {
          for (int p = 33; p <= 64; p++) {
            assertThat(nb.peer.get("interface|" + d.site() + "/" + d.name() + "|swp" + p))
                .as("%s swp%d", d.name(), p).contains("-spine|");
          }
        }
      }

      // NetBox's rack power utilisation = the rack sheet's draw over the scenario's feed: each
      // supply carries the device's typical draw, each feed (208 V three-phase 60 A at 80% =
      // round(208 x 60 x 0.8 x 1.732) = 17,292 W, the physical checks' feed rating) the whole rack
      int n = plan.racks().size();
      for (Rack r : plan.racks()) {
        String rack = site + "/" + NetboxExport.rackName(id, r, n);
        // both feeds: 2 x rack W over 2 x 17,292 W
        assertThat(nb.powerUtilisation(rack)).as(rack)
            .isEqualTo(Math.round(r.watts() * 1000 / 17_292) / 10.0);
      }
      // rack 1 of the pod: 15 C-nodes x 550 W + 5 D-boxes x 700 W = 11,750 W / 17,292 W
      // = 67.95% -> 68.0
      if (id.equals("ncp-pod")) {
        String r1 = site + "/ncp-pod-r01";
        assertThat(nb.powerUtilisation(r1)).isEqualTo(68.0);
        // 160 kg rack + 15 x 11.3 kg + 5 x 29.5 kg = 160 + 169.5 + 147.5 = 477.0 kg
        assertThat(nb.weightKg(r1)).isCloseTo(477.0, org.assertj.core.data.Offset.offset(1e-9));
      }
    }
  }

  @Test
  void aSecondOption_importsIntoTheSameNetbox() throws Exception {
    Path out = dir.resolve("both");
    export(out, "ncp-pod");
    Map<String, String> first = contents(out.resolve("shared"));
    export(out, "dense-420-210");
    Map<String, String> second = contents(out.resolve("shared"));
    // shared objects the second export also needs are written byte for byte as before, so the
    // user skips them; it adds only what is new (the dense enclosure's type)
    for (Map.Entry<String, String> e : first.entrySet()) {
      assertThat(second.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(second.keySet()).contains("3-device-types/VAST Data/Dense-Enclosure-5400-class.yaml",
        "4-sites/exaplan-dense-420-210.csv");
    // one NetBox, the shared files once, then both options: no name collides
    NetboxModel.load(out, List.of("ncp-pod", "dense-420-210"));
  }

  @Test
  void aSecondOption_intoTheSameSite() throws Exception {
    Path out = dir.resolve("site");
    for (String id : List.of("ncp-pod", "dense-105-210")) {
      Cli r = Cli.run("export", "netbox", "--option", id, "--site", "Hall 1", "--out",
          out.toString());
      assertThat(r.code).as(r.err).isZero();
    }
    NetboxModel nb = NetboxModel.load(out, List.of("ncp-pod", "dense-105-210"));
    assertThat(nb.sites).containsExactly("Hall 1");
  }

  @Test
  void exportedFigures_roundTripThroughCatalogImportNetbox() throws Exception {
    Path types = exported("ncp-pod").resolve("shared/3-device-types");
    Path denseTypes = exported("dense-420-210").resolve("shared/3-device-types");
    CNodeModel cn = C.cnode("cnode-gen6");
    DBoxModel box = C.dbox("dbox-1350");
    DBoxModel dense = C.dbox("dense-5400");
    SwitchModel sw = C.switchModel("sn5600");
    // what NetBox cannot carry comes from the overlay: role, id, throughput, drives
    Path overlay = io.exaplan.TestFiles.write(dir, "o.yaml", "devices:\n"
        + "  vast-data-cbox-smc-gen6-2nic: {role: cnode, id: cn, read: 25 GB/s @x, write: 3.25 GB/s @x, certified: true}\n"
        + "  vast-data-dbox-df-3060v2: {role: dbox, id: box, drives: 22 @x, driveSize: 61.44 TB @x, read: 60 GB/s @x, write: 20 GB/s @x, certified: true}\n"
        + "  vast-data-dense-enclosure-5400-class: {role: dbox, id: dense, drives: 44 @x, driveSize: 122.88 TB @x, read: 45 GB/s @x, write: 30 GB/s @x}\n"
        + "  nvidia-sn5600: {role: switch, id: sw}\n"
        + "sources:\n  x: \"assumption: test\"\n");
    String yaml = NetboxImport.toCatalogYaml(List.of(
        types.resolve("VAST Data/CBox-SMC-Gen6-2NIC.yaml"),
        types.resolve("VAST Data/DBox-DF-3060V2.yaml"),
        denseTypes.resolve("VAST Data/Dense-Enclosure-5400-class.yaml"),
        types.resolve("Nvidia/SN5600.yaml")), overlay, new NetboxImport.Defaults(null, null,
            null, null, null, null), 2);
    Catalog back = Catalog.withOverlayText("reimport", yaml);
    // two supplies each carrying the whole device, divided by the default redundancy of 2:
    // (550 + 550) / 2 = 550 W typical, (775 + 775) / 2 = 775 W max, as exported
    CNodeModel cn2 = back.cnode("cn");
    assertThat(List.of(cn2.rackUnits(), cn2.ports())).isEqualTo(List.of(cn.rackUnits(), cn.ports()));
    assertThat(List.of(cn2.powerTypicalWatts(), cn2.powerMaxWatts(), cn2.portBytesPerSec()))
        .isEqualTo(List.of(550.0, 775.0, 25e9));
    for (String[] pair : new String[][] {{"box", "dbox-1350"}, {"dense", "dense-5400"}}) {
      DBoxModel a = back.dbox(pair[0]);
      DBoxModel b = C.dbox(pair[1]);
      assertThat(List.of(a.rackUnits(), a.ports(), a.drives()))
          .isEqualTo(List.of(b.rackUnits(), b.ports(), b.drives()));
      assertThat(List.of(a.powerTypicalWatts(), a.powerMaxWatts(), a.portBytesPerSec(),
          a.driveBytes())).isEqualTo(List.of(b.powerTypicalWatts(), b.powerMaxWatts(),
              b.portBytesPerSec(), b.driveBytes()));
    }
    // dense: 1,820 / 3,000 W and 4 x 100 Gb/s
    assertThat(back.dbox("dense").powerMaxWatts()).isEqualTo(3_000);
    SwitchModel sw2 = back.switchModel("sw");
    assertThat(List.of(sw2.rackUnits(), sw2.ports())).isEqualTo(List.of(sw.rackUnits(), sw.ports()));
    assertThat(List.of(sw2.powerTypicalWatts(), sw2.powerMaxWatts(), sw2.portBytesPerSec()))
        .isEqualTo(List.of(1_480.0, 2_050.0, 100e9));
    // the NetBox names come back too: manufacturer, model, part number, supply type, weight
    for (String[] pair : new String[][] {{"cn", "cnode-gen6"}, {"box", "dbox-1350"},
        {"dense", "dense-5400"}, {"sw", "sn5600"}}) {
      NetboxName a = back.netboxName(pair[0]);
      NetboxName b = C.netboxName(pair[1]);
      assertThat(List.of(a.manufacturer(), a.model(), a.partNumber(), a.inlet()))
          .as(pair[1]).isEqualTo(List.of(b.manufacturer(), b.model(), b.partNumber(), b.inlet()));
      assertThat(Double.compare(a.weightKg(), b.weightKg())).as(pair[1]).isZero();
    }
  }

  @Test
  void export_isDeterministic() throws Exception {
    Path a = exported("ncp-pod");
    Path b = export(dir.resolve("b"), "ncp-pod");
    assertThat(contents(a)).isEqualTo(contents(b));
    // rack 1 of the pod: enclosures from U1, C-nodes above (5 enclosures, 15 C-nodes):
    // 5 x 700 + 15 x 550 = 11,750 W, 20 U; 160 kg rack + 15 x 11.3 + 5 x 29.5 = 477 kg
    assertThat(NetboxModel.csv(a.resolve("ncp-pod/2-devices.csv")).get(0).get("name"))
        .isEqualTo("ncp-pod-r01-u20-cnode");
    assertThat(NetboxModel.csv(a.resolve("ncp-pod/1-racks.csv")).get(0).get("description"))
        .isEqualTo("planned draw 11750 W (typical) of 12000 W; 20 of 40 usable U; planned "
            + "weight 477.0 kg");
  }

  @Test
  void breakouts_eachLeafPortFeedsFourDevicePorts() throws Exception {
    Path out = exported("ncp-pod");
    // 200 Gb/s device ports on 800 Gb/s leaf ports: lanes swpNs0..swpNs3, never more than 4
    Map<String, Integer> perPort = new HashMap<>();
    Set<String> lanes = new HashSet<>();
    for (CSVRecord r : NetboxModel.csv(out.resolve("ncp-pod/3-interfaces.csv"))) {
      assertThat(r.get("name")).matches("swp([1-9]|[12][0-9]|3[0-2])s[0-3]");
      assertThat(r.get("type")).isEqualTo("200gbase-x-qsfp56");
      assertThat(lanes.add(r.get("device") + "/" + r.get("name"))).isTrue();
      perPort.merge(r.get("device") + "/" + r.get("name").replaceAll("s\\d$", ""), 1,
          Integer::sum);
    }
    assertThat(perPort.values()).allMatch(k -> k <= 4);
    // 2,520 / 4 = 630 leaf ports, within the 20 leaves x 32 downlinks = 640 the sizing counted
    assertThat(perPort).hasSize(630);
    // (450 + 180) x 4 = 2,520 device ports, one lane each
    assertThat(lanes).hasSize(2_520);
  }

  @Test
  void export_cloudOption_exits2() {
    Cli r = Cli.run("export", "netbox", "--option", "cloud-hdd", "--out", dir.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).isEqualTo("--option: cloud-hdd has no devices (its internals are not "
        + "modelled)");
  }

  @Test
  void feed_isTheScenarioFeed_theOneThePhysicalChecksRate() {
    // 208 V three-phase 60 A at 80%: NetBox's available power 208 x 60 x 0.8 x 1.732 = 17,292 W
    io.exaplan.layout.RackRules.Feed f = io.exaplan.design.Scenario.builtIn().rackRules().feed();
    assertThat(f.ratingWatts()).isEqualTo(17_292);
    assertThat(NetboxExport.feedRow(f, "s", "p", "r1", "r1-a", "primary")).containsExactly("s",
        "p", "r1", "r1-a", "planned", "primary", "ac", "three-phase", "208", "60", "80");
  }

  @Test
  void aCatalogNameThatMakesNoLibrarySlug_isRejected_beforeAnyFileIsWritten() throws Exception {
    // a user's catalog naming the manufacturer "../../x": no slug, no path outside --out
    Path cat = io.exaplan.TestFiles.write(dir, "cat.yaml",
        "netbox:\n  cnode-gen6:\n    manufacturer: ../../x\n    model: CBox\n");
    Path out = dir.resolve("out");
    Cli r = Cli.run("export", "netbox", "--option", "ncp-pod", "--catalog", cat.toString(),
        "--out", out.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).isEqualTo("netbox.cnode-gen6: manufacturer and model make the NetBox "
        + "slug '..-..-x-cbox', which the device-type library does not allow (only a-z, 0-9, '-' "
        + "and '_', at most 100 characters); rename the model");
    assertThat(out).doesNotExist();
  }

  @Test
  void aSiteName_isItsSlugInTheFileName() throws Exception {
    Path out = dir.resolve("s");
    Cli r = Cli.run("export", "netbox", "--option", "ncp-pod", "--site", "../Hall 1/..",
        "--out", out.toString());
    assertThat(r.code).as(r.err).isZero();
    assertThat(out.resolve("shared/4-sites/hall-1.csv")).exists();
    assertThat(NetboxModel.csv(out.resolve("shared/4-sites/hall-1.csv")).get(0).get("name"))
        .isEqualTo("../Hall 1/..");
  }

  static Map<String, String> contents(Path root) throws Exception {
    Map<String, String> m = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return m;
  }
}
