package io.exaplan.cli;

import io.exaplan.audit.Auditor;
import io.exaplan.audit.ClaimsLoader;
import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.report.AuditView;
import io.exaplan.report.Report;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Re-computes claims (the meeting's, or a user's file) and gives each a verdict. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Check claims against the engine: holds, wrong or depends, with the arithmetic.")
final class AuditCommand extends ScenarioCommand {
  @Option(names = "--claims", paramLabel = "FILE",
      description = "Claims YAML (default: the claims made in the 2025-10-30 sizing meeting).")
  Path claims;

  @Override
  public Report build(Catalog c, Scenario s) {
    return AuditView.of(Auditor.audit(ClaimsLoader.load(claims, c), s, c));
  }
}
