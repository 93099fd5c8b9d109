package io.exaplan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Base of the page-like text formats. Lays every table out as a grid or as blocks; subclasses
 * only say how a heading, a grid and a block look.
 */
abstract class TextReporter implements Reporter {

  @Override
  public final void write(Report report, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    heading(w, 1, report.title());
    if (report.subtitle() != null && !report.subtitle().isEmpty()) {
      paragraph(w, report.subtitle());
    }
    for (Table t : report.tables()) {
      heading(w, 2, t.title());
      switch (t.layout()) {
        case SIDE_BY_SIDE:
          sideBySide(w, t);
          break;
        case BLOCKS:
          blocks(w, t);
          break;
        default:
          rows(w, t);
      }
    }
    w.flush();
  }

  private void rows(Writer w, Table t) throws IOException {
    List<String> header = new ArrayList<>();
    boolean[] right = new boolean[t.columns().size()];
    for (int i = 0; i < t.columns().size(); i++) {
      header.add(t.columns().get(i).title());
      right[i] = Cells.rightAligned(t.columns().get(i));
    }
    List<List<String>> body = new ArrayList<>();
    for (List<Object> r : t.rows()) {
      List<String> line = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        line.add(Cells.display(t.columns().get(i), r.get(i)));
      }
      body.add(line);
    }
    grid(w, header, body, right);
  }

  /** Column 0 of each row becomes a column header; every other column becomes a line. */
  private void sideBySide(Writer w, Table t) throws IOException {
    Table.Transposed x = t.transposed();
    List<String> header = new ArrayList<>();
    header.add(x.corner());
    header.addAll(x.heads());
    boolean[] right = new boolean[header.size()];
    Arrays.fill(right, 1, right.length, true);
    List<List<String>> body = new ArrayList<>();
    for (Table.Transposed.Line l : x.lines()) {
      List<String> line = new ArrayList<>();
      line.add(l.column().title());
      line.addAll(l.shown());
      body.add(line);
    }
    grid(w, header, body, right);
  }

  /** Rows grouped under their first cell; the other cells as labelled lines. */
  private void blocks(Writer w, Table t) throws IOException {
    Object current = new Object();
    boolean first = true;
    for (List<Object> r : t.rows()) {
      if (!Objects.equals(r.get(0), current)) {
        current = r.get(0);
        if (!first) {
          blockGap(w);
        }
        first = false;
        blockTitle(w, Cells.display(t.columns().get(0), current));
      }
      for (int c = 1; c < r.size(); c++) {
        Column col = t.columns().get(c);
        if (r.get(c) != null) {
          blockLine(w, t.columns().size() == 2 ? null : col.title(),
              Cells.display(col, r.get(c)));
        }
      }
    }
    w.write("\n");
  }

  abstract void heading(Writer w, int level, String text) throws IOException;

  abstract void paragraph(Writer w, String text) throws IOException;

  abstract void grid(Writer w, List<String> header, List<List<String>> body, boolean[] right)
      throws IOException;

  /** Between two blocks. */
  abstract void blockGap(Writer w) throws IOException;

  abstract void blockTitle(Writer w, String text) throws IOException;

  /** A line in a block; {@code label} null when the block has a single value column. */
  abstract void blockLine(Writer w, String label, String text) throws IOException;
}
