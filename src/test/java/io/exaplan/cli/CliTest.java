package io.exaplan.cli;

import static io.exaplan.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands run in-process: exit codes, what they print, and their error lines. */
class CliTest {
  @TempDir Path dir;

  @Test
  void noCommand_isAUsageError() {
    Cli r = Cli.run();
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).startsWith("missing command; try 'exaplan compare' or 'exaplan --help'");
  }

  @Test
  void commandGroup_alone_isAUsageErrorNamingItsSubcommand() {
    Cli catalog = Cli.run("catalog");
    Cli export = Cli.run("export");

    assertThat(catalog.code).isEqualTo(2);
    assertThat(catalog.err).startsWith(
        "missing subcommand; try 'exaplan catalog import-netbox --help'");
    assertThat(export.code).isEqualTo(2);
    assertThat(export.err).startsWith("missing subcommand; try 'exaplan export netbox --help'");
  }

  @Test
  void help_listsCommandsAndExitCodes() {
    Cli r = Cli.run("--help");
    assertThat(r.code).isZero();
    assertThat(r.out).contains("compare", "size", "audit", "Exit codes:",
        "2   bad input or usage");
  }

  @Test
  void size_printsOneOptionObject() throws Exception {
    Cli r = Cli.run("size", "--dbox", "dense-5400", "--dboxes", "40", "--cnodes", "80",
        "--format", "json");
    assertThat(r.code).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out);
    // usable 40 x 5,406.72 TB x 0.884533 = 191,297 TB; write 80 x 3.25 = 260 GB/s
    assertThat(o.get("usableBytes").asDouble()).isEqualTo(1.9129696256E17);
    assertThat(o.get("writeBytesPerSec").asDouble()).isEqualTo(260e9);
    assertThat(o.get("writeBound").asText()).isEqualTo("frontend");
    assertThat(o.get("nodeRackUnits").asInt()).isEqualTo(160); // 80 x 1U + 40 x 2U
  }

  @Test
  void size_rackKw_changesThePowerBound() throws Exception {
    Cli r = Cli.run("size", "--dbox", "dbox-1350", "--dboxes", "180", "--cnodes", "450",
        "--rack-kw", "15", "--format", "json");
    JsonNode o = new ObjectMapper().readTree(r.out);
    // 417,900 W / 15,000 W = 27.86 -> 28
    assertThat(o.get("powerBoundRacks").asInt()).isEqualTo(28);
    assertThat(o.get("rackPowerLimitWatts").asDouble()).isEqualTo(15_000);
  }

  @Test
  void size_unknownModel_exits2WithTheKnownOnes() {
    Cli r = Cli.run("size", "--dbox", "dbox-9000", "--dboxes", "1", "--cnodes", "1");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).isEqualTo("--dbox: unknown enclosure model 'dbox-9000'; expected one of: "
        + "dbox-1350, dbox-338, dense-5400" + System.lineSeparator());
  }

  @Test
  void size_zeroBoxes_exits2NamingTheFlag() {
    Cli r = Cli.run("size", "--dbox", "dbox-1350", "--dboxes", "0", "--cnodes", "3");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).isEqualTo("--dboxes: must be from 1 to 1000000, got 0");
  }

  @Test
  void size_negativeRackKw_exits2() {
    Cli r = Cli.run("size", "--dbox", "dbox-1350", "--dboxes", "1", "--cnodes", "1",
        "--rack-kw", "-3");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).isEqualTo("--rack-kw: must be greater than zero, got '-3 kW'; "
        + "expected a power such as '550 W'");
  }

  @Test
  void size_nonNumericCount_isOneLineNamingTheFlag() {
    Cli r = Cli.run("size", "--dbox", "dbox-1350", "--dboxes", "lots", "--cnodes", "1");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.strip()).isEqualTo("--dboxes: 'lots' is not a whole number");
  }

  @Test
  void countsPastAnIntOrALong_areOneLineNamingTheFlag_notJavaTypes() {
    // issue 22.3: picocli said "'2147483648' is not an int" and printed 90 lines of usage
    assertThat(Cli.run("simulate", "--jobs", "2147483648").err.strip())
        .isEqualTo("--jobs: '2147483648' is past the largest count any flag takes (1000000)");
    assertThat(Cli.run("size", "--dbox", "dbox-1350", "--dboxes", "1", "--cnodes",
        "-99999999999").err.strip())
        .isEqualTo("--cnodes: '-99999999999' is past the largest count any flag takes (1000000)");
    Cli seed = Cli.run("simulate", "--seed", "99999999999999999999");
    assertThat(seed.code).isEqualTo(2);
    assertThat(seed.err.strip()).isEqualTo("--seed: '99999999999999999999' is past the largest "
        + "whole number any flag takes (9223372036854775807)");
    assertThat(Cli.run("checkpoint", "--shards", "1\u001b[2J").err.strip())
        .isEqualTo("--shards: '1\\u001b[2J' is not a whole number");
  }

  @Test
  void compare_unknownFormat_exits2() {
    Cli r = Cli.run("compare", "--format", "pdf");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).isEqualTo("--format: unknown format 'pdf'; expected one of: table, "
        + "json, csv, md, xlsx");
  }

  @Test
  void compare_xlsxWithoutOut_exits2() {
    Cli r = Cli.run("compare", "--format", "xlsx");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).isEqualTo("--format xlsx writes a binary file; add --out FILE");
  }

  @Test
  void compare_badScenario_exits2WithFileLineField() {
    Path f = write(dir, "s.yaml", "gpus: many\n");
    Cli r = Cli.run("compare", "--scenario", f.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).isEqualTo(f + ":1:7: gpus: 'many' is not a whole number; expected "
        + "a whole number from 1 to 100000000");
    assertThat(r.out).isEmpty();
  }

  @Test
  void compare_badCatalog_exits2WithFileLineField() {
    Path f = write(dir, "c.yaml", "racks:\n  rack-42u:\n    reservedUnits: 50 @eia-rack\n");
    Cli r = Cli.run("compare", "--catalog", f.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).isEqualTo(f + ":3:20: racks.rack-42u.reservedUnits: must be less "
        + "than rackUnits (42), got 50");
  }

  @Test
  void compare_outToMissingFolder_exits2() {
    Cli r = Cli.run("compare", "--out", dir.resolve("no/such/dir/x.txt").toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).isEqualTo("--out: folder " + dir.resolve("no/such/dir")
        + " does not exist");
  }

  @Test
  void compare_scenarioWithBiggerTarget_scalesTheOptions() throws Exception {
    Path f = write(dir, "s.yaml", "targetUsable: 2 EB\n");
    JsonNode root = new ObjectMapper().readTree(Cli.run("compare", "--scenario", f.toString(),
        "--format", "json").out);
    // 2 x 10^18 / 4,782.4 TB = 418.2 -> 419 dense enclosures
    assertThat(root.get("options").get(2).get("dboxes").asInt()).isEqualTo(419);
    assertThat(root.get("options").get(4).get("racks").asInt()).isEqualTo(440);
  }

  @Test
  void audit_userClaimsFile_isUsed() throws Exception {
    Path f = write(dir, "claims.yaml", "claims:\n  - id: mine\n    statement: pod is 630 U\n"
        + "    design: {option: ncp-pod}\n    expect: {nodeRackUnits: 630}\n");
    Cli r = Cli.run("audit", "--claims", f.toString(), "--format", "json");
    JsonNode c = new ObjectMapper().readTree(r.out).get("claims").get(0);
    assertThat(c.get("verdict").asText()).isEqualTo("holds");
    assertThat(c.fieldNames()).toIterable()
        .containsExactly("id", "statement", "verdict", "computed", "explanation");
  }

  @Test
  void out_replacesAnExistingFileWhole() throws Exception {
    Path out = dir.resolve("c.json");
    Files.writeString(out, "old");
    assertThat(Cli.run("compare", "--format", "json", "--out", out.toString()).code).isZero();
    assertThat(Files.readString(out)).startsWith("{");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out); // no temp file left behind
    }
  }
}
