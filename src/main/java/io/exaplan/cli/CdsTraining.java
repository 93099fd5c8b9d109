package io.exaplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run of the build's class-data-sharing archive (JDK 17 AppCDS, JEP 350): {@code
 * java -XX:ArchiveClassesAtExit=target/exaplan.jsa -cp target/exaplan.jar
 * io.exaplan.cli.CdsTraining} runs the common commands (and one workbook, deck and drawing folder into a scratch folder) in one JVM, their output discarded, and the
 * JVM archives every class they loaded, parsed and verified. The launcher maps that archive, so a
 * later run skips loading those classes from the jar (picocli's too: it is built for Java 5,
 * which CDS does not archive, so the build first rewrites its classes as Java 8 ones, see
 * io.exaplan.build.ClassFileUpgrade). Not a user command: it has no flags.
 */
public final class CdsTraining {
  /** Replaced by a scratch folder, deleted after the runs. */
  private static final String OUT = "{out}";

  /** Commands whose classes are worth archiving: the quick ones a user runs most. */
  private static final String[][] RUNS = {
      {"--help"},
      {"--version"},
      {"compare"},
      {"compare", "--format", "json"},
      {"size", "--dbox", "dense-5400", "--dboxes", "210", "--cnodes", "420"},
      {"audit"},
      {"checkpoint"},
      {"outage", "--interval", "5m"},
      {"stage", "--dataset-bytes", "2 PB", "--wan", "100 Gb/s"},
      {"durability"},
      {"sites"},
      {"simulate", "--horizon", "1h", "--replications", "2", "--threads", "1"},
      {"help", "simulate"},
      // the office and drawing writers load about 1,100 POI/XMLBeans and JFreeChart classes:
      // archived, a cold workbook or deck skips parsing and verifying them
      {"compare", "--format", "xlsx", "--out", OUT + "/compare.xlsx"},
      {"report", "--format", "pptx", "--out", OUT + "/report.pptx"},
      {"report", "--format", "svg", "--out", OUT + "/svg"}};

  private CdsTraining() {}

  public static void main(String[] args) throws IOException {
    Path scratch = Files.createTempDirectory("exaplan-cds");
    try {
      train(scratch);
    } finally {
      try (Stream<Path> files = Files.walk(scratch)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private static void train(Path scratch) {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    for (String[] template : RUNS) {
      String[] run = new String[template.length];
      for (int i = 0; i < run.length; i++) {
        run[i] = template[i].replace(OUT, scratch.toString());
      }
      if (Main.writesWorkbook(run)) {
        // as Main.main does: the warm-up's classes go into the archive too
        io.exaplan.report.WorkbookWarmUp.start();
      }
      CommandLine cl = Main.commandLine(run);
      cl.setOut(none);
      cl.setErr(none);
      int code = cl.execute(run);
      if (code != 0) {
        throw new IllegalStateException("training run " + String.join(" ", run) + " exited "
            + code);
      }
    }
  }
}
