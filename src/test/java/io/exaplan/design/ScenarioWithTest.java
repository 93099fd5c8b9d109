package io.exaplan.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.Yaml;
import org.junit.jupiter.api.Test;

/** {@link Scenario#with}: a request's keys over the server's scenario, named under a path. */
class ScenarioWithTest {
  private final Catalog c = Catalog.builtIn();
  private final Scenario base = Scenario.builtIn();

  @Test
  void with_someKeys_keepsTheRest() {
    Scenario s = base.with(Yaml.parseJson("body", "{\"rackPowerLimit\": \"15 kW\"}"), "", c);

    assertThat(s.rackPowerLimitWatts()).isEqualTo(15_000);
    assertThat(s.gpus()).isEqualTo(160_000);
    assertThat(s.withRackPowerLimit(12_000)).isEqualTo(base);
  }

  @Test
  void with_path_prefixesEveryField() {
    assertThatThrownBy(() -> base.with(Yaml.parseJson("body",
        "{\"gpus\": 0, \"guidance\": \"h200\"}"), "scenario", c))
        .hasMessageContaining("body:1:10: scenario.gpus: must be from 1 to 100000000, got 0")
        .hasMessageContaining("body:1:25: scenario.guidance: unknown id 'h200'");
  }

  @Test
  void with_badGpus_doesNotAlsoBlameClusterGpus() {
    // gpus 0 is one mistake: clusterGpus (41,472) is not also "more than gpus"
    assertThatThrownBy(() -> base.with(Yaml.parseJson("body", "{\"gpus\": 0}"), "", c))
        .hasMessage("body:1:10: gpus: must be from 1 to 100000000, got 0");
  }
}
