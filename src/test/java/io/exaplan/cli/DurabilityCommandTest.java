package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exaplan.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurabilityCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void durability_optionAsJson_hasTheContractKeysInSiUnits() throws IOException {
    Cli r = Cli.run("durability", "--option", "ncp-pod", "--format", "json");
    assertThat(r.code).isZero();
    JsonNode j = JSON.readTree(r.out);
    assertThat(j.get("option").asText()).isEqualTo("ncp-pod");
    for (String key : List.of("parity", "driveRebuildSeconds", "enclosureRebuildSeconds",
        "degradedReadBytesPerSec", "degradedWriteBytesPerSec", "mttdlHours",
        "annualLossProbability")) {
      assertThat(j.has(key)).as(key).isTrue();
    }
    // Hand arithmetic in DurabilityEngineTest: 830.58 s and 18,374.8 s; 75% of 10.74 TB/s.
    assertThat(j.get("parity").asText()).isEqualTo("146+4");
    assertThat(j.get("driveRebuildSeconds").asDouble()).isBetween(830.57, 830.59);
    assertThat(j.get("enclosureRebuildSeconds").asDouble()).isBetween(18374.7, 18374.9);
    assertThat(j.get("degradedReadBytesPerSec").asDouble()).isEqualTo(8.055e12);
    double mttdl = j.get("mttdlHours").asDouble();
    assertThat(j.get("annualLossProbability").asDouble())
        .isEqualTo(-Math.expm1(-8766 / mttdl));
  }

  @Test
  void durability_noSelection_listsEveryOptionOfCompare() throws IOException {
    Cli r = Cli.run("durability", "--format", "json");
    assertThat(r.code).isZero();
    JsonNode options = JSON.readTree(r.out).get("options");
    assertThat(options).hasSize(5);
    assertThat(options.get(4).get("option").asText()).isEqualTo("cloud-hdd");
    assertThat(options.get(4).get("parity").asText()).isEqualTo("12+4 (any 3)");
  }

  @Test
  void durability_overrides_changeRebuildAndDurability() throws IOException {
    JsonNode base = JSON.readTree(Cli.run("durability", "--option", "dense-105-210", "--format",
        "json").out);
    JsonNode faster = JSON.readTree(Cli.run("durability", "--option", "dense-105-210",
        "--rebuild-share", "50%", "--afr", "0.005", "--format", "json").out);
    // Twice the share halves the rebuild; half the AFR with faster repairs raises the MTTDL.
    assertThat(faster.get("driveRebuildSeconds").asDouble())
        .isEqualTo(base.get("driveRebuildSeconds").asDouble() / 2);
    assertThat(faster.get("driveAfr").asDouble()).isEqualTo(0.005);
    assertThat(faster.get("mttdlHours").asDouble())
        .isGreaterThan(base.get("mttdlHours").asDouble());
  }

  @Test
  void durability_customDesignAsCsv_isOneParsableRecord() throws IOException {
    Cli r = Cli.run("durability", "--dbox", "dense-5400", "--dboxes", "210", "--cnodes", "420",
        "--format", "csv");
    assertThat(r.code).isZero();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get()
        .parse(new java.io.StringReader(r.out)).getRecords();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("Option")).isEqualTo("custom");
    assertThat(rows.get(0).get("Erasure code")).isEqualTo("146+4");
    // dense-420-210 = the same design: 44 x 122.88 TB x 36.5 / (25% x 9.405 TB/s) / 3600.
    assertThat(Double.parseDouble(rows.get(0).get("Enclosure rebuild (h)")))
        .isBetween(23.31, 23.32);
  }

  @Test
  void durability_optionAsTable_matchesGoldenFile() throws IOException {
    Cli r = Cli.run("durability", "--option", "ncp-pod");
    assertThat(r.code).isZero();
    Golden.assertMatches("durability-ncp-pod.txt", r.out);
  }

  @Test
  void compare_json_carriesEachOptionsDurability() throws IOException {
    Cli r = Cli.run("compare", "--format", "json");
    assertThat(r.code).isZero();
    for (JsonNode o : JSON.readTree(r.out).get("options")) {
      JsonNode d = o.get("durability");
      assertThat(d.get("nines").asDouble()).as(o.get("id").asText()).isPositive();
      assertThat(d.get("sensitivity")).hasSize(5);
    }
  }

  @Test
  void compare_csv_hasTheDurabilityColumns() throws IOException {
    Cli r = Cli.run("compare", "--format", "csv");
    CSVRecord header = CSVFormat.RFC4180.parse(new java.io.StringReader(r.out)).getRecords()
        .get(0);
    assertThat(header.toList()).containsSequence("Erasure code", "Stripe rule", "Drive rebuild (h)",
        "Enclosure rebuild (h)", "Read during rebuild (TB/s)", "Write during rebuild (TB/s)",
        "Durability (nines)");
  }

  @Test
  void durability_help_describesTheFractionFlagsWithoutWarnings() {
    // picocli formats descriptions: a bare '%' would print a warning instead of the text.
    Cli r = Cli.run("durability", "--help");
    assertThat(r.code).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out.replaceAll("\\s+", " "))
        .contains("such as 0.02 or 2% (default: the catalog's, per drive model).")
        .contains("such as 0.25 or 25% (default: the catalog's).");
  }

  @Test
  void durability_badAfr_exitsTwoWithOneLine() {
    Cli r = Cli.run("durability", "--afr", "2");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).isEqualTo("--afr: must be greater than 0 and at most 1 (such as 0.25 or "
        + "25%), got 2" + System.lineSeparator());
    assertThat(Cli.run("durability", "--afr", "abc").err).isEqualTo("--afr: 'abc' is not a "
        + "fraction; expected a number greater than 0 and at most 1 such as 0.25 or 25%"
        + System.lineSeparator());
  }

  @Test
  void durability_rebuildShareOfOne_isRejected() {
    Cli r = Cli.run("durability", "--rebuild-share", "100%");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).isEqualTo("--rebuild-share: must be greater than 0 and below 1 (such as "
        + "0.25 or 25%), got 100%" + System.lineSeparator());
  }

  @Test
  void durability_conflictingOrIncompleteSelections_areRejected() {
    assertThat(Cli.run("durability", "--option", "ncp-pod", "--dbox", "dense-5400").err)
        .isEqualTo("--option and --dbox: give one design, not both" + System.lineSeparator());
    assertThat(Cli.run("durability", "--cnodes", "3").err).isEqualTo("--cnodes: needs --dbox "
        + "MODEL (and both --dboxes N and --cnodes N)" + System.lineSeparator());
    Cli r = Cli.run("durability", "--dbox", "dense-5400", "--dboxes", "10");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).isEqualTo("--dbox: needs --cnodes N" + System.lineSeparator());
  }

  @Test
  void durability_unknownOption_listsTheKnownOnes() {
    Cli r = Cli.run("durability", "--option", "nope");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).isEqualTo("--option: unknown option 'nope'; expected one of: ncp-pod, "
        + "ncp-1eb, dense-420-210, dense-105-210, cloud-hdd" + System.lineSeparator());
  }

  @Test
  void durability_xlsxOut_writesTheFileAtomically(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("durability.xlsx");
    Cli r = Cli.run("durability", "--format", "xlsx", "--out", out.toString());
    assertThat(r.code).isZero();
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
      var sheet = wb.getSheet("Durability");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("ncp-pod");
      // Row "Drive rebuild (h)" holds numbers, not text: 830.58 s = 0.2307 h.
      for (var row : sheet) {
        if (row.getCell(0).getStringCellValue().equals("Drive rebuild (h)")) {
          assertThat(row.getCell(1).getNumericCellValue()).isBetween(0.2307, 0.2308);
        }
      }
    }
  }

  @Test
  void extremeCatalogFigures_neverCrash(@TempDir Path dir) throws IOException {
    // Figures the catalog accepts (positive, within its ceilings) but far outside physics: every
    // command must answer (exit 0) or refuse with a message (exit 2), never fail with 1.
    String[] overlays = {
        "durability:\n  correlationFactor: 1000 @assume-correlation\n",
        "durability:\n  rebuildShare: 1e-300 @assume-rebuild-share\n",
        "dboxes:\n  dense-5400:\n    driveSize: 1e-300 B @drive-122tb\n",
        "dboxes:\n  dense-5400:\n    read: 1e-300 B/s @drive-122tb\n",
        "dboxes:\n  dense-5400:\n    read: 1e300 B/s @drive-122tb\n",
        "dboxes:\n  dense-5400:\n    driveAfr: 1e-300 @drive-122tb\n",
        "cnodes:\n  cnode-gen6:\n    write: 1e-300 B/s @assume-cnode-write\n",
        "cloudObjects:\n  hdd-object:\n    driveSize: 1e-300 B @assume-cloud-drives\n",
        "cloudObjects:\n  hdd-object:\n    driveSize: 1e300 B @assume-cloud-drives\n",
        "cloudObjects:\n  hdd-object:\n    readPer100PB: 1e-300 B/s @assume-cloud-drives\n",
        "cloudObjects:\n  hdd-object:\n    driveAfr: 1e-300 @assume-cloud-drives\n",
        "capacity:\n  parityStrips: 16 @vast-ec\n"};
    String[][] commands = {{"compare", "--format", "json"}, {"durability", "--format", "json"},
        {"durability", "--option", "cloud-hdd", "--afr", "1"},
        {"size", "--dbox", "dense-5400", "--dboxes", "210", "--cnodes", "420"}};
    for (String yaml : overlays) {
      Path f = dir.resolve("extreme.yaml");
      Files.writeString(f, yaml);
      for (String[] cmd : commands) {
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(cmd),
            java.util.stream.Stream.of("--catalog", f.toString())).toArray(String[]::new);
        Cli r = Cli.run(args);
        assertThat(r.code).as("%s with %s: %s", String.join(" ", cmd), yaml, r.err).isIn(0, 2);
        if (r.code == 0 && cmd[cmd.length - 1].equals("json")) {
          // Only the durability figures are this feature's: compare's other sections are not.
          JsonNode root = JSON.readTree(r.out);
          String mine = cmd[0].equals("compare")
              ? root.get("options").findValues("durability").toString() : r.out;
          assertThat(mine).as("%s with %s", String.join(" ", cmd), yaml)
              .doesNotContain("Infinity", "NaN");
        }
      }
    }
  }
}
