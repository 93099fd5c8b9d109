package io.exaplan.cli;

import io.exaplan.config.InputException;
import io.exaplan.config.OutputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The exaplan command line. Subcommands parse flags, call the engine and hand the result to a
 * reporter; they hold no sizing logic. Only {@link #main} exits the JVM.
 *
 * <p>Subcommands are added when the command line is built, not declared on the annotation, so
 * that a run builds picocli's model (reflection over every option of every class) only for the
 * command it runs: most of a short command's start-up went there. Help, usage errors and
 * unknown commands still see all of them, in this order.
 */
@Command(name = "exaplan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Sizes storage for GPU training fleets and compares design options.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal error (a bug: please report it)",
        "2:bad input or usage (the message names the file, line and field)",
        "3:an output could not be written (disk full, no permission; nothing was changed)"})
public final class Main implements Runnable {
  public static final int EXIT_INPUT = 2;
  /** A write failed (io.exaplan.config.OutputException): distinct from bad input and bugs. */
  public static final int EXIT_OUTPUT = OutputException.EXIT;

  /** Every subcommand, in the order help lists them (a holder: --version loads none of them). */
  private static final class Subcommands {
    static final Class<?>[] ALL = {
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
        CommandLine.HelpCommand.class};
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing command; try 'exaplan compare' or 'exaplan --help'");
  }

  /** A command line with every subcommand, wired with exaplan's exit codes and error printing. */
  public static CommandLine commandLine() {
    return commandLine(null);
  }

  /**
   * A command line that runs {@code args} as {@link #commandLine()} would, built with only the
   * subcommand they start with: none for a bare {@code --version}, all of them when they start
   * with anything else (an option, {@code help}, an unknown word), so that help and usage
   * errors read the same. Null: all of them.
   */
  public static CommandLine commandLine(String[] args) {
    CommandLine cl = new CommandLine(new Main());
    Class<?> only = args == null ? null : named(args);
    if (only != null) {
      cl.addSubcommand(only);
    } else if (args == null || !versionOnly(args)) {
      for (Class<?> c : Subcommands.ALL) {
        cl.addSubcommand(c);
      }
    }
    // after the subcommands: a converter reaches only the commands added so far
    // classes, not lambdas, for picocli's interfaces: JDK 17's class-data-sharing dump (the
    // build's target/exaplan.jsa) crashes on a lambda proxy of a pre-Java 6 class's interface
    cl.registerConverter(Integer.class, new IntCount());
    cl.registerConverter(Integer.TYPE, new IntCount());
    cl.registerConverter(Long.class, new LongCount());
    cl.registerConverter(Long.TYPE, new LongCount());
    cl.setParameterExceptionHandler(new CountProblems(cl.getParameterExceptionHandler()));
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

  /**
   * "--jobs: '2147483648' is past the largest count any flag takes (1000000)": a count flag's
   * value that is not a whole number, as one line naming the flag (no usage dump, no Java type
   * names); null for any other usage error.
   */
  public static String wholeNumberProblem(CommandLine.ParameterException ex) {
    if (ex.getCause() instanceof CommandLine.TypeConversionException t
        && ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o
        && t.getMessage() != null && t.getMessage().startsWith(WHOLE)) {
      return o.longestName() + ": " + t.getMessage().substring(WHOLE.length());
    }
    return null;
  }

  /** A count flag's value as an int ({@link #toInt}). */
  private static final class IntCount implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return toInt(text);
    }
  }

  /** A count flag's value as a long ({@link #toLong}). */
  private static final class LongCount implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
      return toLong(text);
    }
  }

  /** {@link #wholeNumberProblem}'s one line for a count flag, else picocli's own handling. */
  private static final class CountProblems implements CommandLine.IParameterExceptionHandler {
    private final CommandLine.IParameterExceptionHandler usage;

    CountProblems(CommandLine.IParameterExceptionHandler usage) {
      this.usage = usage;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args)
        throws Exception {
      String named = wholeNumberProblem(ex);
      if (named == null) {
        return usage.handleParseException(ex, args);
      }
      ex.getCommandLine().getErr().println(named);
      ex.getCommandLine().getErr().flush();
      return EXIT_INPUT;
    }
  }

  /** Marks the converters' messages, so only they are rewritten. */
  private static final String WHOLE = "exaplan-count:";

  private static Integer toInt(String text) {
    long v = toLong(text);
    if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
      // every int flag is a count of at most Flags.MAX_COUNT (or a port, less)
      throw new CommandLine.TypeConversionException(WHOLE + "'" + text.trim()
          + "' is past the largest count any flag takes (" + Flags.MAX_COUNT + ")");
    }
    return (int) v;
  }

  private static Long toLong(String text) {
    String t = text == null ? "" : text.trim();
    if (!t.matches("[-+]?[0-9]+")) {
      throw new CommandLine.TypeConversionException(WHOLE + "'"
          + io.exaplan.config.Echo.line(t) + "' is not a whole number");
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException(WHOLE + "'" + t
          + "' is past the largest whole number any flag takes (" + Long.MAX_VALUE + ")");
    }
  }

  public static void main(String[] args) {
    if (versionOnly(args)) {
      // what picocli prints for it, without loading picocli's ~170 classes first
      System.out.println(version());
      System.exit(0);
    }
    if (writesWorkbook(args)) {
      // the first POI workbook's one-time start-up, on the second core while this one parses,
      // loads and sizes (io.exaplan.report.WorkbookWarmUp; the real workbook waits for it)
      io.exaplan.report.WorkbookWarmUp.start();
    }
    System.exit(commandLine(args).execute(args));
  }

  /** True when {@code args} ask for {@code --format xlsx} (as "--format xlsx" or "--format=xlsx"). */
  static boolean writesWorkbook(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--format=xlsx")
          || (args[i].equals("--format") && i + 1 < args.length && args[i + 1].equals("xlsx"))) {
        return true;
      }
    }
    return false;
  }

  /** The subcommand {@code args} start with, or null (an option first, help or unknown). */
  private static Class<?> named(String[] args) {
    if (args.length == 0) {
      return null;
    }
    for (Class<?> c : Subcommands.ALL) {
      if (c != CommandLine.HelpCommand.class
          && c.getAnnotation(Command.class).name().equals(args[0])) {
        return c;
      }
    }
    return null;
  }

  /** True for a lone -V or --version: picocli prints the version and nothing else. */
  private static boolean versionOnly(String[] args) {
    return args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"));
  }

  /** Version from the jar manifest, or "dev" when run from classes. */
  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return "exaplan " + (v == null ? "dev" : v);
  }

  /** {@link #version()} for picocli's --version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {version()};
    }
  }
}
