package io.exaplan.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutageWordsTest {
  @Test
  void everyNth_ordinalsInEnglish() {
    // 1 reads "every checkpoint", not "every 1th"; 11-13 take "th" whatever their last digit
    assertThat(Outage.everyNth(1)).isEqualTo("every checkpoint");
    assertThat(Outage.everyNth(2)).isEqualTo("every 2nd checkpoint");
    assertThat(Outage.everyNth(3)).isEqualTo("every 3rd checkpoint");
    assertThat(Outage.everyNth(4)).isEqualTo("every 4th checkpoint");
    assertThat(Outage.everyNth(10)).isEqualTo("every 10th checkpoint");
    assertThat(Outage.everyNth(11)).isEqualTo("every 11th checkpoint");
    assertThat(Outage.everyNth(12)).isEqualTo("every 12th checkpoint");
    assertThat(Outage.everyNth(13)).isEqualTo("every 13th checkpoint");
    assertThat(Outage.everyNth(21)).isEqualTo("every 21st checkpoint");
    assertThat(Outage.everyNth(102)).isEqualTo("every 102nd checkpoint");
    assertThat(Outage.everyNth(111)).isEqualTo("every 111th checkpoint");
  }
}
