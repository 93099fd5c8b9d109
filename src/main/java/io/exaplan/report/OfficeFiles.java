package io.exaplan.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.util.LocaleUtil;

/**
 * The one step every office file (XLSX, PPTX) goes through, so the same input gives the same
 * bytes on any machine, as every other format does: POI builds the document under en-US and UTC
 * (its run languages and calendars follow {@link LocaleUtil}, not the JVM's locale), the core
 * properties' created and modified dates are the scenario's date (not the wall clock), and the
 * ZIP is rewritten with one fixed entry time and a fixed compression level.
 */
public final class OfficeFiles {
  /**
   * Entry time of every ZIP entry. Not 1980-01-01 00:00: Java stores that DOS value as "before
   * 1980" and adds an extended timestamp in the machine's time zone, which would differ by zone.
   */
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 2, 0, 0);
  /** The document date when a report has no scenario (checkpoint, outage, stage, audit). */
  static final LocalDate NO_DATE = LocalDate.of(1980, 1, 1);

  private OfficeFiles() {}

  /** Builds a POI document (under the fixed locale); {@link #write} saves and closes it. */
  @FunctionalInterface
  public interface Builder {
    POIXMLDocument build() throws IOException;
  }

  /**
   * Builds the document, dates it {@code date} ("2025-10-30"; null or unreadable: 1980-01-01),
   * and writes its normalised bytes to {@code out} (which stays open).
   */
  public static void write(OutputStream out, String date, Builder builder) throws IOException {
    byte[] zip;
    Locale locale = LocaleUtil.getUserLocale();
    TimeZone zone = LocaleUtil.getUserTimeZone();
    fixLocale();
    try (POIXMLDocument doc = builder.build()) {
      dated(doc.getProperties().getCoreProperties(), date);
      ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
      doc.write(buf);
      zip = buf.toByteArray();
    } finally {
      LocaleUtil.setUserLocale(locale);
      LocaleUtil.setUserTimeZone(zone);
    }
    out.write(normalise(zip));
    out.flush();
  }

  /**
   * Runs {@code task} under the locale {@link #write} builds in, for a thread that helps build a
   * document ({@link LocaleUtil} keeps the locale per thread).
   */
  public static void inFixedLocale(Runnable task) {
    Locale locale = LocaleUtil.getUserLocale();
    TimeZone zone = LocaleUtil.getUserTimeZone();
    fixLocale();
    try {
      task.run();
    } finally {
      LocaleUtil.setUserLocale(locale);
      LocaleUtil.setUserTimeZone(zone);
    }
  }

  private static void fixLocale() {
    LocaleUtil.setUserLocale(Locale.US);
    LocaleUtil.setUserTimeZone(TimeZone.getTimeZone("UTC"));
  }

  private static void dated(POIXMLProperties.CoreProperties core, String date) {
    Date d = Date.from(day(date).atStartOfDay(ZoneOffset.UTC).toInstant());
    core.setCreated(Optional.of(d));
    core.setModified(Optional.of(d));
  }

  static LocalDate day(String date) {
    if (date == null) {
      return NO_DATE;
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      return NO_DATE;
    }
  }

  /** The same ZIP with every entry at {@link #ENTRY_TIME}, in the same order, deflated at 6. */
  public static byte[] normalise(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(6);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(ENTRY_TIME);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
