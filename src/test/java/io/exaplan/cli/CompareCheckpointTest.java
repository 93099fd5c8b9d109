package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare's checkpoint section and the scenario keys behind it. */
class CompareCheckpointTest {

  @Test
  void compare_json_checkpointSectionPerOptionAndCadence() throws Exception {
    Cli r = Cli.run("compare", "--format", "json");
    assertThat(r.code).isZero();
    JsonNode fit = new ObjectMapper().readTree(r.out).get("checkpoint");
    assertThat(fit.get("checkpoint").get("checkpointBytes").asDouble())
        .isEqualTo(5_681_947_443_200.0);
    // 5 options x 3 cadences (60 s, 5 min, 15 min).
    assertThat(fit.get("rows")).hasSize(15);
    JsonNode pod60 = fit.get("rows").get(0);
    assertThat(pod60.get("option").asText()).isEqualTo("ncp-pod");
    assertThat(pod60.get("intervalSeconds").asDouble()).isEqualTo(60.0);
    // Pod 1.4625 TB/s < 1.894 TB/s needed at 60 s with a 5% stall.
    assertThat(pod60.get("meets").asBoolean()).isFalse();
    assertThat(fit.get("rows").get(1).get("meets").asBoolean()).isTrue();
  }

  @Test
  void compare_table_checkpointTableAfterMetrics() {
    Cli r = Cli.run("compare");
    assertThat(r.code).isZero();
    int metrics = r.out.indexOf("Options side by side");
    int checkpoint = r.out.indexOf("Checkpoints: Llama 3.1 405B, 5.682 TB each, sync, "
        + "stall <= 5% of the interval");
    assertThat(metrics).isGreaterThanOrEqualTo(0);
    assertThat(checkpoint).isGreaterThan(metrics);
    assertThat(r.out).contains("checkpointCadences       1 min, 5 min, 15 min");
  }

  @Test
  void compare_xlsx_checkpointSheetWritten(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("compare.xlsx");
    Cli r = Cli.run("compare", "--format", "xlsx", "--out", out.toString());
    assertThat(r.code).isZero();
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
      // Table ids map to short sheet names (XlsxReporter): "checkpoint" -> "Checkpoints".
      org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("Checkpoints");
      assertThat(sheet).isNotNull();
      StringBuilder text = new StringBuilder();
      sheet.forEach(row -> row.forEach(c -> text.append(c.toString()).append('|')));
      // ncp-1eb at 60 s: 4 jobs share 6.80225 TB/s -> 1.7005625 TB/s each (the cells are
      // numbers, not text), against 5.6819 TB / (0.05 x 60 s) = 1.894 TB/s required.
      assertThat(text.toString()).contains("Jobs sharing it")
          .contains("ncp-1eb|60.0|4.0|1.8939824810666668|1.7005625|6.80225|");
    }
  }

  @Test
  void checkpoint_help_noFormatWarnings() {
    // picocli formats descriptions: a lone '%' makes it warn on System.err and print raw text.
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
    Cli r;
    try {
      System.setErr(new java.io.PrintStream(warnings, true,
          java.nio.charset.StandardCharsets.UTF_8));
      r = Cli.run("checkpoint", "--help");
    } finally {
      System.setErr(saved);
    }
    assertThat(r.code).isZero();
    assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    assertThat(r.out.replaceAll("\\s+", " "))
        .contains("e.g. 0.05 or 5% (default: the scenario's)");
  }

  @Test
  void scenario_asyncAndOwnCadences_usedByCompare(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "checkpointModel: 70e9\ncheckpointCadences: [30s, 2m]\n"
        + "checkpointMode: async\n");
    Cli r = Cli.run("compare", "--format", "json", "--scenario", f.toString());
    assertThat(r.err).isEmpty();
    JsonNode fit = new ObjectMapper().readTree(r.out).get("checkpoint");
    // 70e9 x 14 = 980e9 B.
    assertThat(fit.get("checkpoint").get("checkpointBytes").asDouble()).isEqualTo(9.8e11);
    assertThat(fit.get("mode").asText()).isEqualTo("async");
    assertThat(fit.get("rows")).hasSize(10);
    assertThat(fit.get("rows").get(0).get("stallSeconds").isNull()).isTrue();
  }

  @Test
  void scenario_badCheckpointKeys_allProblemsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "checkpointModel: gpt-5\ncheckpointCadences: [60s, 5hr]\n"
        + "checkpointStallFraction: 2\ncheckpointMode: lazy\n");
    Cli r = Cli.run("compare", "--scenario", f.toString());
    assertThat(r.code).isEqualTo(2);
    String n = System.lineSeparator();
    assertThat(r.err).isEqualTo(f + ":1:18: checkpointModel: unknown model 'gpt-5'; expected "
        + "one of: llama-3.1-8b, llama-3.1-70b, llama-3.1-405b, example-1t, or a whole number of "
        + "parameters" + n
        + f + ":2:27: checkpointCadences: '5hr': unknown unit 'hr'; expected a duration such as "
        + "'90s' (units: s, m, min, h, d)" + n
        + f + ":3:26: checkpointStallFraction: must be a fraction from 0.0001 (0.01%) to 1, got 2" + n
        + f + ":4:17: checkpointMode: 'lazy' is not sync or async" + n);
  }

  /**
   * Fuzz case 6635: a stall fraction of 1e-300 made the write target 5.682 TB / (60 s x 1e-300),
   * infinite, and {@code sites} died on it with exit 1. The key's range is checked once, at its
   * line, for every command that reads the scenario.
   */
  @Test
  void scenario_vanishingStallFraction_refusedAtItsLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "checkpointStallFraction: 1e-300\n");
    for (String command : new String[] {"sites", "compare", "checkpoint"}) {
      Cli r = Cli.run(command, "--scenario", f.toString());
      assertThat(r.code).as(command).isEqualTo(2);
      assertThat(r.err).as(command).isEqualTo(f + ":1:26: checkpointStallFraction: must be a "
          + "fraction from 0.0001 (0.01%) to 1, got 1.0E-300" + System.lineSeparator());
    }
  }
}
