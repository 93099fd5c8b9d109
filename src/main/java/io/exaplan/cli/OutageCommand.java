package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.CloudAccount;
import io.exaplan.checkpoint.Outage;
import io.exaplan.config.Layer;
import io.exaplan.design.Scenario;
import io.exaplan.report.CheckpointViews;
import io.exaplan.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Local retention through a WAN outage and the WAN to catch up afterwards. */
@Command(name = "outage", mixinStandardHelpOptions = true,
    description = "Local checkpoint retention for a WAN outage when every Nth checkpoint goes to "
        + "the object store, the WAN to catch up, garbage collection and rollback.")
final class OutageCommand extends ScenarioCommand {
  @Mixin ModelOptions what;

  @Option(names = "--interval", required = true, paramLabel = "DUR",
      description = "Local checkpoint interval: 90s, 5m, 24h, 3d.")
  String interval;

  @Option(names = "--copy-every", paramLabel = "N",
      description = "Copy every Nth checkpoint to the object store (default: the scenario's "
          + "outageCopyEvery).")
  String copyEvery;

  @Option(names = "--keep-local", paramLabel = "K",
      description = "Newest checkpoints always kept locally (default: the scenario's "
          + "outageKeepLocal).")
  String keepLocal;

  @Option(names = "--outage", paramLabel = "DUR",
      description = "How long the WAN is down (default: the scenario's outageDuration).")
  String outage;

  @Option(names = "--catch-up", paramLabel = "DUR",
      description = "Window to upload the backlog in after the WAN returns (default: the "
          + "scenario's outageCatchUp).")
  String catchUp;

  @Option(names = "--account", paramLabel = "ID",
      description = "Cloud storage account type whose ingress limit sizes the catch-up "
          + "(default: the scenario's outageAccount).")
  String account;

  /** The policy flags are the scenario's outage keys: bound with it, one range and message. */
  @Override
  public Layer overrides() {
    return Layer.of()
        .flag("outageCopyEvery", "--copy-every", copyEvery)
        .flag("outageKeepLocal", "--keep-local", keepLocal)
        .flag("outageDuration", "--outage", outage).flag("outageCatchUp", "--catch-up", catchUp)
        .flag("outageAccount", "--account", account);
  }

  @Override
  public Report build(Catalog c, Scenario s) {
    CheckpointCatalog k = CheckpointCatalog.builtIn();
    ModelOptions.Resolved r = what.resolve(s, k);
    Outage.Policy d = s.outage();
    CloudAccount a = k.account(d.account());
    Outage.Plan p = Outage.plan(r.size(), Flags.duration("--interval", interval), d.copyEvery(),
        d.keepLocal(), d.outageSeconds(), d.catchUpSeconds(), a, k.chartOutagesSeconds(),
        k.assumptions(r.used()));
    Outage.Implausible bad = Outage.implausible(p);
    if (bad != null) {
      throw s.problem(bad.key(), bad.message());
    }
    return CheckpointViews.outage(p, a);
  }
}
