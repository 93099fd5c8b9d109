package io.exaplan.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** GitHub-flavoured Markdown: pipe tables with numbers right-aligned. */
final class MarkdownReporter extends TextReporter {

  @Override
  void heading(Writer w, int level, String text) throws IOException {
    w.write("#".repeat(level) + " " + escape(text) + "\n\n");
  }

  @Override
  void paragraph(Writer w, String text) throws IOException {
    w.write(escape(text) + "\n\n");
  }

  @Override
  void grid(Writer w, List<String> header, List<List<String>> body, boolean[] right)
      throws IOException {
    row(w, header);
    StringBuilder rule = new StringBuilder("|");
    for (boolean r : right) {
      rule.append(r ? " ---: |" : " --- |");
    }
    w.write(rule + "\n");
    for (List<String> r : body) {
      row(w, r);
    }
    w.write("\n");
  }

  private static void row(Writer w, List<String> cells) throws IOException {
    StringBuilder sb = new StringBuilder("|");
    for (String c : cells) {
      sb.append(' ').append(escape(c)).append(" |");
    }
    w.write(sb + "\n");
  }

  @Override
  void blockGap(Writer w) throws IOException {
    w.write("\n");
  }

  @Override
  void blockTitle(Writer w, String text) throws IOException {
    w.write("**" + escape(text) + "**\n\n");
  }

  @Override
  void blockLine(Writer w, String label, String text) throws IOException {
    w.write("- " + (label == null ? "" : "*" + escape(label) + ":* ") + escape(text) + "\n");
  }

  /** Pipes and emphasis characters would break the table or the text. */
  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
  }
}
