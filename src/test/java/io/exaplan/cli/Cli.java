package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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

  /** What a command that succeeds prints, as JSON: nothing on stderr, exit 0. */
  public static JsonNode json(String... args) throws IOException {
    Cli r = run(args);
    assertThat(r.err).isEmpty();
    assertThat(r.code).isZero();
    return new ObjectMapper().readTree(r.out);
  }

  /** A user mistake: exit 2, nothing on stdout, exactly {@code expectedLine} on stderr. */
  public static void assertInputError(String expectedLine, String... args) {
    Cli r = run(args);
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).isEqualTo(expectedLine + System.lineSeparator());
  }
}
