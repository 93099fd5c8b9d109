package io.exaplan.cli;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine;

/**
 * The training run of the build's class-data-sharing archive (JDK 17 AppCDS, JEP 350): {@code
 * java -XX:ArchiveClassesAtExit=target/exaplan.jsa -cp target/exaplan.jar
 * io.exaplan.cli.CdsTraining} runs the short commands in one JVM, their output discarded, and the
 * JVM archives every class they loaded, parsed and verified. The launcher maps that archive, so a
 * later run skips loading those classes from the jar (picocli's are compiled for Java 5, which
 * CDS cannot archive; they still load from the jar). Not a user command: it has no flags.
 */
public final class CdsTraining {
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
      {"help", "simulate"}};

  private CdsTraining() {}

  public static void main(String[] args) {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    for (String[] run : RUNS) {
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
