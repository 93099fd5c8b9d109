package io.exaplan.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitsTest {

  @Test
  void parse_decimalSize_isPowersOfTen() {
    // 61.44 TB = 61.44 x 10^12 B
    assertThat(Units.parse("61.44 TB", Dimension.BYTES)).isEqualTo(61.44e12);
    assertThat(Units.parse("5PB", Dimension.BYTES)).isEqualTo(5e15);
    assertThat(Units.parse("1 EB", Dimension.BYTES)).isEqualTo(1e18);
  }

  @Test
  void parse_binarySize_isPowersOfTwo() {
    // 5 PiB = 5 x 2^50 = 5,629,499,534,213,120 B
    assertThat(Units.parse("5PiB", Dimension.BYTES)).isEqualTo(5_629_499_534_213_120d);
  }

  @Test
  void parse_bitRate_isDividedByEight() {
    // 800 Gb/s / 8 = 100 GB/s; 2.5 Tbps / 8 = 312.5 GB/s
    assertThat(Units.parse("800 Gb/s", Dimension.BYTE_RATE)).isEqualTo(100e9);
    assertThat(Units.parse("2.5 Tbps", Dimension.BYTE_RATE)).isEqualTo(312.5e9);
    assertThat(Units.parse("60 GB/s", Dimension.BYTE_RATE)).isEqualTo(60e9);
  }

  @Test
  void parse_powerAndDuration_areSi() {
    assertThat(Units.parse("12.5 kW", Dimension.POWER)).isEqualTo(12_500d);
    assertThat(Units.parse("5m", Dimension.DURATION)).isEqualTo(300d);
    assertThat(Units.parse("3d", Dimension.DURATION)).isEqualTo(259_200d);
    assertThat(Units.parse("50%", Dimension.NUMBER)).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void parse_unknownUnit_namesItAndListsLegalUnits() {
    assertThatThrownBy(() -> Units.parse("24hr", Dimension.DURATION))
        .hasMessage("'24hr': unknown unit 'hr'; expected a duration such as '90s' "
            + "(units: s, m, min, h, d)");
  }

  @Test
  void parse_missingUnit_saysOneIsRequired() {
    assertThatThrownBy(() -> Units.parse("12", Dimension.POWER))
        .hasMessage("'12': a unit is required; expected a power such as '550 W' "
            + "(units: W, kW, MW)");
  }

  @Test
  void parse_garbage_saysWhatWasExpected() {
    assertThatThrownBy(() -> Units.parse("lots", Dimension.BYTES))
        .hasMessage("'lots' is not a size such as '61.44 TB'");
  }

  @Test
  void human_picksTheLargestUnitBelowTheValue() {
    assertThat(Units.human(215.2e15, Dimension.BYTES)).isEqualTo("215.2 PB");
    assertThat(Units.human(1.4625e12, Dimension.BYTE_RATE)).isEqualTo("1.463 TB/s");
    assertThat(Units.human(417_900, Dimension.POWER)).isEqualTo("417.9 kW");
  }
}
