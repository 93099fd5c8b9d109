package io.exaplan.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Aligned plain-text tables for a terminal. */
final class TableReporter extends TextReporter {

  @Override
  void heading(Writer w, int level, String text) throws IOException {
    w.write(text + "\n" + (level == 1 ? "=" : "-").repeat(text.length()) + "\n");
  }

  @Override
  void paragraph(Writer w, String text) throws IOException {
    w.write(text + "\n\n");
  }

  @Override
  void grid(Writer w, List<String> header, List<List<String>> body, boolean[] right)
      throws IOException {
    int[] width = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      width[i] = header.get(i).length();
      for (List<String> r : body) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    line(w, header, width, right);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    w.write(rule + "\n");
    for (List<String> r : body) {
      line(w, r, width, right);
    }
    w.write("\n");
  }

  private static void line(Writer w, List<String> cells, int[] width, boolean[] right)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      sb.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : c + pad);
    }
    w.write(sb.toString().stripTrailing() + "\n");
  }

  @Override
  void blockGap(Writer w) {
    // blocks are separated by their unindented titles
  }

  @Override
  void blockTitle(Writer w, String text) throws IOException {
    w.write(text + "\n");
  }

  @Override
  void blockLine(Writer w, String label, String text) throws IOException {
    w.write("  " + (label == null ? "- " : label + ": ") + text + "\n");
  }
}
