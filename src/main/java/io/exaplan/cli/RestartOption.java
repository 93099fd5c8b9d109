package io.exaplan.cli;

import picocli.CommandLine.Option;

/**
 * {@code --restart-time}, shared by {@code checkpoint} and {@code simulate} as a picocli mixin:
 * one flag, one help text and one parser for the same concept (each command used to declare it
 * with its own wording). Absent, each command takes the model's default: Daly's 10 min restart
 * overhead plus restoring the job's checkpoint from the design.
 */
final class RestartOption {
  @Option(names = "--restart-time", paramLabel = "DUR",
      description = "Time from a failure until the job computes again, whole (default: 10 min "
          + "overhead, Daly's example, + restoring the job's checkpoint from each design).")
  String text;

  /** Whether the flag was given. */
  boolean given() {
    return text != null;
  }

  /** The seconds given (zero allowed: an instant restart), or null when the flag is absent. */
  Double seconds() {
    return text == null ? null : Flags.durationOrZero("--restart-time", text);
  }
}
