package io.exaplan.fuzz;

import io.exaplan.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The classes of input an independent attack found (issue "Reliability under an attacker's
 * inputs"), as fuzz cases: special files where a file is expected, extreme magnitudes for every
 * numeric flag of every command and every scalar key of the scenario, text too long for a
 * format, and combinations whose cost runs away. Every case is a command line; the caller runs it
 * like any other fuzz case (exit 0 or 2, no stack trace, within the time limit).
 */
final class Hostile {
  /** Values by the kind of quantity a flag or key takes: tiny, huge, edge-of-int, just above a device. */
  private static final Map<String, String[]> EXTREMES = Map.of(
      "RATE", new String[] {"1e-300B/s", "1e-300 TB/s", "1e300 TB/s", "1e-9 B/s", "9e15 B/s"},
      "SIZE", new String[] {"1 kB", "1e-300 B", "999 EB", "1 B", "1e30 EB"},
      "DUR", new String[] {"1e-300s", "1e-9s", "1e300d", "36500d", "1ms"},
      "COUNT", new String[] {"2147483647", "2147483648", "0", "1000000", "999999999"},
      "KW", new String[] {"1.48", "1e-300", "1e308", "0.001", "100000"},
      "NUMBER", new String[] {"1e-300", "1e300", "0.999999999", "1e-9", "4294967296"});

  /** Commands whose numeric flags are fuzzed (every one that reads inputs, not serve). */
  private static final List<String> COMMANDS = List.of("compare", "size", "checkpoint", "outage",
      "stage", "optimize", "sensitivity", "sites", "simulate", "durability", "audit", "report");

  /** Flags every command needs to run at all (the rest come from the scenario). */
  private static final Map<String, List<String>> REQUIRED = Map.of(
      "size", List.of("--dbox", "dense-5400", "--dboxes", "210", "--cnodes", "420"),
      "outage", List.of("--interval", "5m"),
      "stage", List.of("--dataset-bytes", "1 PB", "--wan", "100 Gb/s"),
      "sensitivity", List.of("--option", "dense-105-210"),
      "simulate", List.of("--horizon", "1d", "--replications", "2", "--no-timing", "--threads",
          "1"));

  private final Path dir;
  private SplittableRandom r;
  private final Map<String, List<OptionSpec>> numeric = new TreeMap<>();
  private final List<String[]> scenarioKeys = new ArrayList<>();
  private final String scenarioText;

  Hostile(Path dir, SplittableRandom r, String scenarioText) {
    this.dir = dir;
    this.r = r;
    this.scenarioText = scenarioText;
    CommandLine root = Main.commandLine();
    for (String name : COMMANDS) {
      CommandLine sub = root.getSubcommands().get(name);
      List<OptionSpec> opts = new ArrayList<>();
      for (OptionSpec o : sub.getCommandSpec().options()) {
        if (kind(o) != null) {
          opts.add(o);
        }
      }
      numeric.put(name, opts);
    }
    Matcher m = Pattern.compile("(?m)^([a-zA-Z]+): ([^\\[{\\n#]+)$").matcher(scenarioText);
    while (m.find()) {
      String kind = valueKind(m.group(2).trim());
      if (kind != null) {
        scenarioKeys.add(new String[] {m.group(1), kind});
      }
    }
  }

  /** Draws from {@code r} from now on (the fuzz test gives each case its own stream). */
  void use(SplittableRandom r) {
    this.r = r;
  }

  /** The kind of quantity a flag takes, from its type and label; null for non-numeric flags. */
  static String kind(OptionSpec o) {
    String label = o.paramLabel().replace("<", "").replace(">", "");
    Class<?> t = o.type();
    if (label.equals("KW")) {
      return "KW";
    }
    if (label.equals("RATE") || label.startsWith("RATE")) {
      return "RATE";
    }
    if (label.equals("SIZE")) {
      return "SIZE";
    }
    if (label.equals("DUR")) {
      return "DUR";
    }
    if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
      return "COUNT";
    }
    if (t == double.class || t == Double.class || label.equals("F") || label.equals("B")) {
      return "NUMBER";
    }
    return null;
  }

  /** The kind of a scenario value as written ("12 kW", "1 EB", "5m", "160000"). */
  static String valueKind(String v) {
    if (v.matches("[0-9.]+ ?kW")) {
      return "KW_KEY";
    }
    if (v.matches("[0-9.]+ ?[kMGTPE]?B")) {
      return "SIZE";
    }
    if (v.matches("[0-9.]+ ?(s|m|h|d|ms)")) {
      return "DUR";
    }
    if (v.matches("[0-9]+")) {
      return "COUNT";
    }
    if (v.matches("[0-9]*\\.[0-9]+")) {
      return "NUMBER";
    }
    return null;
  }

  private String pick(String kind) {
    if (kind.equals("KW_KEY")) {
      return pick("KW") + " kW";
    }
    String[] from = EXTREMES.get(kind);
    return from[r.nextInt(from.length)];
  }

  /** One hostile command line (files it names are made in the case's folder). */
  List<String> next(int c) throws IOException {
    switch (r.nextInt(4)) {
      case 0:
        return specialFile(c);
      case 1:
        return extremeFlag();
      case 2:
        return extremeKey(c);
      default:
        return longText(c);
    }
  }

  /** A directory, FIFO, device or oversized file where an input file is expected. */
  List<String> specialFile(int c) throws IOException {
    Path target;
    switch (r.nextInt(6)) {
      case 0:
        target = Files.createDirectories(dir.resolve("folder-" + c));
        break;
      case 1:
        target = dir.resolve("fifo-" + c);
        try {
          new ProcessBuilder("mkfifo", target.toString()).start().waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        if (!Files.exists(target)) {
          target = Path.of("/dev/zero"); // no mkfifo here: another endless file
        }
        break;
      case 2:
        target = Path.of("/dev/zero");
        break;
      case 3:
        target = Path.of("/dev/urandom");
        break;
      case 4:
        target = dir.resolve("big-" + c + ".yaml");
        StringBuilder big = new StringBuilder("# padding\n");
        String line = "# " + "x".repeat(1_000) + "\n";
        while (big.length() <= io.exaplan.config.Yaml.MAX_BYTES) {
          big.append(line);
        }
        Files.writeString(target, big);
        break;
      default:
        target = dir.resolve("link-" + c + ".yaml");
        Files.createSymbolicLink(target, Path.of("/dev/zero"));
    }
    String t = target.toString();
    switch (r.nextInt(6)) {
      case 0:
        return new ArrayList<>(List.of("compare", "--scenario", t));
      case 1:
        return new ArrayList<>(List.of("compare", "--catalog", t));
      case 2:
        return new ArrayList<>(List.of("audit", "--claims", t));
      case 3:
        return new ArrayList<>(List.of("catalog", "import-netbox", t));
      case 4:
        Path device = dir.resolve("device-" + c + ".yaml");
        Files.writeString(device, "manufacturer: X\nmodel: Y\nslug: y\nu_height: 1\n");
        return new ArrayList<>(List.of("catalog", "import-netbox", device.toString(),
            "--overlay", t));
      default:
        return new ArrayList<>(List.of("report", "--scenario", t, "--format", "html", "--out",
            dir.resolve("report-" + c + ".html").toString()));
    }
  }

  /** Every command's numeric flags, each in turn given an extreme magnitude. */
  List<String> extremeFlag() {
    String cmd = COMMANDS.get(r.nextInt(COMMANDS.size()));
    List<OptionSpec> opts = numeric.get(cmd);
    List<String> args = new ArrayList<>(List.of(cmd));
    args.addAll(REQUIRED.getOrDefault(cmd, List.of()));
    if (cmd.equals("report")) {
      cmd = "compare"; // report's numbers come from the scenario (extremeKey)
      args = new ArrayList<>(List.of(cmd));
      opts = numeric.get(cmd);
    }
    if (!opts.isEmpty()) {
      OptionSpec o = opts.get(r.nextInt(opts.size()));
      String flag = o.longestName();
      int at = args.indexOf(flag);
      if (at >= 0) {
        args.remove(at + 1);
        args.remove(at);
      }
      args.add(flag + "=" + pick(kind(o)));
      if (cmd.equals("simulate") && (flag.equals("--wan-rate") || flag.equals("--keep-local"))) {
        args.add("--copy-every=1");
      }
    }
    return args;
  }

  /** One scalar key of the scenario at an extreme magnitude of its own kind. */
  List<String> extremeKey(int c) throws IOException {
    String[] key = scenarioKeys.get(r.nextInt(scenarioKeys.size()));
    String text = scenarioText.replaceFirst("(?m)^" + key[0] + ": .*$",
        key[0] + ": " + Matcher.quoteReplacement(pick(key[1])));
    Path f = dir.resolve("extreme-" + c + ".yaml");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    String[] cmds = {"compare", "checkpoint", "audit", "sites", "outage", "durability"};
    List<String> args = new ArrayList<>(List.of(cmds[r.nextInt(cmds.length)]));
    args.addAll(REQUIRED.getOrDefault(args.get(0), List.of()));
    args.add("--scenario");
    args.add(f.toString());
    return args;
  }

  /** Text longer than any cell or slide holds: a claim's statement, a name, a site's name. */
  List<String> longText(int c) throws IOException {
    String huge = "x".repeat(r.nextBoolean() ? 40_000 : 100_000);
    Path f = dir.resolve("long-" + c + ".yaml");
    switch (r.nextInt(3)) {
      case 0:
        Files.writeString(f, "claims:\n  - id: long\n    statement: \"" + huge + "\"\n"
            + "    design: {option: ncp-pod}\n    expect: {racks: 37}\n");
        // XLSX: a cell holds at most 32,767 characters
        return new ArrayList<>(List.of("audit", "--claims", f.toString(), "--format", "xlsx",
            "--out", dir.resolve("audit-" + c + ".xlsx").toString()));
      case 1:
        Files.writeString(f, "name: \"" + huge + "\"\n");
        return new ArrayList<>(List.of("compare", "--scenario", f.toString()));
      default:
        Files.writeString(f, "sitePlan:\n  - {name: \"" + huge + "\", gpus: 1000}\n");
        return new ArrayList<>(List.of("sites", "--scenario", f.toString()));
    }
  }

  /**
   * Inputs whose work ran for minutes: each must now be answered or refused within the limit.
   * Cycled through in order ({@code i} picks one), as each costs up to the work budget.
   */
  List<String> costHeavy(int i, int c) throws IOException {
    switch (i % 6) {
      case 0:
        return new ArrayList<>(List.of("optimize", "--rack-kw", "1.48"));
      case 1: {
        Path f = dir.resolve("huge-" + c + ".yaml");
        Files.writeString(f, "targetUsable: 999 EB\n");
        return new ArrayList<>(List.of("sites", "--scenario", f.toString()));
      }
      case 2:
        return new ArrayList<>(List.of("optimize", "--pareto-racks", "100000"));
      case 3: {
        StringBuilder values = new StringBuilder();
        for (int v = 0; v < 200; v++) {
          values.append(v == 0 ? "" : ", ").append(10 + v * 0.5).append(" kW");
        }
        Path f = dir.resolve("vary-" + c + ".yaml");
        Files.writeString(f, "claims:\n  - id: vary\n    statement: varies\n"
            + "    design: {option: ncp-pod}\n    expect: {racks: 37}\n"
            + "    vary: {rackPowerLimit: [" + values + "]}\n");
        return new ArrayList<>(List.of("audit", "--claims", f.toString()));
      }
      case 4: {
        StringBuilder limits = new StringBuilder();
        for (int v = 0; v < 200; v++) {
          limits.append(v == 0 ? "" : ",").append(10 + v * 0.5);
        }
        return new ArrayList<>(List.of("optimize", "--rack-kw", limits.toString()));
      }
      default:
        return new ArrayList<>(List.of("sensitivity", "--option", "optimum", "--rack-kw",
            "1.48"));
    }
  }
}
