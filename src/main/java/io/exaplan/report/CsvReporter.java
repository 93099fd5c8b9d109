package io.exaplan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV of the report's main (first) table: one row per record, headers with units,
 * numbers at full precision. Notes and assumptions are prose and stay in the other formats.
 */
final class CsvReporter implements Reporter {

  @Override
  public void write(Report report, OutputStream out) throws IOException {
    Table t = report.tables().get(0);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
    List<String> header = new ArrayList<>();
    for (Column c : t.columns()) {
      header.add(c.title());
    }
    p.printRecord(header);
    for (List<Object> r : t.rows()) {
      List<String> cells = new ArrayList<>();
      for (Object v : r) {
        cells.add(Cells.exact(v));
      }
      p.printRecord(cells);
    }
    p.flush();
  }
}
