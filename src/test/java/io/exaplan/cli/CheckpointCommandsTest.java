package io.exaplan.cli;

import static io.exaplan.cli.Cli.assertInputError;
import static io.exaplan.cli.Cli.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import io.exaplan.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint, outage and stage commands in-process: JSON contract, errors, golden output. */
class CheckpointCommandsTest {
  @Test
  void checkpoint_json_contractKeysWithHandValues() throws Exception {
    // 405B, 5 min, 5% stall, 41,472 GPUs (scenario cluster), Llama 3 per-GPU MTBF:
    // checkpoint 5,681,947,443,200 B; sync 5.682e12 / 15 s = 378.80 GB/s; async / 300 s = 18.94 GB/s;
    // fleet MTBF 1,296 h x 16,384 / 419 / 41,472 x 3600 = 4,399.05 s; delta = 15 s;
    // Young sqrt(2 x 15 x 4,399.05) = 363.28 s.
    JsonNode j = json("checkpoint", "--format", "json");
    assertThat(j.get("checkpointBytes").asDouble()).isEqualTo(5_681_947_443_200.0);
    assertThat(j.get("syncWriteBytesPerSec").asDouble()).isCloseTo(3.78796e11, within(1e6));
    assertThat(j.get("asyncFloorBytesPerSec").asDouble()).isCloseTo(1.89398e10, within(1e5));
    assertThat(j.get("fleetMtbfSeconds").asDouble()).isCloseTo(4399.05, within(0.01));
    assertThat(j.get("youngIntervalSeconds").asDouble()).isCloseTo(363.28, within(0.01));
    assertThat(j.get("dalyIntervalSeconds").asDouble()).isLessThan(363.28);
    assertThat(j.get("wallClockSeconds").asDouble()).isGreaterThan(500 * 3600.0);
    assertThat(j.get("efficiency").asDouble()).isBetween(0.0, 1.0);
    assertThat(j.get("designs")).hasSize(5);
    assertThat(j.get("fleet").get(0).get("gpus").asLong()).isEqualTo(1024);
  }

  @Test
  void checkpoint_dalyFig3ThroughTheCli_117Minutes() throws Exception {
    // Daly (2006) Fig. 3 with --mtbf: M = 24 h, delta = 5 min, R = 10 min, Ts = 500 h:
    // tau = 116.690 min, efficiency at tau = 0.912606 (see FailuresTest for the arithmetic).
    JsonNode j = json("checkpoint", "--format", "json", "--mtbf", "24h", "--write-time", "5m",
        "--restart-time", "10m", "--work", "500h", "--interval", "7001.39s");
    assertThat(j.get("dalyIntervalSeconds").asDouble() / 60).isCloseTo(116.690, within(1e-3));
    assertThat(j.get("youngIntervalSeconds").asDouble() / 60).isCloseTo(120.0, within(1e-9));
    assertThat(j.get("dalyEfficiency").asDouble()).isCloseTo(0.912606, within(1e-6));
    assertThat(j.get("dalyWallClockSeconds").asDouble() / 3600).isCloseTo(547.88, within(0.01));
    assertThat(j.get("mtbfBasis").asText()).isEqualTo("mtbf");
  }

  @Test
  void checkpoint_failuresFasterThanCheckpoints_noWallClock() throws Exception {
    // M = 1 s, delta = 0.05 x 3 d = 12,960 s >= 2M, so tau = M = 1 s; e^(12,961) overflows:
    // efficiency 0 and the run never finishes (null, not Infinity, in JSON).
    JsonNode j = json("checkpoint", "--format", "json", "--mtbf", "1s", "--interval", "3d");
    assertThat(j.get("dalyIntervalSeconds").asDouble()).isEqualTo(1.0);
    assertThat(j.get("efficiency").asDouble()).isEqualTo(0.0);
    assertThat(j.get("wallClockSeconds").isNull()).isTrue();
    assertThat(j.get("dalyWallClockSeconds").isNull()).isTrue();
  }

  @Test
  void checkpoint_bytesPerParamAndShards_sameTotal() throws Exception {
    // 8,030,261,248 x 16 = 128,484,179,968 B, over 8 shards 16,060,522,496 B each.
    JsonNode j = json("checkpoint", "--format", "json", "--model", "llama-3.1-8b",
        "--bytes-per-param", "16", "--shards", "8");
    assertThat(j.get("checkpointBytes").asDouble()).isEqualTo(128_484_179_968.0);
    assertThat(j.get("shardBytes").asDouble()).isEqualTo(16_060_522_496.0);
  }

