package io.exaplan.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Units#grouped} is a hand-written {@code String.format(Locale.ROOT, "%,.Nf")} and {@code
 * "%,d"}: the same text for every value, which these properties compare with the JDK's own
 * formatter over random and edge values.
 */
class GroupedFormatTest {
  private static String format(double v, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  private static void same(double v) {
    for (int d = 0; d <= 6; d++) {
      String mine = Units.grouped(v, d);
      String jdk = format(v, d);
      if (!mine.equals(jdk)) {
        // assertThat only on a difference: it costs more than both formatters together
        assertThat(mine).as("%s with %d decimals", v, d).isEqualTo(jdk);
      }
    }
  }

  @Test
  void grouped_knownValues() {
    // 1234567.891 to 2 places: 1,234,567.89; 0.125 half up to 2 places: 0.13
    assertThat(Units.grouped(1_234_567.891, 2)).isEqualTo("1,234,567.89");
    assertThat(Units.grouped(0.125, 2)).isEqualTo("0.13");
    // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875, but its
    // shortest decimal is 2.675, which the formatter rounds half up: 2.68
    assertThat(Units.grouped(2.675, 2)).isEqualTo("2.68");
    assertThat(Units.grouped(999.5, 0)).isEqualTo("1,000");
    assertThat(Units.grouped(-0.001, 2)).isEqualTo("-0.00");
    assertThat(Units.grouped(-0.0, 1)).isEqualTo("-0.0");
    assertThat(Units.grouped(-1_234_567L)).isEqualTo("-1,234,567");
    assertThat(Units.grouped(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
  }

  @Test
  void grouped_edgeDoubles_matchStringFormat() {
    double[] edges = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.MIN_NORMAL, 1e-7, 1e-3, 0.001, 0.0005, 0.00005, 0.5, 1.5, 2.5, 9.9999995,
        999.9995, 999_999.5, 1e7, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23, 123_456_789_012_345_678.0,
        Long.MAX_VALUE, (double) Long.MIN_VALUE, 4.35, 0.045, 1.005, 100.0, 1000.0};
    for (double v : edges) {
      same(v);
      same(-v);
    }
  }

  @Test
  void grouped_halfwayDecimals_matchStringFormat() {
    // k/2 x 10^-d: the last kept digit followed by exactly 5 in its shortest decimal
    for (int k = 0; k < 300; k++) {
      for (int d = 0; d <= 3; d++) {
        double v = (k + 0.5) / Math.pow(10, d);
        same(v);
        same(-v);
      }
    }
  }

  @Test
  void grouped_randomDoubles_matchStringFormat() {
    SplittableRandom r = new SplittableRandom(19);
    for (int i = 0; i < 2_000; i++) {
      // every magnitude from 1e-12 to 1e24, and raw bit patterns (any double at all)
      double v = i % 8 == 7 ? Double.longBitsToDouble(r.nextLong())
          : r.nextDouble() * Math.pow(10, r.nextInt(-12, 25));
      same(r.nextBoolean() ? v : -v);
    }
  }

  @Test
  void grouped_longs_matchStringFormat() {
    SplittableRandom r = new SplittableRandom(20);
    long[] edges = {0, 1, -1, 999, 1000, -1000, 999_999, 1_000_000, Long.MAX_VALUE,
        Long.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
    for (long n : edges) {
      assertThat(Units.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
    }
    for (int i = 0; i < 5_000; i++) {
      long n = r.nextLong() >> r.nextInt(64);
      String jdk = String.format(Locale.ROOT, "%,d", n);
      if (!Units.grouped(n).equals(jdk)) {
        assertThat(Units.grouped(n)).as("%d", n).isEqualTo(jdk);
      }
    }
  }
}
