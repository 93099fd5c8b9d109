package io.exaplan.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.config.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointCatalogTest {
  private static final String MINIMAL = String.join("\n",
      "sources:",
      "  s: \"a citation\"",
      "  a: \"assumption: a guess\"",
      "state:",
      "  weights: {name: w, bytesPerParam: 2 @s}",
      "models:",
      "  m: {name: M, parameters: 1000 @a}",
      "failures:",
      "  interruptions: 10 @s",
      "  period: 10 d @s",
      "  gpus: 100 @s",
      "  restartTime: 5 min @a",
      "  work: 100 h @a",
      "copyMethods:",
      "  c: {name: C, serverSide: true}",
      "accounts:",
      "  acct: {name: A, capacity: 1 PB @s, ingress: 10 Gb/s @s, egress: 20 Gb/s @s}",
      "charts:",
      "  cadences: [60s]",
      "  fleetGpus: [8]",
      "  outages: [1h]",
      "");

  @Test
  void builtIn_bytesPerParam_14() {
    assertThat(CheckpointCatalog.builtIn().bytesPerParam()).isEqualTo(14.0);
    assertThat(CheckpointCatalog.builtIn().chartCadencesSeconds()).contains(60.0, 300.0, 900.0);
  }

  @Test
  void parse_minimal_assumptionsOnlyForAssumedSources() {
    CheckpointCatalog c = CheckpointCatalog.parse("t.yaml", MINIMAL);
    assertThat(c.failures().gpuMtbfSeconds()).isEqualTo(10 * 86_400.0 / 10 * 100);
    assertThat(c.assumptions(List.of(c.models().get("m"), c.state().get(0))))
        .containsExactly("m.parameters = 1,000 (assumption: a guess)");
  }

  @Test
  void parse_unknownSource_namesLineAndKnownSources() {
    String bad = MINIMAL.replace("egress: 20 Gb/s @s", "egress: 20 Gb/s @nowhere");
    assertThatThrownBy(() -> CheckpointCatalog.parse("t.yaml", bad))
        .isInstanceOf(InputException.class)
        .hasMessage("t.yaml:17:67: accounts.acct.egress: unknown source 'nowhere'; add it under sources or use "
            + "one of: s, a");
  }

  @Test
  void parse_badDurationInChart_namesFileLineAndUnits() {
    String bad = MINIMAL.replace("cadences: [60s]", "cadences: [60s, 5hr]");
    assertThatThrownBy(() -> CheckpointCatalog.parse("t.yaml", bad))
        .isInstanceOf(InputException.class)
        .hasMessage("t.yaml:19:19: charts.cadences: '5hr': unknown unit 'hr'; expected a "
            + "duration such as '90s' (units: s, m, min, h, d)");
  }

  @Test
  void parse_figureWithoutSource_rejected() {
    String bad = MINIMAL.replace("gpus: 100 @s", "gpus: 100");
    assertThatThrownBy(() -> CheckpointCatalog.parse("t.yaml", bad))
        .isInstanceOf(InputException.class)
        .hasMessage("t.yaml:11:9: failures.gpus: '100' has no source; write it as '42 @source-id' "
            + "with an id from the sources section");
  }
}