  @Test
  void checkpoint_badDuration_oneLineExit2() {
    assertInputError("--interval: '24hr': unknown unit 'hr'; expected a duration such as '90s' "
        + "(units: s, m, min, h, d)", "checkpoint", "--interval", "24hr");
    assertInputError("--gpu-mtbf: '50677': a unit is required; expected a duration such as "
        + "'90s' (units: s, m, min, h, d)", "checkpoint", "--gpu-mtbf", "50677");
    assertInputError("--write-time: must be greater than zero, got '0s'; expected a duration "
        + "such as '90s'", "checkpoint", "--write-time", "0s");
  }

  @Test
  void checkpoint_stallFractionOutsideZeroOne_exit2() {
    assertInputError("--stall-fraction: must be a fraction from 0.0001 (0.01%) to 1 such as 0.05 or 5%, got "
        + "'0'", "checkpoint", "--stall-fraction", "0");
    assertInputError("--stall-fraction: must be a fraction from 0.0001 (0.01%) to 1 such as 0.05 or 5%, got "
        + "'1.5'", "checkpoint", "--stall-fraction", "1.5");
    assertInputError("--stall-fraction: must be a fraction from 0.0001 (0.01%) to 1 such as 0.05 or 5%, got "
        + "'-5%'", "checkpoint", "--stall-fraction", "-5%");
    // a vanishing fraction asks for an unbounded write rate: 5.682 TB / (60 s x 1e-300) = inf
    assertInputError("--stall-fraction: must be a fraction from 0.0001 (0.01%) to 1 such as 0.05 "
        + "or 5%, got '1e-300'", "checkpoint", "--stall-fraction", "1e-300");
  }

  @Test
  void checkpoint_zeroOrNegativeSizes_exit2() {
    assertInputError("--params: must be greater than zero, got '0'; expected a number such as "
        + "'42'", "checkpoint", "--params", "0");
    assertInputError("--checkpoint-bytes: must be greater than zero, got '-5 TB'; expected a size "
        + "such as '61.44 TB'", "checkpoint", "--checkpoint-bytes", "-5 TB");
    assertInputError("--bytes-per-param: must be greater than zero, got '0'; expected a number "
        + "such as '42'", "checkpoint", "--bytes-per-param", "0");
    assertInputError("--gpus: must be from 1 to 100000000, got 0", "checkpoint", "--gpus", "0");
  }

  @Test
  void checkpoint_conflictingFlags_exit2() {
    assertInputError("--model, --params and --checkpoint-bytes each say what is checkpointed; "
        + "give only one of them", "checkpoint", "--model", "llama-3.1-8b", "--params", "8e9");
    assertInputError("--gpu-mtbf and --mtbf both give the failure rate; give only one of them",
        "checkpoint", "--gpu-mtbf", "50000h", "--mtbf", "3h");
    assertInputError("--chart: unknown chart 'pie'; expected one of: cadence, fleet",
        "checkpoint", "--chart", "pie");
  }

  @Test
  void checkpoint_fleetChartCsv_golden() {
    Cli r = Cli.run("checkpoint", "--format", "csv", "--chart", "fleet");
    assertThat(r.code).isZero();
    assertThat(r.out).startsWith("GPUs,Fleet MTBF (h),Young interval (min),Daly interval (min),"
        + "Efficiency at Daly interval,Efficiency at 5 min\n1024,");
    Golden.assertMatches("checkpoint-fleet.csv", r.out);
  }

  @Test
  void checkpoint_cadenceChartCsv_golden() {
    Cli r = Cli.run("checkpoint", "--format", "csv", "--chart", "cadence");
    assertThat(r.code).isZero();
    // 60 s row: 5,681,947,443,200 / (0.05 x 60) / 1e9 = 1,893.98 GB/s; / 60 / 1e9 = 94.70 GB/s.
    assertThat(r.out).contains("\n60,1893.98248106666").contains(",94.699124053333");
    Golden.assertMatches("checkpoint-cadence.csv", r.out);
  }

  @Test
  void checkpoint_table_golden() {
    Cli r = Cli.run("checkpoint");
    assertThat(r.code).isZero();
    Golden.assertMatches("checkpoint.txt", r.out);
  }

  @Test
  void outage_json_contractKeys() throws Exception {
    // See OutageTest: U = 29, retention 193,186,213,068,800 B, steady 15.152 Gb/s,
    // catch-up 45.666 Gb/s.
    JsonNode j = json("outage", "--format", "json", "--model", "llama-3.1-405b", "--interval",
        "5m", "--copy-every", "10", "--keep-local", "5", "--outage", "24h", "--catch-up", "12h");
    assertThat(j.get("pendingUploads").asLong()).isEqualTo(29);
    assertThat(j.get("localRetentionBytes").asDouble()).isEqualTo(193_186_213_068_800.0);
    assertThat(j.get("steadyWanBitsPerSec").asDouble() / 1e9).isCloseTo(15.1519, within(1e-4));
    assertThat(j.get("catchUpWanBitsPerSec").asDouble() / 1e9).isCloseTo(45.6660, within(1e-4));
  }

