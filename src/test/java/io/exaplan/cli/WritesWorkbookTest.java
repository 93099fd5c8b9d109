package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Main starts the workbook warm-up exactly for runs that ask for --format xlsx. */
class WritesWorkbookTest {
  @Test
  void xlsxInEitherSpelling_startsIt_otherFormatsAndValuesDoNot() {
    assertThat(Main.writesWorkbook(new String[] {"compare", "--format", "xlsx", "--out", "x"}))
        .isTrue();
    assertThat(Main.writesWorkbook(new String[] {"size", "--format=xlsx"})).isTrue();
    assertThat(Main.writesWorkbook(new String[] {"compare", "--format", "json"})).isFalse();
    // "xlsx" as another flag's value, or --format last with no value
    assertThat(Main.writesWorkbook(new String[] {"compare", "--out", "xlsx"})).isFalse();
    assertThat(Main.writesWorkbook(new String[] {"compare", "--format"})).isFalse();
    assertThat(Main.writesWorkbook(new String[] {"report", "--format", "pptx"})).isFalse();
  }
}
