package io.exaplan.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only holds subcommands (catalog, export): run on its own it is a usage error
 * naming its first subcommand's help, worded once for every such group.
 */
abstract class CommandGroup implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public final void run() {
    String first = spec.subcommands().keySet().iterator().next();
    throw new ParameterException(spec.commandLine(), "missing subcommand; try '"
        + spec.qualifiedName() + " " + first + " --help'");
  }
}
