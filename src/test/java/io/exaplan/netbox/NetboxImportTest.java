package io.exaplan.netbox;

import static io.exaplan.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.catalog.Catalog;
import io.exaplan.cli.Cli;
import io.exaplan.config.InputException;
import io.exaplan.sizing.Design;
import io.exaplan.sizing.PowerBasis;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetboxImportTest {
  static final Path DIR = Path.of("src", "test", "resources", "netbox");
  static final Path CBOX = DIR.resolve("vast_cbox_smc_gen6.yaml");
  static final Path CERES = DIR.resolve("vast_dbox_df-3015v2_ceres_v2.yaml");
  static final Path SN5600 = DIR.resolve("nvidia_sn5600.yaml");
  static final Path OVERLAY = DIR.resolve("overlay.yaml");
  static final Path LIB = DIR.resolve("library");
  static final Path LIB_CBOX = LIB.resolve("device-types/VAST Data/CBox-SMC-Gen6.yaml");
  static final Path LIB_DBOX = LIB.resolve("device-types/VAST Data/DBox-DF-3015V2.yaml");
  static final Path LIB_SN5600 = LIB.resolve("device-types/Nvidia/SN5600.yaml");
  static final Path LIB_CX7 = LIB.resolve("module-types/Nvidia/MCX755106AS-HEAT.yaml");
  static final NetboxImport.Defaults NONE =
      new NetboxImport.Defaults(null, null, null, null, null, null);

  @TempDir Path tmp;

  @Test
  void bitsPerSec_readsNetboxInterfaceTypes() {
    assertThat(DeviceTypeReader.bitsPerSec("200gbase-x-qsfp56")).isEqualTo(200e9);
    assertThat(DeviceTypeReader.bitsPerSec("800gbase-x-osfp")).isEqualTo(800e9);
    assertThat(DeviceTypeReader.bitsPerSec("1000base-t")).isEqualTo(1e9);
    assertThat(DeviceTypeReader.bitsPerSec("other")).isZero();
  }

  @Test
  void import_thenSize_givesTheExpectedUnitsAndWatts() {
    String yaml = NetboxImport.toCatalogYaml(List.of(CBOX, CERES, SN5600), OVERLAY, NONE, 2);
    Catalog c = Catalog.withOverlayText("imported", yaml);
    // Ceres: u_height 1; 4 x 200G data ports (management excluded); power ports 2 x 1,600 W
    // maximum and allocated, N+N -> 3,200 / 2 = 1,600 W typical and max
    assertThat(c.dbox("ceres-nb").rackUnits()).isEqualTo(1);
    assertThat(c.dbox("ceres-nb").ports()).isEqualTo(4);
    assertThat(c.dbox("ceres-nb").portBytesPerSec()).isEqualTo(25e9);
    assertThat(c.dbox("ceres-nb").powerTypicalWatts()).isEqualTo(1_600);
    // CBox: NetBox's 2 x 860 W is overridden by the overlay's 550 / 775 W
    assertThat(c.cnode("cbox-gen6-nb").powerTypicalWatts()).isEqualTo(550);
    assertThat(c.cnode("cbox-gen6-nb").powerMaxWatts()).isEqualTo(775);
    assertThat(c.switchModel("sn5600-nb").ports()).isEqualTo(8);
    assertThat(c.switchModel("sn5600-nb").rackUnits()).isEqualTo(2);

    Design d = Design.builder().dbox(c.dbox("ceres-nb"), 10).cnode(c.cnode("cbox-gen6-nb"), 20)
        .switchModel(c.switchModel("sn5600-nb")).rack(c.rack("rack-42u"), 12_000)
        .powerBasis(PowerBasis.TYPICAL).capacity(c.capacity()).fabric(c.fabric()).build();
    Sizing z = SizingEngine.size(d);
    // device bandwidth (20 + 10) x 4 x 25 GB/s = 3,000 GB/s / 100 GB/s = 30 ports; an 8-port
    // switch has 4 downlinks: 8 leaves + 8 x 4 / 8 = 4 spines = 12 switches
    assertThat(z.switches()).isEqualTo(12);
    // 20 x 1U + 10 x 1U = 30 U of nodes + 12 x 2U = 54 U
    assertThat(z.rackUnits()).isEqualTo(54);
    // 20 x 550 + 10 x 1,600 + 12 x 1,480 = 11,000 + 16,000 + 17,760 = 44,760 W
    assertThat(z.powerTypicalWatts()).isEqualTo(44_760);
    // sources record the NetBox file and model
    assertThat(c.sourceOf(c.dbox("ceres-nb"), "rackUnits")).isEqualTo("NetBox device type "
        + "VAST Data / DBox DF-3015V2 Ceres V2 (DF-3015V2), file vast_dbox_df-3015v2_ceres_v2.yaml");
  }

  @Test
  void cli_writesAnOverlayThatCompareAccepts() throws Exception {
    Path out = tmp.resolve("nb.yaml");
    Cli r = Cli.run("catalog", "import-netbox", CBOX.toString(), CERES.toString(),
        SN5600.toString(), "--overlay", OVERLAY.toString(), "--out", out.toString());
    assertThat(r.code).as(r.err).isZero();
    Cli size = Cli.run("size", "--catalog", out.toString(), "--dbox", "ceres-nb", "--dboxes",
        "180", "--cnodes", "450", "--format", "csv");
    assertThat(size.code).as(size.err).isZero();
    assertThat(Files.readString(out)).contains("  ceres-nb:\n", "    ports: 4 @netbox-vast-dbox-df-3015v2-ceres-v2\n");
  }

  @Test
  void flags_fillWhatNetboxLacks_forASingleRole() {
    String yaml = NetboxImport.toCatalogYaml(List.of(CERES), null, new NetboxImport.Defaults(
        "dbox", "58 GB/s", "18 GB/s", "22", "61.44 TB", false), 2);
    Catalog c = Catalog.withOverlayText("imported", yaml);
    assertThat(c.dbox("vast-dbox-df-3015v2-ceres-v2").readBytesPerSec()).isEqualTo(58e9);
    // flag-given figures are sourced to the command line, an assumption
    assertThat(c.assumptions(List.of(c.dbox("vast-dbox-df-3015v2-ceres-v2"))))
        .anySatisfy(a -> assertThat(a).startsWith("vast-dbox-df-3015v2-ceres-v2.read = 58 GB/s "
            + "(assumption: given on the exaplan catalog import-netbox command line)"));
  }

  @Test
  void missingRole_isRejectedNamingFileAndSlug() {
    assertThatThrownBy(() -> NetboxImport.toCatalogYaml(List.of(CERES), null, NONE, 2))
        .isInstanceOf(InputException.class)
        .hasMessage(CERES + ": vast-dbox-df-3015v2-ceres-v2: role missing; give --role "
            + "cnode|dbox|switch or devices.vast-dbox-df-3015v2-ceres-v2.role in the overlay");
  }

  @Test
  void missingThroughput_isRejectedNamingTheField() {
    assertThatThrownBy(() -> NetboxImport.toCatalogYaml(List.of(CBOX), null,
        new NetboxImport.Defaults("cnode", null, "3 GB/s", null, null, null), 2))
        .hasMessage(CBOX + ": vast-cbox-smc-gen6: role cnode needs 'read', which NetBox does not "
            + "give; set devices.vast-cbox-smc-gen6.read in the overlay or give --read");
  }

  @Test
  void switchWithoutPowerPorts_needsPowerFromTheOverlay() {
    assertThatThrownBy(() -> NetboxImport.toCatalogYaml(List.of(SN5600), null,
        new NetboxImport.Defaults("switch", null, null, null, null, null), 2))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).containsExactly(
            SN5600 + ": nvidia-sn5600: role switch needs 'powerTypical', which NetBox does not "
                + "give; set devices.nvidia-sn5600.powerTypical in the overlay",
            SN5600 + ": nvidia-sn5600: role switch needs 'powerMax', which NetBox does not give; "
                + "set devices.nvidia-sn5600.powerMax in the overlay"));
  }

  @Test
  void nonNetboxKey_isRejected() {
    Path f = write(tmp, "bad.yaml", "manufacturer: X\nmodel: Y\nslug: y\nu_hieght: 2\n");
    assertThatThrownBy(() -> DeviceTypeReader.read(f))
        .hasMessageStartingWith(f + ":4:1: u_hieght: unknown key; expected one of: manufacturer, "
            + "model, slug, part_number, u_height, is_full_depth, weight, weight_unit, "
            + "power-ports, interfaces, module-bays, device-bays, ");
  }

  @Test
  void overlayForAnAbsentSlug_isRejected() {
    Path o = write(tmp, "o.yaml", "devices:\n  nope:\n    role: cnode\n");
    assertThatThrownBy(() -> NetboxImport.toCatalogYaml(List.of(CBOX), o,
        new NetboxImport.Defaults("cnode", "1 GB/s", "1 GB/s", null, null, null), 2))
        .hasMessage(o + ":3:5: devices.nope: no NetBox file with this slug was given");
  }

  // --- today's library files (copies in src/test/resources/netbox/library) ---

  @Test
  void todaysCBox_dataPortsFromItsNicModules_powerFromTheOverlay() {
    // CBox-SMC-Gen6.yaml has only management interfaces; its NICs sit in module bays PCIe-1
    // and PCIe-2, and the library's ConnectX-7 module type has 2 x 200gbase-x-qsfp56
    Path o = write(tmp, "o.yaml", "sources:\n  lab: \"assumption: test\"\ndevices:\n"
        + "  vast-data-cbox-smc-gen6:\n    role: cnode\n    id: cbox\n"
        + "    read: 25 GB/s @lab\n    write: 3.25 GB/s @lab\n"
        + "    powerTypical: 550 W @lab\n    powerMax: 775 W @lab\n"
        + "    modules: {PCIe-1: MCX755106AS-HEAT, PCIe-2: ConnectX-7 MCX755106AS-HEAT}\n");
    String yaml = NetboxImport.toCatalogYaml(new NetboxImport.Files(List.of(LIB_CBOX),
        List.of(LIB_CX7), List.of()), o, NONE, 2);
    Catalog c = Catalog.withOverlayText("imported", yaml);
    // 2 modules x 2 ports = 4 x 200 Gb/s = 4 x 25 GB/s; the 5 management ports do not count
    assertThat(c.cnode("cbox").ports()).isEqualTo(4);
    assertThat(c.cnode("cbox").portBytesPerSec()).isEqualTo(25e9);
    assertThat(c.cnode("cbox").rackUnits()).isEqualTo(1);
    assertThat(c.cnode("cbox").powerMaxWatts()).isEqualTo(775);
    // the library's names and weight, for a later export
    assertThat(c.netboxName("cbox").manufacturer()).isEqualTo("VAST Data");
    assertThat(c.netboxName("cbox").model()).isEqualTo("CBox SMC Gen6");
    assertThat(c.netboxName("cbox").partNumber()).isEqualTo("1U-1N-GEN6");
    assertThat(c.netboxName("cbox").weightKg()).isEqualTo(11.3);
  }

  @Test
  void todaysDBox_overlayPortsApplyBeforeTheCheck() {
    // DBox-DF-3015V2.yaml: data ports on the DTrays in device bays Tray 1/2, for which the
    // library has no child type; the overlay's ports/portSpeed stand in
    Path o = write(tmp, "o.yaml", "sources:\n  lab: \"assumption: test\"\ndevices:\n"
        + "  vast-data-dbox-df-3015v2:\n    role: dbox\n    id: ceres\n"
        + "    drives: 22 @lab\n    driveSize: 15.36 TB @lab\n    read: 60 GB/s @lab\n"
        + "    write: 20 GB/s @lab\n    powerTypical: 700 W @lab\n    powerMax: 850 W @lab\n"
        + "    ports: 4 @lab\n    portSpeed: 200 Gb/s @lab\n");
    Catalog c = Catalog.withOverlayText("imported", NetboxImport.toCatalogYaml(
        List.of(LIB_DBOX), o, NONE, 2));
    assertThat(c.dbox("ceres").ports()).isEqualTo(4);
    assertThat(c.dbox("ceres").rawBytes()).isEqualTo(22 * 15.36e12);
    assertThat(c.netboxName("ceres").weightKg()).isEqualTo(29.5);
  }

  @Test
  void todaysDBox_withAChildTrayInEachBay() {
    // a child device type as NetBox models a DTray (hand-written: the library has none yet):
    // 2 x 200 GbE and a management port per tray
    Path tray = write(tmp, "DTray.yaml", "manufacturer: VAST Data\nmodel: DTray\n"
        + "slug: vast-data-dtray\nu_height: 0\nis_full_depth: false\nsubdevice_role: child\n"
        + "interfaces:\n  - {name: p0, type: 200gbase-x-qsfp56}\n"
        + "  - {name: p1, type: 200gbase-x-qsfp56}\n"
        + "  - {name: mgmt, type: 1000base-t, mgmt_only: true}\n");
    Path o = write(tmp, "o.yaml", "sources:\n  lab: \"assumption: test\"\ndevices:\n"
        + "  vast-data-dbox-df-3015v2:\n    role: dbox\n    id: ceres\n"
        + "    drives: 22 @lab\n    driveSize: 15.36 TB @lab\n    read: 60 GB/s @lab\n"
        + "    write: 20 GB/s @lab\n    powerTypical: 700 W @lab\n    powerMax: 850 W @lab\n"
        + "    bays: {Tray 1: vast-data-dtray, Tray 2: vast-data-dtray}\n");
    Catalog c = Catalog.withOverlayText("imported", NetboxImport.toCatalogYaml(
        new NetboxImport.Files(List.of(LIB_DBOX), List.of(), List.of(tray)), o, NONE, 2));
    // 2 trays x 2 ports
    assertThat(c.dbox("ceres").ports()).isEqualTo(4);
    assertThat(c.dbox("ceres").portBytesPerSec()).isEqualTo(25e9);
  }

  @Test
  void todaysSn5600_portsFromTheFile_powerFromTheOverlay() {
    Path o = write(tmp, "o.yaml", "sources:\n  lab: \"assumption: test\"\ndevices:\n"
        + "  nvidia-sn5600: {role: switch, powerTypical: 1480 W @lab, powerMax: 2050 W @lab}\n");
    Catalog c = Catalog.withOverlayText("imported", NetboxImport.toCatalogYaml(
        List.of(LIB_SN5600), o, NONE, 2));
    assertThat(c.switchModel("nvidia-sn5600").ports()).isEqualTo(64);
    assertThat(c.switchModel("nvidia-sn5600").portBytesPerSec()).isEqualTo(100e9);
    assertThat(c.netboxName("nvidia-sn5600").weightKg()).isEqualTo(23.5);
  }

  @Test
  void noDataInterfaces_isReportedAtTheNetboxFilesInterfaces() {
    assertThatThrownBy(() -> NetboxImport.toCatalogYaml(List.of(LIB_CBOX), null,
        new NetboxImport.Defaults("cnode", "1 GB/s", "1 GB/s", null, null, null), 2))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).contains(
            LIB_CBOX + ":23:1: interfaces: no data interfaces (only management or untyped ones, "
                + "and none on the modules or child devices the overlay installs); install them "
                + "with devices.vast-data-cbox-smc-gen6.modules or .bays, or set .ports and "
                + ".portSpeed in the overlay"));
  }

  @Test
  void aModuleForAnAbsentBay_isRejectedAtTheOverlaysLine() {
    Path o = write(tmp, "o.yaml", "devices:\n  vast-data-cbox-smc-gen6:\n    role: cnode\n"
        + "    modules: {PCIe-9: MCX755106AS-HEAT}\n");
    assertThatThrownBy(() -> NetboxImport.toCatalogYaml(new NetboxImport.Files(
        List.of(LIB_CBOX), List.of(LIB_CX7), List.of()), o,
        new NetboxImport.Defaults(null, "1 GB/s", "1 GB/s", null, null, null), 2))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).contains(
            o + ":4:23: devices.vast-data-cbox-smc-gen6.modules.PCIe-9: no module bay of this "
                + "name in " + LIB_CBOX + "; its module bays: PCIe-1, PCIe-2, PSU1, PSU2"));
  }

  // --- the overlay is data: no injection, errors where the user wrote the value ---

  @Test
  void aNewlineInAFlag_cannotAddKeys_andIsReportedAsTheFlagEscaped() {
    Cli r = Cli.run("catalog", "import-netbox", CBOX.toString(), "--role", "cnode",
        "--read", "25 GB/s\ncnodes: {x: 1}", "--write", "3 GB/s");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).isEqualTo("--read: '25 GB/s\\ncnodes: {x: 1}' is not a rate such "
        + "as '60 GB/s'");
    assertThat(r.err.trim()).doesNotContain("\n");
  }

  @Test
  void aNetboxValueWithNewlinesAndEscapes_staysOneValue() throws Exception {
    Path f = write(tmp, "evil.yaml", "manufacturer: VAST Data\n"
        + "model: \"X\\ncnodes:\\n  evil: {}\\u001b[31m\"\nslug: x\nu_height: 1\n"
        + "interfaces:\n  - {name: a, type: 200gbase-x-qsfp56}\n  - {name: b, type: 200gbase-x-qsfp56}\n"
        + "power-ports:\n  - {name: A, type: iec-60320-c14, maximum_draw: 800, allocated_draw: 600}\n"
        + "  - {name: B, type: iec-60320-c14, maximum_draw: 800, allocated_draw: 600}\n");
    String yaml = NetboxImport.toCatalogYaml(List.of(f), null, new NetboxImport.Defaults(
        "switch", null, null, null, null, null), 2);
    Catalog c = Catalog.withOverlayText("imported", yaml);
    assertThat(c.switches()).doesNotContainKey("evil");
    assertThat(c.switchModel("x").name()).isEqualTo("VAST Data X\ncnodes:\n  evil: {}\u001b[31m");
    assertThat(c.netboxName("x").model()).isEqualTo("X\ncnodes:\n  evil: {}\u001b[31m");
    // (800 + 800) / 2 = 800 W max, (600 + 600) / 2 = 600 W typical
    assertThat(c.switchModel("x").powerMaxWatts()).isEqualTo(800);
    assertThat(yaml).doesNotContain("\u001b");
  }

  @Test
  void anImpossibleFigureFromTheNetboxFile_isReportedAtItsField() {
    // a C-node of height 0 (a child device type): the catalog needs 1 to 100 U
    Path f = write(tmp, "child.yaml", "manufacturer: VAST Data\nmodel: T\nslug: t\n"
        + "u_height: 0\nis_full_depth: false\n"
        + "interfaces:\n  - {name: a, type: 200gbase-x-qsfp56}\n");
    Path o = write(tmp, "o.yaml", "sources:\n  lab: \"assumption: test\"\ndevices:\n"
        + "  t: {role: switch, powerTypical: 900 W @lab, powerMax: 950 W @lab}\n");
    assertThatThrownBy(() -> NetboxImport.toCatalogYaml(List.of(f), o, NONE, 2))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
            .containsExactly(f + ":4:11: switches.t.rackUnits: must be greater than zero, got '0'; "
                + "expected a number such as '42'"));
  }

  @Test
  void aRuleAcrossFields_isReportedAtTheOverlaysLine() {
    // powerMax below powerTypical, both from the overlay: the catalog's rule names its line
    Path o = write(tmp, "o.yaml", "sources:\n  lab: \"assumption: test\"\ndevices:\n"
        + "  nvidia-sn5600:\n    role: switch\n    powerTypical: 900 W @lab\n"
        + "    powerMax: 800 W @lab\n");
    assertThatThrownBy(() -> NetboxImport.toCatalogYaml(List.of(LIB_SN5600), o, NONE, 2))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
            .singleElement().asString().startsWith(o + ":7:15: switches.nvidia-sn5600.powerMax: "));
  }

  @Test
  void aBadFlag_isNamed() {
    Cli r = Cli.run("catalog", "import-netbox", CBOX.toString(), "--role", "cnode",
        "--read", "25 GB/s", "--write", "3 GB/s", "--drives", "-3");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).isEqualTo("--drives: '-3' is not a whole number of drives from 1 "
        + "to 99999");
    Cli role = Cli.run("catalog", "import-netbox", CBOX.toString(), "--role", "nas\u001b[2J");
    assertThat(role.err.trim()).isEqualTo("--role: 'nas\\u001b[2J' is not a role; expected "
        + "cnode, dbox or switch");
  }
}
