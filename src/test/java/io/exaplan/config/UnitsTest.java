package io.exaplan.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.SplittableRandom;
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

  @Test
  void parse_magnitudesOutsideTheKindsRange_areRefusedWithTheRange() {
    // issues 18.2 and 22.3: 1e-300 B/s put an event at infinity, 1e-9 s made 2.4e11 racks
    assertThatThrownBy(() -> Units.parse("1e-300B/s", Dimension.BYTE_RATE))
        .hasMessage("'1e-300B/s' is out of range; expected a rate from 1 b/s to 1,000 PB/s such "
            + "as '60 GB/s'");
    assertThatThrownBy(() -> Units.parse("1e-9s", Dimension.DURATION))
        .hasMessage("'1e-9s' is out of range; expected a duration from 0.001 s to 1,000,000 d "
            + "such as '90s'");
    assertThatThrownBy(() -> Units.parse("1e30 EB", Dimension.BYTES))
        .hasMessageContaining("from 1 B to 1,000 EB");
    assertThatThrownBy(() -> Units.parse("2000 MW", Dimension.POWER))
        .hasMessageContaining("from 0.001 W to 1,000 MW");
    assertThatThrownBy(() -> Units.parse("0.5 Pa", Dimension.PRESSURE))
        .hasMessageContaining("from 1 Pa to 1,000,000 kPa");
    assertThatThrownBy(() -> Units.parse("-1e-300 s", Dimension.DURATION))
        .hasMessageContaining("out of range");
  }

  @Test
  void parse_theRangesEnds_zeroAndNumbers_areAccepted() {
    // 1 b/s = 0.125 B/s; 1,000 PB/s = 1e18 B/s; 1,000,000 d = 8.64e10 s
    assertThat(Units.parse("1 b/s", Dimension.BYTE_RATE)).isEqualTo(0.125);
    assertThat(Units.parse("1000 PB/s", Dimension.BYTE_RATE)).isEqualTo(1e18);
    assertThat(Units.parse("1 B", Dimension.BYTES)).isEqualTo(1);
    assertThat(Units.parse("1000 EB", Dimension.BYTES)).isEqualTo(1e21);
    assertThat(Units.parse("0.001 s", Dimension.DURATION)).isEqualTo(0.001);
    assertThat(Units.parse("1000000 d", Dimension.DURATION)).isEqualTo(8.64e10);
    assertThat(Units.parse("0.001 W", Dimension.POWER)).isEqualTo(0.001);
    assertThat(Units.parse("1000 MW", Dimension.POWER)).isEqualTo(1e9);
    // zero and negatives are each key's own check ("must be greater than zero")
    assertThat(Units.parse("0 B/s", Dimension.BYTE_RATE)).isZero();
    assertThat(Units.parse("-1 GB/s", Dimension.BYTE_RATE)).isEqualTo(-1e9);
    // plain numbers have no kind's range: counts and ratios are ranged where they are bound
    assertThat(Units.parse("1e-300", Dimension.NUMBER)).isEqualTo(1e-300);
    assertThat(Units.parse("1e300", Dimension.NUMBER)).isEqualTo(1e300);
  }

  @Test
  void groupedFormats_areLocaleRootsDigitForDigit() {
    // Units writes its grouped numbers in Locale.US for speed; they must be Locale.ROOT's:
    // random magnitudes and bit patterns, ties (0.125, 2.5), signed zeros, NaN and infinities
    SplittableRandom r = new SplittableRandom(19);
    double[] odd = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        0.5, 2.5, 0.125, 0.15, 999.95, 99.995, 9.9995, 0.99995, -0.00005, 1e15, 9.2e18, 1e300,
        4.9e-324, 1_464.5};
    for (int i = 0; i < 20_000; i++) {
      double v = i < odd.length ? odd[i] : switch (i % 3) {
        case 0 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-6, 20));
        case 1 -> Math.round(r.nextDouble() * 1e7) / Math.pow(10, r.nextInt(0, 8));
        default -> Double.longBitsToDouble(r.nextLong());
      };
      for (int d = 0; d <= 4; d++) {
        assertThat(Units.fixed(v, d)).as("%s, %d decimals", v, d)
            .isEqualTo(String.format(Locale.ROOT, "%,." + d + "f", v));
      }
      long n = (long) v;
      assertThat(Units.count(n, "site")).startsWith(String.format(Locale.ROOT,
          "%,d", n) + " site");
    }
  }
}
