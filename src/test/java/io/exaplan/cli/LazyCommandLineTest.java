package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code Main.main} builds only the subcommand it runs ({@link Main#commandLine(String[])}); a
 * run must print and exit exactly as with every subcommand built ({@link Main#commandLine()}).
 */
class LazyCommandLineTest {
  private static final List<String[]> ARGS = List.of(
      new String[] {"--version"}, new String[] {"-V"}, new String[] {"-V", "--version"},
      new String[] {"--help"}, new String[] {"-h"}, new String[] {}, new String[] {"help"},
      new String[] {"help", "compare"}, new String[] {"help", "help"},
      new String[] {"compare", "--help"}, new String[] {"comapre"}, new String[] {"bogus"},
      new String[] {"--bogus", "compare"}, new String[] {"-V", "compare"},
      new String[] {"catalog"}, new String[] {"catalog", "--help"}, new String[] {"export"},
      new String[] {"size"}, new String[] {"size", "--dboxes", "x"},
      new String[] {"simulate", "--help"}, new String[] {"serve", "--help"},
      new String[] {"size", "--dbox", "dense-5400", "--dboxes", "210", "--cnodes", "420"},
      new String[] {"stage", "--dataset-bytes", "2 PB", "--wan", "100 Gb/s", "--format", "json"});

  @Test
  void commandLine_builtForItsArguments_runsAsWithEverySubcommand() {
    for (String[] args : ARGS) {
      String[] lazy = run(Main.commandLine(args), args);
      String[] full = run(Main.commandLine(), args);
      assertThat(lazy).as(String.join(" ", args)).containsExactly(full);
    }
  }

  @Test
  void commandLine_forOneCommand_buildsOnlyThatOne() {
    assertThat(Main.commandLine(new String[] {"compare"}).getSubcommands()).containsOnlyKeys(
        "compare");
    assertThat(Main.commandLine(new String[] {"--version"}).getSubcommands()).isEmpty();
    // 15 commands and help
    assertThat(Main.commandLine(new String[] {"--help"}).getSubcommands()).hasSize(16);
  }

  @Test
  void version_printedWithoutPicocli_isWhatPicocliPrints() {
    assertThat(run(Main.commandLine(), new String[] {"--version"})[1])
        .isEqualTo(Main.version() + System.lineSeparator());
  }

  private static String[] run(CommandLine cl, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }
}
