package io.exaplan.report;

import io.exaplan.catalog.Catalog;
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
   * The report {@code command} prints with {@code args} (flags of {@link #flags} only) over
   * {@code c} and {@code s}; a usage mistake is an InputException naming the flag.
   */
  Report run(String command, List<String> args, Catalog c, Scenario s);

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
