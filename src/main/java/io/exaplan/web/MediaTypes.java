package io.exaplan.web;

import io.exaplan.report.ReportFormat;
import java.util.Map;

/**
 * The media type and file extension of each {@link ReportFormat}, for downloads. Keyed by the
 * format's key so that a format added to the enum is served at once: a key not listed here falls
 * back to octet-stream (binary) or plain text, named by its key.
 */
final class MediaTypes {
  private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

  /** IANA media types by format key: {@link ReportFormat}s and the report command's formats. */
  private static final Map<String, String> TYPES = Map.of(
      "table", "text/plain;charset=utf-8",
      "json", "application/json;charset=utf-8",
      "csv", "text/csv;charset=utf-8",
      "md", "text/markdown;charset=utf-8",
      "xlsx", OOXML + "spreadsheetml.sheet",
      "html", "text/html;charset=utf-8",
      "pptx", OOXML + "presentationml.presentation",
      "svg", "image/svg+xml",
      "png", "image/png");

  /** File extensions that differ from the key. */
  private static final Map<String, String> EXTENSIONS = Map.of("table", "txt");

  private MediaTypes() {}

  static String type(ReportFormat f) {
    return type(f.key(), f.binary());
  }

  static String type(String key, boolean binary) {
    return TYPES.getOrDefault(key,
        binary ? "application/octet-stream" : "text/plain;charset=utf-8");
  }

  static String extension(ReportFormat f) {
    return EXTENSIONS.getOrDefault(f.key(), f.key());
  }
}
