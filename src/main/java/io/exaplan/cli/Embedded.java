package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
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
    Set<String> switches = new HashSet<>();
    for (OptionSpec o : ordered(spec)) {
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

  /** The command's own options in declaration order, then those of the shared mixins. */
  private static List<OptionSpec> ordered(CommandLine.Model.CommandSpec spec) {
    Set<String> shared = new HashSet<>();
    for (CommandLine.Model.CommandSpec m : spec.mixins().values()) {
      if (m.userObject() instanceof InputOptions || m.userObject() instanceof OutputOptions) {
        m.options().forEach(o -> shared.add(o.longestName()));
      }
    }
    List<OptionSpec> ordered = new ArrayList<>();
    spec.options().stream().filter(o -> !shared.contains(o.longestName())).forEach(ordered::add);
    spec.options().stream().filter(o -> shared.contains(o.longestName())).forEach(ordered::add);
    return ordered;
  }

  /** Whether a flag takes no value (given or not, as true or false). */
  public static boolean isSwitch(String command, String flag) {
    if (!flags(command).containsValue(flag)) {
      throw new IllegalArgumentException("not a flag a request may give: " + flag);
    }
    return SWITCHES.get(command).contains(flag);
  }

  /**
   * Request key (the flag in camelCase) to the flag, for each flag naming an input file whose
   * content a request gives inline instead ({@link Reporting#documents}: audit's claims).
   */
  public static Map<String, String> documents(String command) {
    return DOCUMENTS.computeIfAbsent(command, k -> {
      Map<String, String> out = new LinkedHashMap<>();
      for (String flag : new java.util.TreeSet<>(
          ((Reporting) spec(k).getCommandSpec().userObject()).documents())) {
        out.put(camel(flag), flag);
      }
      return Collections.unmodifiableMap(out);
    });
  }

  private static final Map<String, Map<String, String>> DOCUMENTS = new ConcurrentHashMap<>();

  /**
   * Runs {@code command} with {@code args} (flags from {@link #flags} only) and {@code
   * documents} (flag to content, flags of {@link #documents} only) over {@code c} and {@code
   * s}. Every mistake is found before anything is built and thrown at once as an {@link
   * InputException}, one problem per flag, each starting with the flag it is about: the flags
   * picocli cannot parse or misses, the scenario keys they set, then the command's own {@link
   * Reporting#check}; in the order the command declares its flags.
   */
  public static Report run(String command, List<String> args, Map<String, Node> documents,
      Catalog c, Scenario s) {
    Prepared p = prepare(command, args, documents, c, s);
    if (!p.problems().isEmpty()) {
      throw new InputException(p.problems());
    }
    return output(p.spec()).select(p.command().build(c, p.scenario()));
  }

  /** {@link #run}'s problems, found without building: empty when it would build. */
  public static List<String> check(String command, List<String> args,
      Map<String, Node> documents, Catalog c, Scenario s) {
    return prepare(command, args, documents, c, s).problems();
  }

  /** A command parsed and checked: ready to build when {@code problems} is empty. */
  private record Prepared(CommandLine.Model.CommandSpec spec, Reporting command,
      Scenario scenario, List<String> problems) {}

  private static Prepared prepare(String command, List<String> args,
      Map<String, Node> documents, Catalog c, Scenario s) {
    Map<String, String> legal = flags(command);
    for (String a : args) {
      String flag = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (!legal.containsValue(flag)) {
        throw new IllegalArgumentException("not a flag a request may give: " + flag);
      }
    }
    if (!documents(command).values().containsAll(documents.keySet())) {
      throw new IllegalArgumentException("not a document flag of " + command + ": "
          + documents.keySet());
    }
    // parsed from the top, as "exaplan COMMAND ARGS": picocli parses a subcommand in its parent
    List<String> line = new ArrayList<>();
    line.add(command);
    line.addAll(args);
    String[] argv = line.toArray(String[]::new);
    CommandLine top = Main.commandLine(argv);
    top.getSubcommands().get(command).getCommandSpec().parser().collectErrors(true);
    CommandLine.ParseResult parsed = top.parseArgs(argv).subcommand();
    CommandLine.Model.CommandSpec spec = parsed.commandSpec();
    Reporting r = (Reporting) spec.userObject();
    documents.forEach(r::document);
    List<String> problems = new ArrayList<>();
    for (Exception e : parsed.errors()) {
      problems.addAll(problems(e));
    }
    Scenario bound = s;
    try {
      bound = s.with(r.overrides(), c);
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    Problems checked = new Problems();
    r.check(c, checked);
    try {
      checked.throwIfAny();
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    return new Prepared(spec, r, bound, byFlag(problems, spec));
  }

  /** {@link #run} with no document given inline. */
  public static Report run(String command, List<String> args, Catalog c, Scenario s) {
    return run(command, args, Map.of(), c, s);
  }

  /**
   * A parse error as lines naming the flag, as every other problem does when picocli knows
   * which one it was: each missing required flag on its own line.
   */
  private static List<String> problems(Exception e) {
    if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()
        && m.getMissing().stream().allMatch(a -> a instanceof OptionSpec)) {
      List<String> out = new ArrayList<>();
      for (CommandLine.Model.ArgSpec a : m.getMissing()) {
        out.add(((OptionSpec) a).longestName() + ": missing required field");
      }
      return out;
    }
    if (e instanceof CommandLine.ParameterException p) {
      String count = Main.wholeNumberProblem(p);
      return List.of(count != null ? count : p.getArgSpec() instanceof OptionSpec o
          ? o.longestName() + ": " + p.getMessage() : p.getMessage());
    }
    if (e instanceof InputException i) {
      return i.problems();
    }
    throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
  }

  /**
   * The first problem of each flag, the flags in the command's declaration order, then the
   * problems that name no flag of it in the order found: a flag that failed to parse holds its
   * default, which {@link Reporting#check} may refuse again in other words.
   */
  private static List<String> byFlag(List<String> problems, CommandLine.Model.CommandSpec spec) {
    Map<String, String> first = new LinkedHashMap<>();
    for (OptionSpec o : ordered(spec)) {
      first.put(o.longestName(), null);
    }
    List<String> rest = new ArrayList<>();
    for (String p : problems) {
      int colon = p.indexOf(": ");
      String flag = colon > 0 ? p.substring(0, colon) : null;
      if (flag != null && first.containsKey(flag)) {
        first.putIfAbsent(flag, p); // a key seeded with null counts as absent
      } else {
        rest.add(p);
      }
    }
    List<String> out = new ArrayList<>();
    first.values().stream().filter(java.util.Objects::nonNull).forEach(out::add);
    out.addAll(rest);
    return out;
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
    public Map<String, String> documents(String command) {
      return Embedded.documents(command);
    }

    @Override
    public Report run(String command, List<String> args, Map<String, Node> documents,
        Catalog c, Scenario s) {
      return Embedded.run(command, args, documents, c, s);
    }

    @Override
    public List<String> check(String command, List<String> args, Map<String, Node> documents,
        Catalog c, Scenario s) {
      return Embedded.check(command, args, documents, c, s);
    }
  };
}
