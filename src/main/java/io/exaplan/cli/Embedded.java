package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.design.Scenario;
import io.exaplan.report.Commands;
import io.exaplan.report.Report;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Runs a report command in-process for another front end (the web API): the command's own flags,
 * parsed by picocli as on the command line, then the command's {@link Reporting#build} over the
 * catalog and scenario the front end holds, in place of --catalog and --scenario files; the
 * {@link Report} comes back instead of being printed. Flags that name files (--out, --scenario,
 * --catalog, any path) cannot be given. Nothing is shared with the command line's own run: each
 * call parses into a fresh command object.
 */
public final class Embedded {
  /** Set by the caller, or about output and help: never from a request. */
  private static final Set<String> RESERVED = Set.of("--scenario", "--catalog", "--out",
      "--format", "--help", "--version");

  private Embedded() {}

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

  /**
   * Request key (the flag in camelCase) to the flag, for every flag a request may give: the
   * command's own first, in declaration order, then the input and output flags every report
   * command shares (picocli lists a superclass's mixins first; a request lists them last).
   */
  public static Map<String, String> flags(String command) {
    return FLAGS.computeIfAbsent(command, Embedded::readFlags);
  }

  /**
   * Each command's request flags, read once: a command's flags are fixed by its class, and
   * reading them builds picocli's model of it, which would otherwise cost every request again.
   */
  private static final Map<String, Map<String, String>> FLAGS = new ConcurrentHashMap<>();

  /** The flags a request may give, and which of them are switches, as {@link #flags} lists. */
  private static final Map<String, Set<String>> SWITCHES = new ConcurrentHashMap<>();

  private static Map<String, String> readFlags(String command) {
    Map<String, String> out = new LinkedHashMap<>();
    CommandLine.Model.CommandSpec spec = spec(command).getCommandSpec();
    Set<String> shared = new HashSet<>();
    for (CommandLine.Model.CommandSpec m : spec.mixins().values()) {
      if (m.userObject() instanceof InputOptions || m.userObject() instanceof OutputOptions) {
        m.options().forEach(o -> shared.add(o.longestName()));
      }
    }
    List<OptionSpec> ordered = new ArrayList<>();
    spec.options().stream().filter(o -> !shared.contains(o.longestName())).forEach(ordered::add);
    spec.options().stream().filter(o -> shared.contains(o.longestName())).forEach(ordered::add);
    Set<String> switches = new HashSet<>();
    for (OptionSpec o : ordered) {
      String flag = o.longestName();
      Class<?> type = o.type();
      if (RESERVED.contains(flag) || Path.class.isAssignableFrom(type)
          || File.class.isAssignableFrom(type) || o.typeInfo().getAuxiliaryTypes().length > 0
          && Path.class.isAssignableFrom(o.typeInfo().getAuxiliaryTypes()[0])) {
        continue;
      }
      out.put(camel(flag), flag);
      if (o.arity().max() == 0) {
        switches.add(flag);
      }
    }
    SWITCHES.put(command, Set.copyOf(switches));
    return Collections.unmodifiableMap(out);
  }

  /** Whether a flag takes no value (given or not, as true or false). */
  public static boolean isSwitch(String command, String flag) {
    if (!flags(command).containsValue(flag)) {
      throw new IllegalArgumentException("not a flag a request may give: " + flag);
    }
    return SWITCHES.get(command).contains(flag);
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
    try {
      // parsed from the top, as "exaplan COMMAND ARGS": picocli parses a subcommand in its parent
      List<String> line = new ArrayList<>();
      line.add(command);
      line.addAll(args);
      String[] argv = line.toArray(String[]::new);
      CommandLine.Model.CommandSpec spec =
          Main.commandLine(argv).parseArgs(argv).subcommand().commandSpec();
      Reporting r = (Reporting) spec.userObject();
      Report whole = r.build(c, s.with(r.overrides(), c));
      return output(spec).select(whole);
    } catch (CommandLine.ParameterException p) {
      // name the flag, as every other problem does, when picocli knows which one it was
      String count = Main.wholeNumberProblem(p);
      throw new InputException(count != null ? count : p.getArgSpec() instanceof OptionSpec o
          ? o.longestName() + ": " + p.getMessage() : p.getMessage());
    }
  }

  /** The command's --format/--table options (every report command has them). */
  private static OutputOptions output(CommandLine.Model.CommandSpec spec) {
    for (CommandLine.Model.CommandSpec m : spec.mixins().values()) {
      if (m.userObject() instanceof OutputOptions o) {
        return o;
      }
    }
    throw new IllegalStateException(spec.name() + " has no output options");
  }

  private static CommandLine spec(String command) {
    // built with only that command (picocli's model of one class, not of all fifteen)
    CommandLine cl = Main.commandLine(new String[] {command}).getSubcommands().get(command);
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
