package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.config.Layer;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
import io.exaplan.design.Scenario;
import io.exaplan.report.Report;
import java.util.Set;

/**
 * A command as one typed entry: its flags (set by picocli on the object) plus a catalog and a
 * scenario give its {@link Report}. The command line builds it over --catalog and --scenario and
 * prints it ({@link ScenarioCommand#call}); another front end builds it over the catalog and
 * scenario it holds ({@link Embedded#run}) and renders it itself. Both go {@link #overrides},
 * {@link #check}, {@link #build}, so the two cannot drift apart, and neither reaches the other
 * through shared state.
 */
interface Reporting {
  /**
   * The command's flags that set scenario keys, as a layer over the scenario it is given (bound
   * with it once: a flag and its key share one range and one message). None by default.
   */
  default Layer overrides() {
    return Layer.of();
  }

  /**
   * Records a problem for each of the command's own flags that {@link #build} would refuse, so a
   * front end can show every one at once: the web lists them all under their request keys, the
   * command line prints the first. A flag that failed to parse, or was left out, holds its
   * default here (null for an object); such a flag is already reported and is skipped. Run
   * before {@link #build}, which may then take its flags as checked. None by default.
   */
  default void check(Catalog c, Problems problems) {}

  /**
   * The flags that name an input file whose content another front end may give as a tree
   * instead ({@link #document}): audit's --claims. None by default.
   */
  default Set<String> documents() {
    return Set.of();
  }

  /**
   * Takes {@code content} as what the file {@code flag} names would hold, in place of reading
   * it; {@code content} is located in the front end's own input (a request body).
   */
  default void document(String flag, Node content) {
    throw new IllegalArgumentException("no document flag " + flag);
  }

  /** The report over {@code c} and {@code s}; {@code s} already has {@link #overrides}. */
  Report build(Catalog c, Scenario s);

  /** {@link #check} then {@link #build}: the first problem {@link #check} finds is thrown. */
  default Report checkedBuild(Catalog c, Scenario s) {
    Problems problems = new Problems();
    check(c, problems);
    try {
      problems.throwIfAny();
    } catch (InputException e) {
      // the command line prints one line per mistake it stops at, as picocli does for flags
      throw new InputException(e.problems().get(0));
    }
    return build(c, s);
  }
}
