package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.report.visual.VisualFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The visual deliverables: HTML report, slide deck, or rack sheets and charts as SVG or PNG. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the customer deliverables: a self-contained printable HTML report, a "
        + "PPTX deck, or every rack sheet and chart as SVG or PNG files in a folder.")
final class ReportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "html, pptx, svg or png.")
  String format;

  @Option(names = "--out", required = true, paramLabel = "PATH",
      description = "The file (html, pptx) or the folder (svg, png; created if missing) to write.")
  Path out;

  @Mixin InputOptions input;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    VisualFormat f = VisualFormat.named(format);
    Catalog c = input.catalog();
    Scenario s = input.scenario(c);
    List<Path> written;
    try {
      written = f.write(f.build(s, c, Studies.of(s, c)), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("Wrote " + (f.folder() ? written.size() + " files to " + out : out));
    stdout.flush();
    return 0;
  }
}
