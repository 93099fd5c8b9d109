package io.exaplan.report;

import io.exaplan.cli.Embedded;
import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.cli.Studies;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.report.deliverables.Deliverables;
import io.exaplan.report.visual.VisualFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Office files are byte-identical for the same input whatever the JVM's locale, time zone and
 * clock: dated by the scenario, fixed ZIP entry times, en-US run languages.
 */
class OfficeFilesTest {
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final Scenario SCENARIO = Scenario.builtIn();

  /** Runs {@code action} under another default locale and time zone. */
  static <T> T elsewhere(Locale l, String zone, Callable<T> action) throws Exception {
    Locale locale = Locale.getDefault();
    TimeZone tz = TimeZone.getDefault();
    Locale.setDefault(l);
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    try {
      return action.call();
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(tz);
    }
  }

  private static byte[] xlsx() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.named("xlsx").reporter().write(OptionViews.compare(Registry.compare(SCENARIO,
        CATALOG)), out);
    return out.toByteArray();
  }

  private static byte[] pptx(Deliverables d) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VisualFormat.PPTX.writeFile(d, out);
    return out.toByteArray();
  }

  private static String entry(byte[] zip, String name) throws Exception {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " missing");
  }

  @Test
  void xlsx_sameBytes_underGermanLocaleAndTokyoTime_datedByTheScenario() throws Exception {
    byte[] here = xlsx();
    Thread.sleep(1100); // a wall-clock time would move by a second
    byte[] there = elsewhere(Locale.GERMANY, "Asia/Tokyo", OfficeFilesTest::xlsx);
    assertThat(firstDifference(there, here)).as("first differing byte").isEqualTo(-1);
    // the built-in scenario's date is 2025-10-30
    assertThat(entry(here, "docProps/core.xml")).contains(
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + SCENARIO.date() + "T00:00:00Z",
        "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + SCENARIO.date() + "T00:00:00Z");
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(here))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(OfficeFiles.ENTRY_TIME);
      }
    }
  }

  @Test
  void pptx_sameBytes_underGermanLocaleAndAnotherZone_everyRunEnUs() throws Exception {
    Deliverables d = Deliverables.build(SCENARIO, CATALOG, Studies.of(SCENARIO, CATALOG));
    byte[] here = pptx(d);
    byte[] there = elsewhere(Locale.GERMANY, "America/Los_Angeles", () -> pptx(d));
    assertThat(firstDifference(there, here)).as("first differing byte").isEqualTo(-1);
    String slide = entry(there, "ppt/slides/slide2.xml");
    assertThat(slide).contains("lang=\"en-US\"").doesNotContain("de-DE");
  }

  /** -1 when the arrays are equal (AssertJ would print megabytes otherwise). */
  private static int firstDifference(byte[] a, byte[] b) {
    return java.util.Arrays.mismatch(a, b);
  }

  @Test
  void undatedReport_getsTheFixedDate_notTheClock() {
    assertThat(OfficeFiles.day(null)).isEqualTo(OfficeFiles.NO_DATE);
    assertThat(OfficeFiles.day("2025-10-30").toString()).isEqualTo("2025-10-30");
  }
}
