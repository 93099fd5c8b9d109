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
            + "model, slug, part_number, u_height, is_full_depth, power-ports, interfaces, ");
  }

  @Test
  void overlayForAnAbsentSlug_isRejected() {
    Path o = write(tmp, "o.yaml", "devices:\n  nope:\n    role: cnode\n");
    assertThatThrownBy(() -> NetboxImport.toCatalogYaml(List.of(CBOX), o,
        new NetboxImport.Defaults("cnode", "1 GB/s", "1 GB/s", null, null, null), 2))
        .hasMessage(o + ":3:5: devices.nope: no NetBox file with this slug was given");
  }
}
