package io.exaplan.cli;

import io.exaplan.audit.Auditor;
import io.exaplan.audit.ClaimsLoader;
import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.report.AuditView;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Re-computes claims (the meeting's, or a user's file) and gives each a verdict. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Check claims against the engine: holds, wrong or depends, with the arithmetic.")
final class AuditCommand implements Callable<Integer> {
  @Option(names = "--claims", paramLabel = "FILE",
      description = "Claims YAML (default: the claims made in the 2025-10-30 sizing meeting).")
  Path claims;

  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Catalog c = input.catalog();
    Scenario s = input.scenario(c);
    output.emit(AuditView.of(Auditor.audit(ClaimsLoader.load(claims, c), s, c)),
        spec.commandLine().getOut());
    return 0;
  }
}
