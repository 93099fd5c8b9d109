package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine(args);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void report_html_writesOneFile() throws Exception {
    Path f = dir.resolve("r.html");
    assertThat(run("report", "--format", "html", "--out", f.toString())).isZero();
    assertThat(out.toString()).isEqualTo("Wrote " + f + System.lineSeparator());
    assertThat(Files.readString(f)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void report_svg_writesSheetsAndChartsIntoNewFolder() throws Exception {
    Path folder = dir.resolve("svg");
    assertThat(run("report", "--format", "svg", "--out", folder.toString())).isZero();
    try (Stream<Path> files = Files.list(folder)) {
      // 4 flash options x (summary + full) + cloud summary + 4 charts = 13.
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "cd-sweep.svg", "checkpoint-cadence.svg", "cloud-hdd-racks-summary.svg",
          "dense-105-210-racks-full.svg", "dense-105-210-racks-summary.svg",
          "dense-420-210-racks-full.svg", "dense-420-210-racks-summary.svg", "efficiency.svg",
          "ncp-1eb-racks-full.svg", "ncp-1eb-racks-summary.svg", "ncp-pod-racks-full.svg",
          "ncp-pod-racks-summary.svg", "option-bars.svg");
    }
    assertThat(out.toString()).startsWith("Wrote 13 files to ");
  }

  @Test
  void report_unknownFormat_exit2WithOneLine() {
    assertThat(run("report", "--format", "pdf", "--out", dir.resolve("x").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).isEqualTo("--format: unknown format 'pdf'; expected one of: html, "
        + "pptx, svg, png" + System.lineSeparator());
  }

  @Test
  void report_pngIntoAFile_exit2() throws Exception {
    Path f = Files.writeString(dir.resolve("taken"), "x");
    assertThat(run("report", "--format", "png", "--out", f.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("--out: " + f + " is a file; svg and png write a "
        + "folder" + System.lineSeparator());
  }
}
