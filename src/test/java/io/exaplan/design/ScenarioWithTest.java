package io.exaplan.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.config.Layer;
import io.exaplan.config.Location;
import io.exaplan.config.Yaml;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Scenario#with}: a request's keys or a command's flags ({@link Layer}) over a scenario,
 * bound by the one binding a file goes through, so a key and a flag share one range and one
 * message.
 */
class ScenarioWithTest {
  private final Catalog c = Catalog.builtIn();
  private final Scenario base = Scenario.builtIn();

  @Test
  void with_someKeys_keepsTheRest() {
    Scenario s = base.with(Yaml.parseJson("body", "{\"rackPowerLimit\": \"15 kW\"}"), "", c);

    assertThat(s.rackPowerLimitWatts()).isEqualTo(15_000);
    assertThat(s.gpus()).isEqualTo(160_000);
    assertThat(s.at("rackPowerLimit")).isEqualTo(new Location("body", 1, 20));
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

  @Test
  void flagLayer_badValues_nameTheFlagWithTheKeysRange() {
    Layer flags = Layer.of().flag("rackPowerLimit", "--rack-kw", "-3 kW")
        .flag("parallelism.tp", "--tp", "2147483648").flag("powerBasis", "--power-basis", "peak");

    // the same ranges and words as the keys: parallelism.tp is 1..1,000,000 in a file too
    assertThatThrownBy(() -> base.with(flags, c)).isInstanceOf(InputException.class)
        .hasMessage("--power-basis: 'peak' is not typical or max\n"
            + "--rack-kw: must be greater than zero, got '-3 kW'; expected a power such as "
            + "'550 W'\n"
            + "--tp: must be from 1 to 1000000, got 2147483648".replace("\n",
                System.lineSeparator()));
  }

  @Test
  void rackPowerLimit_above10MW_isRefusedAsKeyAndAsFlag(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("s.yaml"), "rackPowerLimit: 20 MW\n");

    assertThatThrownBy(() -> Scenario.load(f, c))
        .hasMessage(f + ":1:17: rackPowerLimit: must be at most 10 MW, got '20 MW'; expected a "
            + "rack's power limit");
    assertThatThrownBy(() -> base.with(Layer.of().flag("rackPowerLimit", "--rack-kw",
        "20000 kW"), c))
        .hasMessage("--rack-kw: must be at most 10 MW, got '20000 kW'; expected a rack's "
            + "power limit");
  }

  @Test
  void load_flagsOverTheFile_mergeNestedMapsKeyByKey(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("s.yaml"),
        "parallelism:\n  tp: 8\n  pp: 4\nrackPowerLimit: 15 kW\n");

    Scenario s = Scenario.load(f, Layer.of().flag("parallelism.pp", "--pp", "2"), c);

    // the file's tp survives the flag's pp: the layer merges into parallelism, not over it
    assertThat(s.training().tp()).isEqualTo(8);
    assertThat(s.training().pp()).isEqualTo(2);
    assertThat(s.rackPowerLimitWatts()).isEqualTo(15_000);
    assertThat(s.at("rackPowerLimit")).isEqualTo(new Location(f.toString(), 4, 17));
    assertThat(s.at("parallelism.pp")).isEqualTo(Location.flag("--pp"));
  }

  @Test
  void vary_exactValue_bindsTheSameDoubleAndKeepsTheName() {
    double w = 12_000 * 1.1; // 13200.000000000002, not a round number
    Scenario s = base.vary("rackPowerLimit", io.exaplan.config.Units.exact(w, "W"), "test", c);

    assertThat(s.rackPowerLimitWatts()).isEqualTo(w);
    assertThat(s.name()).isEqualTo(base.name());
  }
}
