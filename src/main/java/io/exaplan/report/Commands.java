package io.exaplan.report;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.Node;
import io.exaplan.design.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report commands another front end may run in-process, each with its own flags as on the
 * command line, over a given catalog and scenario. The command line implements it and hands it
 * to whoever needs a command's report (the web server started by {@code serve}, the report's
 * deliverables), so those depend on this interface and the command line on them, never both
 * ways: no package cycle between {@code cli}, {@code web} and {@code report}. It lives beside
 * {@link Report}, what every command hands back.
 */
public interface Commands {
  /** The commands that print a report with --format, in the CLI's order. */
  List<String> names();

  /** Request key (the flag in camelCase) to the flag, for every flag a request may give. */
  Map<String, String> flags(String command);

  /** Whether {@code flag} of {@code command} takes no value (given or not, true or false). */
  boolean isSwitch(String command, String flag);

  /**
   * Request key to the flag, for each flag naming an input file whose content a request gives
   * inline as a tree instead (audit's {@code claims}).
   */
  Map<String, String> documents(String command);

  /**
   * The report {@code command} prints with {@code args} (flags of {@link #flags} only) and
   * {@code documents} (a flag of {@link #documents} to what its file would hold) over {@code c}
   * and {@code s}. Mistakes are one InputException listing every problem found before building,
   * one per flag, each line starting with the flag it is about.
   */
  Report run(String command, List<String> args, Map<String, Node> documents, Catalog c,
      Scenario s);

  /**
   * The problems {@link #run} would throw for these inputs, found without building anything
   * (empty when it would build): what a front end that already refuses its request for other
   * reasons adds, so its user sees every mistake at once. By default, {@link #run}'s own.
   */
  default List<String> check(String command, List<String> args, Map<String, Node> documents,
      Catalog c, Scenario s) {
    try {
      run(command, args, documents, c, s);
      return List.of();
    } catch (io.exaplan.config.InputException e) {
      return e.problems();
    }
  }

  /** {@link #run} with no document given inline. */
  default Report run(String command, List<String> args, Catalog c, Scenario s) {
    return run(command, args, Map.of(), c, s);
  }

  /** "--copy-every" to "copyEvery": a flag's name as a request key. */
  static String camel(String flag) {
    String[] parts = flag.replaceFirst("^-+", "").split("-");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(parts[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(parts[i].substring(1));
    }
    return sb.toString();
  }
}
