package io.exaplan.cli;

import io.exaplan.audit.Auditor;
import io.exaplan.audit.Claim;
import io.exaplan.audit.ClaimsLoader;
import io.exaplan.catalog.Catalog;
import io.exaplan.config.Node;
import io.exaplan.design.Scenario;
import io.exaplan.report.AuditView;
import io.exaplan.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Re-computes claims (the meeting's, or a user's file) and gives each a verdict. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Check claims against the engine: holds, wrong or depends, with the arithmetic.")
final class AuditCommand extends ScenarioCommand {
  @Option(names = "--claims", paramLabel = "FILE",
      description = "Claims YAML (default: the claims made in the 2025-10-30 sizing meeting).")
  Path claims;

  /** The claims list given inline by another front end (a request's "claims"), or null. */
  private Node inline;

  /** --claims may be given as its content: the list a claims file holds under "claims". */
  @Override
  public Set<String> documents() {
    return Set.of("--claims");
  }

  @Override
  public void document(String flag, Node content) {
    if (!flag.equals("--claims")) {
      throw new IllegalArgumentException("no document flag " + flag);
    }
    inline = content;
  }

  @Override
  public Report build(Catalog c, Scenario s) {
    List<Claim> list = inline == null ? ClaimsLoader.load(claims, c)
        : ClaimsLoader.from(new Node.MapNode(Map.of("claims", inline),
            Map.of("claims", inline.at()), inline.at()), c);
    return AuditView.of(Auditor.audit(list, s, c));
  }
}
