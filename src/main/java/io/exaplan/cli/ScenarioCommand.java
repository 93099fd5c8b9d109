package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads --scenario and --catalog and prints one report with --format and --out:
 * the prologue every such command shares, written once. A subclass declares its own flags and
 * {@link #build}; it never loads inputs or prints.
 */
abstract class ScenarioCommand implements Reporting, Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  /** Loads the catalog, the scenario with {@link #overrides} over it, checks, builds, prints. */
  @Override
  public final Integer call() {
    Catalog c = input.catalog();
    output.emit(checkedBuild(c, input.scenario(c, overrides())), spec.commandLine().getOut());
    return 0;
  }
}
