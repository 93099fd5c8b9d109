package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.design.Scenario;
import io.exaplan.report.Commands;
import io.exaplan.report.Report;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Runs a report command in-process for another front end (the web API): the command's own flags,
 * parsed by picocli as on the command line, a given catalog and scenario in place of --catalog
 * and --scenario files, and the {@link Report} it builds handed back instead of printed. Flags
 * that name files (--out, --scenario, --catalog, any path) cannot be given.
 */
public final class Embedded {
  private static final ThreadLocal<Embedded> CURRENT = new ThreadLocal<>();
  /** Set by the caller, or about output and help: never from a request. */
  private static final Set<String> RESERVED = Set.of("--scenario", "--catalog", "--out",
      "--format", "--help", "--version");

  private final Catalog catalog;
  private final Scenario scenario;
  private Report report;

  private Embedded(Catalog catalog, Scenario scenario) {
    this.catalog = catalog;
    this.scenario = scenario;
  }

  /** The context of the command running on this thread, or null on the command line. */
  static Embedded current() {
    return CURRENT.get();
  }

  Catalog catalog() {
    return catalog;
  }

  Scenario scenario() {
    return scenario;
  }

  void emit(Report r) {
    report = r;
  }

  /** The commands that print a report with --format, in the CLI's order. */
  public static List<String> commands() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, CommandLine> e : Main.commandLine().getSubcommands().entrySet()) {
      for (CommandLine.Model.CommandSpec m : e.getValue().getCommandSpec().mixins().values()) {
        if (m.userObject() instanceof OutputOptions) {
          out.add(e.getKey());
        }
      }
    }
    return out;
  }

  /** Request key (the flag in camelCase) to the flag, for every flag a request may give. */
  public static Map<String, String> flags(String command) {
    Map<String, String> out = new LinkedHashMap<>();
    for (OptionSpec o : spec(command).getCommandSpec().options()) {
      String flag = o.longestName();
      Class<?> type = o.type();
      if (RESERVED.contains(flag) || Path.class.isAssignableFrom(type)
          || File.class.isAssignableFrom(type) || o.typeInfo().getAuxiliaryTypes().length > 0
          && Path.class.isAssignableFrom(o.typeInfo().getAuxiliaryTypes()[0])) {
        continue;
      }
      out.put(camel(flag), flag);
    }
    return out;
  }

  /** Whether a flag takes no value (given or not, as true or false). */
  public static boolean isSwitch(String command, String flag) {
    return spec(command).getCommandSpec().findOption(flag).arity().max() == 0;
  }

  /**
   * Runs {@code command} with {@code args} (flags from {@link #flags} only) over {@code c} and
   * {@code s}; a usage mistake is an {@link InputException} as on the command line.
   */
  public static Report run(String command, List<String> args, Catalog c, Scenario s) {
    Map<String, String> legal = flags(command);
    for (String a : args) {
      String flag = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (!legal.containsValue(flag)) {
        throw new IllegalArgumentException("not a flag a request may give: " + flag);
      }
    }
    Embedded e = new Embedded(c, s);
    CURRENT.set(e);
    try {
      // parsed from the top, as "exaplan COMMAND ARGS": picocli parses a subcommand in its parent
      List<String> line = new ArrayList<>();
      line.add(command);
      line.addAll(args);
      CommandLine.ParseResult parsed = Main.commandLine().parseArgs(line.toArray(String[]::new));
      ((Callable<?>) parsed.subcommand().commandSpec().userObject()).call();
    } catch (CommandLine.ParameterException p) {
      // name the flag, as every other problem does, when picocli knows which one it was
      String count = Main.wholeNumberProblem(p);
      throw new InputException(count != null ? count : p.getArgSpec() instanceof OptionSpec o
          ? o.longestName() + ": " + p.getMessage() : p.getMessage());
    } catch (RuntimeException r) {
      throw r;
    } catch (Exception x) {
      throw new IllegalStateException(x);
    } finally {
      CURRENT.remove();
    }
    if (e.report == null) {
      throw new IllegalStateException(command + " printed no report");
    }
    return e.report;
  }

  private static CommandLine spec(String command) {
    CommandLine cl = Main.commandLine().getSubcommands().get(command);
    if (cl == null) {
      throw new IllegalArgumentException("no command " + command);
    }
    return cl;
  }

  /** "--copy-every" to "copyEvery". */
  public static String camel(String flag) {
    return Commands.camel(flag);
  }

  /**
   * The command line's report commands for another front end: what {@code serve} hands the
   * web server and {@code report} the deliverables, so neither imports this package.
   */
  public static final Commands COMMANDS = new Commands() {
    @Override
    public List<String> names() {
      return commands();
    }

    @Override
    public Map<String, String> flags(String command) {
      return Embedded.flags(command);
    }

    @Override
    public boolean isSwitch(String command, String flag) {
      return Embedded.isSwitch(command, flag);
    }

    @Override
    public Report run(String command, List<String> args, Catalog c, Scenario s) {
      return Embedded.run(command, args, c, s);
    }
  };
}