  @Test
  void outage_policyFlagsLeftOut_scenarioDefaults() throws Exception {
    // The built-in scenario plans every 10th copied, newest 5 kept, 24 h down, 12 h catch-up:
    // the same answer as the flags given in full (outage_json_contractKeys).
    JsonNode j = json("outage", "--format", "json", "--interval", "5m");
    assertThat(j.get("copyEvery").asInt()).isEqualTo(10);
    assertThat(j.get("keepLocal").asInt()).isEqualTo(5);
    assertThat(j.get("pendingUploads").asLong()).isEqualTo(29);
    assertThat(j.get("localRetentionBytes").asDouble()).isEqualTo(193_186_213_068_800.0);
    assertThat(j.get("account").asText()).isEqualTo("azure-standard");
  }

  @Test
  void outage_scenarioPolicy_flagsStillWin(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "outageCopyEvery: 6\noutageDuration: 72h\n");
    // Scenario: N = 6, D = 72 h; flag: K = 3. 1 TB every 10 min: copy period 1 h, U = 72,
    // retention (3 + 72) x 1 TB = 75 TB.
    JsonNode j = json("outage", "--format", "json", "--scenario", f.toString(),
        "--checkpoint-bytes", "1 TB", "--interval", "10m", "--keep-local", "3");
    assertThat(j.get("pendingUploads").asLong()).isEqualTo(72);
    assertThat(j.get("localRetentionBytes").asDouble()).isEqualTo(75e12);
    assertThat(j.get("catchUpSeconds").asDouble()).isEqualTo(43_200.0);
  }

  @Test
  void outage_checkpointBytes_andMarkdownGolden() {
    Cli r = Cli.run("outage", "--format", "md", "--checkpoint-bytes", "1 TB",
        "--interval", "10m", "--copy-every", "6", "--keep-local", "3", "--outage", "3d",
        "--catch-up", "1d");
    assertThat(r.code).isZero();
    // Copy period 6 x 10 min = 1 h; U = 72; retention (3 + 72) x 1 TB = 75 TB.
    assertThat(r.out).contains("| Local retention (TB) | 75.00 |");
    Golden.assertMatches("outage.md", r.out);
  }

  @Test
  void outage_zeroSizeOrCount_exit2() {
    String[] rest = {"--interval", "5m", "--copy-every", "10", "--keep-local", "5", "--outage",
        "24h", "--catch-up", "12h"};
    assertInputError("--checkpoint-bytes: must be greater than zero, got '0'; expected a size "
        + "such as '61.44 TB'", concat(new String[] {"outage", "--checkpoint-bytes", "0"}, rest));
    assertInputError("--keep-local: must be from 1 to 1000000, got 0", "outage", "--interval", "5m",
        "--copy-every", "10", "--keep-local", "0", "--outage", "24h", "--catch-up", "12h");
    assertInputError("--outage: '1 week': unknown unit 'week'; expected a duration such as '90s' "
        + "(units: s, m, min, h, d)", "outage", "--interval", "5m", "--copy-every", "10",
        "--keep-local", "5", "--outage", "1 week", "--catch-up", "12h");
  }

  @Test
  void stage_rateAndWindow_goldenAndErrors() throws Exception {
    Cli r = Cli.run("stage", "--dataset-bytes", "2 PB", "--wan", "100 Gb/s",
        "--object-size", "6 GB", "--vcpus", "32");
    assertThat(r.code).isZero();
    Golden.assertMatches("stage.txt", r.out);
    JsonNode j = json("stage", "--format", "json", "--dataset-bytes", "20e15", "--wan", "24h");
    assertThat(j.get("storageAccounts").asInt()).isEqualTo(10);
    assertThat(j.get("rateGiven").asBoolean()).isFalse();
    assertInputError("--wan: 'fast' is neither a rate such as '60 GB/s' nor a duration such as "
        + "'90s' (a window to stage within)", "stage", "--dataset-bytes", "1 PB", "--wan", "fast");
    assertInputError("--dataset-bytes: must be greater than zero, got '0 TB'; expected a size "
        + "such as '61.44 TB'", "stage", "--dataset-bytes", "0 TB", "--wan", "10 Gb/s");
  }

  @Test
  void checkpoint_outFile_writtenAtomically(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("fleet.csv");
    Cli r = Cli.run("checkpoint", "--format", "csv", "--chart", "fleet", "--out",
        out.toString());
    assertThat(r.code).isZero();
    assertThat(Files.readString(out)).startsWith("GPUs,");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
