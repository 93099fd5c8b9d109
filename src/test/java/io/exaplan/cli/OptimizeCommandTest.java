package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.Golden;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** optimize, sensitivity and sites from the command line: contract keys, errors, golden output. */
class OptimizeCommandTest {

  @Test
  void optimize_json_hasTheContractKeys() throws Exception {
    Cli r = Cli.run("optimize", "--format", "json");
    assertThat(r.code).isEqualTo(0);
    JsonNode j = new ObjectMapper().readTree(r.out);
    assertThat(j.has("best") && j.has("lowerBound") && j.has("gap") && j.has("evaluated")
        && j.has("pareto")).isTrue();
    // Default write target: the scenario's checkpoint (Llama 3.1 405B, 405,853,388,800 x 14 B =
    // 5,681.947 GB) synchronously at its longest cadence (15 min) with a 5% stall, for each of
    // the fleet's 4 jobs at once: 4 x 5,681.947 GB / (0.05 x 900 s) = 505.06 GB/s -> ceil(505.06
    // / 3.25) = 156 C-nodes on 210 dense enclosures (above the C:D floor's 105): 41 racks, the
    // bound. That design has 4.87 nines; the floors take the C-nodes (bisected) to 366, where the
    // enclosure rebuild first fits the 24 h ceiling (365: 24.0 h; 366: 6.33 nines), 53 racks.
    assertThat(j.get("targets").get("writeBytesPerSec").asDouble())
        // 4 jobs (160,000 / 41,472 rounded up) x 5.682 TB / (0.05 x 900 s) = 4 x 126.27 GB/s
        .isCloseTo(4 * 5_681_947_443_200.0 / 45, org.assertj.core.api.Assertions.within(1e-3));
    assertThat(j.get("best").get("cnodes").asInt()).isEqualTo(366);
    assertThat(j.get("best").get("racks").asInt()).isEqualTo(53);
    assertThat(j.get("best").get("dboxModel").asText()).isEqualTo("dense-5400");
    assertThat(j.get("best").get("durability").get("nines").asDouble()).isGreaterThanOrEqualTo(6);
    // The bound is the least configuration's (layout package's configuration bound, h15); the
    // gap is (best - bound) / bound.
    int lb = j.get("lowerBound").get("racks").asInt();
    assertThat(lb).isBetween(35, 59);
    assertThat(j.get("gap").asDouble()).isCloseTo((53.0 - lb) / lb,
        org.assertj.core.api.Assertions.within(1e-12));
    assertThat(j.get("pareto").get(0).get("writeBytesPerSec").isNumber()).isTrue();
  }

  @Test
  void optimize_csv_isTheParetoFront() {
    Cli r = Cli.run("optimize", "--format", "csv");
    assertThat(r.code).isEqualTo(0);
    Golden.assertMatches("optimize.csv", r.out);
  }

  @Test
  void optimize_table_matchesGolden() {
    Cli r = Cli.run("optimize", "--min-write", "1.365 TB/s");
    assertThat(r.code).isEqualTo(0);
    Golden.assertMatches("optimize-write.txt", r.out);
  }

  @Test
  void optimize_twice_isByteIdentical() {
    assertThat(Cli.run("optimize", "--format", "json").out)
        .isEqualTo(Cli.run("optimize", "--format", "json").out);
  }

  @Test
  void optimize_badFlags_exitTwoWithOneLine() {
    assertError(Cli.run("optimize", "--objective", "fast"),
        "--objective: 'fast' is not one of racks, kw, ru, weighted");
    assertError(Cli.run("optimize", "--objective", "weighted"),
        "--weights: --objective weighted needs weights R,K,U, e.g. 1,0.1,0");
    assertError(Cli.run("optimize", "--objective", "weighted", "--weights", "1,x,0"),
        "--weights: '1,x,0' is not three numbers of zero or more (per rack, per kW, per rack "
            + "unit), e.g. 1,0.1,0");
    assertError(Cli.run("optimize", "--weights", "1,0,0"),
        "--weights: only used with --objective weighted");
    assertError(Cli.run("optimize", "--min-write", "-1 GB/s"),
        "--min-write: must be zero or more, got '-1 GB/s'");
    assertError(Cli.run("optimize", "--guidance", "h200-best"),
        "--guidance: unknown level 'h200-best'; expected one of: h100-good, h100-better, "
            + "h100-best, gb200-standard, gb200-enhanced, b300-standard, b300-enhanced, "
            + "vendor-1gbps");
    assertError(Cli.run("optimize", "--gpus", "1000"), "--gpus: only used with --guidance");
    assertError(Cli.run("optimize", "--dbox", "dense-9000"),
        "--dbox: unknown enclosure model 'dense-9000'; expected one of: dbox-1350, dbox-338, "
            + "dense-5400");
    assertError(Cli.run("optimize", "--rack-kw", "0"),
        "--rack-kw: must be greater than zero, got '0 kW'; expected a power such as '550 W'");
  }

  @Test
  void optimize_noDesignFits_explainsTheTargets() {
    // 1 EB needs at least 33 racks (OptimizeTest), so 20 cannot hold it.
    assertError(Cli.run("optimize", "--max-racks", "20", "--min-write", "0 B/s"),
        "optimize: no design in the search space meets usable >= 1 EB, read >= 0 B/s, "
            + "write >= 0 B/s, at most 20 racks, C:D >= 0.5 C-nodes per enclosure, durability >= "
            + "6 nines, rebuild <= 1 d");
    assertError(Cli.run("optimize", "--max-racks", "20"), "optimize: no design in the search "
        + "space meets usable >= 1 EB, read >= 0 B/s, write >= 505.1 GB/s, at most 20 racks, C:D "
        + ">= 0.5 C-nodes per enclosure, durability >= 6 nines, rebuild <= 1 d");
  }

  @Test
  void optimize_guidanceWithoutLevel_usesTheScenarios() throws Exception {
    Cli r = Cli.run("optimize", "--guidance", "--gpus", "41472", "--format", "json",
        "--pareto-racks", "1");
    assertThat(r.code).as(r.err).isEqualTo(0);
    JsonNode t = new ObjectMapper().readTree(r.out).get("targets");
    // gb200-enhanced: 72 SUs x 125 GB/s = 9 TB/s read, 72 x 62 GB/s = 4.464 TB/s write.
    assertThat(t.get("guidance").asText()).isEqualTo("gb200-enhanced");
    assertThat(t.get("readBytesPerSec").asDouble()).isEqualTo(9.0e12);
    assertThat(t.get("writeBytesPerSec").asDouble()).isEqualTo(4.464e12);
  }

  @Test
  void sensitivity_csv_matchesGolden() {
    Cli r = Cli.run("sensitivity", "--option", "dense-420-210", "--format", "csv");
    assertThat(r.code).isEqualTo(0);
    Golden.assertMatches("sensitivity-dense-420-210.csv", r.out);
  }

  @Test
  void sensitivity_targetFlagsOnAFixedOption_areRejected() {
    assertError(Cli.run("sensitivity", "--option", "ncp-1eb", "--min-write", "1 TB/s"),
        "--option ncp-1eb: target and search flags (--min-write, --objective, ...) only apply "
            + "to --option optimum");
  }

  @Test
  void sites_table_matchesGolden() {
    Cli r = Cli.run("sites");
    assertThat(r.code).isEqualTo(0);
    Golden.assertMatches("sites.txt", r.out);
  }

  private static void assertError(Cli r, String line) {
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).isEqualTo(line + System.lineSeparator());
  }
}
