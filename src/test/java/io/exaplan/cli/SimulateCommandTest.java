package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exaplan.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  /** A small, fast run of the built-in scenario on the pod. */
  private static final String[] SMALL = {"simulate", "--horizon", "2d", "--replications", "4"};

  private static String[] args(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  private static JsonNode json(String... args) throws Exception {
    Cli r = Cli.run(args(args, "--format", "json"));
    assertThat(r.err).isEmpty();
    assertThat(r.code).isZero();
    return new ObjectMapper().readTree(r.out);
  }

  @Test
  void json_defaultRun_hasTheContractKeys() throws Exception {
    JsonNode j = json(SMALL);
    for (String key : List.of("goodput", "goodputCi95", "stallFraction", "reworkFraction",
        "localPeakBytes", "checkpointsLost", "events", "eventsPerSecond")) {
      assertThat(j.has(key)).as(key).isTrue();
    }
    assertThat(j.get("goodputCi95").size()).isEqualTo(2);
    assertThat(j.get("goodputCi95").get(0).asDouble()).isLessThanOrEqualTo(
        j.get("goodput").asDouble());
    assertThat(j.get("eventsPerSecond").asDouble()).isPositive();
    assertThat(j.get("replicationResults").size()).isEqualTo(4);
    // the pod: 41,472 GPUs, one cluster-sized job, 405B x 14 B = 5.682 TB at 1.4625 TB/s
    assertThat(j.at("/inputs/jobs").asInt()).isEqualTo(1);
    assertThat(j.at("/inputs/gpus").asLong()).isEqualTo(41_472);
    assertThat(j.at("/inputs/checkpointBytes").asDouble()).isEqualTo(405_853_388_800.0 * 14);
    assertThat(j.at("/inputs/writeBytesPerSec").asDouble()).isEqualTo(450 * 3.25e9);
    // Daly's interval for the job alone: delta = 5.681947e12 / 1.4625e12 = 3.885092 s;
    // M = 54 d x 16,384 / 419 / 41,472 = 4,399.045 s; x = delta / 2M = 4.4158e-4;
    // sqrt(2 delta M) (1 + sqrt(x)/3 + x/9) - delta = 184.8821 x 1.0070537 - 3.885092 = 182.301 s
    assertThat(j.at("/inputs/intervalBasis").asText()).isEqualTo("daly");
    assertThat(j.at("/inputs/intervalSeconds").asDouble()).isCloseTo(182.301,
        org.assertj.core.data.Offset.offset(1e-3));
    // and Daly's efficiency there, with R = 10 min + the pod's restore 5.682 TB / 10.8 TB/s =
    // 600.526 s: 182.301 / (4,399.045 e^(600.526/4,399.045) (e^(186.186/4,399.045) - 1))
    // = 0.83624
    assertThat(j.get("dalyGoodput").asDouble()).isCloseTo(0.83624,
        org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void wanRate_isTheScenariosPerSiteRate_assumptionListedOnlyForTheDefault(@TempDir Path dir)
      throws Exception {
    // built-in wanRatePerSite 100 Gb/s = 12.5 GB/s, listed as an assumption
    JsonNode d = json(SMALL);
    assertThat(d.at("/inputs/wanBytesPerSec").asDouble()).isEqualTo(12.5e9);
    assertThat(d.get("assumptions").toString()).contains("wanRatePerSite = 12.5 GB/s");
    // the user's 400 Gb/s = 50 GB/s: used, and no longer an assumption
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "wanRatePerSite: 400 Gb/s\n");
    JsonNode u = json(args(SMALL, "--scenario", f.toString()));
    assertThat(u.at("/inputs/wanBytesPerSec").asDouble()).isEqualTo(50e9);
    assertThat(u.get("assumptions").toString()).doesNotContain("wanRatePerSite");
    // --wan-rate still overrides both
    JsonNode g = json(args(SMALL, "--wan-rate", "1 Tb/s"));
    assertThat(g.at("/inputs/wanBytesPerSec").asDouble()).isEqualTo(125e9);
    assertThat(g.get("assumptions").toString()).doesNotContain("wanRatePerSite");
  }

  @Test
  void output_sameSeed_byteIdenticalWhateverTheThreads() {
    String[] run = args(SMALL, "--option", "ncp-1eb", "--seed", "7", "--no-timing",
        "--format", "json");
    String one = Cli.run(args(run, "--threads", "1")).out;
    String two = Cli.run(args(run, "--threads", "2")).out;
    assertThat(two).isEqualTo(one);
    assertThat(Cli.run(args(SMALL, "--option", "ncp-1eb", "--seed", "8", "--no-timing",
        "--format", "json")).out).isNotEqualTo(one);
  }

  @Test
  void table_smallRun_matchesGolden() {
    Golden.assertMatches("simulate.txt",
        Cli.run(args(SMALL, "--option", "ncp-1eb", "--no-timing")).out);
  }

  @Test
  void csv_smallRun_isTheSummaryTable() {
    String[] lines = Cli.run(args(SMALL, "--format", "csv")).out.split("\n");
    assertThat(lines[0]).isEqualTo("Measure,Mean,95% CI low,95% CI high");
    assertThat(lines[1]).startsWith("goodput (kept compute),0.");
    assertThat(lines).hasSize(7);
    assertThat(lines[6]).startsWith("Daly (2006) for each job alone,0.83624");
  }

  @Test
  void checkpointsLost_outageLongerThanRetention_countedOverReplications() throws Exception {
    // TrainingModelTest's case through the CLI: 14 lost per replication with 10 TB, none with
    // 26 TB; there are no failures, so every replication is the same.
    String[] outage = {"simulate", "--jobs", "1", "--gpus", "1", "--checkpoint-bytes", "1 TB",
        "--write-rate", "1 TB/s", "--interval", "1h", "--gpu-mtbf", "none", "--copy-every", "1",
        "--keep-local", "1", "--wan-rate", "10 GB/s", "--outage-every", "none", "--outage-at",
        "9.5h", "--outage-for", "24h", "--horizon", "48h", "--replications", "3", "--aligned"};
    JsonNode small = json(args(outage, "--local-capacity", "10 TB"));
    assertThat(small.get("checkpointsLost").asLong()).isEqualTo(3 * 14);
    assertThat(small.get("replicationsLosing").asInt()).isEqualTo(3);
    assertThat(small.get("localPeakBytes").asDouble()).isEqualTo(10e12);
    JsonNode large = json(args(outage, "--local-capacity", "26 TB"));
    assertThat(large.get("checkpointsLost").asLong()).isZero();
    assertThat(large.get("wanBacklogPeakBytes").asDouble()).isEqualTo(24e12);
  }

  @Test
  void timeline_requested_writesOneRowPerJobState(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("timeline.csv");
    Cli r = Cli.run("simulate", "--jobs", "2", "--gpus", "2", "--checkpoint-bytes", "1 TB",
        "--write-rate", "1 TB/s", "--interval", "1h", "--gpu-mtbf", "none", "--copy-every", "0",
        "--horizon", "3h", "--replications", "1", "--aligned", "--timeline", file.toString(),
        "--format", "json");
    assertThat(r.code).isZero();
    assertThat(r.out).startsWith("Wrote " + file);
    // two aligned jobs share 1 TB/s: each 1 TB write takes 2 s; cycles end at 3,602 and 7,204
    assertThat(Files.readAllLines(file)).containsExactly(
        "job,state,startSeconds,endSeconds",
        "0,compute,0.000,3600.000", "1,compute,0.000,3600.000",
        "0,checkpoint,3600.000,3602.000", "1,checkpoint,3600.000,3602.000",
        "0,compute,3602.000,7202.000", "1,compute,3602.000,7202.000",
        "0,checkpoint,7202.000,7204.000", "1,checkpoint,7202.000,7204.000",
        "0,compute,7204.000,10800.000", "1,compute,7204.000,10800.000");
  }

  @Test
  void errors_badFlags_oneLineNamingTheFlag() {
    assertError("--mode: 'bogus' is not sync or async", "--mode", "bogus");
    assertError("--interval: must be greater than zero, got '0s'; expected a duration such as "
        + "'90s'", "--interval", "0s");
    assertError("--horizon: '3 weeks': unknown unit 'weeks'; expected a duration such as '90s' "
        + "(units: s, m, min, h, d)", "--horizon", "3 weeks");
    assertError("--option: unknown option 'nope'; expected one of: ncp-pod, ncp-1eb, "
        + "dense-420-210, dense-105-210, cloud-hdd", "--option", "nope");
    // the scenario's outageKeepLocal of 5: 1 x (5 + 1) x 5.682 TB = 34.09 TB
    assertError("--local-capacity: 10 TB cannot hold 1 job(s) x (5 kept + 1 being written) x "
        + "5.682 TB = 34.09 TB", "--local-capacity", "10 TB");
    assertError("--outage-at and --outage-for go together: give both or neither",
        "--outage-at", "1h");
    assertError("--jobs: must be from 1 to 10000, got 0", "--jobs", "0");
    assertError("--replications: must be from 1 to 10000, got 0", "--replications", "0");
    assertError("--copy-every 0 copies nothing over the WAN; drop the --wan-rate and --outage-* "
        + "flags or copy every Nth checkpoint", "--copy-every", "0", "--wan-rate", "1 GB/s");
    // 3 events per 1 s interval over 10,000 d = 3 x 8.64e8 = 2.592e9 (+ 97 samples) > 2e9
    assertError("--horizon: 10,000 d would take about 2.592 billion events per replication (at "
        + "most 2); shorten --horizon or lengthen --interval or --gpu-mtbf", "--interval", "1s",
        "--horizon", "10000d", "--gpu-mtbf", "none", "--copy-every", "0");
    assertError("--weibull-shape: must be from 0.1 to 100, got 0.05", "--weibull-shape", "0.05");
    assertError("--model, --params and --checkpoint-bytes each say what is checkpointed; give "
        + "only one of them", "--checkpoint-bytes", "1 TB", "--params", "7e9");
    assertError("--interval: needed with --gpu-mtbf none (the default, Daly's optimal interval, "
        + "needs a failure rate)", "--gpu-mtbf", "none");
  }

  @Test
  void progressBar_render_thirtyCellsAndWholePercent() {
    // 30 cells: 0.5 -> 15 filled; 0.999 -> round(29.97) = 30 filled, floor(99.9) = 99%
    assertThat(ProgressBar.render("simulating", 0.5))
        .isEqualTo("simulating [###############---------------]  50%");
    assertThat(ProgressBar.render("s", 0.999)).isEqualTo("s [" + "#".repeat(30) + "]  99%");
    assertThat(ProgressBar.render("s", 2)).isEqualTo("s [" + "#".repeat(30) + "] 100%");
    assertThat(ProgressBar.render("s", -1)).isEqualTo("s [" + "-".repeat(30) + "]   0%");
  }

  private static void assertError(String message, String... flags) {
    Cli r = Cli.run(args(new String[] {"simulate"}, flags));
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.strip()).isEqualTo(message);
    assertThat(r.out).isEmpty();
  }

  /**
   * Fuzz case 2496: a 1 kB checkpoint into the pod's 1.463 TB/s makes Daly's interval 0.0025 s,
   * 31,126,836 checkpoints in one simulated day and 9 s of work; the simulator's shortest
   * interval is 1 s, given or derived.
   */
  @Test
  void simulate_intervalBelowOneSecond_refusedNamingTheFlag() {
    Cli r = Cli.run("simulate", "--horizon", "1d", "--replications", "2", "--no-timing",
        "--checkpoint-bytes=1 kB");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.trim()).isEqualTo("--interval: Daly's optimal interval for this job is "
        + "0.0025 s (a 1,000 B checkpoint), below the simulator's shortest interval of 1 s; give "
        + "--interval of 1 s or more");
    Cli given = Cli.run("simulate", "--interval", "0.5s");
    assertThat(given.code).isEqualTo(2);
    assertThat(given.err.trim()).isEqualTo("--interval: must be at least 1 s (the simulator's "
        + "shortest checkpoint interval), got '0.5s'");
  }
}
