package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.Layer;
import io.exaplan.design.Scenario;
import io.exaplan.report.Report;

/**
 * A command as one typed entry: its flags (set by picocli on the object) plus a catalog and a
 * scenario give its {@link Report}. The command line builds it over --catalog and --scenario and
 * prints it ({@link ScenarioCommand#call}); another front end builds it over the catalog and
 * scenario it holds ({@link Embedded#run}) and renders it itself. Both call {@link #build}, so
 * the two cannot drift apart, and neither reaches the other through shared state.
 */
interface Reporting {
  /**
   * The command's flags that set scenario keys, as a layer over the scenario it is given (bound
   * with it once: a flag and its key share one range and one message). None by default.
   */
  default Layer overrides() {
    return Layer.of();
  }

  /** The report over {@code c} and {@code s}; {@code s} already has {@link #overrides}. */
  Report build(Catalog c, Scenario s);
}
