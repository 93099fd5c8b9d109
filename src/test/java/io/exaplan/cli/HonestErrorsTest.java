package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: counts that would wrap an int, values past a legal range, control characters in
 * echoed values, and messages that name the wrong flag or no reason. Each exits 2 with one line.
 */
class HonestErrorsTest {
  @TempDir Path dir;

  private static String error(String... args) {
    Cli r = Cli.run(args);
    assertThat(r.code).as(String.join(" ", args) + ": " + r.err + r.out).isEqualTo(2);
    assertThat(r.err.lines().toList()).hasSize(1);
    return r.err.trim();
  }

  @Test
  void countsPastAnInt_areRefused_notWrapped() {
    // 2,147,483,648 = 2^31: cast to int it was -2,147,483,648
    assertThat(error("checkpoint", "--shards", "2147483648"))
        .isEqualTo("--shards: must be from 1 to 1000000, got 2147483648");
    assertThat(error("outage", "--interval", "5m", "--copy-every", "2147483648"))
        .isEqualTo("--copy-every: must be from 1 to 1000000, got 2147483648");
    assertThat(error("outage", "--interval", "5m", "--keep-local", "2147483648"))
        .isEqualTo("--keep-local: must be from 1 to 1000000, got 2147483648");
    assertThat(error("stage", "--dataset-bytes", "1PB", "--wan", "1d", "--vcpus", "2147483648"))
        .isEqualTo("--vcpus: must be from 1 to 1000000, got 2147483648");
  }

  @Test
  void gpus_pastTheScenarioLimit_areRefusedByEveryCommand() {
    String limit = "--gpus: must be from 1 to 100000000, got 2147483648";
    assertThat(error("checkpoint", "--gpus", "2147483648")).isEqualTo(limit);
    assertThat(error("size", "--dbox", "dense-5400", "--dboxes", "210", "--cnodes", "420",
        "--gpus", "2147483648")).isEqualTo(limit);
  }

  @Test
  void negativeStageRate_isRefusedInSyncModeToo() {
    assertThat(error("simulate", "--stage-rate", "-1GB/s", "--mode", "sync", "--horizon", "1h",
        "--replications", "1")).startsWith("--stage-rate: must be greater than zero");
  }

  @Test
  void rackKw_pastAnyRack_saysTheRange_notInfinity() {
    assertThat(error("size", "--dbox", "dense-5400", "--dboxes", "210", "--cnodes", "420",
        "--rack-kw", "1e308")).isEqualTo("--rack-kw: '1e308 kW' is out of range; expected a power "
            + "from 0.001 W to 1,000 MW such as '550 W'")
        .doesNotContain("Infinity");
  }

  @Test
  void emptyScenarioName_andOutRoot_andTimeline_nameTheRightThing() throws Exception {
    assertThat(error("compare", "--scenario", ""))
        .isEqualTo("'': an empty file name; expected a YAML file");
    assertThat(error("compare", "--out", "/"))
        .isEqualTo("--out: / is not a file name; expected a file such as report.json");
    Path missing = dir.resolve("nope").resolve("t.csv");
    assertThat(error("simulate", "--horizon", "1h", "--replications", "1", "--no-timing",
        "--timeline", missing.toString()))
        .isEqualTo("--timeline: folder " + missing.getParent() + " does not exist");
  }

  @Test
  void invalidUtf8_isRefusedWithItsLine() throws Exception {
    Path f = dir.resolve("s.yaml");
    Files.write(f, "gpus: 1000\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    // "gpus: 1000\n" is 11 bytes, "name: caf" 9 more: the Latin-1 e-acute is byte 20, line 2
    assertThat(error("compare", "--scenario", f.toString()))
        .isEqualTo(f + ":2: not valid UTF-8 (byte 20); save the file as UTF-8");
  }

  @Test
  void controlCharactersAndTerminalEscapes_inEchoedValues_areEscaped() throws Exception {
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "gpus: \"12\\n\\e[31mred\"\n");
    String e = error("compare", "--scenario", f.toString());
    assertThat(e).contains("12\\n\\u001b[31mred").doesNotContain("\u001b").doesNotContain("\n");
    String flag = error("checkpoint", "--interval", "5\u001b[2Jm");
    assertThat(flag).contains("\\u001b[2J").doesNotContain("\u001b");
  }
}
