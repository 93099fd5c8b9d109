package io.exaplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the CLI in-process and captures what it prints. The command line is built for the
 * arguments, as {@code Main.main} builds it (only the subcommand they name): the launcher's own
 * path, and a few milliseconds instead of reflecting over every subcommand for each of the
 * suite's many runs ({@code LazyCommandLineTest} checks both print and exit alike).
 */
public final class Cli {
  public final int code;
  public final String out;
  public final String err;

  private Cli(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  public static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = Main.commandLine(args);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Cli(code, out.toString(), err.toString());
  }
}
