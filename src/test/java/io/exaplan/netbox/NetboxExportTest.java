package io.exaplan.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.cli.Cli;
import io.exaplan.design.Option;
import io.exaplan.design.Options;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.layout.RackPlan;
import io.exaplan.layout.RackPlanner;
import io.exaplan.sizing.Sizing;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetboxExportTest {
  static final Catalog C = Catalog.builtIn();
  static final Scenario S = Scenario.builtIn();

  @TempDir Path dir;

  static List<CSVRecord> read(Path f) throws Exception {
    try (Reader r = Files.newBufferedReader(f)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)
          .getRecords();
    }
  }

  @Test
  void export_thenParse_devicesFitTheirRacks_noOverlap_powerMatchesTheRackSheet() throws Exception {
    for (String id : List.of("ncp-pod", "dense-420-210", "dense-105-210")) {
      Path out = dir.resolve(id);
      Cli r = Cli.run("export", "netbox", "--option", id, "--out", out.toString());
      assertThat(r.code).as(r.err).isZero();
      Option o = Registry.get(id).build(S, C);
      Sizing z = Options.resize(o, S, C);
      RackPlan plan = RackPlanner.plan(z);

      // device types: model name -> (u_height, allocated_draw), read back through the importer
      Map<String, int[]> types = new HashMap<>();
      try (var files = Files.list(out.resolve("04-device-types"))) {
        for (Path f : files.toList()) {
          DeviceType t = DeviceTypeReader.read(f);
          types.put(t.model(), new int[] {t.uHeight(),
              (int) t.powerPorts().get(0).allocatedDraw()});
        }
      }
      List<CSVRecord> racks = read(out.resolve("05-racks.csv"));
      assertThat(racks).hasSize(o.racks());
      Map<String, boolean[]> used = new HashMap<>();
      Map<String, Double> watts = new HashMap<>();
      for (CSVRecord rack : racks) {
        assertThat(rack.get("status")).isEqualTo("planned");
        used.put(rack.get("name"), new boolean[Integer.parseInt(rack.get("u_height")) + 1]);
        watts.put(rack.get("name"), 0.0);
      }
      int usable = z.design().rack().usableUnits();
      List<CSVRecord> devices = read(out.resolve("06-devices.csv"));
      assertThat(devices).hasSize(o.cnodes() + o.dboxes() + o.switches());
      for (CSVRecord d : devices) {
        int[] type = types.get(d.get("device_type"));
        int pos = Integer.parseInt(d.get("position"));
        boolean[] units = used.get(d.get("rack"));
        assertThat(pos).as(d.get("name")).isGreaterThanOrEqualTo(1);
        assertThat(pos + type[0] - 1).as(d.get("name")).isLessThanOrEqualTo(usable);
        for (int u = pos; u < pos + type[0]; u++) {
          assertThat(units[u]).as("%s overlaps at U%d", d.get("name"), u).isFalse();
          units[u] = true;
        }
        watts.merge(d.get("rack"), (double) type[1], Double::sum);
        assertThat(d.get("name")).isEqualTo(d.get("rack") + "-u"
            + String.format("%02d", pos) + "-" + d.get("name").substring(
                d.get("name").lastIndexOf('-') + 1));
      }
      // per-rack power from the device types' allocated draws = the rack sheet's kW
      for (int i = 0; i < plan.racks().size(); i++) {
        String name = racks.get(i).get("name");
        assertThat(watts.get(name)).as(name).isEqualTo(plan.racks().get(i).watts());
        assertThat(watts.get(name)).isLessThanOrEqualTo(z.design().rackPowerLimitWatts());
      }
    }
  }

  @Test
  void export_namesAreDeterministic() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Cli.run("export", "netbox", "--option", "ncp-pod", "--out", a.toString());
    Cli.run("export", "netbox", "--option", "ncp-pod", "--out", b.toString());
    assertThat(Files.readString(a.resolve("06-devices.csv")))
        .isEqualTo(Files.readString(b.resolve("06-devices.csv")));
    // rack 1 of the pod: enclosures from U1, C-nodes above (5 enclosures, 15 C-nodes, no
    // switch): 5 x 700 + 15 x 550 = 11,750 W, 20 U, the top C-node at U20
    assertThat(read(a.resolve("06-devices.csv")).get(0).get("name"))
        .isEqualTo("ncp-pod-r01-u20-cnode");
    assertThat(read(a.resolve("05-racks.csv")).get(0).get("description"))
        .isEqualTo("planned draw 11750 W (typical) of 12000 W; 20 of 40 usable U");
  }

  @Test
  void export_cloudOption_exits2() {
    Cli r = Cli.run("export", "netbox", "--option", "cloud-hdd", "--out", dir.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).isEqualTo("--option: cloud-hdd has no devices (its internals are not "
        + "modelled)");
  }

  @Test
  void exportedDeviceTypes_reimport_toTheSameUnitsAndDraw() throws Exception {
    Path out = dir.resolve("x");
    Cli.run("export", "netbox", "--option", "ncp-pod", "--out", out.toString());
    Path t = out.resolve("04-device-types/dbox-1350.yaml");
    String yaml = NetboxImport.toCatalogYaml(List.of(t), null, new NetboxImport.Defaults("dbox",
        "60 GB/s", "20 GB/s", "22", "61.44 TB", true), 1);
    Catalog c = Catalog.withOverlayText("reimport", yaml);
    // one power port: allocated 700 W (typical), maximum 850 W; 4 x 200 GbE data ports
    assertThat(c.dbox("dbox-1350").powerTypicalWatts()).isEqualTo(700);
    assertThat(c.dbox("dbox-1350").powerMaxWatts()).isEqualTo(850);
    assertThat(c.dbox("dbox-1350").ports()).isEqualTo(4);
    assertThat(c.dbox("dbox-1350").portBytesPerSec()).isEqualTo(25e9);
  }
}
