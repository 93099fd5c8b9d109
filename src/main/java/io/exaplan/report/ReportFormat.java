package io.exaplan.report;

import io.exaplan.config.InputException;
import java.util.Locale;
import java.util.function.Supplier;

/** The output formats, each a factory of its {@link Reporter}. */
public enum ReportFormat {
  TABLE(TableReporter::new, false),
  JSON(JsonReporter::new, false),
  CSV(CsvReporter::new, false),
  MD(MarkdownReporter::new, false),
  XLSX(XlsxReporter::new, true);

  private final Supplier<Reporter> factory;
  private final boolean binary;

  ReportFormat(Supplier<Reporter> factory, boolean binary) {
    this.factory = factory;
    this.binary = binary;
  }

  public Reporter reporter() {
    return factory.get();
  }

  /** Binary formats are never written to a terminal: they need --out. */
  public boolean binary() {
    return binary;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "xlsx" to XLSX; anything else lists the legal names. */
  public static ReportFormat named(String name) {
    for (ReportFormat f : values()) {
      if (f.key().equals(name)) {
        return f;
      }
    }
    StringBuilder legal = new StringBuilder();
    for (ReportFormat f : values()) {
      legal.append(legal.length() == 0 ? "" : ", ").append(f.key());
    }
    throw new InputException("--format: unknown format '" + name + "'; expected one of: " + legal);
  }
}
