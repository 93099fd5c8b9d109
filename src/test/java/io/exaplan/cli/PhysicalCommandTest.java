package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The physical checks and the cabling BOM as the CLI prints them. */
class PhysicalCommandTest {

  @Test
  void compare_tableBomAsCsv_isTheBillOfMaterials() {
    Cli r = Cli.run("compare", "--table", "bom", "--format", "csv");
    assertThat(r.code).isZero();
    // pod: (450 + 180) x 4 ports / 4 lanes = 630 breakout cables; 20 leaves x 32 = 640 uplinks;
    // 800G optics 630 + 2 x 640 = 1,910; 200G optics 2,520
    assertThat(r.out).startsWith("Option,Kind,Item,Speed (Gb/s),Count\n"
        + "ncp-pod,cable,breakout 1 x 800G to 4 x 200G,200,630\n"
        + "ncp-pod,cable,leaf to spine,800,640\n"
        + "ncp-pod,optic,800G transceiver,800,1910\n"
        + "ncp-pod,optic,200G transceiver,200,2520\n");
  }

  @Test
  void compare_unknownTable_exits2_namingTheTables() {
    Cli r = Cli.run("compare", "--table", "racks");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).startsWith("--table: 'racks' is not a table of exaplan compare; "
        + "expected one of: metrics, ").endsWith(", physical, bom");
  }

  @Test
  void size_withTheRackLossRule_showsTheRacksBesideTheUnconstrainedCount() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("h23");
    java.nio.file.Path f = io.exaplan.TestFiles.write(dir, "s.yaml", "surviveRackLoss: true\n");
    Cli r = Cli.run("size", "--dbox", "dbox-1350", "--dboxes", "180", "--cnodes", "450",
        "--scenario", f.toString(), "--table", "physical");
    assertThat(r.code).isZero();
    // 146+4 over 180 enclosures: 1 strip each, 4 per rack at most: 180 / 4 = 45 racks, 35
    // without the rule
    assertThat(r.out).containsPattern("Racks +45\n")
        .containsPattern("Racks without the rack-loss rule +35\n")
        .containsPattern("Most enclosures in one rack +4\n")
        .containsPattern("Data available after losing a rack +yes\n");
  }
}
