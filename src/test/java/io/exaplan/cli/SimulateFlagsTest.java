package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random combinations of good and bad {@code simulate} flags: every run ends with exit 0
 * and a whole JSON document, or exit 2 with a first line naming the flag at fault; never a
 * stack trace. Values stay small enough that a good combination runs in milliseconds.
 */
class SimulateFlagsTest {
  private static final String[][] FLAGS = {
      {"--option", "ncp-pod", "cloud-hdd", "dense-105-210", "nope"},
      {"--jobs", "1", "3", "0", "-2", "20000", "x"},
      {"--gpus", "1", "1000", "0", "-5"},
      {"--interval", "1m", "15m", "0s", "-1h", "1e-9s", "5 parsecs"},
      {"--mode", "sync", "async", "both"},
      {"--horizon", "1h", "2d", "0s", "1e12d", "soon"},
      {"--replications", "1", "3", "0"},
      {"--checkpoint-bytes", "1 TB", "5e12", "0 TB", "-1 GB", "big"},
      {"--params", "7e9", "0", "1.5"},
      {"--write-rate", "1 TB/s", "10 Gb/s", "0 B/s", "fast"},
      {"--gpu-mtbf", "none", "100h", "1000d", "0s", "x"},
      {"--weibull-shape", "0.7", "1", "3", "0.01", "1000", "0"},
      {"--restart-time", "0s", "10m", "-1m"},
      {"--stage-rate", "2 GB/s", "0 GB/s"},
      {"--local-capacity", "1 PB", "1 TB", "0 B"},
      {"--keep-local", "1", "3", "0", "-1"},
      {"--copy-every", "0", "1", "10", "-3"},
      {"--wan-rate", "100 Gb/s", "0 Gb/s"},
      {"--outage-every", "none", "1d", "0s"},
      {"--outage-mean", "4h", "0s"},
      {"--outage-at", "1h", "-1h"},
      {"--outage-for", "2h", "0s"},
  };

  @Test
  void simulate_randomFlags_exitZeroWithJsonOrTwoWithNamedProblems() throws Exception {
    SplittableRandom rng = new SplittableRandom(20251030);
    ObjectMapper json = new ObjectMapper();
    int ok = 0;
    for (int c = 0; c < 300; c++) {
      List<String> args = new ArrayList<>(List.of("simulate", "--format", "json",
          "--no-timing", "--threads", "1"));
      boolean horizonGiven = false;
      for (String[] f : FLAGS) {
        if (rng.nextInt(4) == 0) {
          args.add(f[0]);
          args.add(f[1 + rng.nextInt(f.length - 1)]);
          horizonGiven |= f[0].equals("--horizon");
        }
      }
      if (!horizonGiven) {
        args.add("--horizon");
        args.add("1d");
      }
      Cli r = Cli.run(args.toArray(new String[0]));
      String where = "case " + c + ": " + String.join(" ", args);
      assertThat(r.code).as(where).isIn(0, 2);
      assertThat(r.err).as(where).doesNotContain("Exception").doesNotContain("\tat ");
      if (r.code == 0) {
        ok++;
        assertThat(json.readTree(r.out).has("goodput")).as(where).isTrue();
      } else {
        // one line per problem, each naming its flag (a count that is not a whole number too);
        // picocli's other usage errors: its one-line message first, then the usage
        String first = r.err.strip().split("\\R")[0];
        assertThat(first).as(where).containsPattern("^(--[a-z-]+|Invalid value for option)");
      }
    }
    // the mix exercises both outcomes
    assertThat(ok).isBetween(10, 290);
  }
}
