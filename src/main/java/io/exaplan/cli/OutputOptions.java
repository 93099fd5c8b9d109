package io.exaplan.cli;

import io.exaplan.config.InputException;
import io.exaplan.report.AtomicFile;
import io.exaplan.report.Report;
import io.exaplan.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --format and --out: where and how a report is written. */
final class OutputOptions {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      completionCandidates = Formats.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  /** The --format choices, from the {@link ReportFormat} enum: a new format is listed at once. */
  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(ReportFormat.values()).map(ReportFormat::key).iterator();
    }
  }

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output; required for xlsx.")
  Path out;

  @Option(names = "--table", paramLabel = "ID",
      description = "Only the report's table ID (e.g. physical, bom); csv writes the first "
          + "table without it.")
  String table;

  /** {@code whole}, or only its --table. */
  Report select(Report whole) {
    return table == null ? whole : whole.only(table);
  }

  /** Renders {@link #select}: to the file (printing its path) or to {@code stdout}. */
  void emit(Report whole, PrintWriter stdout) {
    Report r = select(whole);
    ReportFormat f = ReportFormat.named(format);
    try {
      if (out != null) {
        AtomicFile.write(out, stream -> f.reporter().write(r, stream));
        stdout.println("Wrote " + out);
      } else if (f.binary()) {
        throw new InputException("--format " + f.key() + " writes a binary file; add --out FILE");
      } else {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        f.reporter().write(r, buf);
        stdout.print(buf.toString(StandardCharsets.UTF_8));
      }
      stdout.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
