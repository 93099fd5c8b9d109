package io.exaplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The warm-up only moves POI's static initialisers to another thread: every class it names
 * exists (a misspelt one would silently warm nothing), and a workbook written while it runs is the
 * workbook written after it (the CLI's bytes before and after it came in were compared with cmp).
 */
class WorkbookWarmUpTest {
  @Test
  void everyNamedClass_isOnTheClassPath() {
    for (String c : WorkbookWarmUp.CLASSES) {
      assertThatCode(() -> Class.forName(c, false, getClass().getClassLoader()))
          .as(c).doesNotThrowAnyException();
    }
  }

  @Test
  void workbookAfterTheWarmUp_isTheSameBytes() throws IOException {
    Catalog catalog = Catalog.load(java.util.List.of());
    Report report = OptionViews.compare(
        Registry.compare(Scenario.load(null, io.exaplan.config.Layer.of(), catalog), catalog));
    WorkbookWarmUp.start();
    // a second start is a no-op; write waits for the warm-up before it touches POI
    WorkbookWarmUp.start();
    ByteArrayOutputStream after = new ByteArrayOutputStream();
    new XlsxReporter().write(report, after);
    ByteArrayOutputStream before = new ByteArrayOutputStream();
    new XlsxReporter().write(report, before);
    assertThat(after.toByteArray()).isEqualTo(before.toByteArray());
  }
}
