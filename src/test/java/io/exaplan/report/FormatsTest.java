package io.exaplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exaplan.Golden;
import io.exaplan.cli.Cli;
import io.exaplan.catalog.Catalog;
import io.exaplan.design.Comparison;
import io.exaplan.design.Option;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format of compare, parsed back and compared with the engine's numbers. */
class FormatsTest {
  static final Comparison CMP = Registry.compare(Scenario.builtIn(), Catalog.builtIn());

  @TempDir Path dir;

  @Test
  void table_matchesGolden() {
    Cli r = Cli.run("compare");
    assertThat(r.code).isZero();
    Golden.assertMatches("compare.txt", r.out);
  }

  @Test
  void markdown_matchesGolden() {
    Golden.assertMatches("compare.md", Cli.run("compare", "--format", "md").out);
  }

  @Test
  void auditTable_matchesGolden() {
    Golden.assertMatches("audit.txt", Cli.run("audit").out);
  }

  @Test
  void json_parsesBack_toTheContractKeysAndEngineValues() throws Exception {
    Cli r = Cli.run("compare", "--format", "json");
    JsonNode root = new ObjectMapper().readTree(r.out);
    assertThat(root.get("scenario").get("gpus").asLong()).isEqualTo(160_000);
    JsonNode options = root.get("options");
    assertThat(options).hasSize(5);
    for (int i = 0; i < 5; i++) {
      JsonNode o = options.get(i);
      Option e = CMP.options().get(i);
      for (String key : List.of("id", "name", "cnodes", "dboxes", "dboxModel", "rawBytes",
          "usableBytes", "readBytesPerSec", "writeBytesPerSec", "readBound", "writeBound",
          "rackUnits", "nodeRackUnits", "racks", "rackBound", "switches", "powerWatts",
          "assumptions")) {
        assertThat(o.has(key)).as("%s has %s", e.id(), key).isTrue();
      }
      assertThat(o.get("id").asText()).isEqualTo(e.id());
      assertThat(o.get("usableBytes").asDouble()).isEqualTo(e.capacity().usableBytes());
      assertThat(o.get("writeBytesPerSec").asDouble()).isEqualTo(e.throughput().writeBytesPerSec());
      assertThat(o.get("racks").asInt()).isEqualTo(e.space().racks());
      assertThat(o.get("readBound").asText()).isEqualTo(e.throughput().readBound().key());
      assertThat(o.get("rackBound").asText()).isIn("space", "power", "packing");
    }
    assertThat(options.get(4).get("rawBytes").isNull()).isTrue();
  }

  @Test
  void csv_parsesBack_withUnitsInHeadersAndFullPrecision() throws Exception {
    Cli r = Cli.run("compare", "--format", "csv");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(r.out)).getRecords();
    assertThat(rows).hasSize(5);
    CSVRecord pod = rows.get(0);
    assertThat(pod.get("Option")).isEqualTo("ncp-pod");
    assertThat(Double.parseDouble(pod.get("Usable (PB)")))
        .isEqualTo(CMP.options().get(0).capacity().usableBytes() / 1e15);
    assertThat(Double.parseDouble(pod.get("Write (TB/s)"))).isCloseTo(1.4625, within(1e-12));
    assertThat(pod.get("Write bound")).isEqualTo("frontend");
    assertThat(rows.get(4).get("Raw (PB)")).isEmpty();
  }

  @Test
  void xlsx_opens_withNumbersUnitsAndLiveFormulas() throws Exception {
    Path out = dir.resolve("compare.xlsx");
    Cli r = Cli.run("compare", "--format", "xlsx", "--out", out.toString());
    assertThat(r.code).isZero();
    assertThat(r.out).isEqualTo("Wrote " + out + System.lineSeparator());
    try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2),
          wb.getSheetName(3), wb.getSheetName(4))).containsExactly("Options", "Inputs",
              "Checkpoints", "Notes", "Assumptions");
      Sheet s = wb.getSheet("Options");
      assertThat(s.getRow(0).getCell(5).getStringCellValue()).isEqualTo("cloud-hdd");
      Row usable = find(s, "Usable (PB)");
      assertThat(usable.getCell(1).getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(usable.getCell(1).getNumericCellValue())
          .isCloseTo(CMP.options().get(0).capacity().usableBytes() / 1e15, within(1e-9));
      // derived cells are formulas over the cells above, with cached values
      Cell perRack = find(s, "Usable per rack (PB)").getCell(1);
      assertThat(perRack.getCellType()).isEqualTo(CellType.FORMULA);
      // 215.209 PB / 35 racks = 6.1488 PB
      assertThat(perRack.getNumericCellValue()).isCloseTo(215.209 / 35, within(1e-3));
      Cell cloudReadPerKw = find(s, "Read per kW (GB/s)").getCell(5);
      // read the GPUs see across the WAN, 3 x 12.5 = 37.5 GB/s / 2,640 kW = 0.014205 (issue 14;
      // in region it is 3,125 GB/s)
      assertThat(cloudReadPerKw.getNumericCellValue()).isCloseTo(37.5 / 2640, within(1e-9));
    }
  }

  private static Row find(Sheet s, String label) {
    for (Row row : s) {
      if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row " + label);
  }

  @Test
  void sameInput_givesIdenticalTextOutputs() {
    for (String f : List.of("table", "json", "csv", "md")) {
      assertThat(Cli.run("compare", "--format", f).out).isEqualTo(
          Cli.run("compare", "--format", f).out);
    }
  }

  @Test
  void jsonAndTable_showTheSameNumbers_overRandomScenarios() throws Exception {
    java.util.SplittableRandom r = new java.util.SplittableRandom(11);
    for (int i = 0; i < 40; i++) {
      // targets 0.1-5 EB, rack limits 8-30 kW
      String yaml = String.format(java.util.Locale.ROOT, "targetUsable: %.2f EB\nrackPowerLimit: %d kW\n",
          0.1 + r.nextDouble() * 4.9, 8 + r.nextInt(23));
      Path f = io.exaplan.TestFiles.write(dir, "s" + i + ".yaml", yaml);
      JsonNode json = new ObjectMapper().readTree(
          Cli.run("compare", "--scenario", f.toString(), "--format", "json").out);
      String md = Cli.run("compare", "--scenario", f.toString(), "--format", "md").out;
      for (int o = 0; o < 5; o++) {
        JsonNode opt = json.get("options").get(o);
        assertThat(mdCell(md, "Usable (PB)", o)).isEqualTo(String.format(java.util.Locale.ROOT,
            "%,.1f", opt.get("usableBytes").asDouble() / 1e15));
        assertThat(mdCell(md, "Write (TB/s)", o)).isEqualTo(String.format(java.util.Locale.ROOT,
            "%,.3f", opt.get("writeBytesPerSec").asDouble() / 1e12));
        assertThat(mdCell(md, "Racks", o)).isEqualTo(String.format(java.util.Locale.ROOT,
            "%,d", opt.get("racks").asInt()));
        assertThat(mdCell(md, "Power typical (kW)", o)).isEqualTo(String.format(
            java.util.Locale.ROOT, "%,.1f", opt.get("powerWatts").asDouble() / 1e3));
      }
    }
  }

  /** The cell of option {@code o} in the Markdown side-by-side row labelled {@code label}. */
  private static String mdCell(String md, String label, int o) {
    for (String line : md.split("\n")) {
      if (line.startsWith("| " + label + " |")) {
        return line.split(" \\| | \\|$|\\| ")[o + 2].trim();
      }
    }
    throw new AssertionError("no row " + label);
  }
}
