package io.exaplan.cli;

import io.exaplan.config.InputException;
import io.exaplan.config.OutputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The exaplan command line. Subcommands parse flags, call the engine and hand the result to a
 * reporter; they hold no sizing logic. Only {@link #main} exits the JVM.
 */
@Command(name = "exaplan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Sizes storage for GPU training fleets and compares design options.",
    subcommands = {
        CompareCommand.class,
        SizeCommand.class,
        AuditCommand.class,
        CatalogCommand.class,
        ExportCommand.class,
        ReportCommand.class,
        CheckpointCommand.class,
        OutageCommand.class,
        StageCommand.class,
        OptimizeCommand.class,
        SensitivityCommand.class,
        SitesCommand.class,
        SimulateCommand.class,
        DurabilityCommand.class,
        ServeCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal error (a bug: please report it)",
        "2:bad input or usage (the message names the file, line and field)",
        "3:an output could not be written (disk full, no permission; nothing was changed)"})
public final class Main implements Runnable {
  public static final int EXIT_INPUT = 2;
  /** A write failed (io.exaplan.config.OutputException): distinct from bad input and bugs. */
  public static final int EXIT_OUTPUT = OutputException.EXIT;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing command; try 'exaplan compare' or 'exaplan --help'");
  }

  /** A command line wired with exaplan's exit codes and error printing. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      if (ex instanceof InputException) {
        line.getErr().println(ex.getMessage());
        line.getErr().flush();
        return EXIT_INPUT;
      }
      if (ex instanceof OutputException) {
        line.getErr().println(ex.getMessage());
        line.getErr().flush();
        return EXIT_OUTPUT;
      }
      throw ex;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Version from the jar manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"exaplan " + (v == null ? "dev" : v)};
    }
  }
}
