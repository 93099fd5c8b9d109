package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hall through compare and sites: fitsFloor, the positions, the table and verdict row. */
class HallCommandTest {
  private static final ObjectMapper M = new ObjectMapper();

  private static JsonNode option(JsonNode options, String id) {
    for (JsonNode o : options) {
      if (o.get("id").asText().equals(id)) {
        return o;
      }
    }
    throw new AssertionError("no option " + id);
  }

  @Test
  void compare_nineByFifteenHall_podFitsOneEbDoesNot(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("hall.yaml");
    Files.writeString(f, "hall: {rows: 9, racksPerRow: 15}\n");
    Cli r = Cli.run("compare", "--scenario", f.toString(), "--format", "json");
    assertThat(r.code).as(r.err).isZero();
    JsonNode options = M.readTree(r.out).get("options");
    // 9 x 15 = 135 positions. ncp-pod: 35 racks <= 135, fits. ncp-1eb: 162 > 135, does not.
    JsonNode pod = option(options, "ncp-pod");
    assertThat(pod.get("fitsFloor").asBoolean()).isTrue();
    assertThat(pod.get("floorPositionsUsed").asInt()).isEqualTo(35);
    assertThat(pod.get("floorPositions").asInt()).isEqualTo(135);
    JsonNode big = option(options, "ncp-1eb");
    assertThat(big.get("fitsFloor").asBoolean()).isFalse();
    assertThat(big.get("floorPositionsUsed").asInt()).isEqualTo(162);
    // the cloud baseline's racks are in the provider's region: not judged
    assertThat(option(options, "cloud-hdd").get("fitsFloor").isNull()).isTrue();
  }

  @Test
  void compare_table_saysHowManyPositions(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("hall.yaml");
    Files.writeString(f, "hall: {rows: 9, racksPerRow: 15, reserved: [{row: 1, position: 1}]}\n");
    Cli r = Cli.run("compare", "--scenario", f.toString());
    assertThat(r.code).as(r.err).isZero();
    // 135 - 1 reserved = 134
    assertThat(r.out).contains("yes: 35 of 134 positions").contains("no: 162 of 134 positions")
        .contains("not on site").contains("9 rows x 15 racks, 134 positions (1 reserved)");
  }

  @Test
  void compare_noHall_saysSo() throws Exception {
    Cli r = Cli.run("compare", "--format", "json");
    JsonNode pod = option(M.readTree(r.out).get("options"), "ncp-pod");
    assertThat(pod.get("fitsFloor").isNull()).isTrue();
    assertThat(Cli.run("compare").out).contains("no hall given");
  }

  @Test
  void compare_badHall_oneLocatedLineExit2(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("hall.yaml");
    Files.writeString(f, "hall:\n  rows: 9\n  racksPerRow: -3\n");
    Cli r = Cli.run("compare", "--scenario", f.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.strip()).isEqualTo(f + ":3:16: hall.racksPerRow: must be from 1 to 100, "
        + "got -3");
  }

  @Test
  void sites_siteHall_capsTheSitesRacks(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("sites.yaml");
    Files.writeString(f, "sitePlan:\n"
        + "  - {name: east, gpus: 100000, storage: performance, hall: {rows: 2, racksPerRow: 10}}\n"
        + "  - {name: west, gpus: 30000}\n"
        + "  - {name: north, gpus: 30000}\n");
    Cli r = Cli.run("sites", "--scenario", f.toString(), "--format", "json");
    assertThat(r.code).as(r.err).isZero();
    JsonNode east = M.readTree(r.out).get("sites").get(0);
    // The pod scaled to 100,000 GPUs needs far more than the hall's 2 x 10 = 20 positions.
    JsonNode design = east.get("design");
    assertThat(design.get("floorPositions").asInt()).isEqualTo(20);
    assertThat(design.get("floorPositionsUsed").asInt()).isGreaterThan(20);
    assertThat(design.get("fitsFloor").asBoolean()).isFalse();
    assertThat(east.get("fits").asBoolean()).isFalse();
    // west has no hall of its own and the scenario none: not judged
    assertThat(M.readTree(r.out).get("sites").get(1).get("design").get("fitsFloor").isNull())
        .isTrue();
  }
}
